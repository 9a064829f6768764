// The function's settings from its environment (what infrastructure/modules/analyzer sets), with the
// OpenAI-compatible key read from SSM through the real client against a local GetParameter server.
import { SSMClient } from '@aws-sdk/client-ssm'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { settingsFromEnv } from '../../src/lambda/settings.js'

test('no cache table and no LLM provider: neither is configured', async () => {
  const s = await settingsFromEnv({ AWS_REGION: 'eu-west-1' })
  expect(s).toEqual({ cache: null, llm: null })
})

test('the cache table and TTL, and Bedrock settings, come from DEPLIGHT_* variables', async () => {
  const s = await settingsFromEnv({
    AWS_REGION: 'eu-west-1',
    DEPLIGHT_CACHE_TABLE: 'deplight-analysis-cache',
    DEPLIGHT_CACHE_TTL_SECONDS: '86400',
    DEPLIGHT_LLM_PROVIDER: 'bedrock',
    DEPLIGHT_LLM_MODEL: 'anthropic.claude-3-5-haiku-20241022-v1:0',
    DEPLIGHT_LLM_THRESHOLD: '0.4',
    DEPLIGHT_LLM_PRICES: '0.8/4'
  })
  expect(s.cache?.backend.description).toBe('DynamoDB table deplight-analysis-cache (eu-west-1)')
  expect(s.cache?.ttlSeconds).toBe(86400)
  expect(s.llm).toMatchObject({
    threshold: 0.4,
    timeoutMs: 30000,
    prices: { input: 0.8, output: 4 },
    client: { provider: 'bedrock', model: 'anthropic.claude-3-5-haiku-20241022-v1:0' }
  })
})

test('an openai provider reads its key from the SSM SecureString, decrypted', async () => {
  const calls: { target: string; body: Record<string, unknown> }[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', c => chunks.push(c as Buffer))
    req.on('end', () => {
      calls.push({
        target: String(req.headers['x-amz-target']),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
      })
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' })
      res.end(
        JSON.stringify({
          Parameter: { Name: '/deplight/llm-api-key', Type: 'SecureString', Value: 'sk-from-ssm', Version: 1 }
        })
      )
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  try {
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const ssm = () =>
      new SSMClient({
        region: 'eu-west-1',
        endpoint,
        credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' }
      })
    const s = await settingsFromEnv(
      {
        AWS_REGION: 'eu-west-1',
        DEPLIGHT_LLM_PROVIDER: 'openai',
        DEPLIGHT_LLM_MODEL: 'gpt-4o-mini',
        DEPLIGHT_LLM_ENDPOINT: 'https://api.openai.com/v1',
        DEPLIGHT_LLM_API_KEY_PARAMETER: '/deplight/llm-api-key'
      },
      ssm
    )
    expect(calls).toEqual([
      { target: 'AmazonSSM.GetParameter', body: { Name: '/deplight/llm-api-key', WithDecryption: true } }
    ])
    expect(s.llm?.client).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini' })
  } finally {
    server.closeAllConnections()
    server.close()
  }
})

test('bad settings fail with a one-line message', async () => {
  await expect(
    settingsFromEnv({
      AWS_REGION: 'eu-west-1',
      DEPLIGHT_LLM_PROVIDER: 'openai',
      DEPLIGHT_LLM_MODEL: 'gpt-4o'
    })
  ).rejects.toThrow('DEPLIGHT_LLM_PROVIDER openai needs DEPLIGHT_LLM_API_KEY_PARAMETER (an SSM SecureString)')
  await expect(settingsFromEnv({ AWS_REGION: 'eu-west-1', DEPLIGHT_CACHE_TTL_SECONDS: '5' })).rejects.toThrow(
    /DEPLIGHT_CACHE_TTL_SECONDS "5" must be whole seconds >= 60/
  )
  await expect(
    settingsFromEnv({
      AWS_REGION: 'eu-west-1',
      DEPLIGHT_LLM_PROVIDER: 'bedrock',
      DEPLIGHT_LLM_MODEL: 'm',
      DEPLIGHT_LLM_THRESHOLD: '0.95'
    })
  ).rejects.toThrow(/llm-threshold "0.95" must be a confidence above 0 and at most 0.8/)
})
