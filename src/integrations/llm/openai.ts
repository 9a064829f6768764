// An OpenAI-compatible chat completions endpoint (OpenAI, Azure OpenAI's v1 API, vLLM, Ollama …) by base
// URL and key. Structured output through `response_format: json_schema` with `strict: true`; a `refusal`
// or a content-filter finish is a refusal. The key is sent only to the configured endpoint.
import { type LlmClient, type LlmReply } from './types.js'

export interface OpenAiOptions {
  /** Base URL, e.g. https://api.openai.com/v1 (…/chat/completions is appended). */
  endpoint: string
  apiKey: string
  model: string
  fetch?: typeof fetch
}

interface ChatResponse {
  choices?: { finish_reason?: string; message?: { content?: string | null; refusal?: string | null } }[]
  usage?: { prompt_tokens?: number; completion_tokens?: number }
}

export function openAiClient(options: OpenAiOptions): LlmClient {
  const doFetch = options.fetch ?? fetch
  const url = `${options.endpoint.replace(/\/+$/, '')}/chat/completions`
  return {
    provider: 'openai',
    model: options.model,
    async ask(question, signal): Promise<LlmReply> {
      const res = await doFetch(url, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.apiKey}` },
        body: JSON.stringify({
          model: options.model,
          temperature: 0,
          max_tokens: 400,
          messages: [
            { role: 'system', content: question.system },
            { role: 'user', content: question.prompt }
          ],
          response_format: {
            type: 'json_schema',
            json_schema: { name: question.name, strict: true, schema: question.schema }
          }
        })
      })
      if (!res.ok) throw new Error(`HTTP ${res.status} from ${new URL(url).host}`)
      const body = (await res.json()) as ChatResponse
      const usage = {
        inputTokens: body.usage?.prompt_tokens ?? 0,
        outputTokens: body.usage?.completion_tokens ?? 0
      }
      const choice = body.choices?.[0]
      if (choice?.message?.refusal) return { kind: 'refused', reason: 'refusal', usage }
      if (choice?.finish_reason === 'content_filter')
        return { kind: 'refused', reason: 'content_filter', usage }
      const content = choice?.message?.content
      if (typeof content !== 'string') throw new Error('the answer has no message content')
      return { kind: 'json', value: JSON.parse(content) as unknown, usage }
    }
  }
}
