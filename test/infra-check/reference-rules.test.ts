import { checkFixture, kinds, lines } from './support.js'

describe('reference rules', () => {
  test('every kind of undeclared reference is reported on its line', async () => {
    const result = await checkFixture('undeclared-reference')
    expect(kinds(result.findings)).toEqual(['undeclared-reference'])
    expect(lines(result.findings)).toEqual([
      'main.tf:7: error [undeclared-reference] var.missing_variable is not declared (add a variable "missing_variable" block)',
      'main.tf:8: error [undeclared-reference] local.missing_local is not declared in any locals block',
      'main.tf:9: error [undeclared-reference] module.missing_module is not declared (no module "missing_module" block)',
      'main.tf:10: error [undeclared-reference] data.aws_kms_key.missing is not declared',
      'main.tf:11: error [undeclared-reference] resource aws_s3_bucket.missing is not declared'
    ])
  })

  test('reading an attribute the resource type does not have is reported', async () => {
    const result = await checkFixture('unknown-resource-attribute')
    expect(lines(result.findings)).toEqual([
      'main.tf:7: error [unknown-resource-attribute] aws_cloudwatch_log_group.app has no attribute "arnn"'
    ])
  })
})
