// The cache's contract with the analyzer, on real trees and the local directory backend: a hit is the fresh
// report byte for byte (every fixture app), the key covers exactly what the analysis observed (files it read,
// sizes it looked at, the listing), and whatever the cache does to the tree stays invisible to the report.
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { scan } from '../../../src/analyzer/scan.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { analyze } from '../../../src/analyzer/analyze.js'
import { loadConfig, analyzeRepository } from '../../../src/pipeline/config-analyze.js'
import { analyzeWithCache, type AnalysisCache } from '../../../src/pipeline/analysis-cache/cached-analyze.js'
import { fileCacheBackend, FILE_MAX_ITEM_BYTES } from '../../../src/pipeline/analysis-cache/file-backend.js'
import {
  decodeRecord,
  type CacheBackend,
  type EntryRecord
} from '../../../src/pipeline/analysis-cache/backend.js'

const fixtures = resolve(import.meta.dirname, '../../fixtures')
const apps = join(fixtures, 'apps')
let temp: string

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'deplight-cache-'))
})
afterEach(() => rmSync(temp, { recursive: true, force: true }))

function cacheIn(dir: string): AnalysisCache {
  return { backend: fileCacheBackend(dir), ttlSeconds: 3600, maxItemBytes: FILE_MAX_ITEM_BYTES }
}

async function cachedRun(
  root: string,
  cache: AnalysisCache,
  options: { appDir?: string; config?: string } = {}
) {
  const tree = scan(root)
  const config = loadConfig(tree, root, options.config)
  return analyzeWithCache(tree, { appDir: options.appDir, overrides: config?.overrides }, cache)
}

function freshJson(root: string, options: { appDir?: string; config?: string } = {}): string {
  return JSON.stringify(
    analyzeRepository(root, { appDir: options.appDir, configPath: options.config }).report
  )
}

function expectedOptions(name: string): { appDir?: string; config?: string } {
  const file = join(fixtures, 'expected', `${name}.json`)
  if (!existsSync(file)) return {}
  const o = (JSON.parse(readFileSync(file, 'utf8')) as { options?: { appDir?: string; config?: string } })
    .options
  return { appDir: o?.appDir, config: o?.config ? join(apps, name, o.config) : undefined }
}

test('a hit returns the fresh report byte for byte, on every fixture app', async () => {
  const names = readdirSync(apps).sort()
  expect(names.length).toBeGreaterThan(100)
  const cache = cacheIn(join(temp, 'cache'))
  for (const name of names) {
    const root = join(apps, name)
    const options = expectedOptions(name)
    const fresh = freshJson(root, options)
    const first = await cachedRun(root, cache, options)
    expect({ name, status: first.cache.status }).toEqual({ name, status: 'miss' })
    expect({ name, report: JSON.stringify(first.report) }).toEqual({ name, report: fresh })
    const second = await cachedRun(root, cache, options)
    expect({ name, status: second.cache.status }).toEqual({ name, status: 'hit' })
    expect({ name, report: JSON.stringify(second.report) }).toEqual({ name, report: fresh })
  }
})

