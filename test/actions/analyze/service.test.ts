// The analyze action with its analyzer-service inputs, against dynalite and the Bedrock Converse fake. The
// real SDK clients find them through AWS_ENDPOINT_URL_<SERVICE>, as they would any endpoint: no test input.
import { jest } from '@jest/globals'
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startDynalite, type LocalService } from '../../support/index.js'
import { startFakeBedrock, type FakeBedrock } from '../../support/fake-bedrock.js'

const outputs: Record<string, string> = {}
const failures: string[] = []
const warnings: string[] = []
const infos: string[] = []
const secrets: string[] = []
const raw: string[] = []
let inputs: Record<string, string> = {}

const summary = {
  addHeading: () => summary,
  addTable: () => summary,
  addRaw: (text: string) => (raw.push(text), summary),
  addList: () => summary,
  write: async () => summary
}

jest.unstable_mockModule('@actions/core', () => ({
  getInput: (name: string) => inputs[name] ?? '',
  setOutput: (name: string, value: string) => void (outputs[name] = value),
  setFailed: (message: string) => void failures.push(message),
  setSecret: (s: string) => void secrets.push(s),
  warning: (message: string) => void warnings.push(message),
  info: (message: string) => void infos.push(message),
  summary
}))

const { run } = await import('../../../src/actions/analyze/main.js')

const ENV_KEYS = [
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
  'AWS_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_ENDPOINT_URL_DYNAMODB',
  'AWS_ENDPOINT_URL_BEDROCK_RUNTIME'
]
let dynalite: LocalService
let bedrock: FakeBedrock
let workspace: string
const saved: Record<string, string | undefined> = {}

beforeAll(async () => {
  for (const k of ENV_KEYS) saved[k] = process.env[k]
  dynalite = await startDynalite()
  bedrock = await startFakeBedrock(request =>
    request.prompt.includes('TCP port')
      ? { kind: 'tool', input: { found: true, value: '5055', file: 'settings.json', line: 3 } }
      : { kind: 'tool', input: { found: false, value: null, file: null, line: null } }
  )
  await new DynamoDBClient({
    region: 'us-east-1',
    endpoint: dynalite.endpoint,
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' }
  }).send(
    new CreateTableCommand({
      TableName: 'analysis-cache',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'cache_key', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'cache_key', KeyType: 'HASH' }]
    })
  )
})
afterAll(async () => {
  for (const k of ENV_KEYS)
    if (saved[k] === undefined) delete process.env[k]
    else process.env[k] = saved[k]
  await bedrock.stop()
  await dynalite.stop()
})

beforeEach(() => {
  for (const list of [failures, warnings, infos, secrets, raw]) list.length = 0
  for (const k of Object.keys(outputs)) delete outputs[k]
  workspace = mkdtempSync(join(tmpdir(), 'deplight-analyze-service-'))
  const repo = join(workspace, 'repo')
  mkdirSync(repo)
  writeFileSync(
    join(repo, 'package.json'),
    '{"name":"svc","dependencies":{"express":"4"},"scripts":{"start":"node server.js"}}'
  )
  writeFileSync(
    join(repo, 'server.js'),
    'const express = require("express")\nconst settings = require("./settings.json")\nconst app = express()\napp.get("/status/live", (q, s) => s.send("ok"))\napp.listen(settings.http.listen)\n'
  )
  writeFileSync(join(repo, 'settings.json'), '{\n  "http": {\n    "listen": 5055\n  }\n}\n')
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(workspace, 'tmp'),
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIDLOCAL',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: dynalite.endpoint,
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.endpoint
  })
  bedrock.requests.length = 0
})
afterEach(() => rmSync(workspace, { recursive: true, force: true }))

