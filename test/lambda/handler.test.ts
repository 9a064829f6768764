// The analyzer Lambda: the handler called directly and through the Lambda Invoke fake with the real
// @aws-sdk/client-lambda, against the CLI's report (analyzeRepository) on every fixture app, byte for byte.
import { LambdaClient } from '@aws-sdk/client-lambda'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { scan } from '../../src/analyzer/scan.js'
import { lambdaAnalyzer } from '../../src/integrations/aws/lambda-analyzer.js'
import { handleEvent, type HandlerDeps } from '../../src/lambda/handler.js'
import { decodeReport, encodeEvent, pack, unpack, type Snapshot } from '../../src/lambda/protocol.js'
import { MAX_HEAD_BYTES } from '../../src/analyzer/tree.js'
import { analyzeRepository, loadConfig } from '../../src/pipeline/config-analyze.js'
import { analyzeStage } from '../../src/stages/analyze.js'
import { startFakeLambda, type FakeLambda } from '../support/fake-lambda.js'

const fixtures = resolve(import.meta.dirname, '../fixtures')
const apps = join(fixtures, 'apps')
const names = readdirSync(apps).sort()
const deps: HandlerDeps = { cache: null, llm: null, info: () => undefined, warning: () => undefined }
const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' }
let fake: FakeLambda

function optionsFor(name: string): { appDir?: string; configPath?: string } {
  const file = join(fixtures, 'expected', `${name}.json`)
  if (!existsSync(file)) return {}
  const o = (JSON.parse(readFileSync(file, 'utf8')) as { options?: { appDir?: string; config?: string } })
    .options
  return { appDir: o?.appDir, configPath: o?.config ? join(apps, name, o.config) : undefined }
}

function client(): LambdaClient {
  return new LambdaClient({ region: 'us-east-1', endpoint: fake.endpoint, credentials, maxAttempts: 1 })
}

beforeAll(async () => {
  fake = await startFakeLambda({
    functions: {
      'deplight-analyzer': event => handleEvent(event, deps),
      broken: async () => {
        throw new TypeError('Cannot read properties of undefined (reading "files")')
      }
    }
  })
})
afterAll(() => fake.stop())

test('through Lambda Invoke, the report equals the CLI report byte for byte on every fixture app', async () => {
  expect(names.length).toBeGreaterThan(100)
  const remote = lambdaAnalyzer({ functionName: 'deplight-analyzer', region: 'us-east-1', client: client() })
  let rounds = 0
  for (const name of names) {
    const options = optionsFor(name)
    const root = join(apps, name)
    const cli = JSON.stringify(analyzeRepository(root, options).report)
    const before = fake.invocations.length
    const warnings: string[] = []
    const out = await analyzeStage(
      { root, ...options },
      { cache: null, llm: null, remote, info: () => undefined, warning: w => warnings.push(w) }
    )
    expect({ name, warnings, via: out.via }).toEqual({ name, warnings: [], via: 'remote' })
    expect({ name, report: JSON.stringify(out.report) }).toEqual({ name, report: cli })
    rounds = Math.max(rounds, fake.invocations.length - before)
  }
  expect(rounds).toBeLessThanOrEqual(4)
})

test('called directly with everything in the snapshot, the handler answers the CLI report', async () => {
  for (const name of names.filter((_, i) => i % 10 === 0)) {
    const root = join(apps, name)
    const options = optionsFor(name)
    const tree = scan(root)
    const config = loadConfig(tree, root, options.configPath)
    const contents: Snapshot['contents'] = {}
    for (const f of tree.files) contents[f.path] = tree.read(f.path)
    const snapshot: Snapshot = {
      files: tree.files.map(f => ({ path: f.path, size: f.size })),
      contents,
      skipped: tree.skipped,
      warnings: tree.warnings.filter(w => w.code !== 'UNREADABLE_FILE'),
      config: config ? { file: config.file, text: config.text, fromTree: !options.configPath } : null,
      appDir: options.appDir ?? null
    }
    const response = await handleEvent(encodeEvent(snapshot), deps)
    expect(response.kind).toBe('report')
    const report = response.kind === 'report' ? response.report : ''
    expect({ name, report }).toEqual({ name, report: pack(analyzeRepository(root, options).report) })
  }
})

