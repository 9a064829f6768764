// runSmokeTest against real HTTP and HTTPS servers on 127.0.0.1 (undici does the requests for real).
import { runSmokeTest, type SmokeTestOptions } from '../../src/stages/smoke-test.js'
import { freePort, json, selfSignedCert, startServer, type TestServer } from './smoke-servers.js'

const SHA = '3f9c2b1a7d4e5f60718293a4b5c6d7e8f9012345'
const OLD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const fast = { initialBackoffMs: 50, maxBackoffMs: 200, samples: 0 }
const servers: TestServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.stop()))
})
async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args)
  servers.push(server)
  return server
}
async function smoke(options: Partial<SmokeTestOptions> & { url: string }, lines: string[] = []) {
  return runSmokeTest({ timeoutMs: 5000, ...fast, ...options }, { log: line => lines.push(line) })
}

test('slow starter: refused, then 503 while warming up, then 200 passes', async () => {
  const port = await freePort()
  const lines: string[] = []
  const started = setTimeout(() => {
    void serve(
      (_req, res, n) => (n <= 2 ? json(res, 503, { starting: true }) : json(res, 200, { ok: true })),
      {
        port
      }
    )
  }, 400)
  try {
    const report = await smoke({ url: `http://127.0.0.1:${port}`, healthPath: '/health' }, lines)
    expect(report.passed).toBe(true)
    expect(report.checks[0]).toMatchObject({ name: 'health', status: 200, passed: true })
    expect(report.checks[0]!.attempts).toBeGreaterThanOrEqual(4)
    expect(lines.join('\n')).toMatch(/connection refused/)
    expect(lines.join('\n')).toMatch(/status 503, expected 2xx or 3xx \(warming up\?\)/)
  } finally {
    clearTimeout(started)
  }
})

test('wrong version, then the right one (short SHA in a header) passes; the old one is named while waiting', async () => {
  const server = await serve((_req, res, n) =>
    json(res, 200, { status: 'ok' }, { 'x-app-version': n <= 2 ? OLD.slice(0, 7) : SHA.slice(0, 7) })
  )
  const lines: string[] = []
  const report = await smoke({ url: server.url, healthPath: '/health', expectedVersion: SHA }, lines)
  expect(report).toMatchObject({ passed: true, versionMatched: true, expectedVersion: SHA })
  expect(report.checks[0]!.attempts).toBe(3)
  expect(lines.join('\n')).toContain(`it mentions ${OLD.slice(0, 7)}: old tasks still serving?`)
})

test('a version that never appears fails at the deadline with the evidence', async () => {
  const server = await serve((_req, res) => json(res, 200, { version: OLD }))
  const report = await smoke({ url: server.url, expectedVersion: SHA, timeoutMs: 600 })
  expect(report).toMatchObject({ passed: false, versionMatched: false })
  expect(report.checks[0]!.message).toMatch(/^version 3f9c2b1a.* not found/)
  expect(report.checks[0]!.evidence).toMatchObject({ status: 200, body: JSON.stringify({ version: OLD }) })
  expect(report.failures).toEqual([expect.stringMatching(/^health: version/)])
})

test('a 404 health path is never healthy', async () => {
  const server = await serve((_req, res) => json(res, 404, { error: 'not found' }))
  const report = await smoke({ url: server.url, healthPath: '/healthz', timeoutMs: 500 })
  expect(report.passed).toBe(false)
  expect(report.checks[0]).toMatchObject({ status: 404, message: 'status 404, expected 2xx or 3xx' })
  expect(report.checks[0]!.evidence?.headers['content-type']).toBe('application/json')
  expect(server.requests.every(r => r.path === '/healthz')).toBe(true)
  expect(server.requests.length).toBeGreaterThan(1)
})

test('latency: samples give p50/p95/max and max-p95-ms gates them', async () => {
  const server = await serve((_req, res) => setTimeout(() => json(res, 200, { ok: true }), 60))
  const slow = await smoke({ url: server.url, samples: 8, concurrency: 4, maxP95Ms: 20 })
  expect(slow.passed).toBe(false)
  expect(slow.samples).toMatchObject({ count: 8, errors: 0, errorRate: 0 })
  expect(slow.samples!.latencyMs.p95).toBeGreaterThanOrEqual(60)
  expect(slow.failures).toEqual([expect.stringMatching(/^p95 latency \d+ ms is above max-p95-ms 20 ms$/)])
  expect(server.requests.length).toBe(1 + 8)

  const ok = await smoke({ url: server.url, samples: 8, maxP95Ms: 2000 })
  expect(ok.passed).toBe(true)
  expect(ok.checks[0]!.latencyMs!.p50).toBeGreaterThanOrEqual(60)
})

test('a per-check max latency is retried and then fails', async () => {
  const server = await serve((_req, res) => setTimeout(() => json(res, 200, {}), 80))
  const report = await smoke({ url: server.url, checks: [{ path: '/', maxLatencyMs: 10 }], timeoutMs: 300 })
  expect(report.checks[0]!.message).toMatch(/^took \d+ ms, limit 10 ms$/)
})

test('samples count errors and max-error-rate gates them', async () => {
  const server = await serve((_req, res, n) => json(res, n > 1 && n % 2 === 0 ? 500 : 200, {}))
  const report = await smoke({ url: server.url, samples: 10, concurrency: 1, maxErrorRate: 0.1 })
  expect(report.samples).toMatchObject({ count: 10, errors: 5, errorRate: 0.5 })
  expect(report.failures).toEqual(['error rate 50% (5/10) is above max-error-rate 10%'])
})

