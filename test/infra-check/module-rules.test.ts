import { checkFixture, lines } from './support.js'

describe('module rules', () => {
  test('module inputs, required inputs and outputs are checked against the called module', async () => {
    const result = await checkFixture('module-calls')
    expect(lines(result.findings)).toEqual([
      'main.tf:1: error [missing-module-input] module "child" needs input "retention_in_days" (it has no default)',
      'main.tf:5: error [unknown-module-input] module "child" (./child) declares no variable "colour"',
      'main.tf:10: error [unknown-module-output] module.child has no output "log_group_arnn"'
    ])
  })

  test('tfvars keys (HCL and JSON) must be variables of the module they feed', async () => {
    const result = await checkFixture('tfvars')
    expect(result.tfvarsFiles).toEqual(['generated.tfvars.json', 'terraform.tfvars'])
    expect(lines(result.findings)).toEqual([
      'generated.tfvars.json:1: error [unknown-tfvars-key] generated.tfvars.json sets "contianer_port" but . declares no such variable',
      'terraform.tfvars:2: error [unknown-tfvars-key] terraform.tfvars sets "app_nmae" but . declares no such variable'
    ])
  })

  test('every key the analyzer generates must be declared by the target modules', async () => {
    const result = await checkFixture('tfvars', {
      generatedKeys: ['app_name', 'container_port', 'cpu'],
      generatedKeyModules: ['.']
    })
    const generated = result.findings.filter(finding => finding.kind === 'generated-tfvar-not-declared')
    expect(generated.map(finding => finding.message)).toEqual([
      'the analyzer writes "container_port" (src/analyzer/render/tfvars.ts) but . declares no variable "container_port"',
      'the analyzer writes "cpu" (src/analyzer/render/tfvars.ts) but . declares no variable "cpu"'
    ])
  })

  test('variables need a type and a description; outputs need a description', async () => {
    const result = await checkFixture('declaration-quality')
    expect(lines(result.findings)).toEqual([
      'main.tf:1: error [variable-quality] variable "untyped" has no type',
      'main.tf:5: error [variable-quality] variable "undescribed" has no description',
      'main.tf:9: error [output-quality] output "undescribed" has no description'
    ])
  })
})
