// The registry client against small servers on 127.0.0.1 that speak the distribution API's auth
// handshakes (the Basic path is covered against the real registry in test/actions/build-push).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RegistryClient } from '../../../src/integrations/registry/client.js'
import { freePort } from '../../support/index.js'

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void

async function serve(handler: Handler): Promise<{ host: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => handler(req, res, new URL(req.url ?? '/', 'http://127.0.0.1')))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { host: `127.0.0.1:${port}`, close: () => new Promise(resolve => server.close(() => resolve())) }
}

const MANIFEST = Buffer.from(
  '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","layers":[]}'
)
const fast = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 }

test('Bearer challenge: fetches a scoped token with the credentials, then reuses it', async () => {
  const tokenRequests: string[] = []
  let registryHost = ''
  const server = await serve((req, res, url) => {
    if (url.pathname === '/token') {
      tokenRequests.push(
        `${url.searchParams.get('service')} ${url.searchParams.get('scope')} ${req.headers.authorization}`
      )
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ token: 'tok-1' }))
    }
    if (req.headers.authorization !== 'Bearer tok-1') {
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="http://${registryHost}/token",service="test-registry",scope="repository:app:pull"`
      })
      return res.end()
    }
    res.writeHead(200, {
      'content-type': 'application/vnd.oci.image.manifest.v1+json',
      'docker-content-digest': 'sha256:abc',
      'content-length': '10'
    })
    res.end(req.method === 'HEAD' ? undefined : MANIFEST)
  })
  registryHost = server.host
  try {
    const client = new RegistryClient({
      host: server.host,
      credentials: { username: 'u', password: 'p' },
      retry: fast
    })
    expect(await client.headManifest('app', 'v1')).toEqual({
      digest: 'sha256:abc',
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      size: 10
    })
    await client.headManifest('app', 'v2')
    expect(tokenRequests).toEqual([
      `test-registry repository:app:pull Basic ${Buffer.from('u:p').toString('base64')}`
    ])
  } finally {
    await server.close()
  }
})

test('404 on HEAD is "no such tag"; 403 and a token endpoint refusing credentials are clear errors', async () => {
  const server = await serve((req, res, url) => {
    if (url.pathname === '/token') {
      res.writeHead(401)
      return res.end()
    }
    if (url.pathname.includes('/missing/')) {
      res.writeHead(404, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }))
    }
    if (url.pathname.includes('/locked/')) {
      res.writeHead(403, { 'content-type': 'application/json' })
      return res.end(
        JSON.stringify({
          errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }]
        })
      )
    }
    res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${req.headers.host}/token",service="r"` })
    res.end()
  })
  try {
    const client = new RegistryClient({ host: server.host, credentials: null, retry: fast })
    expect(await client.headManifest('missing', 'v1')).toBeNull()
    await expect(client.getManifest('missing', 'v1')).rejects.toThrow('missing:v1 not found on registry')
    await expect(
      client.putManifest('locked', 'v1', {
        body: MANIFEST,
        mediaType: 'application/vnd.oci.image.manifest.v1+json'
      })
    ).rejects.toThrow(
      /denied write manifest on locked:v1 \(403\): DENIED: requested access to the resource is denied/
    )
    await expect(client.headManifest('private', 'v1')).rejects.toThrow(
      'requires authentication; give registry-username and registry-password'
    )
    const withCreds = new RegistryClient({
      host: server.host,
      credentials: { username: 'ci', password: 'bad' },
      retry: fast
    })
    await expect(withCreds.headManifest('private', 'v1')).rejects.toThrow(
      'rejected the credentials of user "ci" (401)'
    )
  } finally {
    await server.close()
  }
})

test('network errors are retried, then reported with the cause', async () => {
  const port = await freePort()
  const retries: string[] = []
  const client = new RegistryClient({
    host: `127.0.0.1:${port}`,
    credentials: null,
    retry: fast,
    onRetry: m => retries.push(m)
  })
  await expect(client.headManifest('app', 'v1')).rejects.toThrow(
    `cannot reach registry 127.0.0.1:${port} for HEAD /v2/app/manifests/v1 (read manifest app:v1) after 3 attempts: ECONNREFUSED`
  )
  expect(retries).toHaveLength(2)
})

