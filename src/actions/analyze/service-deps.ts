// Clients for the analyzer-service inputs: the DynamoDB cache, the analyzer function, the LLM. Endpoints
// come from the SDK's own AWS_ENDPOINT_URL_<SERVICE> variables. Nothing is created — nor its SDK even
// loaded — for an unset input, so an unconfigured run starts as fast as before and sends no request.
import type { ServiceInputs } from '../../pipeline/analyzer-service-inputs.js'
import type { AnalyzeStageDeps } from '../../stages/analyze.js'

export async function serviceDeps(
  inputs: ServiceInputs
): Promise<Pick<AnalyzeStageDeps, 'cache' | 'remote' | 'llm'>> {
  const { cache, analyzerFunction, llm } = inputs
  const { dynamoCacheBackend, DYNAMODB_MAX_BODY_BYTES } = cache
    ? await import('../../integrations/aws/dynamodb-cache.js')
    : { dynamoCacheBackend: null, DYNAMODB_MAX_BODY_BYTES: 0 }
  const lambdaAnalyzer = analyzerFunction
    ? (await import('../../integrations/aws/lambda-analyzer.js')).lambdaAnalyzer
    : null
  const bedrockClient =
    llm?.provider === 'bedrock' ? (await import('../../integrations/llm/bedrock.js')).bedrockClient : null
  const openAiClient =
    llm?.provider === 'openai' ? (await import('../../integrations/llm/openai.js')).openAiClient : null
  return {
    cache:
      cache && dynamoCacheBackend
        ? {
            backend: dynamoCacheBackend({ table: cache.table, region: cache.region }),
            ttlSeconds: cache.ttlDays * 86400,
            maxItemBytes: DYNAMODB_MAX_BODY_BYTES
          }
        : null,
    remote:
      analyzerFunction && lambdaAnalyzer
        ? lambdaAnalyzer({ functionName: analyzerFunction.name, region: analyzerFunction.region })
        : null,
    llm: llm
      ? {
          client:
            llm.provider === 'bedrock'
              ? bedrockClient!({ model: llm.model, region: llm.region })
              : openAiClient!({ endpoint: llm.endpoint, apiKey: llm.apiKey, model: llm.model }),
          threshold: llm.threshold,
          timeoutMs: llm.timeoutMs,
          prices: llm.prices
        }
      : null
  }
}
