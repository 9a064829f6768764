// Optional LLM refinement of the primary app's uncertain fields. Only fields below the confidence
// threshold are asked about (the threshold stops below the high band, so evidence read from the project
// itself is never overridden); the prompt carries the field, its candidates and evidence and line-numbered
// excerpts of the files the analysis read; an answer must validate against a strict JSON Schema and cite a
// file:line holding the value, or it is dropped. Timeouts, transport errors, malformed answers and refusals
// all leave the analyzer's value in place: the step can only add proven values, never fail a run.
import Ajv, { type ValidateFunction } from 'ajv'
import type { AnalysisReport, AppAnalysis, Field } from '../../analyzer/report.js'
import type { SourceTree } from '../../analyzer/tree.js'
import type { LlmClient, LlmUsage } from '../../integrations/llm/types.js'
import { checkCitation } from './citation.js'
import { FIELD_SPECS, fieldOf, type FieldSpec } from './fields.js'
import { ANSWER_SCHEMA, buildQuestion, type Answer } from './prompt.js'

/** Highest threshold accepted: 0.8 and up is evidence read from the project (the report's high band). */
export const MAX_LLM_THRESHOLD = 0.8
/** Confidence of an applied answer: proven by a cited line, but weaker than a rule that read it. */
export const LLM_CONFIDENCE = 0.45

export interface LlmSettings {
  client: LlmClient
  /** Fields whose confidence is below this are asked about; at most MAX_LLM_THRESHOLD. */
  threshold: number
  timeoutMs: number
  /** USD per million input/output tokens, for the cost line; null when unknown. */
  prices: { input: number; output: number } | null
}

export interface LlmRunSummary {
  provider: string
  model: string
  asked: string[]
  applied: string[]
  /** Answers dropped (schema, malformed value, citation), with why. */
  rejected: { field: string; reason: string }[]
  /** Calls that failed (timeout, transport, refusal): the analyzer's value stands. */
  failed: { field: string; reason: string }[]
  inputTokens: number
  outputTokens: number
  costUsd: number | null
}

// Compiled when a refinement starts, not when the CLI loads this module: `deplight analyze` without an LLM
// never validates an answer, and compiling the schema (and Ajv's meta-schema) was a third of its cold start.
// Before the questions go out, so the compile never runs while their timeouts are counting.
let validateAnswer: ValidateFunction<Answer> | undefined

export async function refineWithLlm(
  report: AnalysisReport,
  tree: SourceTree,
  readPaths: readonly string[],
  settings: LlmSettings
): Promise<{ report: AnalysisReport; summary: LlmRunSummary }> {
  const threshold = Math.min(settings.threshold, MAX_LLM_THRESHOLD)
  const summary: LlmRunSummary = {
    provider: settings.client.provider,
    model: settings.client.model,
    asked: [],
    applied: [],
    rejected: [],
    failed: [],
    inputTokens: 0,
    outputTokens: 0,
    costUsd: null
  }
  const appIndex = report.apps.findIndex(a => a.appDir === report.primary)
  const app = report.apps[appIndex]
  if (!app) return { report, summary: withCost(summary, settings) }
  const uncertain = FIELD_SPECS.filter(spec => {
    const field = fieldOf(app, spec.name)
    return field.confidence < threshold && field.source !== '.delightful.yaml'
  })
  validateAnswer ??= new Ajv({ strict: true, allErrors: false }).compile<Answer>(ANSWER_SCHEMA)
  const answers = await Promise.all(
    uncertain.map(spec => askOne(spec, app, tree, readPaths, settings, summary))
  )
  let refined: AppAnalysis = app
  for (const [i, spec] of uncertain.entries()) {
    const applied = answers[i]
    if (!applied) continue
    refined = { ...refined, [spec.name]: applied }
    summary.applied.push(spec.name)
  }
  const apps = report.apps.map((a, i) => (i === appIndex ? refined : a))
  return { report: { ...report, apps }, summary: withCost(summary, settings) }
}

async function askOne(
  spec: FieldSpec,
  app: AppAnalysis,
  tree: SourceTree,
  readPaths: readonly string[],
  settings: LlmSettings,
  summary: LlmRunSummary
): Promise<Field<unknown> | null> {
  const field = fieldOf(app, spec.name)
  const question = buildQuestion(spec, app, field, tree, readPaths)
  if (!question) return null
  summary.asked.push(spec.name)
  let reply
  try {
    reply = await settings.client.ask(question, AbortSignal.timeout(settings.timeoutMs))
  } catch (err) {
    summary.failed.push({ field: spec.name, reason: describeFailure(err, settings.timeoutMs) })
    return null
  }
  addUsage(summary, reply.usage)
  if (reply.kind === 'refused') {
    summary.failed.push({ field: spec.name, reason: `refused (${reply.reason})` })
    return null
  }
  const drop = (reason: string): null => (summary.rejected.push({ field: spec.name, reason }), null)
  if (!validateAnswer!(reply.value)) return drop('the answer does not match the schema')
  const answer = reply.value
  if (!answer.found || answer.value === null) return null
  const value = spec.parse(answer.value)
  if (value === null) return drop(`${JSON.stringify(answer.value)} is not a valid ${spec.name}`)
  if (answer.file === null || answer.line === null) return drop('the answer cites no file and line')
  const citation = checkCitation(tree, answer.file, answer.line, value)
  if (!citation.ok) return drop(citation.reason)
  if (value === field.value) return null
  return {
    value,
    confidence: LLM_CONFIDENCE,
    source: 'llm',
    model: settings.client.model,
    evidence: [citation.evidence],
    overrideKey: field.overrideKey,
    alternatives: [
      { value: field.value, confidence: field.confidence, source: field.source },
      ...(field.alternatives ?? [])
    ].slice(0, 4)
  }
}

function describeFailure(err: unknown, timeoutMs: number): string {
  const name = (err as { name?: string }).name
  if (name === 'TimeoutError' || name === 'AbortError') return `timed out after ${timeoutMs} ms`
  return `${name ?? 'Error'}: ${((err as Error).message ?? String(err)).split('\n')[0]}`
}

function addUsage(summary: LlmRunSummary, usage: LlmUsage): void {
  summary.inputTokens += usage.inputTokens
  summary.outputTokens += usage.outputTokens
}

function withCost(summary: LlmRunSummary, settings: LlmSettings): LlmRunSummary {
  if (!settings.prices) return summary
  const cost =
    (summary.inputTokens * settings.prices.input + summary.outputTokens * settings.prices.output) / 1e6
  return { ...summary, costUsd: cost }
}

/** The one log line per run: what was asked, what changed, tokens and cost. */
export function formatLlmSummary(s: LlmRunSummary): string {
  const cost = s.costUsd === null ? 'cost unknown (set llm-prices)' : `cost $${s.costUsd.toFixed(4)}`
  const parts = [
    `LLM ${s.provider}/${s.model}: asked ${s.asked.length} field(s)${s.asked.length ? ` (${s.asked.join(', ')})` : ''}`,
    `applied ${s.applied.length}${s.applied.length ? ` (${s.applied.join(', ')})` : ''}`,
    ...(s.rejected.length ? [`rejected ${s.rejected.map(r => `${r.field}: ${r.reason}`).join('; ')}`] : []),
    ...(s.failed.length ? [`fell back ${s.failed.map(r => `${r.field}: ${r.reason}`).join('; ')}`] : []),
    `${s.inputTokens} input + ${s.outputTokens} output tokens`,
    cost
  ]
  return parts.join(', ')
}
