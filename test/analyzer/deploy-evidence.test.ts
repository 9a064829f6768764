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

describe("a root compose service running the published image of a build aggregator's only app module (holdout37)", () => {
  const SPRING_POM = (artifact: string): string =>
    `<project>\n  <artifactId>${artifact}</artifactId>\n  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>\n  <dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies>\n  <build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>\n</project>\n`
  const LIB_POM = (artifact: string): string =>
    `<project>\n  <artifactId>${artifact}</artifactId>\n</project>\n`
  const maven = (compose: string, extra: Record<string, string> = {}): Record<string, string> => ({
    'pom.xml':
      '<project>\n  <modules>\n    <module>sched-server</module>\n    <module>sched-worker-agent</module>\n  </modules>\n</project>\n',
    'sched-server/pom.xml':
      '<project>\n  <artifactId>sched-server</artifactId>\n  <modules>\n    <module>sched-server-core</module>\n    <module>sched-server-starter</module>\n  </modules>\n</project>\n',
    'sched-server/sched-server-core/pom.xml': LIB_POM('sched-server-core'),
    'sched-server/sched-server-starter/pom.xml': SPRING_POM('sched-server-starter'),
    'sched-server/sched-server-starter/src/main/java/App.java':
      '@SpringBootApplication\npublic class App { public static void main(String[] a) { SpringApplication.run(App.class, a); } }\n',
    'sched-worker-agent/pom.xml': SPRING_POM('sched-worker-agent'),
    'sched-worker-agent/src/main/java/Agent.java':
      '@SpringBootApplication\npublic class Agent { public static void main(String[] a) { SpringApplication.run(Agent.class, a); } }\n',
    'sched-worker-agent/Dockerfile':
      'FROM eclipse-temurin:17\nCOPY target/agent.jar /agent.jar\nEXPOSE 27777\nCMD ["java", "-jar", "/agent.jar"]\n',
    'docker-compose.yml': compose,
    ...extra
  })
  const appDirs = ['sched-server/sched-server-starter', 'sched-worker-agent']

  test('maven: `image: acme/sched-server:latest` (an aggregator folder) → its starter module', () => {
    const evidence = deployEvidence(
      treeFromFiles(
        maven(
          'services:\n  db:\n    image: mysql:8\n  sched-server:\n    image: acme/sched-server:latest\n    ports:\n      - "7700:7700"\n'
        )
      ),
      appDirs
    )
    expect(evidence.get('sched-server/sched-server-starter')).toMatchObject({
      strength: 1,
      reason: expect.stringContaining('services.sched-server runs acme/sched-server:latest')
    })
    expect(evidence.has('sched-worker-agent')).toBe(false)
  })

  test('gradle: `image: ghcr.io/acme/backend:1` with backend/settings.gradle including api and common', () => {
    const files = {
      'backend/settings.gradle': "rootProject.name = 'backend'\ninclude 'api', 'common'\n",
      'backend/api/build.gradle': "plugins { id 'org.springframework.boot' version '3.3.0' }\n",
      'backend/common/build.gradle': "plugins { id 'java-library' }\n",
      'web/package.json': pkg('web'),
      'docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/backend:1\n'
    }
    const evidence = deployEvidence(treeFromFiles(files), ['backend/api', 'web'])
    expect(evidence.get('backend/api')?.reason).toContain("the image of backend/api's build aggregator")
  })

  test('negatives: an aggregator with two app modules, an image named for no aggregator, a compose build', () => {
    const two = maven('services:\n  sched-server:\n    image: acme/sched-server:latest\n', {
      'sched-server/sched-server-core/pom.xml': SPRING_POM('sched-server-core')
    })
    expect([
      ...deployEvidence(treeFromFiles(two), [...appDirs, 'sched-server/sched-server-core']).keys()
    ]).toEqual([])
    const other = maven('services:\n  cache:\n    image: acme/redis-cache:7\n')
    expect([...deployEvidence(treeFromFiles(other), appDirs).keys()]).toEqual([])
    const official = maven('services:\n  sched-server:\n    image: sched-server\n')
    expect([...deployEvidence(treeFromFiles(official), appDirs).keys()]).toEqual([])
  })
})
