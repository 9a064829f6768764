// Data-driven fixture suite: every test/fixtures/expected/<name>.json is checked against the analysis of
// test/fixtures/apps/<name>/, field by field. Only keys present in the expected file are asserted (null
// asserts null). Optional keys: `options: { appDir, config }`, `apps: [{ appDir, … }]` (each listed app's
// fields), `appCount`, `warningCodes` (codes that must appear on the repository or the primary app),
// `absentWarningCodes` (codes that must not appear there).
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jsonOutput } from '../../src/analyzer/summary.js'
import { analyzeRepository } from '../../src/pipeline/config-analyze.js'

const root = join(import.meta.dirname, '..', 'fixtures')
const names = readdirSync(join(root, 'expected'))
  .filter(f => f.endsWith('.json'))
  .map(f => f.slice(0, -5))
  .sort()

interface Expected {
  options?: { appDir?: string; config?: string }
  apps?: Record<string, unknown>[]
  appCount?: number
  warningCodes?: string[]
  absentWarningCodes?: string[]
  [field: string]: unknown
}

test('fixture suite is not empty', () => {
  expect(names.length).toBeGreaterThan(0)
})

describe.each(names)('fixture %s', name => {
  const expected = JSON.parse(readFileSync(join(root, 'expected', `${name}.json`), 'utf8')) as Expected
  const dir = join(root, 'apps', name)

  test('matches the expected fields', () => {
    // Empty-repo fixtures cannot be committed as empty directories: a missing dir stands for an empty repo.
    const { options, apps, appCount, warningCodes, absentWarningCodes, ...fields } = expected
    const target = existsSync(dir) ? dir : emptyDir()
    const out = jsonOutput(
      analyzeRepository(target, {
        appDir: options?.appDir,
        configPath: options?.config ? join(dir, options.config) : undefined
      }).report
    )
    for (const [key, value] of Object.entries(fields)) {
      expect({ [key]: (out as unknown as Record<string, unknown>)[key] }).toEqual({ [key]: value })
    }
    if (appCount !== undefined) expect({ appCount: out.apps.length }).toEqual({ appCount })
    for (const app of apps ?? []) {
      const actual = out.apps.find(a => a.appDir === app.appDir) as Record<string, unknown> | undefined
      expect({ appDir: app.appDir, found: actual !== undefined }).toEqual({ appDir: app.appDir, found: true })
      for (const [key, value] of Object.entries(app))
        expect({ appDir: app.appDir, [key]: actual?.[key] }).toEqual({ appDir: app.appDir, [key]: value })
    }
    const codes = [
      ...out.report.warnings,
      ...(out.report.apps.find(a => a.appDir === out.report.primary)?.warnings ?? [])
    ].map(w => w.code)
    for (const code of warningCodes ?? []) expect(codes).toContain(code)
    for (const code of absentWarningCodes ?? []) expect(codes).not.toContain(code)
  })
})

let empty: string | undefined
function emptyDir(): string {
  empty ??= mkdtempSync(join(tmpdir(), 'deplight-empty-'))
  return empty
}
