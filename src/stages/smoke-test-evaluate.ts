// Whether one answer satisfies a check, and if not, one sentence saying why. Pure.
import { statusMatches, type CompiledCheck } from './smoke-test-checks.js'
import type { HttpAnswer } from './smoke-test-http.js'

export interface Verdict {
  passed: boolean
  message: string
}

export interface EvaluateOptions {
  /** Version the response must mention; null: no version demanded of this check. */
  version: string | null
  /** False for load samples: their latency is judged by p95, not per request. */
  latency: boolean
}

export function evaluate(check: CompiledCheck, answer: HttpAnswer, options: EvaluateOptions): Verdict {
  const fail = (message: string): Verdict => ({ passed: false, message })
  if (!statusMatches(check.status, answer.status))
    return fail(`status ${answer.status}, expected ${check.status.text}`)
  for (const needle of check.bodyContains)
    if (!answer.body.includes(needle)) return fail(`body does not contain ${quote(needle)}`)
  if (check.bodyRegex && !check.bodyRegex.test(answer.body))
    return fail(`body does not match /${check.bodyRegex.source}/`)
  if (check.json.length > 0) {
    let doc: unknown
    try {
      doc = JSON.parse(answer.body)
    } catch {
      return fail(`body is not JSON${answer.truncated ? ' (cut at the size limit)' : ''}`)
    }
    for (const [pointer, expected] of check.json) {
      const found = resolvePointer(doc, pointer)
      if (!found.exists) return fail(`JSON ${pointer || '(root)'} is missing, expected ${quote(expected)}`)
      if (!deepEqual(found.value, expected))
        return fail(`JSON ${pointer || '(root)'} is ${quote(found.value)}, expected ${quote(expected)}`)
    }
  }
  for (const [name, expected] of check.responseHeaders) {
    const actual = answer.headers[name]
    if (actual === undefined) return fail(`header ${name} is missing, expected ${quote(expected)}`)
    if (actual.trim() !== expected.trim())
      return fail(`header ${name} is ${quote(actual)}, expected ${quote(expected)}`)
  }
  if (options.version !== null && !mentionsVersion(answer, options.version)) {
    const seen = otherVersion(answer, options.version)
    return fail(
      `version ${options.version} not found in the headers or body${seen ? ` (it mentions ${seen}: old tasks still serving?)` : ''}`
    )
  }
  if (options.latency && check.maxLatencyMs !== null && answer.latencyMs > check.maxLatencyMs)
    return fail(`took ${Math.round(answer.latencyMs)} ms, limit ${check.maxLatencyMs} ms`)
  return { passed: true, message: `status ${answer.status} in ${Math.round(answer.latencyMs)} ms` }
}

/**
 * The deployed version appears when the exact string does, or — for a commit SHA — when an abbreviation of
 * it (at least 7 hex digits) does, since apps often report `git rev-parse --short HEAD`.
 */
export function mentionsVersion(answer: HttpAnswer, version: string): boolean {
  const haystacks = [answer.body, ...Object.values(answer.headers)]
  if (haystacks.some(h => h.includes(version))) return true
  if (!/^[0-9a-f]{7,64}$/i.test(version)) return false
  const full = version.toLowerCase()
  return haystacks.some(h =>
    [...h.matchAll(/[0-9a-f]{7,64}/gi)].some(m => full.startsWith(m[0].toLowerCase()))
  )
}

/** A SHA-like token that is not the expected version: the evidence that old code answered. */
function otherVersion(answer: HttpAnswer, version: string): string | null {
  if (!/^[0-9a-f]{7,64}$/i.test(version)) return null
  for (const h of [...Object.values(answer.headers), answer.body]) {
    const m = /\b[0-9a-f]{7,40}\b/i.exec(h)
    if (m && /[a-f]/i.test(m[0]) && /\d/.test(m[0])) return m[0]
  }
  return null
}

export function resolvePointer(doc: unknown, pointer: string): { exists: boolean; value?: unknown } {
  if (pointer === '') return { exists: true, value: doc }
  let node: unknown = doc
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(key) && Number(key) < node.length)
      node = node[Number(key)]
    else if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, key))
      node = (node as Record<string, unknown>)[key]
    else return { exists: false }
  }
  return { exists: true, value: node }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every(k => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

function quote(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value)
  return s.length > 80 ? `${s.slice(0, 77)}…` : s
}