test('Retry-After is honoured and a manifest whose bytes do not match its digest is refused', async () => {
  let calls = 0
  const server = await serve((_req, res) => {
    calls++
    if (calls === 1) {
      res.writeHead(503, { 'retry-after': '0' })
      return res.end()
    }
    res.writeHead(200, {
      'content-type': 'application/vnd.oci.image.manifest.v1+json',
      'docker-content-digest': `sha256:${'0'.repeat(64)}`
    })
    res.end(MANIFEST)
  })
  try {
    const client = new RegistryClient({
      host: server.host,
      credentials: null,
      retry: { attempts: 2, baseDelayMs: 10_000, maxDelayMs: 10_000 }
    })
    const started = Date.now()
    await expect(client.getManifest('app', 'v1')).rejects.toThrow(/not the sha256:0{64} it announced/)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(calls).toBe(2)
  } finally {
    await server.close()
  }
})

describe('registries that never answer', () => {
  /** Accepts connections and requests, and answers none of them (or stalls the body after the headers). */
  async function silent(mode: 'no-answer' | 'stalled-body' = 'no-answer') {
    const requests: string[] = []
    const server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`)
      if (mode === 'stalled-body') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
        res.write('{"schemaVersion"')
      }
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return {
      host: `127.0.0.1:${port}`,
      requests,
      close: () =>
        new Promise<void>(resolve => {
          server.closeAllConnections()
          server.close(() => resolve())
        })
    }
  }

  test('each request times out, and the error names the call and how long it waited', async () => {
    const server = await silent()
    try {
      const client = new RegistryClient({
        host: server.host,
        credentials: null,
        retry: fast,
        requestTimeoutMs: 150,
        budgetMs: 10_000
      })
      const started = Date.now()
      await expect(client.headManifest('shop/web', 'ctx-1')).rejects.toThrow(
        `registry ${server.host} did not answer HEAD /v2/shop/web/manifests/ctx-1 (read manifest shop/web:ctx-1) within 150 ms, 3 attempts`
      )
      expect(Date.now() - started).toBeLessThan(3000)
      expect(server.requests).toEqual(Array(3).fill('HEAD /v2/shop/web/manifests/ctx-1'))
    } finally {
      await server.close()
    }
  }, 10_000)

  test('a body that stops half-way times out the same way (no bare "operation was aborted")', async () => {
    const server = await silent('stalled-body')
    try {
      const client = new RegistryClient({
        host: server.host,
        credentials: null,
        retry: { ...fast, attempts: 2 },
        requestTimeoutMs: 150
      })
      await expect(client.getManifest('shop/web', 'v1')).rejects.toThrow(
        /did not answer GET \/v2\/shop\/web\/manifests\/v1 \(read manifest shop\/web:v1\) within 150 ms, 2 attempts/
      )
    } finally {
      await server.close()
    }
  }, 10_000)

  test('the overall budget stops retries and is shared by every call of the run', async () => {
    const server = await silent()
    try {
      const client = new RegistryClient({
        host: server.host,
        credentials: null,
        retry: { attempts: 50, baseDelayMs: 5, maxDelayMs: 20 },
        requestTimeoutMs: 300,
        budgetMs: 1000
      })
      const started = Date.now()
      await expect(client.headManifest('shop/web', 'ctx-1')).rejects.toThrow(
        `registry ${server.host}: HEAD /v2/shop/web/manifests/ctx-1 (read manifest shop/web:ctx-1) got no answer and the registry calls of this run used up their 1.0 s budget (registry-timeout); raise registry-timeout or check the registry`
      )
      const elapsed = Date.now() - started
      expect(elapsed).toBeGreaterThanOrEqual(950)
      expect(elapsed).toBeLessThan(2000)
      // Nothing left for the next call: it fails at once, naming itself.
      const next = Date.now()
      await expect(client.putManifest('shop/web', 'v1', { body: MANIFEST, mediaType: 'x' })).rejects.toThrow(
        /PUT \/v2\/shop\/web\/manifests\/v1 \(write manifest shop\/web:v1\) .*used up their 1\.0 s budget/
      )
      expect(Date.now() - next).toBeLessThan(100)
    } finally {
      await server.close()
    }
  }, 10_000)
})