test('redirects: same-host hops are followed, another host answers as the 3xx, loops fail', async () => {
  const server = await serve((req, res) => {
    const to = (location: string, status = 302): void => {
      res.writeHead(status, { location })
      res.end()
    }
    if (req.url === '/') return to('/login')
    if (req.url === '/login') return json(res, 200, { page: 'login' })
    if (req.url === '/sso') return to('http://localhost:9/idp')
    if (req.url === '/loop') return to('/loop')
    if (req.url === '/moved') return to('/login', 301)
    return json(res, 404, {})
  })
  const report = await smoke({
    url: server.url,
    checks: [
      { path: '/', bodyContains: ['login'] },
      { path: '/sso' },
      { path: '/moved', status: 301 },
      { path: '/loop', name: 'loop' }
    ],
    timeoutMs: 300
  })
  expect(report.checks.map(c => [c.status, c.passed])).toEqual([
    [200, true],
    [302, true],
    [301, true],
    [null, false]
  ])
  expect(report.checks[0]!.url).toBe(`${server.url}/login`)
  expect(report.checks[3]!.message).toMatch(/^more than 5 redirects/)
  expect(server.requests.some(r => r.path === '/idp')).toBe(false)
})

test('TLS with a self-signed certificate: refused without ca-file, passes with it', async () => {
  const tls = selfSignedCert()
  const server = await serve((_req, res) => json(res, 200, { ok: true }), { tls })
  const refused = await smoke({ url: server.url, timeoutMs: 300 })
  expect(refused.passed).toBe(false)
  expect(refused.checks[0]!.message).toMatch(/^TLS error .*pass ca-file/)
  const trusted = await smoke({ url: server.url, caFile: tls.certFile })
  expect(trusted.passed).toBe(true)
})

test('bodies over 1 MB are read up to the cap and cut to 500 bytes in the report', async () => {
  const big = 'x'.repeat(3 * 1024 * 1024)
  const server = await serve((_req, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' })
    res.end(big)
  })
  // Long enough for one 3 MB response on a loaded machine (200 ms was not, under load 10).
  const report = await smoke({ url: server.url, timeoutMs: 1500 })
  const evidence = report.checks[0]!.evidence!
  expect(evidence.status).toBe(500)
  expect(evidence.body).toBe(`${'x'.repeat(500)}…`)
  expect(JSON.stringify(report).length).toBeLessThan(5000)
})

test('checks: method, body, JSON pointer, response header and body regex, in order', async () => {
  const server = await serve((req, res, _n, body) => {
    if (req.method === 'POST' && req.url === '/api/echo') return json(res, 201, { got: JSON.parse(body) })
    return json(res, 200, { status: 'ok', deps: [{ name: 'db', up: true }] }, { 'x-served-by': 'web' })
  })
  const report = await smoke({
    url: `${server.url}/`,
    checks: [
      {
        path: '/api/status',
        json: { '/status': 'ok', '/deps/0/up': true },
        responseHeaders: { 'X-Served-By': 'web' }
      },
      { path: '/api/echo', method: 'POST', body: '{"n":1}', status: [201], bodyRegex: '"n":\\s*1' },
      { path: '/api/status', name: 'degraded?', json: { '/deps/0/up': false } }
    ],
    timeoutMs: 300
  })
  expect(report.checks.map(c => c.passed)).toEqual([true, true, false])
  expect(report.checks[2]!.message).toBe('JSON /deps/0/up is true, expected false')
  expect(server.requests.find(r => r.method === 'POST')?.body).toBe('{"n":1}')
})

test('a service under a path prefix keeps it; userinfo becomes Basic auth and is never shown', async () => {
  const server = await serve((req, res) =>
    req.headers.authorization ? json(res, 200, {}) : json(res, 401, { error: 'auth' })
  )
  const lines: string[] = []
  const url = server.url.replace('http://', 'http://deployer:s3cr%40t@') + '/app/shop'
  const report = await smoke({ url, healthPath: '/health' }, lines)
  expect(report.passed).toBe(true)
  expect(server.requests[0]).toMatchObject({
    path: '/app/shop/health',
    authorization: `Basic ${Buffer.from('deployer:s3cr@t').toString('base64')}`
  })
  expect(report.url).toBe(`${server.url}/app/shop`)
  expect(JSON.stringify(report) + lines.join('\n')).not.toMatch(/s3cr|deployer/)
})

test('bad options are clear one-line errors', async () => {
  await expect(smoke({ url: 'ftp://example.test' })).rejects.toThrow('url must use http or https, not ftp')
  await expect(smoke({ url: 'app.example.com' })).rejects.toThrow(
    /is not a URL: give the service URL with its scheme/
  )
  await expect(smoke({ url: 'http://127.0.0.1:9', caFile: '/nonexistent.pem' })).rejects.toThrow(
    'ca-file "/nonexistent.pem" cannot be read'
  )
  await expect(smoke({ url: 'http://127.0.0.1:9', healthPath: 'health' })).rejects.toThrow(
    'health-path.path "health" must be a path under the service URL starting with /'
  )
})

test('a request that hangs is cut at the per-request timeout and retried until the deadline', async () => {
  const server = await serve(() => {
    // never answers
  })
  const started = Date.now()
  const report = await smoke({ url: server.url, requestTimeoutMs: 200, timeoutMs: 700 })
  expect(report.checks[0]).toMatchObject({ passed: false, status: null, message: 'no answer within 200 ms' })
  expect(report.checks[0]!.attempts).toBeGreaterThanOrEqual(2)
  expect(Date.now() - started).toBeLessThan(2500)
})
