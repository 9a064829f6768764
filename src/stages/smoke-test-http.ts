// One smoke request: the service URL made safe (http/https only, userinfo turned into a Basic header and
// never printed), a per-request timeout, same-host redirects followed by hand, the body read up to a cap,
// and transport failures named in words a deployer can act on.
import type { Dispatcher } from 'undici'

/** What a response looked like, with the body cut at the cap. */
export interface HttpAnswer {
  ok: true
  status: number
  headers: Record<string, string>
  body: string
  /** Bytes read (at most the cap + 1); `truncated` when the body went on past the cap. */
  bodyBytes: number
  truncated: boolean
  latencyMs: number
  /** Final URL after redirects, userinfo removed. */
  url: string
}

export interface HttpFailure {
  ok: false
  /** Stable code: ECONNREFUSED, ENOTFOUND, TIMEOUT, TLS, REDIRECTS, … */
  code: string
  message: string
  latencyMs: number
}

export interface ServiceUrl {
  /** The URL without userinfo, without a trailing slash. */
  base: URL
  /** Printable form (no userinfo). */
  display: string
  /** `Basic …` when the URL carried userinfo. */
  authorization: string | null
  /** The password from the URL, so the caller can mask it. */
  password: string | null
}

export interface RequestSpec {
  method: string
  path: string
  headers: Record<string, string>
  body: string | null
  /** Follow same-host redirects (off when the check expects a 3xx). */
  followRedirects: boolean
}

export interface RequestContext {
  fetch: typeof fetch
  /** Undefined: the fetch's own (for Node's global fetch, its global agent). */
  dispatcher?: Dispatcher
  timeoutMs: number
  maxBodyBytes: number
  now: () => number
}

const MAX_REDIRECTS = 5
/** Response headers that can carry session secrets: kept out of reports. */
const SECRET_HEADERS = new Set(['set-cookie', 'authorization', 'proxy-authenticate', 'www-authenticate'])

export class ServiceUrlError extends Error {}

