// The analyzer-service settings — cache table, analyzer function, LLM — parsed and validated once, from the
// analyze action's inputs or the Lambda's DEPLIGHT_* variables. Every value either reaches an AWS/HTTP client
// as data or is rejected here with a one-line fix.
import { parseDuration } from './duration.js'
import { MAX_LLM_THRESHOLD } from './llm-refine/refine.js'
/** Reads one input by its action name (`cache-table`); the Lambda maps the names to DEPLIGHT_* variables. */
export type InputReader = (name: string) => string

export interface CacheInputs {
  table: string
  region: string
  ttlDays: number
}

export interface FunctionInputs {
  /** Name, partial or full ARN (optionally with :alias). */
  name: string
  region: string
}

export type LlmInputs = {
  model: string
  threshold: number
  timeoutMs: number
  prices: { input: number; output: number } | null
} & ({ provider: 'bedrock'; region: string } | { provider: 'openai'; endpoint: string; apiKey: string })

export interface ServiceInputs {
  cache: CacheInputs | null
  analyzerFunction: FunctionInputs | null
  llm: LlmInputs | null
}

const TABLE = /^[A-Za-z0-9_.-]{3,255}$/
const REGION = /^[a-z]{2}(-[a-z]+)+-[0-9]+$/
const FUNCTION =
  /^(arn:aws[a-z-]*:lambda:([a-z]{2}(-[a-z]+)+-[0-9]+):[0-9]{12}:function:)?[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]{1,128})?$/
const MODEL = /^[A-Za-z0-9._:/@-]{1,256}$/

export function parseServiceInputs(read: InputReader, env: NodeJS.ProcessEnv): ServiceInputs {
  const envRegion = env.AWS_REGION || env.AWS_DEFAULT_REGION || ''
  return {
    cache: parseCache(read, envRegion),
    analyzerFunction: parseFunction(read, envRegion),
    llm: parseLlm(read, envRegion)
  }
}

function region(value: string, input: string, purpose: string): string {
  if (!value)
    throw new Error(
      `${purpose} needs an AWS region: set ${input} or AWS_REGION (aws-actions/configure-aws-credentials sets it)`
    )
  if (!REGION.test(value)) throw new Error(`${input} "${value}" is not an AWS region such as eu-west-1`)
  return value
}

function parseCache(read: InputReader, envRegion: string): CacheInputs | null {
  const table = read('cache-table').trim()
  if (!table) return null
  if (!TABLE.test(table))
    throw new Error(`cache-table "${table}" is not a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -)`)
  const ttlText = read('cache-ttl-days').trim() || '30'
  const ttlDays = Number(ttlText)
  if (!Number.isInteger(ttlDays) || ttlDays < 1 || ttlDays > 365)
    throw new Error(`cache-ttl-days "${ttlText}" must be a whole number of days from 1 to 365`)
  return {
    table,
    region: region(read('cache-region').trim() || envRegion, 'cache-region', 'cache-table'),
    ttlDays
  }
}

function parseFunction(read: InputReader, envRegion: string): FunctionInputs | null {
  const name = read('analyzer-function').trim()
  if (!name) return null
  const m = FUNCTION.exec(name)
  if (!m)
    throw new Error(
      `analyzer-function "${name}" is not a Lambda function name or ARN (e.g. deplight-analyzer, the analyzer module's function_name output)`
    )
  return { name, region: region(m[2] ?? envRegion, 'analyzer-function (as an ARN)', 'analyzer-function') }
}

function parseLlm(read: InputReader, envRegion: string): LlmInputs | null {
  const provider = read('llm-provider').trim() || 'none'
  if (provider === 'none') return null
  if (provider !== 'bedrock' && provider !== 'openai')
    throw new Error(`llm-provider "${provider}" must be none, bedrock or openai`)
  const model = read('llm-model').trim()
  if (!MODEL.test(model))
    throw new Error(
      `llm-model ${model ? `"${model}" is not a model id` : 'is required with llm-provider'} (e.g. anthropic.claude-3-5-haiku-20241022-v1:0, gpt-4o-mini)`
    )
  const thresholdText = read('llm-threshold').trim() || '0.5'
  const threshold = Number(thresholdText)
  if (!(threshold > 0 && threshold <= MAX_LLM_THRESHOLD))
    throw new Error(
      `llm-threshold "${thresholdText}" must be a confidence above 0 and at most ${MAX_LLM_THRESHOLD} (higher would let the LLM override evidence read from the project)`
    )
  const timeoutMs = parseDuration(read('llm-timeout').trim() || '30s', 'llm-timeout')
  if (timeoutMs < 1000 || timeoutMs > 300_000) throw new Error('llm-timeout must be between 1s and 5m')
  const common = { model, threshold, timeoutMs, prices: parsePrices(read('llm-prices').trim()) }
  if (provider === 'bedrock')
    return {
      ...common,
      provider,
      region: region(read('llm-region').trim() || envRegion, 'llm-region', 'llm-provider bedrock')
    }
  const endpoint = read('llm-endpoint').trim()
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    throw new Error(
      `llm-endpoint ${endpoint ? `"${endpoint}" is not a URL` : 'is required with llm-provider openai'} (e.g. https://api.openai.com/v1)`
    )
  }
  // The key travels in a header: plain http only to this machine.
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]'
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new Error(`llm-endpoint "${endpoint}" must use https (http only for localhost)`)
  const apiKey = read('llm-api-key').trim()
  if (!apiKey) throw new Error('llm-api-key is required with llm-provider openai; pass it from a secret')
  return { ...common, provider, endpoint: url.toString().replace(/\/+$/, ''), apiKey }
}

function parsePrices(text: string): { input: number; output: number } | null {
  if (!text) return null
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*\/\s*([0-9]+(?:\.[0-9]+)?)$/.exec(text)
  if (!m) throw new Error(`llm-prices "${text}" must be "INPUT/OUTPUT" in USD per million tokens, e.g. 0.8/4`)
  return { input: Number(m[1]), output: Number(m[2]) }
}
