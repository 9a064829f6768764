// The stable URL of a local service: a small reverse proxy on 127.0.0.1:<port> that forwards to whichever
// container serves the current release. It runs as its own detached process (started by the CLI, pid and
// address in the state directory), so the URL outlives the command that deployed it. A switch takes
// effect for the next request; requests already on their way finish against the old container, and the
// switch is acknowledged only once they have (or after `drainMs`), so the caller can then stop it.
// A GET or HEAD whose upstream connection fails before any answer is retried once on the current target:
// that covers the moment an old container closes its idle keep-alive sockets.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import { connect, type Socket } from 'node:net'
import { writeJsonAtomic } from './local-state.js'

export interface ProxyInfo {
  pid: number
  port: number
  controlPort: number
  /** Bearer token for the control port; proxy.json is written 0600 in the user's state directory. */
  token: string
  targetPort: number | null
  release: string | null
  /** The container behind targetPort (what a crashed run's clean-up must not remove). */
  container: string | null
  startedAt: string
}

export interface ProxyOptions {
  service: string
  port: number
  /** proxy.json: rewritten (atomically) whenever the target changes. */
  infoFile: string
  log?: (message: string) => void
}

interface Route {
  port: number
  release: string
  container: string
  agent: Agent
  inflight: number
  idle: (() => void)[]
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade'
])

export interface RunningProxy {
  info: ProxyInfo
  close: () => Promise<void>
  /** Settles once the proxy has stopped (close() here, or /stop on the control port). */
  closed: Promise<void>
}

export async function runProxy(options: ProxyOptions): Promise<RunningProxy> {
  const log = options.log ?? (() => undefined)
  let route: Route | null = null
  const info: ProxyInfo = {
    pid: process.pid,
    port: options.port,
    controlPort: 0,
    token: randomBytes(24).toString('hex'),
    targetPort: null,
    release: null,
    container: null,
    startedAt: new Date().toISOString()
  }

  const enter = (r: Route): (() => void) => {
    r.inflight++
    let left = false
    return () => {
      if (left) return
      left = true
      r.inflight--
      if (r.inflight === 0) for (const wake of r.idle.splice(0)) wake()
    }
  }

  const forward = (req: IncomingMessage, res: ServerResponse, retried: boolean): void => {
    const target = route
    if (!target) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1' })
      res.end(`deplight: ${options.service} has no healthy release yet\n`)
      return
    }
    const leave = enter(target)
    res.once('close', leave)
    const bodyless = (req.method === 'GET' || req.method === 'HEAD') && !req.headers['content-length']
    const upstream = request({
      host: '127.0.0.1',
      port: target.port,
      method: req.method,
      path: req.url,
      headers: forwardedHeaders(req, options.port),
      agent: target.agent
    })
    let answered = false
    upstream.on('response', answer => {
      answer.once('end', () => (answered = true))
      const headers = { ...answer.headers }
      for (const name of Object.keys(headers)) if (HOP_BY_HOP.has(name)) delete headers[name]
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers)
      answer.pipe(res)
      answer.on('error', () => res.destroy())
    })
    upstream.on('error', error => {
      if (res.headersSent) {
        res.destroy()
        return
      }
      if (bodyless && !retried && !res.destroyed) {
        res.off('close', leave)
        leave()
        forward(req, res, true)
        return
      }
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`deplight: ${options.service} (release ${target.release}) is not answering: ${error.message}\n`)
    })
    // The client went away mid-answer: stop the upstream request too (a finished one keeps its socket).
    res.once('close', () => {
      if (!answered) upstream.destroy()
    })
    if (bodyless) upstream.end()
    else req.pipe(upstream)
  }

  const server = createServer((req, res) => forward(req, res, false))
  server.keepAliveTimeout = 5_000
  // WebSockets and other upgrades: a byte pipe to the current target (not held back by a switch's drain).
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (!route) return socket.destroy()
    const upstream = connect(route.port, '127.0.0.1', () => {
      upstream.write(rawRequestHead(req))
      if (head.length) upstream.write(head)
      upstream.pipe(socket).pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })

  const control = createServer((req, res) => {
    void handleControl(req, res).catch(error => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: (error as Error).message }))
    })
  })

  const writeInfo = (): void => writeJsonAtomic(options.infoFile, info)

  const switchTo = async (
    port: number,
    release: string,
    container: string,
    drainMs: number
  ): Promise<boolean> => {
    const previous = route
    const agent = new Agent({ keepAlive: true, maxSockets: 256 })
    route = { port, release, container, agent, inflight: 0, idle: [] }
    info.targetPort = port
    info.release = release
    info.container = container
    writeInfo()
    log(`route → 127.0.0.1:${port} (release ${release}, container ${container})`)
    if (!previous) return true
    const drained = await waitIdle(previous, drainMs)
    previous.agent.destroy()
    return drained
  }

  const handleControl = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!authorized(req.headers.authorization, info.token)) {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: 'bad token' }))
      return
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (req.method === 'GET' && url.pathname === '/status') {
      return json(res, 200, { ...info, token: undefined, inflight: route?.inflight ?? 0 })
    }
    if (req.method === 'PUT' && url.pathname === '/route') {
      const body = JSON.parse(await readBody(req)) as Record<string, unknown>
      const { port, release, container } = body
      if (
        typeof port !== 'number' ||
        !Number.isInteger(port) ||
        typeof release !== 'string' ||
        typeof container !== 'string'
      )
        return json(res, 400, { error: 'route needs an integer port, a release and a container' })
      const drainMs = typeof body.drainMs === 'number' ? body.drainMs : 10_000
      const drained = await switchTo(port, release, container, drainMs)
      return json(res, 200, { drained })
    }
    if (req.method === 'POST' && url.pathname === '/stop') {
      json(res, 200, { stopping: true })
      setImmediate(() => void close())
      return
    }
    json(res, 404, { error: 'unknown control request' })
  }

  let markClosed: () => void = () => undefined
  const closed = new Promise<void>(resolve => (markClosed = resolve))
  const close = async (): Promise<void> => {
    server.closeAllConnections()
    await Promise.all([
      new Promise(resolve => server.close(resolve)),
      new Promise(resolve => control.close(resolve))
    ])
    route?.agent.destroy()
    markClosed()
  }

  await listen(server, options.port)
  info.controlPort = await listen(control, 0)
  writeInfo()
  log(`listening on 127.0.0.1:${options.port} for ${options.service} (control ${info.controlPort})`)
  return { info, close, closed }
}

function waitIdle(route: Route, ms: number): Promise<boolean> {
  if (route.inflight === 0) return Promise.resolve(true)
  return new Promise(resolve => {
    const timer = setTimeout(() => resolve(false), ms)
    route.idle.push(() => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

function forwardedHeaders(req: IncomingMessage, port: number): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value
  const client = req.socket.remoteAddress ?? '127.0.0.1'
  const prior = req.headers['x-forwarded-for']
  headers['x-forwarded-for'] = prior ? `${prior}, ${client}` : client
  headers['x-forwarded-host'] = req.headers.host ?? `127.0.0.1:${port}`
  headers['x-forwarded-proto'] = 'http'
  return headers
}

function rawRequestHead(req: IncomingMessage): string {
  const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`]
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`)
  return `${lines.join('\r\n')}\r\n\r\n`
}

function authorized(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '')
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}

function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', chunk => {
      body += chunk
      if (body.length > limit) reject(new Error('request body too large'))
    })
    req.on('end', () => resolve(body))
    req.on('error', reject)
  })
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(value))
}
