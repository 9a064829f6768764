// An HTTP proxy on 127.0.0.1 in front of a real server that can answer the next N matching requests
// with an error status (500, 429 …) before forwarding again: a registry that fails, then recovers.
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Served {
  method: string
  path: string
  status: number
  injected: boolean
}

export interface FaultProxy {
  /** `127.0.0.1:PORT` */
  host: string
  url: string
  served: Served[]
  /** `answer` replaces the default body (and adds headers): e.g. an AWS JSON error shape. */
  failNext: (
    count: number,
    status: number,
    match?: (method: string, path: string) => boolean,
    answer?: { body: string; headers?: Record<string, string> }
  ) => void
  stop: () => Promise<void>
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl)
  const served: Served[] = []
  const faults: {
    remaining: number
    status: number
    match: (method: string, path: string) => boolean
    answer?: { body: string; headers?: Record<string, string> }
  }[] = []

  const server = createServer((req, res) => {
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    const fault = faults.find(f => f.remaining > 0 && f.match(method, path))
    if (fault) {
      fault.remaining--
      served.push({ method, path, status: fault.status, injected: true })
      req.resume()
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.answer?.headers })
      res.end(
        fault.answer?.body ?? JSON.stringify({ errors: [{ code: 'UNKNOWN', message: 'injected fault' }] })
      )
      return
    }
    // Host is passed through unchanged so the registry's Location headers point back at the proxy.
    const upstream = request(
      { host: target.hostname, port: target.port, method, path, headers: req.headers },
      up => {
        served.push({ method, path, status: up.statusCode ?? 0, injected: false })
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.pipe(res)
      }
    )
    upstream.on('error', error => {
      res.writeHead(502)
      res.end(error.message)
    })
    req.pipe(upstream)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    served,
    failNext: (count, status, match = () => true, answer) =>
      faults.push({ remaining: count, status, match, answer }),
    stop: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
