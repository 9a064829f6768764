// Clients for the analyzer-service inputs: the DynamoDB cache, the analyzer function, the LLM. Endpoints
// come from the SDK's own AWS_ENDPOINT_URL_<SERVICE> variables; nothing is created for an unset input, so
// an unconfigured run sends no request anywhere.
import { dynamoCacheBackend, DYNAMODB_MAX_BODY_BYTES } from '../../integrations/aws/dynamodb-cache.js'
import { lambdaAnalyzer } from '../../integrations/aws/lambda-analyzer.js'
import { bedrockClient } from '../../integrations/llm/bedrock.js'
import { openAiClient } from '../../integrations/llm/openai.js'
import type { ServiceInputs } from '../../pipeline/analyzer-service-inputs.js'
import type { AnalyzeStageDeps } from '../../stages/analyze.js'

export function serviceDeps(inputs: ServiceInputs): Pick<AnalyzeStageDeps, 'cache' | 'remote' | 'llm'> {
  const { cache, analyzerFunction, llm } = inputs
  return {
    cache: cache
      ? {
          backend: dynamoCacheBackend({ table: cache.table, region: cache.region }),
          ttlSeconds: cache.ttlDays * 86400,
          maxItemBytes: DYNAMODB_MAX_BODY_BYTES
        }
      : null,
    remote: analyzerFunction
      ? lambdaAnalyzer({ functionName: analyzerFunction.name, region: analyzerFunction.region })
      : null,
    llm: llm
      ? {
          client:
            llm.provider === 'bedrock'
              ? bedrockClient({ model: llm.model, region: llm.region })
              : openAiClient({ endpoint: llm.endpoint, apiKey: llm.apiKey, model: llm.model }),
          threshold: llm.threshold,
          timeoutMs: llm.timeoutMs,
          prices: llm.prices
        }
      : null
  }
}
