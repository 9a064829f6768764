// `deplight dashboard`: one page and a small JSON API on 127.0.0.1 only. The page carries a token made at
// start; every API call must send it back (a header, or the query for the event stream, which browsers
// cannot give headers), so another site open in the same browser can neither read the state nor press a
// button. Requests naming another Host are refused (DNS rebinding), as are cross-site POSTs.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { SERVICE_NAME } from '../stages/local-state.js'
import { ActionError, type LocalActions } from './actions.js'
import type { GitHubDeployments } from './github.js'
import { renderPage } from './page.js'
import type { DashboardSnapshot } from './snapshot.js'

export interface DashboardOptions {
  port: number
  snapshot: () => DashboardSnapshot
  actions: LocalActions
  github: GitHubDeployments | null
  /** How often the state is re-read for the event stream. */
  pollMs?: number
}

export interface RunningDashboard {
  url: string
  port: number
  token: string
  close: () => Promise<void>
}

export async function startDashboard(options: DashboardOptions): Promise<RunningDashboard> {
  const token = randomBytes(32).toString('hex')
  const streams = new Set<ServerResponse>()
  let port = options.port
  let last = ''

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(error => {
      const status = error instanceof ActionError ? error.status : 500
      if (!res.headersSent) sendJson(res, status, { error: (error as Error).message })
      else res.end()
    })
  })

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return sendJson(res, 403, { error: `host ${host} is not this dashboard` })
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (req.method === 'GET' && url.pathname === '/') {
      const nonce = randomBytes(16).toString('base64')
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': csp(nonce)
      })
      res.end(renderPage(token, nonce))
      return
    }
    if (!url.pathname.startsWith('/api/')) return sendJson(res, 404, { error: 'not found' })
    const given =
      req.headers['x-deplight-token'] ??
      (url.pathname === '/api/events' ? url.searchParams.get('token') : null)
    if (typeof given !== 'string' || !sameSecret(given, token))
      return sendJson(res, 403, { error: 'missing or wrong dashboard token: reload the page' })

    if (req.method === 'GET' && url.pathname === '/api/state') return sendJson(res, 200, options.snapshot())
    if (req.method === 'GET' && url.pathname === '/api/events') return openStream(req, res)
    const logs = /^\/api\/services\/([^/]+)\/logs$/.exec(url.pathname)
    if (req.method === 'GET' && logs) {
      const tail = Math.min(Math.max(Number(url.searchParams.get('tail') ?? 200) || 200, 1), 5000)
      const text = await options.actions.logs(serviceName(logs[1]), tail)
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
      res.end(text)
      return
    }

    if (req.method !== 'POST') return sendJson(res, 404, { error: 'not found' })
    const origin = req.headers.origin
    if (
      origin !== undefined &&
      origin !== `http://127.0.0.1:${port}` &&
      origin !== `http://localhost:${port}`
    )
      return sendJson(res, 403, { error: `cross-site request from ${origin} refused` })
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
      return sendJson(res, 415, { error: 'send application/json' })
    const body = parseBody(await readBody(req))
    const action = /^\/api\/services\/([^/]+)\/(redeploy|rollback)$/.exec(url.pathname)
    if (action) {
      const name = serviceName(action[1])
      const to = typeof body.to === 'string' ? body.to : 'previous'
      const started =
        action[2] === 'redeploy' ? options.actions.redeploy(name) : options.actions.rollback(name, to)
      return sendJson(res, 202, started)
    }
    if (url.pathname === '/api/github/rollback') {
      if (!options.github)
        return sendJson(res, 404, { error: 'start the dashboard with --repo and GITHUB_TOKEN' })
      if (typeof body.deployment !== 'number') return sendJson(res, 400, { error: 'name a deployment id' })
      const dispatched = await options.github.rollback(body.deployment).catch(error => {
        throw new ActionError(502, (error as Error).message)
      })
      return sendJson(res, 202, {
        started: `rollback workflow dispatched for ${dispatched.imageTag}`,
        ...dispatched
      })
    }
    return sendJson(res, 404, { error: 'not found' })
  }

  const openStream = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      connection: 'keep-alive'
    })
    res.write(`retry: 1000\nevent: state\ndata: ${JSON.stringify(options.snapshot())}\n\n`)
    streams.add(res)
    req.on('close', () => streams.delete(res))
  }

  // One reader for every open page: re-read the state, push it when it changed.
  const poll = setInterval(() => {
    if (streams.size === 0) return
    let text: string
    try {
      text = JSON.stringify(options.snapshot())
    } catch {
      return
    }
    if (text === last) return
    last = text
    for (const stream of streams) stream.write(`event: state\ndata: ${text}\n\n`)
  }, options.pollMs ?? 250)
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': keep-alive\n\n')
  }, 15_000)

  port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : options.port)
    })
  })

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: async () => {
      clearInterval(poll)
      clearInterval(heartbeat)
      for (const stream of streams) stream.end()
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
  }
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY'
}

/** Only our own inline script and style run; the page talks only to this server. */
function csp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}

function serviceName(raw: string | undefined): string {
  const name = decodeURIComponent(raw ?? '')
  if (!SERVICE_NAME.test(name)) throw new ActionError(400, 'not a service name')
  return name
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function parseBody(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text || '{}')
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>
  } catch {
    // answered below
  }
  throw new ActionError(400, 'the request body must be a JSON object')
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(value))
}

function readBody(req: IncomingMessage, limit = 16 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', chunk => {
      body += chunk
      if (body.length > limit) {
        reject(new ActionError(413, 'request body too large'))
        req.destroy()
      }
    })
    req.on('end', () => resolve(body))
    req.on('error', reject)
  })
}
