// LLM refinement through the real Bedrock Runtime client against a local Converse fake, and through the
// OpenAI-compatible client against a local chat-completions server: proven answers are applied, unproven
// or malformed ones dropped, high-confidence fields never asked about, failures fall back silently.
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { bedrockClient } from '../../../src/integrations/llm/bedrock.js'
import { openAiClient } from '../../../src/integrations/llm/openai.js'
import {
  formatLlmSummary,
  LLM_CONFIDENCE,
  refineWithLlm,
  type LlmSettings
} from '../../../src/pipeline/llm-refine/refine.js'
import { startFakeBedrock, type ConverseAnswer, type FakeBedrock } from '../../support/fake-bedrock.js'

const MODEL = 'anthropic.claude-3-5-haiku-20241022-v1:0'
const FILES = {
  'package.json': '{"name":"svc","dependencies":{"express":"4"},"scripts":{"start":"node server.js"}}',
  'server.js':
    'const express = require("express")\nconst settings = require("./settings.json")\nconst app = express()\napp.get("/status/live", (q, s) => s.send("ok"))\napp.listen(settings.http.listen)\n',
  'settings.json': '{\n  "http": {\n    "listen": 5055\n  }\n}\n'
}
const notFound = { found: false, value: null, file: null, line: null }

let fake: FakeBedrock
let respond: (field: string) => ConverseAnswer

function fieldAsked(prompt: string): string {
  if (prompt.includes('TCP port')) return 'port'
  if (prompt.includes('web framework')) return 'framework'
  if (prompt.includes('health')) return 'healthPath'
  if (prompt.includes('starts the production')) return 'startCommand'
  if (prompt.includes('builds the app')) return 'buildCommand'
  return 'runtimeVersion'
}

beforeAll(async () => {
  fake = await startFakeBedrock(request => respond(fieldAsked(request.prompt)))
})
afterAll(() => fake.stop())
beforeEach(() => {
  fake.requests.length = 0
})

function settings(overrides: Partial<LlmSettings> = {}): LlmSettings {
  const client = new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: fake.endpoint,
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' },
    maxAttempts: 1
  })
  return {
    client: bedrockClient({ model: MODEL, region: 'us-east-1', client }),
    threshold: 0.5,
    timeoutMs: 5000,
    prices: { input: 0.8, output: 4 },
    ...overrides
  }
}

async function refine(s: LlmSettings) {
  const tree = treeFromFiles(FILES)
  const report = analyze(tree)
  const out = await refineWithLlm(report, tree, tree.readPaths(), s)
  return { before: report.apps[0]!, after: out.report.apps[0]!, summary: out.summary }
}

test('a valid, cited answer is applied with source llm and the model id', async () => {
  respond = field =>
    field === 'port'
      ? { kind: 'tool', input: { found: true, value: '5055', file: 'settings.json', line: 3 } }
      : { kind: 'tool', input: notFound }
  const { before, after, summary } = await refine(settings())
  expect(before.port.value).toBe(3000)
  expect(after.port).toEqual({
    value: 5055,
    confidence: LLM_CONFIDENCE,
    source: 'llm',
    model: MODEL,
    evidence: [{ file: 'settings.json', line: 3, text: '"listen": 5055' }],
    overrideKey: 'app.port',
    alternatives: [{ value: 3000, confidence: before.port.confidence, source: before.port.source }]
  })
  // The request carried the field, its candidate, its evidence and numbered excerpts; strict tool schema.
  const portRequest = fake.requests.find(r => r.prompt.includes('TCP port'))!
  expect(portRequest.modelId).toBe(MODEL)
  expect(portRequest.prompt).toContain('current answer: 3000 (confidence 0.45, from Express default)')
  expect(portRequest.prompt).toContain('3|     "listen": 5055')
  expect(portRequest.body.toolConfig!.tools[0]!.toolSpec.inputSchema.json).toMatchObject({
    additionalProperties: false,
    required: ['found', 'value', 'file', 'line']
  })
  expect(summary.applied).toEqual(['port'])
  expect(summary.inputTokens).toBeGreaterThan(0)
  expect(formatLlmSummary(summary)).toMatch(
    /^LLM bedrock\/anthropic\.claude-3-5-haiku-20241022-v1:0: asked 3 field\(s\) \(runtimeVersion, buildCommand, port\), applied 1 \(port\), \d+ input \+ 120 output tokens, cost \$0\.\d{4}$/
  )
})