export function parseServiceUrl(input: string): ServiceUrl {
  const text = input.trim()
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new ServiceUrlError(
      `url "${redactUrlText(text)}" is not a URL: give the service URL with its scheme (https://app.example.com)`
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ServiceUrlError(`url must use http or https, not ${url.protocol.replace(':', '')}`)
  const username = decodeURIComponent(url.username)
  const password = decodeURIComponent(url.password)
  const authorization =
    username || password ? `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` : null
  url.username = ''
  url.password = ''
  url.hash = ''
  url.pathname = url.pathname.replace(/\/+$/, '')
  return {
    base: url,
    display: url.toString().replace(/\/$/, ''),
    authorization,
    password: password || null
  }
}

/** Removes `user:password@` from anything that looks like a URL, for messages about bad input. */
export function redactUrlText(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1')
}

/** `base` + `path`: the path is appended to the base path (a service under /app/x keeps its prefix). */
export function joinUrl(base: URL, path: string): URL {
  const url = new URL(base.toString())
  const [pathname, query] = splitQuery(path)
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${pathname}`
  url.search = query
  return url
}

export async function sendRequest(
  service: ServiceUrl,
  spec: RequestSpec,
  ctx: RequestContext
): Promise<HttpAnswer | HttpFailure> {
  const started = ctx.now()
  const signal = AbortSignal.timeout(Math.max(1, ctx.timeoutMs))
  let url = joinUrl(service.base, spec.path)
  let method = spec.method
  let body = spec.body
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': 'deplight-smoke-test', ...spec.headers }
      if (
        service.authorization &&
        url.hostname === service.base.hostname &&
        !hasHeader(headers, 'authorization')
      )
        headers.authorization = service.authorization
      if (body !== null && !hasHeader(headers, 'content-type'))
        headers['content-type'] = looksLikeJson(body) ? 'application/json' : 'text/plain'
      const response = await ctx.fetch(url, {
        method,
        headers,
        body: body ?? undefined,
        redirect: 'manual',
        signal,
        dispatcher: ctx.dispatcher
      } as RequestInit)
      const location = response.headers.get('location')
      const target = location && isRedirect(response.status) ? safeRedirect(url, location, service) : null
      if (spec.followRedirects && target) {
        await response.body?.cancel()
        if (hop >= MAX_REDIRECTS)
          return failure(
            'REDIRECTS',
            `more than ${MAX_REDIRECTS} redirects (last to ${display(target)})`,
            started,
            ctx
          )
        if (
          response.status === 303 ||
          ((response.status === 301 || response.status === 302) && method === 'POST')
        ) {
          method = method === 'HEAD' ? 'HEAD' : 'GET'
          body = null
        }
        url = target
        continue
      }
      const read = await readCapped(response, ctx.maxBodyBytes)
      return {
        ok: true,
        status: response.status,
        headers: headerRecord(response.headers),
        body: read.text,
        bodyBytes: read.bytes,
        truncated: read.truncated,
        latencyMs: ctx.now() - started,
        url: display(url)
      }
    }
  } catch (error) {
    const { code, message } = describeError(error, ctx.timeoutMs)
    return failure(code, message, started, ctx)
  }
}

function failure(code: string, message: string, started: number, ctx: RequestContext): HttpFailure {
  return { ok: false, code, message, latencyMs: ctx.now() - started }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308
}

/**
 * Redirects are followed only on the service's own host (http→https and path moves); a redirect to another
 * host (a login provider) answers the check as the 3xx itself, so no traffic goes anywhere else.
 */
function safeRedirect(from: URL, location: string, service: ServiceUrl): URL | null {
  let target: URL
  try {
    target = new URL(location, from)
  } catch {
    return null
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return null
  if (target.hostname !== service.base.hostname) return null
  target.username = ''
  target.password = ''
  return target
}

async function readCapped(
  response: Response,
  cap: number
): Promise<{ text: string; bytes: number; truncated: boolean }> {
  if (!response.body) return { text: '', bytes: 0, truncated: false }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let bytes = 0
  let truncated = false
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    bytes += value.byteLength
    if (bytes > cap) {
      truncated = true
      await reader.cancel()
      break
    }
  }
  const all = Buffer.concat(chunks).subarray(0, cap)
  return {
    text: new TextDecoder('utf-8', { fatal: false }).decode(all),
    bytes: Math.min(bytes, cap + 1),
    truncated
  }
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    out[name] = SECRET_HEADERS.has(name) ? '(redacted)' : value
  })
  return out
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME|ERR_OSSL/

function describeError(error: unknown, timeoutMs: number): { code: string; message: string } {
  const err = error as {
    name?: string
    message?: string
    cause?: { code?: string; message?: string; name?: string }
  }
  if (
    err?.name === 'TimeoutError' ||
    err?.name === 'AbortError' ||
    err?.cause?.name === 'ConnectTimeoutError'
  )
    return { code: 'TIMEOUT', message: `no answer within ${timeoutMs} ms` }
  const code = err?.cause?.code ?? ''
  const detail = err?.cause?.message ?? err?.message ?? String(error)
  if (code === 'ECONNREFUSED') return { code, message: 'connection refused (nothing listening yet)' }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return { code: 'DNS', message: `DNS lookup failed (${code})` }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return { code: 'RESET', message: 'connection closed by the server' }
  if (code === 'UND_ERR_CONNECT_TIMEOUT')
    return { code: 'TIMEOUT', message: `no connection within ${timeoutMs} ms` }
  if (TLS_CODES.test(code))
    return { code: 'TLS', message: `TLS error ${code}: ${detail} (a private CA? pass ca-file)` }
  return { code: code || 'NETWORK', message: redactUrlText(detail) }
}

function display(url: URL): string {
  const copy = new URL(url.toString())
  copy.username = ''
  copy.password = ''
  return copy.toString()
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some(k => k.toLowerCase() === name)
}

function looksLikeJson(body: string): boolean {
  const t = body.trim()
  return (t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))
}

function splitQuery(path: string): [string, string] {
  const q = path.indexOf('?')
  return q === -1 ? [path, ''] : [path.slice(0, q), path.slice(q)]
}
