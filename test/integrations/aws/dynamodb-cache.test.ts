// The DynamoDB cache backend against dynalite (a real DynamoDB emulator) through the real SDK client; AWS
// error answers dynalite cannot produce (throttling, AccessDenied) come from a proxy in front of it.
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { scan } from '../../../src/analyzer/scan.js'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { analyzeWithCache, type AnalysisCache } from '../../../src/pipeline/analysis-cache/cached-analyze.js'
import { decodeRecord, type ManifestRecord } from '../../../src/pipeline/analysis-cache/backend.js'
import { analyzerFingerprint } from '../../../src/pipeline/analysis-cache/fingerprint.js'
import { manifestKey } from '../../../src/pipeline/analysis-cache/key.js'
import { DYNAMODB_MAX_BODY_BYTES, dynamoCacheBackend } from '../../../src/integrations/aws/dynamodb-cache.js'
import { startDynalite, type LocalService } from '../../support/index.js'
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js'

const apps = resolve(import.meta.dirname, '../../fixtures/apps')
const TABLE = 'deplight-analysis-cache'
const credentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' }
let dynalite: LocalService
let proxy: FaultProxy
let temp: string

function client(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ region: 'us-east-1', endpoint, credentials, maxAttempts: 2 })
}

function cache(endpoint = dynalite.endpoint, table = TABLE): AnalysisCache {
  return {
    backend: dynamoCacheBackend({ table, region: 'us-east-1', client: client(endpoint) }),
    ttlSeconds: 7 * 86400,
    maxItemBytes: DYNAMODB_MAX_BODY_BYTES
  }
}

beforeAll(async () => {
  dynalite = await startDynalite()
  proxy = await startFaultProxy(dynalite.endpoint)
  await client(dynalite.endpoint).send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'cache_key', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'cache_key', KeyType: 'HASH' }]
    })
  )
})
afterAll(async () => {
  await proxy.stop()
  await dynalite.stop()
})
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'deplight-ddb-cache-'))
  cpSync(join(apps, 'express-basic'), temp, { recursive: true })
})
afterEach(() => rmSync(temp, { recursive: true, force: true }))

test('miss → put → hit, with expires_at set from the TTL; edits to read files miss, others hit', async () => {
  const c = cache()
  const first = await analyzeWithCache(scan(temp), {}, c)
  expect(first.cache).toMatchObject({ status: 'miss', stored: true })

  const key = (first.cache as { key: string }).key
  const raw = await client(dynalite.endpoint).send(
    new GetItemCommand({ TableName: TABLE, Key: { cache_key: { S: `e#${key}` } } })
  )
  const expiresAt = Number(raw.Item!.expires_at!.N)
  const expected = Date.now() / 1000 + 7 * 86400
  expect(Math.abs(expiresAt - expected)).toBeLessThan(60)
  expect(raw.Item!.encoding!.S).toBe('gzip')

  const hit = await analyzeWithCache(scan(temp), {}, c)
  expect(hit.cache.status).toBe('hit')
  expect(JSON.stringify(hit.report)).toBe(JSON.stringify(analyze(scan(temp))))

  writeFileSync(join(temp, 'README.md'), 'a readme the analyzer never reads, now longer\n')
  // A new README changes the listing (a miss); editing it afterwards does not.
  expect((await analyzeWithCache(scan(temp), {}, c)).cache.status).toBe('miss')
  writeFileSync(join(temp, 'README.md'), 'edited again\n')
  const unrelated = await analyzeWithCache(scan(temp), {}, c)
  expect(unrelated.cache.status).toBe('hit')
  expect(JSON.stringify(unrelated.report)).toBe(JSON.stringify(analyze(scan(temp))))

  const server = readFileSync(join(temp, 'server.js'), 'utf8')
  writeFileSync(join(temp, 'server.js'), server.replace(/3000/g, '3100'))
  const edited = await analyzeWithCache(scan(temp), {}, c)
  expect(edited.cache.status).toBe('miss')
  expect(edited.report.apps[0]!.port.value).toBe(3100)
})

test('an expired item is a miss and is replaced', async () => {
  let now = Date.now()
  const backend = dynamoCacheBackend({
    table: TABLE,
    region: 'us-east-1',
    client: client(dynalite.endpoint),
    now: () => now
  })
  const c = { backend, ttlSeconds: 60, maxItemBytes: DYNAMODB_MAX_BODY_BYTES }
  const tree = treeFromFiles({ 'go.mod': 'module expiry\n', 'main.go': 'package main\nfunc main() {}\n' })
  expect((await analyzeWithCache(tree, {}, c)).cache.status).toBe('miss')
  now += 120_000
  const again = await analyzeWithCache(
    treeFromFiles({ 'go.mod': 'module expiry\n', 'main.go': 'package main\nfunc main() {}\n' }),
    {},
    c
  )
  expect(again.cache).toMatchObject({ status: 'miss', stored: true })
})

