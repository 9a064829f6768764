import { checkFixture, kinds, lines } from './support.js'

describe('schema rules against hashicorp/aws from @cdktf/provider-aws', () => {
  test('a valid module has no findings', async () => {
    const result = await checkFixture('clean')
    expect(lines(result.findings)).toEqual([])
  })

  test.each([
    [
      'unknown-resource-type',
      'main.tf:1: error [unknown-resource-type] resource type "aws_ecs_servce" does not exist'
    ],
    [
      'unknown-data-source-type',
      'main.tf:1: error [unknown-data-source-type] data source "aws_iam_polcy_document"'
    ],
    [
      'unknown-attribute',
      'main.tf:3: error [unknown-attribute] aws_cloudwatch_log_group.app has no argument "retention_days"'
    ],
    [
      'unknown-block',
      'main.tf:4: error [unknown-block] aws_lb_target_group.app has no nested block "health_checks"'
    ],
    [
      'unknown-nested-attribute',
      'main.tf:6: error [unknown-attribute] aws_lb_target_group.app.health_check has no argument "matches"'
    ],
    [
      'missing-required-attribute',
      'main.tf:1: error [missing-required-attribute] aws_ecr_repository.app is missing required argument "name"'
    ],
    [
      'missing-required-block',
      'main.tf:1: error [missing-required-block] aws_lb_listener.http is missing required block "default_action"'
    ],
    [
      'too-many-blocks',
      'error [too-many-blocks] aws_lb_target_group.app allows at most 1 "health_check" block'
    ],
    ['unknown-provider', 'error [unknown-provider] google_storage_bucket: only hashicorp/aws']
  ])('%s is reported', async (fixture, expected) => {
    const result = await checkFixture(fixture)
    expect(result.findings).toHaveLength(1)
    expect(lines(result.findings)[0]).toContain(expected)
  })

  test('a syntax error is one parse-error finding, not a crash', async () => {
    const result = await checkFixture('parse-error')
    expect(kinds(result.findings)).toEqual(['parse-error'])
    expect(result.findings[0]?.message).toMatch(/Unclosed configuration block/)
  })
})
