import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseInputs, userinfoSecrets } from '../../../src/actions/smoke-test/inputs.js'

const workspace = mkdtempSync(join(tmpdir(), 'deplight-smoke-inputs-'))
const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(workspace, 'tmp') }
const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

test('defaults: 5m deadline, 10s requests, 20 samples × 4, no p95 gate, report under RUNNER_TEMP', () => {
  const inputs = parseInputs(reader({ url: 'https://app.example.test' }), env)
  expect(inputs.options).toMatchObject({
    url: 'https://app.example.test',
    healthPath: null,
    checks: [],
    timeoutMs: 300_000,
    requestTimeoutMs: 10_000,
    samples: 20,
    concurrency: 4,
    maxErrorRate: null,
    maxP95Ms: null,
    caFile: null
  })
  expect(inputs.reportPath).toBe(join(workspace, 'tmp', 'deplight', 'smoke-report.json'))
  expect(inputs.checksSource).toBe('the default health check')
})

test('durations, rates and gates in the forms users write them', () => {
  const inputs = parseInputs(
    reader({
      url: 'http://127.0.0.1:8080',
      timeout: '90',
      'request-timeout': '2s',
      'max-error-rate': '5%',
      'max-p95-ms': '750ms',
      samples: '0'
    }),
    env
  )
  expect(inputs.options).toMatchObject({
    timeoutMs: 90_000,
    requestTimeoutMs: 2000,
    maxErrorRate: 0.05,
    maxP95Ms: 750,
    samples: 0
  })
})

test('the checks input wins over .delightful.yaml; auth header values are masked', () => {
  writeFileSync(join(workspace, '.delightful.yaml'), 'testing:\n  smoke_tests: [/ready]\n')
  expect(parseInputs(reader({ url: 'http://h' }), env)).toMatchObject({
    options: { checks: [{ path: '/ready' }] },
    checksSource: '.delightful.yaml (testing.smoke_tests)'
  })
  const inputs = parseInputs(
    reader({ url: 'http://h', checks: '- path: /api\n  headers: { Authorization: Bearer abc.def.ghi }' }),
    env
  )
  expect(inputs.checksSource).toBe('the checks input')
  expect(inputs.secrets).toEqual(['Bearer abc.def.ghi', 'abc.def.ghi'])
})

test.each([
  [{}, 'url is required'],
  [{ url: 'ftp://h' }, 'url must use http or https, not ftp'],
  [{ url: 'http://h', samples: '-1' }, 'samples "-1" must be a whole number from 0 to 1000'],
  [{ url: 'http://h', 'max-error-rate': '2' }, 'max-error-rate "2" must be a share from 0 to 1'],
  [{ url: 'http://h', timeout: '0s' }, 'timeout must be longer than 0'],
  [{ url: 'http://h', 'ca-file': 'missing.pem' }, 'ca-file "missing.pem" does not exist'],
  [
    { url: 'http://h', 'report-path': '/etc/report.json' },
    'report-path "/etc/report.json" must be inside the workspace or RUNNER_TEMP'
  ],
  [{ url: 'http://h', checks: '- path: /x\n  status: fine' }, 'checks[0].status "fine" is not a status']
])('%j → %s', (values, message) => {
  expect(() => parseInputs(reader(values), env)).toThrow(message)
})

test('the URL password is handed to mask before any other validation', () => {
  const masked: string[] = []
  expect(() =>
    parseInputs(reader({ url: 'https://ci:p%40ss@h', timeout: 'soon' }), env, s => masked.push(s))
  ).toThrow('timeout "soon" is not a duration')
  expect(masked).toEqual(['p%40ss', 'p@ss'])
  expect(userinfoSecrets('not a url')).toEqual([])
})
