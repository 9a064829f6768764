// Shared by the infra-check tests: the real provider schema (loaded once, through the same cache as
// `npm run check-infra`) and a runner for the fixtures under test/fixtures/infra.
import { join } from 'node:path'
import { checkInfrastructure, type CheckOptions, type CheckResult } from '../../src/infra-check/check.js'
import { formatFinding, type Finding } from '../../src/infra-check/findings.js'
import type { ProviderSchema } from '../../src/infra-check/provider-schema.js'
import { defaultSchemaSource, loadProviderSchema } from '../../src/infra-check/schema-cache.js'

export const projectRoot = process.cwd()
export const fixturesRoot = join(projectRoot, 'test', 'fixtures', 'infra')

export function realSchema(): Promise<ProviderSchema> {
  return loadProviderSchema(defaultSchemaSource(projectRoot))
}

export async function checkFixture(name: string, options: Partial<CheckOptions> = {}): Promise<CheckResult> {
  return checkInfrastructure({
    root: join(fixturesRoot, name),
    schema: await realSchema(),
    generatedKeys: [],
    generatedKeyModules: [],
    ...options
  })
}

export function kinds(findings: Finding[]): string[] {
  return [...new Set(findings.map(finding => finding.kind))].sort()
}

export function lines(findings: Finding[]): string[] {
  return findings.map(formatFinding)
}
