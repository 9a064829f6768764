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

// A multi-target Dockerfile kept in a Dockerfile folder of a Cargo workspace, whose compose services each build
// their stage (`target: web-server`, `target: cli`, through YAML merge keys): its last stage (an admin CLI) is
// not what the repository deploys, so it is no recipe for that member (holdout17 docs.rs under holdout29's
// `dockerfiles/` folder). A file compose builds only at its last stage, or no compose at all, still is.
describe('a multi-target Dockerfile whose compose services pick their stages', () => {
  const member = (name: string, deps = 'axum = "0.8"\n') => ({
    [`crates/bin/${name}/Cargo.toml`]: `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}`,
    [`crates/bin/${name}/src/main.rs`]: 'fn main() {}\n'
  })
  const workspace = (folder: string, compose: string | null): Record<string, string> => ({
    'Cargo.toml': '[workspace]\nmembers = ["crates/bin/*"]\n',
    ...member('web'),
    ...member('admin', 'clap = "4"\n'),
    [`${folder}/Dockerfile`]: [
      'FROM rust:1.90 AS build',
      'COPY . /build',
      'WORKDIR /build',
      'RUN cargo build --release',
      'FROM debian:trixie-slim AS web-server',
      'COPY --from=build /build/target/release/web /usr/local/bin/',
      'CMD ["/usr/local/bin/web", "0.0.0.0:3000"]',
      'FROM debian:trixie-slim AS cli',
      'COPY --from=build /build/target/release/admin /usr/local/bin/',
      'ENTRYPOINT ["/usr/bin/tini", "/usr/local/bin/admin", "--"]',
      ''
    ].join('\n'),
    ...(compose === null ? {} : { 'docker-compose.yml': compose })
  })
  const anchored = [
    'x-build: &build',
    '    context: .',
    '    dockerfile: ./dockerfiles/Dockerfile',
    'services:',
    '    web:',
    '        build:',
    '            <<: *build',
    '            target: web-server',
    '        ports: ["3000:3000"]',
    '    cli:',
    '        build:',
    '            <<: *build',
    '            target: cli',
    ''
  ].join('\n')
  const dirs = ['crates/bin/admin', 'crates/bin/web']

  test('dockerfiles/ with web-server and cli targets through merge keys: no evidence for the cli member', () => {
    expect(
      deployEvidence(treeFromFiles(workspace('dockerfiles', anchored)), dirs).get('crates/bin/admin')
    ).toBeUndefined()
  })

  test('docker/ with plain api and migrator targets: no evidence for the last stage member', () => {
    const compose = anchored
      .replace(/dockerfiles/g, 'docker')
      .replace('target: web-server', 'target: api')
      .replace('target: cli', 'target: migrator')
    const recipe = workspace('docker', null)['docker/Dockerfile']!
    const tree = treeFromFiles({
      ...workspace('docker', compose),
      'docker/Dockerfile': recipe.replace('AS web-server', 'AS api').replace('AS cli', 'AS migrator')
    })
    expect(deployEvidence(tree, dirs).get('crates/bin/admin')).toBeUndefined()
  })

  test('negative: compose building only the last stage, or no compose, keeps the last stage as the recipe', () => {
    const onlyLast = [
      'services:',
      '    cli:',
      '        build:',
      '            context: .',
      '            dockerfile: ./dockerfiles/Dockerfile',
      '            target: cli',
      ''
    ].join('\n')
    expect(
      deployEvidence(treeFromFiles(workspace('dockerfiles', onlyLast)), dirs).get('crates/bin/admin')
    ).toEqual({
      strength: 1.5,
      reason: 'dockerfiles/Dockerfile:10 runs tini, the binary of crates/bin/admin'
    })
    expect(deployEvidence(treeFromFiles(workspace('docker', null)), dirs).get('crates/bin/admin')).toEqual({
      strength: 1.5,
      reason: 'docker/Dockerfile:10 runs tini, the binary of crates/bin/admin'
    })
  })
})
