// The HTTP rollout watcher against real HTTP servers on 127.0.0.1: nothing listening yet, a proxy's 503
// while the backend starts, a release that never comes up, and what counts as ready.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { validateReadinessPath, watchHttpRollout } from '../../../src/stages/terraform-deploy/http-rollout.js'
import { freePort } from '../../support/index.js'

const FAST = { initialMs: 20, maxMs: 50, factor: 1.5 }

function serve(answer: (n: number, path: string) => number, port = 0): Promise<Server & { hits: string[] }> {
  const hits: string[] = []
  const server = createServer((req, res) => {
    hits.push(req.url ?? '')
    res.statusCode = answer(hits.length, req.url ?? '')
    res.end('x')
  }) as Server & { hits: string[] }
  server.hits = hits
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)))
}
const url = (s: Server): string => `http://127.0.0.1:${(s.address() as AddressInfo).port}`
const close = (s: Server): Promise<void> => new Promise(resolve => s.close(() => resolve()))

test('waits through connection refused until the release listens, then COMPLETED', async () => {
  const port = await freePort()
  const lines: string[] = []
  let server: (Server & { hits: string[] }) | null = null
  const starting = new Promise<void>(resolve =>
    setTimeout(async () => {
      server = await serve(() => 200, port)
      resolve()
    }, 300)
  )
  try {
    const outcome = await watchHttpRollout({
      serviceUrl: `http://127.0.0.1:${port}`,
      path: '/',
      timeoutMs: 10_000,
      poll: FAST,
      onProgress: l => lines.push(l)
    })
    expect(outcome).toMatchObject({
      state: 'COMPLETED',
      rolledBack: false,
      deploymentId: null,
      strategy: 'HTTP',
      reasons: []
    })
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(250)
    expect(lines[0]).toMatch(
      /^rollout waiting for http:\/\/127\.0\.0\.1:\d+\/ to answer: last attempt: connection refused/
    )
    expect(lines.at(-1)).toMatch(
      /^rollout COMPLETED: http:\/\/127\.0\.0\.1:\d+\/ answered 200 after .* \(\d+ attempts\)$/
    )
  } finally {
    await starting
    if (server) await close(server)
  }
})

test('5xx is not ready (a proxy in front of a starting backend); 4xx is a server that routes', async () => {
  const server = await serve(n => (n < 3 ? 503 : 404))
  try {
    const outcome = await watchHttpRollout({
      serviceUrl: url(server),
      path: '/ready?probe=1',
      timeoutMs: 10_000,
      poll: FAST
    })
    expect(outcome.state).toBe('COMPLETED')
    expect(server.hits).toEqual(['/ready?probe=1', '/ready?probe=1', '/ready?probe=1'])
  } finally {
    await close(server)
  }
})

test('a release that never becomes ready TIMES OUT with the URL and the last answer', async () => {
  const server = await serve(() => 500)
  try {
    const outcome = await watchHttpRollout({
      serviceUrl: `${url(server)}/app/`,
      path: '/health',
      timeoutMs: 300,
      poll: FAST
    })
    expect(outcome.state).toBe('TIMED_OUT')
    expect(outcome.reasons).toHaveLength(1)
    expect(outcome.reasons[0]).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/app\/health did not answer with a status below 500 after 300 ms \(wait-timeout\): last answer 500 \(\d+ attempts\)$/
    )
    expect(server.hits.every(h => h === '/app/health')).toBe(true)
  } finally {
    await close(server)
  }
})

test('readiness_path must be a path on the service', () => {
  expect(validateReadinessPath('/', 'readiness_path')).toBe('/')
  expect(validateReadinessPath('/health?x=1', 'readiness_path')).toBe('/health?x=1')
  for (const bad of ['health', '//evil.example/x', 'http://evil.example/', '/a b', ''])
    expect(() => validateReadinessPath(bad, 'readiness_path')).toThrow(
      /^output readiness_path ".*" is not a path: give the path that answers once the release is up/
    )
})
