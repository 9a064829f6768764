// Turning the last attempt of a check into its SmokeCheckResult: the evidence of a failure is the status,
// the headers (secret ones redacted) and the first 500 bytes of the body.
import type { LatencySummary, SmokeCheckResult } from '../pipeline/contracts.js'
import type { CompiledCheck } from './smoke-test-checks.js'
import type { Verdict } from './smoke-test-evaluate.js'
import type { HttpAnswer, HttpFailure, ServiceUrl } from './smoke-test-http.js'

const EVIDENCE_BYTES = 500

export interface Outcome {
  verdict: Verdict
  attempts: number
  answer: HttpAnswer | HttpFailure | null
}

export function checkResult(service: ServiceUrl, check: CompiledCheck, outcome: Outcome): SmokeCheckResult {
  const { answer, verdict } = outcome
  return {
    name: check.name,
    method: check.method,
    url: answer?.ok ? answer.url : `${service.display}${check.path}`,
    passed: verdict.passed,
    attempts: outcome.attempts,
    status: answer?.ok ? answer.status : null,
    message: verdict.message,
    evidence: verdict.passed ? null : evidence(answer),
    latencyMs: null as LatencySummary | null
  }
}

export function evidence(answer: HttpAnswer | HttpFailure | null): SmokeCheckResult['evidence'] {
  if (!answer?.ok) return { status: null, headers: {}, body: answer ? answer.message : '' }
  const bytes = Buffer.from(answer.body, 'utf8')
  const cut = bytes.length > EVIDENCE_BYTES || answer.truncated
  const body = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, EVIDENCE_BYTES))
    .replace(/\uFFFD$/, '')
  return { status: answer.status, headers: answer.headers, body: cut ? `${body}…` : body }
}
