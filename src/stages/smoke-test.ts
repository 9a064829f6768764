// Stage 7, Health check: prove the live service answers. Every check is retried with backoff until the shared
// deadline (warm-up: refused connections, 502/503/504, an old task still answering); after the first full
// pass a load sample measures latency and errors and gates on them. The action, the CLI's local mode and
// the rollback action all call runSmokeTest; it never throws for an unhealthy service, only for bad options.
import { readFileSync } from 'node:fs'
import { Agent, fetch as undiciFetch } from 'undici'
import type { SmokeCheckResult, SmokeReport } from '../pipeline/contracts.js'
import { formatDuration } from '../pipeline/duration.js'
import {
  compileCheck,
  expectsRedirect,
  SmokeCheckError,
  type CompiledCheck,
  type SmokeCheck
} from './smoke-test-checks.js'
import { evaluate, type Verdict } from './smoke-test-evaluate.js'
import { parseServiceUrl, sendRequest, type RequestContext, type ServiceUrl } from './smoke-test-http.js'
import { checkResult, type Outcome } from './smoke-test-result.js'
import { latencySummary, takeSamples, type Samples } from './smoke-test-samples.js'

export {
  parseSmokeChecks,
  normalizeSmokeChecks,
  SmokeCheckError,
  type SmokeCheck
} from './smoke-test-checks.js'
export { parseServiceUrl, ServiceUrlError } from './smoke-test-http.js'

export interface SmokeTestOptions {
  /** Service base URL (http/https). Userinfo becomes a Basic header and is never printed. */
  url: string
  /** Path of the default check when `checks` is empty (the analyzer's health path); default `/`. */
  healthPath?: string | null
  /** Replace the default health check when non-empty. */
  checks?: SmokeCheck[]
  /** Commit SHA or image tag the service must mention (headers or body) on the version check. */
  expectedVersion?: string | null
  /** Endpoint reporting the version (added as a check); default: the first check carries the version. */
  versionPath?: string | null
  /** Deadline for all checks together, retries included. */
  timeoutMs: number
  /** Per request; default 10 s. */
  requestTimeoutMs?: number
  /** Load sample after the first pass; default 20, 0 turns it off. */
  samples?: number
  /** Parallel sample requests; default 4. */
  concurrency?: number
  /** Highest accepted share of failed samples (0–1); null: not gated. */
  maxErrorRate?: number | null
  /** Highest accepted p95 of the samples in ms; null: not gated. */
  maxP95Ms?: number | null
  /** PEM file with the CA that signed the service's certificate (private CAs, self-signed test services). */
  caFile?: string | null
  /** First wait between attempts (default 1 s); grows ×1.6 up to maxBackoffMs (default 10 s). */
  initialBackoffMs?: number
  maxBackoffMs?: number
  /** Bytes of each body read and evaluated (default 1 MiB); the rest is not downloaded. */
  maxBodyBytes?: number
}

export interface SmokeTestDeps {
  fetch?: typeof fetch
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  /** Progress lines (URLs without userinfo; never headers or bodies of requests). */
  log?: (line: string) => void
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000
export const DEFAULT_SAMPLES = 20
export const DEFAULT_CONCURRENCY = 4
/** Warm-up answers worth naming as such in the log. */
const WARMING_UP = new Set([502, 503, 504])

export class SmokeOptionsError extends Error {}

export async function runSmokeTest(
  options: SmokeTestOptions,
  deps: SmokeTestDeps = {}
): Promise<SmokeReport> {
  const now = deps.now ?? Date.now
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)))
  const log = deps.log ?? (() => {})
  const started = now()
  const service = parseServiceUrl(options.url)
  const plan = planChecks(options)
  const version = options.expectedVersion?.trim() || null
  const ca = readCa(options.caFile ?? null)
  const dispatcher = new Agent({ connect: ca ? { ca } : {} })
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
  const ctx = (deadline: number): RequestContext => ({
    fetch: deps.fetch ?? (undiciFetch as unknown as typeof fetch),
    dispatcher,
    // The last attempt before the deadline gets what is left, but at least a second (or the whole request timeout
    // when that is shorter) to answer.
    timeoutMs: Math.max(Math.min(1000, requestTimeoutMs), Math.min(requestTimeoutMs, deadline - now())),
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    now
  })
  const deadline = started + options.timeoutMs
  log(
    `Smoke test of ${service.display}: ${plan.checks.length} check(s), deadline ${formatDuration(options.timeoutMs)}`
  )

  try {
    const results: SmokeCheckResult[] = []
    const latencies = new Map<number, number[]>()
    let versionMatched: boolean | null = version === null ? null : false
    for (const [index, check] of plan.checks.entries()) {
      const demandVersion = version !== null && index === plan.versionIndex ? version : null
      const outcome = await untilPass(service, check, demandVersion, {
        ctx: () => ctx(deadline),
        deadline,
        now,
        sleep,
        log,
        initialBackoffMs: options.initialBackoffMs ?? 1000,
        maxBackoffMs: options.maxBackoffMs ?? 10_000
      })
      if (demandVersion !== null) versionMatched = outcome.verdict.passed
      latencies.set(index, outcome.answer?.ok && outcome.verdict.passed ? [outcome.answer.latencyMs] : [])
      results.push(checkResult(service, check, outcome))
    }

    const failures = results.filter(r => !r.passed).map(r => `${r.name}: ${r.message}`)
    let samples: Samples | null = null
    const sampleCount = options.samples ?? DEFAULT_SAMPLES
    if (failures.length === 0 && sampleCount > 0) {
      const primary = plan.checks[0] as CompiledCheck
      const sampleVersion = version !== null && plan.versionIndex === 0 ? version : null
      const taken = await takeSamples(sampleCount, options.concurrency ?? DEFAULT_CONCURRENCY, async () => {
        const answer = await sendRequest(service, requestSpec(primary), ctx(now() + requestTimeoutMs))
        const verdict = answer.ok
          ? evaluate(primary, answer, { version: sampleVersion, latency: false })
          : null
        return { latencyMs: answer.latencyMs, failed: !verdict?.passed }
      })
      samples = taken
      const first = latencies.get(0) ?? []
      latencies.set(0, [...first, ...taken.latencies])
      log(
        `Samples: ${taken.count} requests, ${taken.errors} error(s), p50 ${taken.latencyMs.p50} ms, p95 ${taken.latencyMs.p95} ms, max ${taken.latencyMs.max} ms`
      )
      const maxErrorRate = options.maxErrorRate ?? null
      if (maxErrorRate !== null && taken.errorRate > maxErrorRate)
        failures.push(
          `error rate ${percent(taken.errorRate)} (${taken.errors}/${taken.count}) is above max-error-rate ${percent(maxErrorRate)}`
        )
      const maxP95Ms = options.maxP95Ms ?? null
      if (maxP95Ms !== null && taken.latencyMs.p95 > maxP95Ms)
        failures.push(`p95 latency ${taken.latencyMs.p95} ms is above max-p95-ms ${maxP95Ms} ms`)
    }
    for (const [index, result] of results.entries()) {
      const values = latencies.get(index) ?? []
      result.latencyMs = values.length > 0 ? latencySummary(values) : null
    }
    const report: SmokeReport = {
      schemaVersion: 1,
      url: service.display,
      passed: failures.length === 0,
      checks: results,
      expectedVersion: version,
      versionMatched,
      samples: samples
        ? {
            count: samples.count,
            errors: samples.errors,
            errorRate: samples.errorRate,
            latencyMs: samples.latencyMs
          }
        : null,
      durationMs: now() - started,
      failures
    }
    log(
      report.passed
        ? `Smoke test passed in ${formatDuration(report.durationMs ?? 0)}`
        : `Smoke test failed: ${failures.join('; ')}`
    )
    return report
  } finally {
    await dispatcher.close()
  }
}

