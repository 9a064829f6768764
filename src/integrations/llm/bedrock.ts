// Amazon Bedrock through the Converse API. The answer is forced through a tool whose input schema is the
// answer's JSON Schema (toolChoice names it): Converse's way to get structured output from any model that
// supports tool use. The endpoint comes from AWS_ENDPOINT_URL_BEDROCK_RUNTIME when set.
import { BedrockRuntimeClient, ConverseCommand, type ToolInputSchema } from '@aws-sdk/client-bedrock-runtime'
import { NO_USAGE, type LlmClient, type LlmReply } from './types.js'

export function bedrockClient(options: {
  model: string
  region: string
  client?: BedrockRuntimeClient
}): LlmClient {
  // One attempt: a retry would double the wait the timeout already bounds, and the fallback is free.
  const client = options.client ?? new BedrockRuntimeClient({ region: options.region, maxAttempts: 1 })
  return {
    provider: 'bedrock',
    model: options.model,
    async ask(question, signal): Promise<LlmReply> {
      const out = await client.send(
        new ConverseCommand({
          modelId: options.model,
          system: [{ text: question.system }],
          messages: [{ role: 'user', content: [{ text: question.prompt }] }],
          inferenceConfig: { maxTokens: 400, temperature: 0 },
          toolConfig: {
            tools: [
              {
                toolSpec: {
                  name: question.name,
                  description: 'Report the answer. Call this exactly once.',
                  inputSchema: { json: question.schema } as ToolInputSchema
                }
              }
            ],
            toolChoice: { tool: { name: question.name } }
          }
        }),
        { abortSignal: signal }
      )
      const usage = {
        inputTokens: out.usage?.inputTokens ?? NO_USAGE.inputTokens,
        outputTokens: out.usage?.outputTokens ?? NO_USAGE.outputTokens
      }
      if (out.stopReason === 'guardrail_intervened' || out.stopReason === 'content_filtered')
        return { kind: 'refused', reason: out.stopReason, usage }
      const call = out.output?.message?.content?.find(c => c.toolUse?.name === question.name)?.toolUse
      if (!call)
        return { kind: 'refused', reason: `no ${question.name} call (stop reason ${out.stopReason})`, usage }
      return { kind: 'json', value: call.input, usage }
    }
  }
}
