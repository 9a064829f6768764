// The stable-URL proxy in-process, in front of two real HTTP servers: it switches with no failed request
// from a client polling through it, waits for in-flight requests to the old target, and guards its
// control port with the token.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, get, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runProxy, type ProxyInfo, type RunningProxy } from '../../src/stages/local-proxy.js'
import { freePort, switchProxy } from '../../src/stages/local-proxy-client.js'

async function upstream(name: string, delayMs = 0): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    setTimeout(
      () => res.end(`${name} ${req.url} ${req.headers['x-forwarded-for'] ?? ''}`),
      req.url === '/slow' ? delayMs : 0
    )
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return { server, port: typeof address === 'object' && address ? address.port : 0 }
}

function fetchText(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, res => {
      let body = ''
      res.on('data', c => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    }).on('error', reject)
  })
}

describe('local proxy', () => {
  let dir: string
  let proxy: RunningProxy
  let info: ProxyInfo
  let base: string
  const servers: Server[] = []
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dl-proxy-'))
    const port = await freePort()
    proxy = await runProxy({ service: 'api', port, infoFile: join(dir, 'proxy.json') })
    info = JSON.parse(readFileSync(join(dir, 'proxy.json'), 'utf8')) as ProxyInfo
    base = `http://127.0.0.1:${port}`
  })
  afterEach(async () => {
    await proxy.close()
    for (const s of servers.splice(0)) {
      s.closeAllConnections()
      s.close()
    }
    rmSync(dir, { recursive: true, force: true })
  })

  test('answers 503 until a release is routed, then forwards with X-Forwarded-For', async () => {
    expect(await fetchText(`${base}/x`)).toEqual({
      status: 503,
      body: 'deplight: api has no healthy release yet\n'
    })
    const a = await upstream('a')
    servers.push(a.server)
    await switchProxy(info, { port: a.port, release: 'r1', container: 'c1' })
    expect(await fetchText(`${base}/x?y=1`)).toEqual({ status: 200, body: 'a /x?y=1 127.0.0.1' })
    expect(JSON.parse(readFileSync(join(dir, 'proxy.json'), 'utf8'))).toMatchObject({
      targetPort: a.port,
      release: 'r1',
      container: 'c1'
    })
  })

  test('switches with no failed request while a client polls, and the old server can then close', async () => {
    const a = await upstream('a')
    const b = await upstream('b')
    servers.push(b.server)
    await switchProxy(info, { port: a.port, release: 'r1', container: 'c1' })
    const seen: string[] = []
    const errors: string[] = []
    let polling = true
    const poll = (async () => {
      while (polling)
        await fetchText(`${base}/`).then(
          r => seen.push(r.body[0] as string),
          e => errors.push((e as Error).message)
        )
    })()
    await new Promise(r => setTimeout(r, 100))
    const { drained } = await switchProxy(info, { port: b.port, release: 'r2', container: 'c2' })
    expect(drained).toBe(true)
    a.server.closeAllConnections()
    a.server.close()
    await new Promise(r => setTimeout(r, 100))
    polling = false
    await poll
    expect(errors).toEqual([])
    expect(seen).toContain('a')
    expect(seen[seen.length - 1]).toBe('b')
  })

  test('the switch is acknowledged only once requests to the old target have finished', async () => {
    const a = await upstream('a', 600)
    const b = await upstream('b')
    servers.push(a.server, b.server)
    await switchProxy(info, { port: a.port, release: 'r1', container: 'c1' })
    const slow = fetchText(`${base}/slow`)
    await new Promise(r => setTimeout(r, 100))
    const started = Date.now()
    await switchProxy(info, { port: b.port, release: 'r2', container: 'c2' })
    expect(Date.now() - started).toBeGreaterThan(300)
    expect((await slow).body).toMatch(/^a \/slow/)
  })

  test('the control port wants the token', async () => {
    const response = await fetch(`http://127.0.0.1:${info.controlPort}/route`, {
      method: 'PUT',
      headers: { authorization: 'Bearer nope' },
      body: JSON.stringify({ port: 1, release: 'x', container: 'y' })
    })
    expect(response.status).toBe(401)
  })
})
