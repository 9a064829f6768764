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