test('a missing table, throttling and AccessDenied degrade to a fresh analysis with a warning', async () => {
  const fresh = JSON.stringify(analyze(scan(temp)))
  const missing = await analyzeWithCache(scan(temp), {}, cache(dynalite.endpoint, 'no-such-table'))
  expect(missing.cache.status).toBe('unavailable')
  expect(missing.warnings[0]).toMatch(/table no-such-table does not exist in this account\/region/)
  expect(JSON.stringify(missing.report)).toBe(fresh)

  const error = (type: string, message: string) => ({
    body: JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message })
  })
  // maxAttempts 2: the SDK retries a throttled call once, so both attempts are throttled.
  proxy.failNext(
    2,
    400,
    undefined,
    error('ThrottlingException', 'Rate of requests exceeds the allowed throughput.')
  )
  const throttled = await analyzeWithCache(scan(temp), {}, cache(proxy.url))
  expect(throttled.cache.status).toBe('unavailable')
  expect(throttled.warnings[0]).toMatch(/ThrottlingException: the table is throttling requests/)
  expect(JSON.stringify(throttled.report)).toBe(fresh)

  proxy.failNext(
    1,
    400,
    undefined,
    error(
      'AccessDeniedException',
      'User: arn:aws:sts::123456789012:assumed-role/deploy/gh is not authorized to perform: dynamodb:GetItem'
    )
  )
  const denied = await analyzeWithCache(scan(temp), {}, cache(proxy.url))
  expect(denied.cache.status).toBe('unavailable')
  expect(denied.warnings[0]).toBe(
    `analysis cache unavailable (DynamoDB table ${TABLE} (us-east-1)): AccessDeniedException: the workflow's role may not use table ${TABLE} (grant dynamodb:GetItem and dynamodb:PutItem on it); analysed without it`
  )
  expect(JSON.stringify(denied.report)).toBe(fresh)

  // A write refused after a good lookup: the analysis stands, the cache is just not updated.
  writeFileSync(join(temp, 'NOTES.txt'), 'a new listing, so the lookup misses\n')
  let requests = 0
  proxy.failNext(
    2,
    400,
    () => ++requests >= 2,
    error('AccessDeniedException', 'not authorized: dynamodb:PutItem')
  )
  const unwritable = await analyzeWithCache(scan(temp), {}, cache(proxy.url))
  expect(unwritable.cache).toMatchObject({ status: 'miss', stored: false })
  expect(unwritable.warnings[0]).toMatch(
    /^analysis cache not updated \(DynamoDB table .*\): AccessDeniedException/
  )
  expect(JSON.stringify(unwritable.report)).toBe(JSON.stringify(analyze(scan(temp))))
})

test('concurrent writers of one listing leave a valid manifest holding every shape', async () => {
  const c = cache()
  const files = {
    'package.json': '{"name":"race","dependencies":{"express":"4"}}',
    'a.js': 'require("express")().listen(3000)',
    'boot.sh': '#!/bin/sh\nexec node a.js --port 4000\n'
  }
  const variants = [
    { ...files, Dockerfile: 'FROM node:22\nENTRYPOINT ["/boot.sh"]\n' },
    { ...files, Dockerfile: 'FROM node:22\nCMD ["node", "a.js"]\n' }
  ]
  // Eight writers at once: four per variant, so both the entry put and the manifest merge race.
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) => analyzeWithCache(treeFromFiles(variants[i % 2]!), {}, c))
  )
  expect(results.every(r => r.cache.status === 'miss')).toBe(true)
  expect(results.every(r => r.warnings.length === 0)).toBe(true)
  for (const variant of variants) {
    const hit = await analyzeWithCache(treeFromFiles(variant), {}, c)
    expect(hit.cache.status).toBe('hit')
    expect(JSON.stringify(hit.report)).toBe(JSON.stringify(analyze(treeFromFiles(variant))))
  }
  const key = manifestKey(
    { fingerprint: analyzerFingerprint(), appDir: null, overrides: null, extra: null },
    treeFromFiles(variants[0]!)
  )
  const item = await c.backend.get(`m#${key}`)
  const shapes = decodeRecord<ManifestRecord>(item!.body).shapes
  expect(shapes).toHaveLength(2)
  expect(shapes.map(s => s.reads.includes('boot.sh')).sort()).toEqual([false, true])
})