test('a snapshot without the files the analysis reads gets need-files, then the same report', async () => {
  const root = join(apps, 'express-basic')
  const remote = lambdaAnalyzer({
    functionName: 'deplight-analyzer',
    region: 'us-east-1',
    client: client(),
    seedBytes: 0
  })
  const before = fake.invocations.length
  const out = await analyzeStage(
    { root },
    { cache: null, llm: null, remote, info: () => undefined, warning: () => undefined }
  )
  expect(out.via).toBe('remote')
  expect(fake.invocations.length - before).toBeGreaterThan(1)
  expect(JSON.stringify(out.report)).toBe(JSON.stringify(analyzeRepository(root).report))
})

test('a lockfile over the read limit: the client sends its head only, the report equals the CLI report', async () => {
  const root = mkdtempSync(join(tmpdir(), 'deplight-lambda-lock-'))
  try {
    cpSync(join(apps, 'node-pnpm-lock-v9'), root, { recursive: true })
    const lockfile = `lockfileVersion: '6.0'\n\n${`${'#'.repeat(99)}\n`.repeat(11_000)}`
    writeFileSync(join(root, 'pnpm-lock.yaml'), lockfile)
    const sent: Snapshot['contents'][] = []
    const recording = await startFakeLambda({
      functions: {
        recording: event => {
          const e = event as { snapshot: string }
          sent.push((unpack(e.snapshot, 'the snapshot') as Snapshot).contents)
          return handleEvent(event, deps)
        }
      }
    })
    const remote = lambdaAnalyzer({
      functionName: 'recording',
      region: 'us-east-1',
      client: new LambdaClient({
        region: 'us-east-1',
        endpoint: recording.endpoint,
        credentials,
        maxAttempts: 1
      }),
      seedBytes: 0
    })
    const out = await analyzeStage(
      { root },
      { cache: null, llm: null, remote, info: () => undefined, warning: () => undefined }
    ).finally(() => recording.stop())
    expect(out.via).toBe('remote')
    const cli = analyzeRepository(root).report
    expect(cli.apps[0]!.hints?.lockfileManagerMajor).toBe('8')
    expect(JSON.stringify(out.report)).toBe(JSON.stringify(cli))
    // What crossed the wire for the lockfile: its head, not the 1.1 MB file.
    const head = sent.map(contents => contents['pnpm-lock.yaml']).find(content => content !== undefined)
    expect(typeof head).toBe('string')
    expect((head as string).length).toBeLessThanOrEqual(MAX_HEAD_BYTES)
    expect(head as string).toMatch(/^lockfileVersion: '6\.0'/)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})

test('a FunctionError, a 413 and an unknown function fall back to local analysis with a warning', async () => {
  const root = join(apps, 'express-basic')
  const cli = JSON.stringify(analyzeRepository(root).report)
  const run = async (remote: ReturnType<typeof lambdaAnalyzer>) => {
    const warnings: string[] = []
    const out = await analyzeStage(
      { root },
      { cache: null, llm: null, remote, info: () => undefined, warning: w => warnings.push(w) }
    )
    expect(out.via).toBe('local')
    expect(JSON.stringify(out.report)).toBe(cli)
    return warnings
  }
  expect(
    await run(lambdaAnalyzer({ functionName: 'broken', region: 'us-east-1', client: client() }))
  ).toEqual([
    'analyzer function broken failed (Unhandled error TypeError: Cannot read properties of undefined (reading "files")); analysing locally instead'
  ])

  const small = await startFakeLambda({
    functions: { 'deplight-analyzer': event => handleEvent(event, deps) },
    maxPayloadBytes: 300
  })
  try {
    const tiny = new LambdaClient({
      region: 'us-east-1',
      endpoint: small.endpoint,
      credentials,
      maxAttempts: 1
    })
    const warnings = await run(
      lambdaAnalyzer({ functionName: 'deplight-analyzer', region: 'us-east-1', client: tiny })
    )
    expect(small.invocations.map(i => i.status)).toEqual([413])
    expect(warnings[0]).toMatch(
      /^analyzer function deplight-analyzer failed \(Request must be smaller than 300 bytes/
    )
  } finally {
    await small.stop()
  }

  const missing = await run(lambdaAnalyzer({ functionName: 'nope', region: 'us-east-1', client: client() }))
  expect(missing[0]).toMatch(
    /^analyzer function nope failed \(Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope\)/
  )
})

test('the handler validates its input as data, with one-line errors', async () => {
  const snapshot = (patch: Partial<Snapshot>): unknown =>
    encodeEvent({
      files: [{ path: 'package.json', size: 2 }],
      contents: { 'package.json': '{}' },
      skipped: 0,
      warnings: [],
      config: null,
      appDir: null,
      ...patch
    })
  await expect(handleEvent({ hello: 'world' }, deps)).rejects.toThrow(/the event must be \{"version": 1/)
  await expect(handleEvent({ version: 2, snapshot: 'x' }, deps)).rejects.toThrow(
    /protocol version 2 is not 1/
  )
  await expect(handleEvent({ version: 1, snapshot: 'bm90IGd6aXA=' }, deps)).rejects.toThrow(
    /the snapshot is not gzip\+base64 JSON/
  )
  await expect(
    handleEvent(snapshot({ files: [{ path: '../etc/passwd', size: 1 }], contents: {} }), deps)
  ).rejects.toThrow('invalid snapshot path "../etc/passwd": must be relative and normalised')
  await expect(
    handleEvent(snapshot({ files: [{ path: '/abs', size: 1 }], contents: {} }), deps)
  ).rejects.toThrow(/must be relative/)
  await expect(handleEvent(snapshot({ contents: { 'other.js': 'x' } }), deps)).rejects.toThrow(
    'snapshot content for "other.js", which is not in the listing'
  )
  await expect(handleEvent(snapshot({ skipped: -1 }), deps)).rejects.toThrow(/invalid snapshot at \/skipped/)
  await expect(handleEvent(snapshot({ appDir: '../x' }), deps)).rejects.toThrow(
    /appDir "..\/x" must be a relative path/
  )
})

test('with an LLM configured, the handler refines the report and files only the LLM reads never cost a round', async () => {
  const { startFakeBedrock } = await import('../support/fake-bedrock.js')
  const { BedrockRuntimeClient } = await import('@aws-sdk/client-bedrock-runtime')
  const { bedrockClient } = await import('../../src/integrations/llm/bedrock.js')
  const bedrock = await startFakeBedrock(request =>
    request.prompt.includes('TCP port') && request.prompt.includes('=== settings.json ===')
      ? { kind: 'tool', input: { found: true, value: '5055', file: 'settings.json', line: 3 } }
      : { kind: 'tool', input: { found: false, value: null, file: null, line: null } }
  )
  try {
    const model = 'anthropic.claude-3-5-haiku-20241022-v1:0'
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      endpoint: bedrock.endpoint,
      credentials,
      maxAttempts: 1
    })
    const llmDeps: HandlerDeps = {
      ...deps,
      llm: {
        client: bedrockClient({ model, region: 'us-east-1', client }),
        threshold: 0.5,
        timeoutMs: 5000,
        prices: null
      }
    }
    const files = {
      'package.json': '{"name":"svc","dependencies":{"express":"4"},"scripts":{"start":"node server.js"}}',
      'server.js':
        'const express = require("express")\nconst settings = require("./settings.json")\nconst app = express()\napp.listen(settings.http.listen)\n',
      'settings.json': '{\n  "http": {\n    "listen": 5055\n  }\n}\n'
    }
    const snapshot = (sent: string[]): unknown =>
      encodeEvent({
        files: Object.entries(files).map(([path, text]) => ({ path, size: Buffer.byteLength(text) })),
        contents: Object.fromEntries(sent.map(p => [p, files[p as keyof typeof files]])),
        skipped: 0,
        warnings: [],
        config: null,
        appDir: null
      })
    // settings.json is read only for the LLM's excerpts: not sent, it is simply left out — no need-files.
    const without = await handleEvent(snapshot(['package.json', 'server.js']), llmDeps)
    expect(without.kind).toBe('report')
    if (without.kind === 'report') {
      expect(decodeReport(without).apps[0]!.port.value).toBe(3000)
      expect(without.llm?.applied).toEqual([])
    }
    const withSettings = await handleEvent(snapshot(Object.keys(files)), llmDeps)
    expect(withSettings.kind).toBe('report')
    if (withSettings.kind === 'report') {
      expect(decodeReport(withSettings).apps[0]!.port).toMatchObject({ value: 5055, source: 'llm', model })
      expect(withSettings.llm?.applied).toEqual(['port'])
    }
  } finally {
    await bedrock.stop()
  }
})
