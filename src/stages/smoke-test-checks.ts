// Smoke checks as users write them (the `checks` input, `.delightful.yaml` testing.smoke_tests): parsed and
// validated once into SmokeCheck objects, then compiled into matchers the request loop can apply.
// YAML keys are snake_case like the rest of the `testing` section; the objects are camelCase.
import { parse as parseYaml } from 'yaml'
import type { DelightfulConfig } from '../pipeline/config.js'

export interface SmokeCheck {
  /** Shown in logs, the report and the job summary; default `METHOD path`. */
  name?: string
  /** Path (and query) under the service URL; starts with `/`. */
  path: string
  method?: string
  headers?: Record<string, string>
  body?: string | null
  /** Accepted statuses: 200, [200, 204], '2xx', '200-299', '2xx,301'. Default: 2xx or 3xx. */
  status?: number | string | (number | string)[] | null
  bodyContains?: string[]
  /** JavaScript regular expression the body must match. */
  bodyRegex?: string | null
  /** JSON pointer (RFC 6901) → value the JSON body must hold there. */
  json?: Record<string, unknown>
  /** Response header (case-insensitive name) → exact value. */
  responseHeaders?: Record<string, string>
  maxLatencyMs?: number | null
}

/** A check ready to run: defaults applied, matchers built. */
export interface CompiledCheck {
  name: string
  path: string
  method: string
  headers: Record<string, string>
  body: string | null
  status: StatusMatcher
  bodyContains: string[]
  bodyRegex: RegExp | null
  json: [pointer: string, expected: unknown][]
  responseHeaders: [name: string, expected: string][]
  maxLatencyMs: number | null
}

export interface StatusMatcher {
  /** As written, for messages: `2xx or 3xx`, `200`, `200-299`. */
  text: string
  ranges: [number, number][]
}

export class SmokeCheckError extends Error {}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const KEYS: Record<string, string> = {
  name: 'name',
  path: 'path',
  method: 'method',
  headers: 'headers',
  body: 'body',
  status: 'status',
  body_contains: 'bodyContains',
  body_regex: 'bodyRegex',
  json: 'json',
  response_headers: 'responseHeaders',
  max_latency_ms: 'maxLatencyMs'
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

export const DEFAULT_STATUS: StatusMatcher = {
  text: '2xx or 3xx',
  ranges: [[200, 399]]
}

/** The `checks` input: a YAML or JSON list of checks. Empty text means no checks. */
export function parseSmokeChecks(text: string, source = 'checks'): SmokeCheck[] {
  if (text.trim() === '') return []
  let value: unknown
  try {
    value = parseYaml(text, { maxAliasCount: 100 })
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    throw new SmokeCheckError(`${source} is not valid YAML or JSON (${first}); give a list of checks`)
  }
  return normalizeSmokeChecks(value, source)
}

/** Validates an already-parsed list (the config's `testing.smoke_tests`). */
export function normalizeSmokeChecks(value: unknown, source: string): SmokeCheck[] {
  if (value === null || value === undefined) return []
  if (!Array.isArray(value))
    throw new SmokeCheckError(`${source} must be a list of checks (- path: /health …), got ${kind(value)}`)
  return value.map((item, i) => normalizeCheck(item, `${source}[${i}]`))
}

/** `.delightful.yaml` testing.smoke_tests (already schema-checked by parseConfig), or [] when absent. */
export function smokeChecksFromConfig(config: DelightfulConfig | null): SmokeCheck[] {
  const testing = config?.data.testing
  if (!isRecord(testing)) return []
  return normalizeSmokeChecks(testing.smoke_tests, `${config?.file}: testing.smoke_tests`)
}

function normalizeCheck(item: unknown, at: string): SmokeCheck {
  if (typeof item === 'string') return { path: checkPath(item, at) }
  if (!isRecord(item))
    throw new SmokeCheckError(`${at} must be a mapping with at least path, got ${kind(item)}`)
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(item)) {
    const field = KEYS[key]
    if (!field)
      throw new SmokeCheckError(`${at}: unknown key '${key}'; use one of: ${Object.keys(KEYS).join(', ')}`)
    out[field] = value
  }
  if (typeof out.path !== 'string') throw new SmokeCheckError(`${at}.path is required (e.g. /health)`)
  const check: SmokeCheck = { path: checkPath(out.path, `${at}.path`) }
  if (out.name !== undefined) check.name = text(out.name, `${at}.name`)
  if (out.method !== undefined) check.method = method(out.method, `${at}.method`)
  if (out.headers !== undefined) check.headers = stringMap(out.headers, `${at}.headers`, true)
  if (out.body !== undefined && out.body !== null)
    check.body = typeof out.body === 'string' ? out.body : JSON.stringify(out.body)
  if (out.status !== undefined && out.status !== null) {
    compileStatus(out.status as NonNullable<SmokeCheck['status']>, `${at}.status`)
    check.status = out.status as SmokeCheck['status']
  }
  if (out.bodyContains !== undefined)
    check.bodyContains = (Array.isArray(out.bodyContains) ? out.bodyContains : [out.bodyContains]).map(v =>
      text(v, `${at}.body_contains`)
    )
  if (out.bodyRegex !== undefined) {
    check.bodyRegex = text(out.bodyRegex, `${at}.body_regex`)
    compileRegex(check.bodyRegex, `${at}.body_regex`)
  }
  if (out.json !== undefined) {
    if (!isRecord(out.json)) throw new SmokeCheckError(`${at}.json must map JSON pointers to values`)
    for (const pointer of Object.keys(out.json))
      if (pointer !== '' && !pointer.startsWith('/'))
        throw new SmokeCheckError(`${at}.json key "${pointer}" is not a JSON pointer; write /field/0/name`)
    check.json = out.json
  }
  if (out.responseHeaders !== undefined)
    check.responseHeaders = stringMap(out.responseHeaders, `${at}.response_headers`, false)
  if (out.maxLatencyMs !== undefined && out.maxLatencyMs !== null) {
    const ms = out.maxLatencyMs
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0)
      throw new SmokeCheckError(`${at}.max_latency_ms must be a positive number of milliseconds`)
    check.maxLatencyMs = ms
  }
  return check
}

