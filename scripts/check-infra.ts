// npm run check-infra: the offline Terraform check (schema, references, module inputs, tfvars keys,
// security rules) over infrastructure/, then `terraform fmt -check` when terraform is installed.
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { checkInfrastructure } from '../src/infra-check/check.js'
import { formatFinding } from '../src/infra-check/findings.js'
import { defaultSchemaSource, loadProviderSchema } from '../src/infra-check/schema-cache.js'
import { terraformFmtCheck } from '../src/infra-check/terraform-fmt.js'
import { GENERATED_SERVICE_TFVARS } from '../src/analyzer/render/tfvars.js'

async function main(): Promise<number> {
  const started = performance.now()
  const projectRoot = process.cwd()
  const root = join(projectRoot, 'infrastructure')
  const schema = await loadProviderSchema(defaultSchemaSource(projectRoot))
  const schemaMs = performance.now() - started
  const result = await checkInfrastructure({
    root,
    schema,
    generatedKeys: GENERATED_SERVICE_TFVARS,
    generatedKeyModules: ['modules/service', 'examples/app'],
    readmes: process.argv.includes('--write-docs') ? 'write' : 'check'
  })
  for (const finding of result.findings) console.log(formatFinding(finding))
  const errors = result.findings.filter(finding => finding.severity === 'error').length

  const fmt = await terraformFmtCheck(root)
  if (fmt.status === 'no-terraform')
    console.log('note: terraform is not on PATH; skipped terraform fmt -check')
  if (fmt.status === 'unformatted') {
    for (const file of fmt.files)
      console.log(`${file}: error [terraform-fmt] not formatted; run terraform fmt -recursive infrastructure`)
  }
  const failed = errors > 0 || fmt.status === 'unformatted'
  const totalMs = performance.now() - started
  console.log(
    `check-infra: ${result.modules.length} modules, ${result.tfvarsFiles.length} tfvars files, ` +
      `hashicorp/aws ${schema.providerVersion} schema (${schemaMs.toFixed(0)} ms), ${errors} errors, ` +
      `fmt ${fmt.status}, ${totalMs.toFixed(0)} ms`
  )
  return failed ? 1 : 0
}

main().then(
  code => process.exit(code),
  (failure: unknown) => {
    console.error(`check-infra: ${failure instanceof Error ? failure.message : String(failure)}`)
    process.exit(2)
  }
)
