// An HTTP proxy on 127.0.0.1 in front of a real server that can answer the next N matching requests
// with an error status (500, 429 …) before forwarding again: a registry that fails, then recovers.
// `immutableTags` makes it answer like ECR with tag immutability: a manifest PUT to a tag that already
// exists gets ECR's 400 TAG_INVALID (whatever the digest), as ECR answers `docker push` and the API.
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MANIFEST_MEDIA_TYPES } from '../../src/integrations/registry/client.js'

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

export interface FaultProxyOptions {
  /** Tags that cannot be overwritten once they exist (ECR IMMUTABLE_WITH_EXCLUSION). */
  immutableTags?: (tag: string) => boolean
}

/** ECR's answer to a manifest PUT over an existing immutable tag. */
export function ecrTagImmutableBody(repository: string, tag: string): string {
  return JSON.stringify({
    errors: [
      {
        code: 'TAG_INVALID',
        message: `The image tag '${tag}' already exists in the '${repository}' repository and cannot be overwritten because the tag is immutable.`
      }
    ]
  })
}

export async function startFaultProxy(
  targetUrl: string,
  options: FaultProxyOptions = {}
): Promise<FaultProxy> {
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
    const manifestPut = method === 'PUT' ? /^\/v2\/(.+)\/manifests\/([^/?]+)$/.exec(path) : null
    if (manifestPut && options.immutableTags?.(manifestPut[2] as string)) {
      const [, repository, tag] = manifestPut as unknown as [string, string, string]
      // Ask the registry, with the caller's own credentials, whether the tag exists.
      const probe = request(
        {
          host: target.hostname,
          port: target.port,
          method: 'HEAD',
          path,
          headers: {
            authorization: req.headers.authorization ?? '',
            host: req.headers.host ?? '',
            accept: MANIFEST_MEDIA_TYPES.join(', ')
          }
        },
        up => {
          up.resume()
          if (up.statusCode === 200) {
            served.push({ method, path, status: 400, injected: true })
            req.resume()
            res.writeHead(400, { 'content-type': 'application/json' })
            res.end(ecrTagImmutableBody(repository, tag))
            return
          }
          forward()
        }
      )
      probe.on('error', () => forward())
      probe.end()
      return
    }
    forward()

    function forward(): void {
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
    }
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