describe('what the key covers', () => {
  let repo: string
  let cache: AnalysisCache
  beforeEach(() => {
    repo = join(temp, 'repo')
    cpSync(join(apps, 'express-basic'), repo, { recursive: true })
    cache = cacheIn(join(temp, 'cache'))
  })

  test('editing a file the analysis read misses; editing one it never read hits with the fresh report', async () => {
    writeFileSync(join(repo, 'README.md'), '# hello\n')
    const first = await cachedRun(repo, cache)
    expect(first.cache.status).toBe('miss')
    expect(first.readPaths).toContain('package.json')
    expect(first.readPaths).not.toContain('README.md')

    // A different size too (a file never read): the hit must still equal a fresh analysis.
    appendFileSync(join(repo, 'README.md'), 'more words about the project\n')
    const unrelated = await cachedRun(repo, cache)
    expect(unrelated.cache.status).toBe('hit')
    expect(JSON.stringify(unrelated.report)).toBe(freshJson(repo))

    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'))
    pkg.description = 'edited'
    writeFileSync(join(repo, 'package.json'), JSON.stringify(pkg, null, 2))
    const edited = await cachedRun(repo, cache)
    expect(edited.cache.status).toBe('miss')
    expect(JSON.stringify(edited.report)).toBe(freshJson(repo))
    expect((await cachedRun(repo, cache)).cache.status).toBe('hit')
  })

  test('a new file anywhere misses: the listing is key material', async () => {
    await cachedRun(repo, cache)
    // A Procfile changes the start command without the old analysis ever having read it.
    writeFileSync(join(repo, 'Procfile'), 'web: node other.js\n')
    const added = await cachedRun(repo, cache)
    expect(added.cache.status).toBe('miss')
    expect(JSON.stringify(added.report)).toBe(freshJson(repo))
  })

  test('the app dir, the effective config and the analyzer code are key material', async () => {
    await cachedRun(repo, cache)
    const config = join(temp, 'delightful.yaml')
    writeFileSync(config, 'app:\n  port: 9000\n')
    const configured = await cachedRun(repo, cache, { config })
    expect(configured.cache.status).toBe('miss')
    expect(configured.report.apps[0]!.port.value).toBe(9000)
    expect((await cachedRun(repo, cache, { appDir: '.' })).cache.status).toBe('miss')

    const tree = scan(repo)
    const upgraded = await analyzeWithCache(tree, { fingerprint: 'next-release' }, cache)
    expect(upgraded.cache.status).toBe('miss')
  })

  test('sizes the analysis looked at are key material; the whole-tree byte count is not', async () => {
    const tree = scan(repo)
    const first = await analyzeWithCache(tree, {}, cache)
    const key = (first.cache as { key: string }).key
    const item = await cache.backend.get(`e#${key}`)
    const entry = decodeRecord<EntryRecord>(item!.body)
    expect(entry.material.sizes.length).toBeLessThan(tree.files.length)
    expect(entry.material.reads.map(([path]) => path)).toEqual(first.readPaths)
  })
})

test('the head of a lockfile over the read limit is key material', async () => {
  const repo = join(temp, 'repo')
  cpSync(join(apps, 'node-pnpm-lock-v9'), repo, { recursive: true })
  const cache = cacheIn(join(temp, 'cache'))
  // Over 1 MiB, so the analysis reads only its head; the two versions have the same size.
  const padding = `${'#'.repeat(99)}\n`.repeat(11_000)
  const lockfile = (version: string) => `lockfileVersion: '${version}'\n\n${padding}`
  writeFileSync(join(repo, 'pnpm-lock.yaml'), lockfile('6.0'))
  const first = await cachedRun(repo, cache)
  expect(first.cache.status).toBe('miss')
  expect(first.readPaths).not.toContain('pnpm-lock.yaml')
  expect(first.report.apps[0]!.hints?.lockfileManagerMajor).toBe('8')
  expect((await cachedRun(repo, cache)).cache.status).toBe('hit')
  writeFileSync(join(repo, 'pnpm-lock.yaml'), lockfile('9.0'))
  const edited = await cachedRun(repo, cache)
  expect(edited.cache.status).toBe('miss')
  expect(edited.report.apps[0]!.hints?.lockfileManagerMajor).toBe('9')
  expect(JSON.stringify(edited.report)).toBe(freshJson(repo))
  const hit = await cachedRun(repo, cache)
  expect(hit.cache.status).toBe('hit')
  expect(JSON.stringify(hit.report)).toBe(freshJson(repo))
})