interface CheckPlan {
  checks: CompiledCheck[]
  /** Which check must mention the expected version. */
  versionIndex: number
}

function planChecks(options: SmokeTestOptions): CheckPlan {
  try {
    const given = options.checks ?? []
    const checks =
      given.length > 0
        ? given.map((c, i) => compileCheck(c, `checks[${i}]`))
        : [compileCheck({ path: options.healthPath?.trim() || '/', name: 'health' }, 'health-path')]
    const versionPath = options.versionPath?.trim() || null
    if (versionPath === null) return { checks, versionIndex: 0 }
    const existing = checks.findIndex(c => c.path === versionPath && c.method === 'GET')
    if (existing !== -1) return { checks, versionIndex: existing }
    checks.push(compileCheck({ path: versionPath, name: 'version' }, 'version-path'))
    return { checks, versionIndex: checks.length - 1 }
  } catch (error) {
    if (error instanceof SmokeCheckError) throw new SmokeOptionsError(error.message)
    throw error
  }
}

function readCa(file: string | null): string | null {
  if (!file) return null
  let pem: string
  try {
    pem = readFileSync(file, 'utf8')
  } catch {
    throw new SmokeOptionsError(`ca-file "${file}" cannot be read; give a PEM file with the CA certificate`)
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----'))
    throw new SmokeOptionsError(`ca-file "${file}" holds no PEM certificate (-----BEGIN CERTIFICATE-----)`)
  return pem
}

interface LoopContext {
  ctx: () => RequestContext
  deadline: number
  now: () => number
  sleep: (ms: number) => Promise<void>
  log: (line: string) => void
  initialBackoffMs: number
  maxBackoffMs: number
}

/** Attempts a check until it passes or the deadline passes; every check gets at least one attempt. */
async function untilPass(
  service: ServiceUrl,
  check: CompiledCheck,
  version: string | null,
  loop: LoopContext
): Promise<Outcome> {
  let backoff = loop.initialBackoffMs
  for (let attempts = 1; ; attempts++) {
    const answer = await sendRequest(service, requestSpec(check), loop.ctx())
    const verdict: Verdict = answer.ok
      ? evaluate(check, answer, { version, latency: true })
      : { passed: false, message: answer.message }
    const left = loop.deadline - loop.now()
    const what =
      answer.ok && WARMING_UP.has(answer.status) ? `${verdict.message} (warming up?)` : verdict.message
    if (verdict.passed) {
      loop.log(`✓ ${check.name}: ${verdict.message} (attempt ${attempts})`)
      return { verdict, attempts, answer }
    }
    if (left <= 0) {
      loop.log(`✗ ${check.name}: ${what} (attempt ${attempts}, deadline reached)`)
      return { verdict, attempts, answer }
    }
    const wait = Math.min(backoff, left)
    loop.log(
      `… ${check.name}: ${what}; retrying in ${formatDuration(wait)} (attempt ${attempts}, ${formatDuration(left)} left)`
    )
    await loop.sleep(wait)
    backoff = Math.min(loop.maxBackoffMs, Math.round(backoff * 1.6))
  }
}

function requestSpec(check: CompiledCheck) {
  return {
    method: check.method,
    path: check.path,
    headers: check.headers,
    body: check.body,
    followRedirects: !expectsRedirect(check.status)
  }
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(rate < 0.1 ? 1 : 0)}%`
}
