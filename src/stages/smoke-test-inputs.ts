// Lives in src/stages so the rollback action parses its smoke-test inputs with the same rules.
// Parses and validates the smoke-test inputs once: durations, numbers, checks (input, else .delightful.yaml),
// the CA file and where the report goes. Secrets found here (URL password, auth headers) are returned for
// masking before anything is printed.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseConfig, CONFIG_FILES } from '../pipeline/config.js'
import { parseDuration } from '../pipeline/duration.js'
import { resolveInside } from '../pipeline/paths.js'
import { parseSmokeChecks, smokeChecksFromConfig, type SmokeCheck } from './smoke-test-checks.js'
import { parseServiceUrl } from './smoke-test-http.js'
import type { SmokeTestOptions } from './smoke-test.js'

export type InputReader = (name: string) => string

export interface SmokeTestInputs {
  options: SmokeTestOptions
  /** Where the SmokeReport JSON is written. */
  reportPath: string
  /** Where the checks came from, for the log: input, the config file, or the default health check. */
  checksSource: string
  /** Values to mask before the first log line. */
  secrets: string[]
}

const SECRET_HEADER = /authorization|cookie|token|secret|api-?key|password/i

/** `mask` is called with the URL's password before anything else is validated (an error may follow). */
export function parseInputs(
  read: InputReader,
  env: NodeJS.ProcessEnv = process.env,
  mask: (secret: string) => void = () => {}
): SmokeTestInputs {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const url = read('url').trim()
  for (const secret of userinfoSecrets(url)) mask(secret)
  if (!url)
    throw new Error("url is required: the service URL (terraform-deploy's service-url output, or https://…)")
  const service = parseServiceUrl(url)

  const { checks, source } = readChecks(read, workspace)
  const secrets = [service.password ?? '']
  for (const check of checks)
    for (const [name, value] of Object.entries(check.headers ?? {}))
      if (SECRET_HEADER.test(name)) secrets.push(value, value.replace(/^(Bearer|Basic|Token)\s+/i, ''))

  const runnerTemp = env.RUNNER_TEMP || join(workspace, '.deplight')
  const reportInput = read('report-path').trim()
  const reportPath = reportInput
    ? inside(reportInput, [workspace, runnerTemp], 'report-path')
    : join(runnerTemp, 'deplight', 'smoke-report.json')

  const caInput = read('ca-file').trim()
  const caFile = caInput ? resolve(workspace, caInput) : null
  if (caFile && !existsSync(caFile))
    throw new Error(
      `ca-file "${caInput}" does not exist; give the PEM file of the CA that signed the service's certificate`
    )

  const options: SmokeTestOptions = {
    url,
    healthPath: read('health-path').trim() || null,
    checks,
    expectedVersion: read('expected-version').trim() || null,
    versionPath: read('version-path').trim() || null,
    timeoutMs: duration(read('timeout'), 'timeout', '5m'),
    requestTimeoutMs: duration(read('request-timeout'), 'request-timeout', '10s'),
    samples: integer(read('samples'), 'samples', 20, 0, 1000),
    concurrency: integer(read('concurrency'), 'concurrency', 4, 1, 32),
    maxErrorRate: rate(read('max-error-rate')),
    maxP95Ms: optionalNumber(read('max-p95-ms'), 'max-p95-ms'),
    caFile
  }
  return { options, reportPath, checksSource: source, secrets: secrets.filter(s => s.length >= 4) }
}

function readChecks(read: InputReader, workspace: string): { checks: SmokeCheck[]; source: string } {
  const fromInput = parseSmokeChecks(read('checks'), 'checks')
  if (fromInput.length > 0) return { checks: fromInput, source: 'the checks input' }
  const root = inside(read('path').trim() || '.', [workspace], 'path')
  const configInput = read('config').trim()
  const file = configInput
    ? inside(configInput, [workspace], 'config')
    : CONFIG_FILES.map(name => join(root, name)).find(f => existsSync(f))
  if (!file) return { checks: [], source: 'the default health check' }
  if (!existsSync(file))
    throw new Error(`config "${configInput}" does not exist; fix the path or leave config empty`)
  const label = configInput || file.slice(workspace.length + 1)
  const checks = smokeChecksFromConfig(parseConfig(readFileSync(file, 'utf8'), label))
  return checks.length > 0
    ? { checks, source: `${label} (testing.smoke_tests)` }
    : { checks: [], source: 'the default health check' }
}

function inside(path: string, roots: string[], name: string): string {
  const abs = resolveInside(path, roots)
  if (abs === null)
    throw new Error(
      `${name} "${path}" must be inside the workspace${roots.length > 1 ? ' or RUNNER_TEMP' : ''}`
    )
  return abs
}

function duration(value: string, name: string, fallback: string): number {
  const ms = parseDuration(value.trim() || fallback, name)
  if (ms <= 0) throw new Error(`${name} must be longer than 0 (e.g. ${fallback})`)
  return ms
}

function integer(value: string, name: string, fallback: number, min: number, max: number): number {
  const text = value.trim()
  if (text === '') return fallback
  const n = Number(text)
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} "${value}" must be a whole number from ${min} to ${max}`)
  return n
}

function rate(value: string): number | null {
  const text = value.trim()
  if (text === '') return null
  const n = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text)
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new Error(`max-error-rate "${value}" must be a share from 0 to 1 (0.05) or a percentage (5%)`)
  return n
}

function optionalNumber(value: string, name: string): number | null {
  const text = value.trim().replace(/\s*ms$/, '')
  if (text === '') return null
  const n = Number(text)
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name} "${value}" must be a positive number of milliseconds`)
  return n
}

/** Password (raw and decoded) of `scheme://user:password@host`, even in text that is not a valid URL. */
export function userinfoSecrets(text: string): string[] {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^/@\s]+)@/i.exec(text.trim())
  if (!m) return []
  let decoded = m[1]!
  try {
    decoded = decodeURIComponent(m[1]!)
  } catch {
    // keep the raw form
  }
  return [...new Set([m[1]!, decoded])]
}