test('lookup reads leave no trace: a miss after a lookup equals a cacheless analysis', async () => {
  const cache = cacheIn(join(temp, 'cache'))
  const files = {
    'package.json': '{"name":"x","dependencies":{"express":"4"}}',
    'a.js': 'require("express")().listen(3000)',
    'boot.sh': '#!/bin/sh\nexec node a.js --port 4000\n'
  }
  const viaScript = { ...files, Dockerfile: 'FROM node:22\nCOPY . .\nENTRYPOINT ["/boot.sh"]\n' }
  const direct = { ...files, Dockerfile: 'FROM node:22\nCOPY . .\nCMD ["node", "a.js"]\n' }
  const first = await analyzeWithCache(treeFromFiles(viaScript), {}, cache)
  expect(first.readPaths).toContain('boot.sh')
  // Same listing, so the lookup hashes last run's files, boot.sh included; this analysis never reads it,
  // and the report (contentDigest) must not show that the lookup did.
  const miss = await analyzeWithCache(treeFromFiles(direct), {}, cache)
  expect(miss.cache.status).toBe('miss')
  expect(miss.readPaths).not.toContain('boot.sh')
  expect(JSON.stringify(miss.report)).toBe(JSON.stringify(analyze(treeFromFiles(direct))))
  // Both shapes are remembered: either Dockerfile now hits.
  for (const variant of [viaScript, direct]) {
    const hit = await analyzeWithCache(treeFromFiles(variant), {}, cache)
    expect(hit.cache.status).toBe('hit')
    expect(JSON.stringify(hit.report)).toBe(JSON.stringify(analyze(treeFromFiles(variant))))
  }
})

test('unreadable files keep their warnings in analysis order on a hit', async () => {
  // root reads any file whatever its mode, so the failure comes from scan's injectable reader.
  const repo = join(temp, 'repo')
  cpSync(join(apps, 'express-basic'), repo, { recursive: true })
  const cache = cacheIn(join(temp, 'cache'))
  const denied = (p: string): Buffer => {
    if (p.endsWith('package.json')) throw Object.assign(new Error('denied'), { code: 'EACCES' })
    return readFileSync(p)
  }
  const run = () => analyzeWithCache(scan(repo, { readFile: denied }), {}, cache)
  const first = await run()
  const fresh = JSON.stringify(analyze(scan(repo, { readFile: denied })))
  expect(JSON.stringify(first.report)).toBe(fresh)
  expect(first.report.warnings.map(w => w.code)).toContain('UNREADABLE_FILE')
  const second = await run()
  expect(second.cache.status).toBe('hit')
  expect(JSON.stringify(second.report)).toBe(fresh)
})

test('a failing backend degrades to a fresh analysis with a one-line warning', async () => {
  const broken: CacheBackend = {
    description: 'broken backend',
    get: async () => {
      throw new Error('AccessDeniedException: no\nstack')
    },
    put: async () => true
  }
  const repo = join(apps, 'express-basic')
  const out = await analyzeWithCache(
    scan(repo),
    {},
    {
      backend: broken,
      ttlSeconds: 60,
      maxItemBytes: 1e6
    }
  )
  expect(out.cache).toMatchObject({ status: 'unavailable', reason: 'AccessDeniedException: no' })
  expect(out.warnings).toEqual([
    'analysis cache unavailable (broken backend): AccessDeniedException: no; analysed without it'
  ])
  expect(JSON.stringify(out.report)).toBe(freshJson(repo))
})

test('an entry over the item limit is not stored, and says why', async () => {
  const repo = join(apps, 'express-basic')
  const cache = { ...cacheIn(join(temp, 'cache')), maxItemBytes: 100 }
  const out = await analyzeWithCache(scan(repo), {}, cache)
  expect(out.cache).toMatchObject({ status: 'miss', stored: false })
  expect(out.warnings[0]).toMatch(
    /^analysis not cached: the report is \d+ KB gzip-compressed, over the 0 KB item limit/
  )
  expect((await analyzeWithCache(scan(repo), {}, cache)).cache.status).toBe('miss')
})
