// The bundled smoke-test action (dist/smoke-test/index.js) run as the runner runs it, against real servers
// on 127.0.0.1; stdout/stderr are checked for the URL password and auth header value.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SmokeReport } from '../../../src/pipeline/contracts.js'
import { json, selfSignedCert, startServer, type TestServer } from '../../stages/smoke-servers.js'
import { runBundle } from '../run-bundle.js'

const SHA = '3f9c2b1a7d4e5f60718293a4b5c6d7e8f9012345'
const PASSWORD = 'pa55-w0rd-smoke'
const TOKEN = 'tok-9d8c7b6a5f4e'
const built = existsSync('dist/smoke-test/index.js')
const servers: TestServer[] = []
afterAll(async () => Promise.all(servers.map(s => s.stop())))

;(built ? describe : describe.skip)('bundled smoke-test', () => {
  test('passes on a healthy HTTPS service with the version, writes report, outputs and summary', async () => {
    const tls = selfSignedCert()
    const server = await startServer(
      (req, res) =>
        req.headers.authorization === `Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}` &&
        req.headers['x-token'] === TOKEN
          ? json(res, 200, { status: 'ok', commit: SHA.slice(0, 12) })
          : json(res, 401, {}),
      { tls }
    )
    servers.push(server)
    const withConfig = await runBundle('smoke-test', {
      inputs: {
        url: server.url.replace('https://', `https://ci:${PASSWORD}@`),
        checks: JSON.stringify([
          { path: '/health', headers: { 'X-Token': TOKEN }, json: { '/status': 'ok' } }
        ]),
        'expected-version': SHA,
        'ca-file': tls.certFile,
        timeout: '20s',
        samples: '6',
        'max-p95-ms': '2000'
      },
      secrets: [PASSWORD, TOKEN]
    })
    expect(withConfig.code).toBe(0)
    expect(withConfig.outputs).toMatchObject({ passed: 'true', 'version-matched': 'true' })
    expect(Number(withConfig.outputs['p95-ms'])).toBeGreaterThanOrEqual(0)
    expect(withConfig.outputs.report).toBe(join(withConfig.runnerTemp, 'deplight', 'smoke-report.json'))
    const report = JSON.parse(readFileSync(withConfig.outputs.report!, 'utf8')) as SmokeReport
    expect(report).toMatchObject({ passed: true, url: server.url, samples: { count: 6, errors: 0 } })
    expect(withConfig.summary).toContain('### Health check: ✅ passed')
    expect(withConfig.summary).toMatch(/\| GET \/health \| ✅ \| 200 \| 1 \|/)
  })

  test('fails the step on a 404 health path, with the evidence in the summary', async () => {
    const server = await startServer((_req, res) => json(res, 404, { error: 'no route /healthz' }))
    servers.push(server)
    const run = await runBundle('smoke-test', {
      inputs: { url: server.url, 'health-path': '/healthz', timeout: '1s', samples: '0' },
      secrets: []
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Smoke test failed: health: status 404, expected 2xx or 3xx')
    expect(run.outputs).toMatchObject({ passed: 'false', 'p95-ms': '' })
    expect(run.summary).toContain('<details><summary>Evidence: health')
    expect(run.summary).toContain('{"error":"no route /healthz"}')
  })

  test('reads testing.smoke_tests from .delightful.yaml; bad input is a one-line error', async () => {
    const server = await startServer((req, res) =>
      json(res, req.url === '/ready' ? 200 : 500, { ready: true })
    )
    servers.push(server)
    const first = await runBundle('smoke-test', {
      inputs: { url: server.url, samples: '0', timeout: '1s' },
      secrets: []
    })
    expect(first.outputs.passed).toBe('false')
    const workspace = join(first.runnerTemp, '..', 'workspace')
    writeFileSync(
      join(workspace, '.delightful.yaml'),
      'testing:\n  smoke_tests:\n    - path: /ready\n      json: { /ready: true }\n'
    )
    const run = await runBundle('smoke-test', {
      inputs: { url: server.url, samples: '0' },
      secrets: [],
      workspace
    })
    expect(run.outputs.passed).toBe('true')
    expect(run.stdout).toContain('Checks from .delightful.yaml (testing.smoke_tests)')

    const bad = await runBundle('smoke-test', {
      inputs: { url: `http://user:${PASSWORD}@127.0.0.1:1`, timeout: 'soon' },
      secrets: [PASSWORD]
    })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain(
      '::error::timeout "soon" is not a duration: use seconds (300) or 90s, 5m, 1h, 1m30s'
    )
  })
})