test('an answer citing a line that does not exist, or that lacks the value, is dropped', async () => {
  respond = field =>
    field === 'port'
      ? { kind: 'tool', input: { found: true, value: '5055', file: 'settings.json', line: 40 } }
      : field === 'buildCommand'
        ? { kind: 'tool', input: { found: true, value: 'npm run build', file: 'package.json', line: 1 } }
        : { kind: 'tool', input: { found: true, value: '20', file: 'missing.txt', line: 1 } }
  const { before, after, summary } = await refine(settings())
  expect(after).toEqual(before)
  expect(summary.applied).toEqual([])
  expect(summary.rejected).toEqual([
    { field: 'runtimeVersion', reason: 'cited file missing.txt does not exist' },
    { field: 'buildCommand', reason: 'package.json:1 does not contain "npm run build"' },
    { field: 'port', reason: 'settings.json has no line 40 (it has 6)' }
  ])
})

test('high-confidence fields are never asked about nor overridden, whatever the threshold', async () => {
  // The model would "correct" everything it is asked; only fields under 0.8 may reach it.
  respond = () => ({ kind: 'tool', input: { found: true, value: 'koa', file: 'server.js', line: 1 } })
  const { before, after } = await refine(settings({ threshold: 0.95 }))
  const asked = fake.requests.map(r => fieldAsked(r.prompt)).sort()
  expect(asked).toEqual(['buildCommand', 'port', 'runtimeVersion'])
  for (const field of ['framework', 'startCommand', 'healthPath'] as const)
    expect(after[field]).toEqual(before[field])
})

test('a timeout, a refusal, a content filter and a malformed answer leave the analyzer values', async () => {
  respond = field =>
    field === 'port'
      ? { kind: 'tool', input: { found: true, value: '5055', file: 'settings.json', line: 3 }, delayMs: 1500 }
      : field === 'buildCommand'
        ? { kind: 'filtered' }
        : { kind: 'tool', input: { found: 'yes', value: 20 } }
  const { before, after, summary } = await refine(settings({ timeoutMs: 300 }))
  expect(after).toEqual(before)
  expect(summary.failed).toEqual([
    { field: 'buildCommand', reason: 'refused (content_filtered)' },
    { field: 'port', reason: 'timed out after 300 ms' }
  ])
  expect(summary.rejected).toEqual([
    { field: 'runtimeVersion', reason: 'the answer does not match the schema' }
  ])

  respond = () => ({ kind: 'text', text: 'I would rather not say.' })
  const text = await refine(settings())
  expect(text.after).toEqual(text.before)
  expect(text.summary.failed.map(f => f.reason)).toEqual([
    'refused (no report_field call (stop reason end_turn))',
    'refused (no report_field call (stop reason end_turn))',
    'refused (no report_field call (stop reason end_turn))'
  ])

  respond = () => ({ kind: 'error', status: 400, type: 'ValidationException', message: 'bad model' })
  const failed = await refine(settings())
  expect(failed.after).toEqual(failed.before)
  expect(failed.summary.failed[0]!.reason).toBe('ValidationException: bad model')
})

test('an OpenAI-compatible endpoint answers through json_schema structured output', async () => {
  const seen: Record<string, unknown>[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', c => chunks.push(c as Buffer))
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        messages: { content: string }[]
      }
      seen.push({ url: req.url, auth: req.headers.authorization, ...body })
      const port = body.messages[1]!.content.includes('TCP port')
      const answer = port
        ? { found: true, value: '5055', file: 'settings.json', line: 3 }
        : { found: false, value: null, file: null, line: null }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          choices: [{ finish_reason: 'stop', message: { content: JSON.stringify(answer), refusal: null } }],
          usage: { prompt_tokens: 500, completion_tokens: 20 }
        })
      )
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  try {
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
    const client = openAiClient({ endpoint, apiKey: 'sk-test', model: 'gpt-4o-mini' })
    const { after, summary } = await refine(settings({ client }))
    expect(after.port).toMatchObject({ value: 5055, source: 'llm', model: 'gpt-4o-mini' })
    expect(summary).toMatchObject({ inputTokens: 1500, outputTokens: 60 })
    expect(seen[0]).toMatchObject({
      url: '/v1/chat/completions',
      auth: 'Bearer sk-test',
      model: 'gpt-4o-mini',
      response_format: { type: 'json_schema', json_schema: { name: 'report_field', strict: true } }
    })
  } finally {
    server.closeAllConnections()
    server.close()
  }
})