test('cache-table: a miss, then a hit with the same report; the summary says which and the time saved', async () => {
  inputs = { path: 'repo', 'cache-table': 'analysis-cache', 'cache-ttl-days': '7' }
  await run()
  expect(failures).toEqual([])
  expect(outputs['cache-hit']).toBe('false')
  expect(raw.join('\n')).toMatch(
    /Analysis cache: \*\*miss\*\* \(DynamoDB table analysis-cache \(us-east-1\)\); analysed in .*, stored for the next run\./
  )
  const first = readFileSync(outputs.report!, 'utf8')

  raw.length = 0
  await run()
  expect(failures).toEqual([])
  expect(outputs['cache-hit']).toBe('true')
  expect(raw.join('\n')).toMatch(
    /Analysis cache: \*\*hit\*\* \(DynamoDB table analysis-cache \(us-east-1\)\) in .*; the analysis it replaced took .*, so this run saved /
  )
  expect(readFileSync(outputs.report!, 'utf8')).toBe(first)
  expect(warnings.filter(w => /cache/.test(w))).toEqual([])
})

test('a cache table that does not exist warns and the step still succeeds', async () => {
  inputs = { path: 'repo', 'cache-table': 'missing-table' }
  await run()
  expect(failures).toEqual([])
  expect(outputs['cache-hit']).toBe('false')
  expect(outputs.port).toBe('3000')
  expect(warnings.filter(w => /cache/.test(w))).toEqual([
    'analysis cache unavailable (DynamoDB table missing-table (us-east-1)): table missing-table does not exist in this account/region (create it with infrastructure/modules/bootstrap, or fix cache-table/cache-region); analysed without it'
  ])
})

test('without llm-provider no request reaches the LLM endpoint, even with uncertain fields', async () => {
  inputs = { path: 'repo' }
  await run()
  expect(failures).toEqual([])
  expect(outputs.port).toBe('3000')
  expect(bedrock.requests).toEqual([])
})

test('llm-provider bedrock: the uncertain port is answered with a cited line, tokens and cost are logged', async () => {
  inputs = {
    path: 'repo',
    'llm-provider': 'bedrock',
    'llm-model': 'anthropic.claude-3-5-haiku-20241022-v1:0',
    'llm-prices': '0.8/4'
  }
  await run()
  expect(failures).toEqual([])
  expect(outputs.port).toBe('5055')
  expect(bedrock.requests.length).toBeGreaterThan(0)
  const report = JSON.parse(readFileSync(outputs.report!, 'utf8'))
  expect(report.apps[0].port).toMatchObject({
    source: 'llm',
    model: 'anthropic.claude-3-5-haiku-20241022-v1:0',
    evidence: [{ file: 'settings.json', line: 3 }]
  })
  expect(infos.find(i => i.startsWith('LLM bedrock/'))).toMatch(
    /applied 1 \(port\), \d+ input \+ \d+ output tokens, cost \$\d/
  )
})

test('bad service inputs fail with one line saying how to fix them', async () => {
  delete process.env.AWS_REGION
  inputs = { path: 'repo', 'cache-table': 'analysis-cache' }
  await run()
  expect(failures).toEqual([
    'cache-table needs an AWS region: set cache-region or AWS_REGION (aws-actions/configure-aws-credentials sets it)'
  ])
  failures.length = 0
  inputs = {
    path: 'repo',
    'llm-provider': 'openai',
    'llm-model': 'gpt-4o-mini',
    'llm-endpoint': 'http://example.com/v1',
    'llm-api-key': 'k'
  }
  await run()
  expect(failures).toEqual(['llm-endpoint "http://example.com/v1" must use https (http only for localhost)'])
  failures.length = 0
  inputs = {
    path: 'repo',
    'llm-provider': 'bedrock',
    'llm-model': 'm',
    'llm-region': 'us-east-1',
    'llm-threshold': '0.9'
  }
  await run()
  expect(failures[0]).toMatch(/^llm-threshold "0.9" must be a confidence above 0 and at most 0.8/)
  failures.length = 0
  inputs = {
    path: 'repo',
    'llm-provider': 'openai',
    'llm-model': 'gpt-4o-mini',
    'llm-endpoint': 'http://127.0.0.1:9/v1',
    'llm-api-key': 'sk-secret'
  }
  process.env.AWS_REGION = 'us-east-1'
  // Port 9 on this machine refuses the connection: the key is masked and the failed call falls back.
  await run()
  expect(secrets).toEqual(['sk-secret'])
  expect(failures).toEqual([])
  expect(outputs.port).toBe('3000')
})
