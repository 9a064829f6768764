// The function's settings, from the environment infrastructure/modules/analyzer sets, read once per
// container: the cache table (DEPLIGHT_CACHE_TABLE, TTL DEPLIGHT_CACHE_TTL_SECONDS) and the optional LLM
// (DEPLIGHT_LLM_PROVIDER, _MODEL, _REGION, _ENDPOINT, _THRESHOLD, _TIMEOUT, _PRICES). An OpenAI-compatible
// key is read from the SSM SecureString named by DEPLIGHT_LLM_API_KEY_PARAMETER, never from the environment.
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm'
import { dynamoCacheBackend, DYNAMODB_MAX_BODY_BYTES } from '../integrations/aws/dynamodb-cache.js'
import { bedrockClient } from '../integrations/llm/bedrock.js'
import { openAiClient } from '../integrations/llm/openai.js'
import type { AnalysisCache } from '../pipeline/analysis-cache/cached-analyze.js'
import { parseServiceInputs } from '../pipeline/analyzer-service-inputs.js'
import type { LlmSettings } from '../pipeline/llm-refine/refine.js'

export interface FunctionSettings {
  cache: AnalysisCache | null
  llm: LlmSettings | null
}

export async function settingsFromEnv(
  env: NodeJS.ProcessEnv,
  ssm: () => SSMClient = () => new SSMClient({ region: env.AWS_REGION })
): Promise<FunctionSettings> {
  const region = env.AWS_REGION ?? ''
  const table = env.DEPLIGHT_CACHE_TABLE?.trim()
  const ttlSeconds = Number(env.DEPLIGHT_CACHE_TTL_SECONDS || 30 * 86400)
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 60)
    throw new Error(
      `DEPLIGHT_CACHE_TTL_SECONDS "${env.DEPLIGHT_CACHE_TTL_SECONDS}" must be whole seconds >= 60`
    )
  const cache = table
    ? { backend: dynamoCacheBackend({ table, region }), ttlSeconds, maxItemBytes: DYNAMODB_MAX_BODY_BYTES }
    : null

  const provider = env.DEPLIGHT_LLM_PROVIDER?.trim()
  let apiKey = ''
  if (provider === 'openai') {
    const name = env.DEPLIGHT_LLM_API_KEY_PARAMETER?.trim()
    if (!name)
      throw new Error(
        'DEPLIGHT_LLM_PROVIDER openai needs DEPLIGHT_LLM_API_KEY_PARAMETER (an SSM SecureString)'
      )
    const out = await ssm().send(new GetParameterCommand({ Name: name, WithDecryption: true }))
    apiKey = out.Parameter?.Value ?? ''
  }
  const read = (input: string): string =>
    input === 'llm-api-key'
      ? apiKey
      : input.startsWith('llm-')
        ? (env[`DEPLIGHT_${input.toUpperCase().replace(/-/g, '_')}`] ?? '')
        : ''
  const parsed = parseServiceInputs(read, { AWS_REGION: region }).llm
  const llm: LlmSettings | null = parsed
    ? {
        client:
          parsed.provider === 'bedrock'
            ? bedrockClient({ model: parsed.model, region: parsed.region })
            : openAiClient({ endpoint: parsed.endpoint, apiKey: parsed.apiKey, model: parsed.model }),
        threshold: parsed.threshold,
        timeoutMs: parsed.timeoutMs,
        prices: parsed.prices
      }
    : null
  return { cache, llm }
}
