import { deployEvidence, isHarness } from '../../src/analyzer/deploy-evidence.js'
import { isNonAppPath } from '../../src/analyzer/candidate-dirs.js'
import { treeFromFiles } from '../../src/analyzer/tree.js'

const pkg = (name: string): string => JSON.stringify({ name, dependencies: { express: '^4' } })

test('benchmark, load-test, e2e and perf compose files and services are harnesses', () => {
  for (const name of [
    'dex/benchmark/compose.yaml',
    'bench/compose.yaml',
    'load-test',
    'loadtest',
    'k6-load-tests',
    'e2e',
    'api-e2e',
    'perf/docker-compose.yml',
    'integration-tests',
    'test-runner'
  ])
    expect({ name, harness: isHarness(name) }).toEqual({ name, harness: true })
  for (const name of [
    'compose.yaml',
    'api',
    'testimonials',
    'contest',
    'latest-web',
    'benchmarker-ui',
    'server'
  ])
    expect({ name, harness: isHarness(name) }).toEqual({ name, harness: false })
})

test('a compose service named like a load test does not deploy the app it builds', () => {
  const tree = treeFromFiles({
    'api/package.json': pkg('api'),
    'driver/package.json': pkg('driver'),
    'web/package.json': pkg('web'),
    'compose.yaml': 'services:\n  load-test:\n    build: ./driver\n  web:\n    build: ./web\n'
  })
  const evidence = deployEvidence(tree, ['api', 'driver', 'web'])
  expect(evidence.has('driver')).toBe(false)
  expect(evidence.get('web')).toMatchObject({ strength: 1 })
})

test('a compose file in a benchmark folder does not deploy what it builds', () => {
  const tree = treeFromFiles({
    'server/package.json': pkg('server'),
    'tools/benchmark/package.json': pkg('bench'),
    'tools/benchmark/compose.yaml': 'services:\n  runner:\n    build: .\n'
  })
  expect(deployEvidence(tree, ['server', 'tools/benchmark']).size).toBe(0)
})

test('benchmark and load-test folders are no mainstream apps', () => {
  expect(isNonAppPath('dex/benchmark')).toBe(true)
  expect(isNonAppPath('load-test')).toBe(true)
  expect(isNonAppPath('benchmarker')).toBe(false)
})

describe("a root app's scripts that build a member", () => {
  const rootWith = (scripts: Record<string, string>) =>
    treeFromFiles({
      'package.json': JSON.stringify({ name: 'server', scripts, dependencies: { express: '^4' } }),
      'index.js': "require('express')().listen(3000)",
      'client/package.json': JSON.stringify({ name: 'client', dependencies: { nuxt: '^3' } }),
      'docs/package.json': JSON.stringify({ name: 'docs', dependencies: { vitepress: '^1' } })
    })

  it.each([
    ['cd and install', { client: 'cd client && npm ci && npm run generate' }],
    ['cd and build', { 'heroku-postbuild': 'cd ./client/ && yarn build' }],
    ['--prefix', { build: 'npm run build --prefix client' }]
  ])('%s: the root ships it', (_label, scripts) => {
    const evidence = deployEvidence(rootWith(scripts), ['.', 'client', 'docs'])
    expect(evidence.get('.')).toEqual({ strength: 0.5, reason: expect.stringContaining('builds client') })
    expect(evidence.get('client')).toBeUndefined()
  })

  it.each([
    ['a dev script', { 'dev:client': 'cd client && npm run dev' }],
    ['a folder that is no app', { assets: 'cd assets && npm run build' }],
    ['a start', { 'start:client': 'cd client && npm start' }]
  ])('%s: no evidence', (_label, scripts) => {
    expect(deployEvidence(rootWith(scripts), ['.', 'client', 'docs']).get('.')).toBeUndefined()
  })

  it('a recipe still outranks the scripts', () => {
    const tree = treeFromFiles({
      'package.json': JSON.stringify({ name: 'server', scripts: { client: 'cd client && npm run build' } }),
      'client/package.json': JSON.stringify({ name: 'client', dependencies: { vite: '^5' } }),
      'compose.yaml': 'services:\n  web:\n    build: ./client\n'
    })
    const evidence = deployEvidence(tree, ['.', 'client'])
    expect(evidence.get('client')?.strength).toBe(1)
    expect(evidence.get('.')?.strength).toBe(0.5)
  })
})

describe('roots that only orchestrate their members', () => {
  const tree = (scripts: Record<string, string>) =>
    treeFromFiles({
      'package.json': JSON.stringify({ name: 'shell', scripts, dependencies: { concurrently: '^9' } }),
      'server/package.json': JSON.stringify({ name: 'server', dependencies: { express: '^4' } }),
      'client/package.json': JSON.stringify({ name: 'client', dependencies: { vite: '^5' } })
    })

  it('a root that builds the server and the client is no app of its own', () => {
    const scripts = {
      'client:build': 'npm run build --prefix client',
      'server:build': 'npm run build --prefix server'
    }
    expect(deployEvidence(tree(scripts), ['.', 'client', 'server']).get('.')).toBeUndefined()
  })

  it('a root that starts through a member is that member’s shell', () => {
    const scripts = { 'build:client': 'cd client && pnpm build', start: 'cd server && node dist/main.js' }
    expect(deployEvidence(tree(scripts), ['.', 'client', 'server']).get('.')).toBeUndefined()
  })
})
