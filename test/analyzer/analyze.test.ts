import { analyze, AnalyzeError } from '../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../src/analyzer/tree.js'
import type { Overrides } from '../../src/analyzer/overrides.js'
import { nodeProvider } from '../../src/analyzer/ecosystems/node/provider.js'
import type { Provider } from '../../src/analyzer/provider.js'

const express = {
  'package.json': JSON.stringify(
    { name: '@acme/Orders_API', scripts: { start: 'node server.js' }, dependencies: { express: '^4' } },
    null,
    2
  ),
  'server.js':
    "const app = require('express')()\napp.get('/health', (q, s) => s.end())\napp.listen(process.env.PORT || 3000)\n"
}

const ev = (line: number) => ({ file: '.delightful.yaml', line, text: 'x' })

test('the report is byte-identical for the same tree, whatever the file order', () => {
  const a = analyze(treeFromFiles(express))
  const reversed = Object.fromEntries(Object.entries(express).reverse())
  expect(JSON.stringify(analyze(treeFromFiles(reversed)))).toBe(JSON.stringify(a))
  expect(a.apps[0]!.name).toBe('orders-api')
})

test('the digest changes with what the analysis read, and with the file list', () => {
  const base = analyze(treeFromFiles(express)).contentDigest
  expect(
    analyze(treeFromFiles({ ...express, 'server.js': express['server.js'].replace('3000', '4000') }))
      .contentDigest
  ).not.toBe(base)
  expect(analyze(treeFromFiles({ ...express, 'README.md': 'x' })).contentDigest).not.toBe(base)
})

test('the digest is the same whether the files were read as bytes or as text', () => {
  // Bytes that are valid UTF-8 are hashed as read (textBytes); others as their decoded text, as before.
  const asText = { ...express, 'README.md': 'caf\u00e9 \u2014 ok\n' }
  const asBytes = Object.fromEntries(Object.entries(asText).map(([p, t]) => [p, Buffer.from(t, 'utf8')]))
  const bytesTree = treeFromFiles(asBytes)
  const report = analyze(bytesTree)
  expect(report.contentDigest).toBe(analyze(treeFromFiles(asText)).contentDigest)
  expect(bytesTree.textBytes?.('server.js')).toEqual(asBytes['server.js'])
  // A Latin-1 byte (not UTF-8) reads as U+FFFD: no bytes kept, the digest hashes the decoded text.
  const latin = { ...asBytes, 'server.js': Buffer.concat([asBytes['server.js']!, Buffer.from([0xe9, 0x0a])]) }
  const latinTree = treeFromFiles(latin)
  const decoded = { ...asText, 'server.js': `${express['server.js']}\ufffd\n` }
  expect(analyze(latinTree).contentDigest).toBe(analyze(treeFromFiles(decoded)).contentDigest)
  expect(latinTree.read('server.js')).toBe(decoded['server.js'])
  expect(latinTree.textBytes?.('server.js')).toBeUndefined()
  expect(treeFromFiles(asText).textBytes?.('server.js')).toBeUndefined()
})

test('overrides win with confidence 1 and keep the inferred value as an alternative', () => {
  const overrides: Overrides = {
    all: { 'app.port': { value: 8080, evidence: ev(2) }, 'resources.cpu': { value: 1024, evidence: ev(4) } },
    apps: {}
  }
  const app = analyze(treeFromFiles(express), { overrides }).apps[0]!
  expect(app.port).toMatchObject({
    value: 8080,
    confidence: 1,
    source: '.delightful.yaml',
    overrideKey: 'app.port'
  })
  expect(app.port.alternatives?.[0]).toMatchObject({ value: 3000 })
  expect(app.resources.value).toMatchObject({ cpu: 1024, memory: 2048 })
  expect(app.warnings.map(w => w.code)).toContain('INVALID_RESOURCES')
})