export function compileCheck(check: SmokeCheck, at = check.path): CompiledCheck {
  const path = checkPath(check.path, `${at}.path`)
  const m = check.method ? method(check.method, `${at}.method`) : 'GET'
  return {
    name: check.name?.trim() || `${m} ${path}`,
    path,
    method: m,
    headers: check.headers ? stringMap(check.headers, `${at}.headers`, true) : {},
    body: check.body ?? null,
    status:
      check.status === undefined || check.status === null
        ? DEFAULT_STATUS
        : compileStatus(check.status, `${at}.status`),
    bodyContains: check.bodyContains ?? [],
    bodyRegex: check.bodyRegex ? compileRegex(check.bodyRegex, `${at}.body_regex`) : null,
    json: Object.entries(check.json ?? {}),
    responseHeaders: Object.entries(check.responseHeaders ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    maxLatencyMs: check.maxLatencyMs ?? null
  }
}

export function compileStatus(spec: NonNullable<SmokeCheck['status']>, at: string): StatusMatcher {
  const items = Array.isArray(spec) ? spec : typeof spec === 'string' ? spec.split(',') : [spec]
  const ranges: [number, number][] = []
  for (const raw of items) {
    const item = String(raw).trim().toLowerCase()
    const cls = /^([1-5])xx$/.exec(item)
    const range = /^(\d{3})\s*-\s*(\d{3})$/.exec(item)
    if (cls) ranges.push([Number(cls[1]) * 100, Number(cls[1]) * 100 + 99])
    else if (range && Number(range[1]) <= Number(range[2])) ranges.push([Number(range[1]), Number(range[2])])
    else if (/^\d{3}$/.test(item)) ranges.push([Number(item), Number(item)])
    else
      throw new SmokeCheckError(`${at} "${String(raw)}" is not a status: use 200, [200, 204], 2xx or 200-299`)
  }
  for (const [lo, hi] of ranges)
    if (lo < 100 || hi > 599) throw new SmokeCheckError(`${at}: HTTP statuses run from 100 to 599`)
  if (ranges.length === 0) throw new SmokeCheckError(`${at} is empty: use 200, [200, 204], 2xx or 200-299`)
  return { text: items.map(i => String(i).trim()).join(', '), ranges }
}

export function statusMatches(matcher: StatusMatcher, status: number): boolean {
  return matcher.ranges.some(([lo, hi]) => status >= lo && status <= hi)
}

/** True when the matcher accepts a redirect status, so the check must see the 3xx itself. */
export function expectsRedirect(matcher: StatusMatcher): boolean {
  return matcher !== DEFAULT_STATUS && matcher.ranges.some(([lo, hi]) => lo <= 399 && hi >= 300)
}

function checkPath(value: string, at: string): string {
  const path = value.trim()
  if (!path.startsWith('/') || path.startsWith('//'))
    throw new SmokeCheckError(
      `${at} "${value}" must be a path under the service URL starting with / (e.g. /health)`
    )
  if (/\s/.test(path)) throw new SmokeCheckError(`${at} "${value}" contains spaces; URL-encode them (%20)`)
  return path
}

function method(value: unknown, at: string): string {
  const m = String(value).trim().toUpperCase()
  if (!METHODS.has(m))
    throw new SmokeCheckError(`${at} "${String(value)}" is not one of ${[...METHODS].join(', ')}`)
  return m
}

function compileRegex(source: string, at: string): RegExp {
  try {
    return new RegExp(source)
  } catch (error) {
    throw new SmokeCheckError(`${at} is not a valid regular expression: ${(error as Error).message}`)
  }
}

function stringMap(value: unknown, at: string, requestHeaders: boolean): Record<string, string> {
  if (!isRecord(value)) throw new SmokeCheckError(`${at} must be a mapping of header names to values`)
  const out: Record<string, string> = {}
  for (const [name, v] of Object.entries(value)) {
    if (!HEADER_NAME.test(name)) throw new SmokeCheckError(`${at}: "${name}" is not a valid header name`)
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
      throw new SmokeCheckError(`${at}.${name} must be a string`)
    const s = String(v)
    if (requestHeaders && /[\r\n]/.test(s)) throw new SmokeCheckError(`${at}.${name} must be on one line`)
    out[name] = s
  }
  return out
}

function text(value: unknown, at: string): string {
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new SmokeCheckError(`${at} must be a string`)
  return String(value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'nothing'
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`
}
