// testing.smoke_tests in .delightful.yaml: the published schema accepts the checks format and points at the
// line of a mistake; smokeChecksFromConfig hands the checks to the smoke-test stage.
import { ConfigError, parseConfig } from '../../src/pipeline/config.js'
import { smokeChecksFromConfig } from '../../src/stages/smoke-test-checks.js'

const file = '.delightful.yaml'

test('smoke_tests are validated by the schema and read as checks', () => {
  const config = parseConfig(
    `app:
  port: 8080
testing:
  pre_deploy: [npm test]
  smoke_tests:
    - /health
    - name: version
      path: /version
      status: [200, 2xx]
      json: { /sha: abc1234 }
      response_headers: { cache-control: no-store }
      max_latency_ms: 500
`,
    file
  )
  expect(smokeChecksFromConfig(config)).toEqual([
    { path: '/health' },
    {
      name: 'version',
      path: '/version',
      status: [200, '2xx'],
      json: { '/sha': 'abc1234' },
      responseHeaders: { 'cache-control': 'no-store' },
      maxLatencyMs: 500
    }
  ])
})

test('no testing section or no smoke_tests means no configured checks', () => {
  expect(smokeChecksFromConfig(parseConfig('app:\n  port: 80\n', file))).toEqual([])
  expect(smokeChecksFromConfig(parseConfig('testing:\n  pre_deploy: [make]\n', file))).toEqual([])
  expect(smokeChecksFromConfig(null)).toEqual([])
})

test.each([
  [
    'testing:\n  smoke_tests:\n    - path: /health\n      expect_status: 200\n',
    4,
    /unknown key 'expect_status'/
  ],
  ['testing:\n  smoke_tests:\n    - path: health\n', 3, /smoke_tests/],
  ['testing:\n  smoke_tests: /health\n', 2, /smoke_tests must be a array/]
])('a mistake names its line: %j', (text, line, message) => {
  let error: unknown
  try {
    parseConfig(text, file)
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(ConfigError)
  expect((error as ConfigError).line).toBe(line)
  expect((error as Error).message).toMatch(message)
})