test('per-app overrides and app.dir choose the primary app', () => {
  const tree = treeFromFiles({
    'api/package.json': JSON.stringify({ scripts: { start: 'node i.js' }, dependencies: { fastify: '1' } }),
    'web/package.json': JSON.stringify({ scripts: { start: 'next start' }, dependencies: { next: '1' } })
  })
  expect(analyze(tree).primary).toBe('web')
  const overrides: Overrides = {
    all: {},
    apps: { api: { 'app.port': { value: 9999, evidence: ev(5) } } },
    primary: { value: 'api', evidence: ev(2) }
  }
  const report = analyze(tree, { overrides })
  expect(report.primary).toBe('api')
  expect(report.apps.find(a => a.appDir === 'api')!.port.value).toBe(9999)
  expect(report.apps.find(a => a.appDir === 'web')!.port.value).toBe(3000)
})

test('--app-dir selects an app; unknown dirs and escapes are AnalyzeErrors', () => {
  expect(analyze(treeFromFiles(express), { appDir: './' }).primary).toBe('.')
  expect(() => analyze(treeFromFiles(express), { appDir: 'nope' })).toThrow(AnalyzeError)
  expect(() => analyze(treeFromFiles(express), { appDir: '../x' })).toThrow(
    "app dir '../x' leaves the repository; pass a path inside it"
  )
})

test('conflicting high-confidence ports are reported', () => {
  const app = analyze(
    treeFromFiles({ ...express, Dockerfile: 'FROM node\nEXPOSE 8080\nCMD ["node", "server.js"]\n' })
  ).apps[0]!
  expect(app.port.value).toBe(8080)
  expect(app.dockerfile).toBe('Dockerfile')
  expect(app.warnings.find(w => w.code === 'PORT_MISMATCH')?.message).toBe(
    'port 8080 (Dockerfile EXPOSE) disagrees with 3000 (server.js PORT fallback); set app.port in .delightful.yaml to settle it'
  )
})

test('examples and test apps are listed only when nothing else is deployable', () => {
  const app = {
    'package.json': JSON.stringify({ dependencies: { express: '1' }, scripts: { start: 'node a.js' } })
  }
  const tree = treeFromFiles({ ...prefix('examples/demo', app), ...prefix('service', app) })
  expect(analyze(tree).apps.map(a => a.appDir)).toEqual(['service'])
  expect(analyze(treeFromFiles(prefix('examples/demo', app))).apps.map(a => a.appDir)).toEqual([
    'examples/demo'
  ])
})

test('a crashing provider becomes a warning', () => {
  const boom = {
    id: 'boom',
    manifests: ['package.json'],
    detect: () => {
      throw new Error('bad day')
    },
    plan: () => ({ candidates: {} })
  }
  const report = analyze(treeFromFiles(express), { providers: [boom] })
  expect(report.warnings).toContainEqual({
    code: 'PROVIDER_ERROR',
    message:
      "boom provider failed to detect '.' (bad day); the folder was read by the other providers and the " +
      'generic scan. Set the fields in .delightful.yaml, and please report the repository layout to deplight ' +
      '(DEPLIGHT_DEBUG=1 adds the stack)',
    file: '.'
  })
})

function prefix(dir: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [`${dir}/${k}`, v]))
}

test('an app whose analysis stops on an internal error is left out with a warning; the others stay', () => {
  const base = nodeProvider as Provider<unknown>
  // A plan the field resolution cannot read stands for any reader bug past the provider's own plan.
  const broken: Provider<unknown> = {
    ...base,
    plan: (ctx, data) =>
      ctx.dir === 'broken' ? { candidates: { port: [null as never] } } : base.plan(ctx, data)
  }
  const files = { ...prefix('api', express), ...prefix('broken', express) }
  const report = analyze(treeFromFiles(files), { providers: [broken] })
  expect(report.apps.map(app => app.appDir)).toEqual(['api'])
  expect(report.primary).toBe('api')
  const warning = report.warnings.find(w => w.code === 'APP_ANALYSIS_FAILED')
  expect(warning?.message).toMatch(
    /^the analysis of 'broken' stopped on an internal error \(.+\), so it is left out/
  )
  // Asked for by name, the app's failure is the answer: a clear error, not a report without it.
  expect(() => analyze(treeFromFiles(files), { providers: [broken], appDir: 'broken' })).toThrow(AnalyzeError)
})
