// What the LLM refinement needs from a model: one question with a strict JSON Schema for the answer, and
// the token usage of every call (so each run can log what it cost). Bedrock Converse and OpenAI-compatible
// chat endpoints implement it; transport errors and timeouts throw, and the caller falls back.

export interface LlmUsage {
  inputTokens: number
  outputTokens: number
}

export interface LlmQuestion {
  system: string
  prompt: string
  /** JSON Schema the answer must satisfy (additionalProperties false, every property required). */
  schema: Record<string, unknown>
  /** Name of the answer tool / schema, e.g. `report_field`. */
  name: string
}

export type LlmReply =
  /** A JSON value, not yet validated against the schema. */
  | { kind: 'json'; value: unknown; usage: LlmUsage }
  /** The model declined or a content filter stopped it. */
  | { kind: 'refused'; reason: string; usage: LlmUsage }

export interface LlmClient {
  readonly provider: 'bedrock' | 'openai'
  /** Model id as the provider names it, recorded on every field it sets. */
  readonly model: string
  ask(question: LlmQuestion, signal: AbortSignal): Promise<LlmReply>
}

export const NO_USAGE: LlmUsage = { inputTokens: 0, outputTokens: 0 }
