// php-fpm behind a compose web server: the app's service runs php-fpm (FastCGI, no HTTP) and publishes no port;
// a sibling nginx service mounts its configuration from the repository, and that configuration passes PHP
// requests to the app's service by name (`fastcgi_pass app:9000`) from a server that `listen`s on a port the
// nginx service publishes (`ports: - 80:80`). HTTP reaches the app there, so that is the app's port.
import type { SourceTree } from '../tree.js'
import { joinPath, normalizePath } from '../tree.js'
import type { Candidate } from '../candidate.js'
import type { Evidence } from '../report.js'
import { evidenceAt, keyEvidence } from './evidence.js'

/** nginx images (`nginx:1.17-alpine`, `nginxinc/nginx-unprivileged`, `bitnami/nginx`). */
const NGINX_IMAGE = /^(?:[\w.-]+\/)*nginx(?:-[\w-]+)?(?::|$)/

/**
 * The port a sibling nginx service serves `service` on through FastCGI, with the compose `ports` line and the
 * configuration's `fastcgi_pass` line; null when no such front exists.
 */
export function fastcgiFrontPort(
  tree: SourceTree,
  composePath: string,
  composeText: string,
  base: string,
  service: string,
  entries: readonly [string, Record<string, unknown>][],
  confidence: number
): Candidate<number> | null {
  const pass = new RegExp(
    `^[ \\t]*fastcgi_pass[ \\t]+${service.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)\\s*;`,
    'm'
  )
  for (const [name, svc] of entries) {
    if (name === service || typeof svc.image !== 'string' || !NGINX_IMAGE.test(svc.image)) continue
    const published = (Array.isArray(svc.ports) ? svc.ports : []).map(containerPortOf).filter(p => p !== null)
    if (published.length === 0) continue
    for (const conf of mountedConfigs(tree, base, svc.volumes)) {
      const text = tree.read(conf)
      const m = text ? pass.exec(text) : null
      if (!text || !m) continue
      // The server block holding the fastcgi_pass: its `listen` port, when nginx publishes it.
      const before = text.slice(0, m.index)
      const server = before.lastIndexOf('server')
      const listen = /^[ \t]*listen[ \t]+(?:\[::\]:|[\d.]+:|\*:)?(\d+)\b/m.exec(
        text.slice(Math.max(0, server))
      )
      const port = listen ? Number(listen[1]) : published[0]!
      if (!published.includes(port)) continue
      const evidence: Evidence[] = [
        keyEvidence(composePath, composeText, name),
        evidenceAt(conf, text, m.index)
      ]
      return {
        value: port,
        confidence,
        source: `${composePath} services.${name} (nginx passes PHP to ${service} over FastCGI)`,
        evidence
      }
    }
  }
  return null
}

/** `80:80`, `"8080:80/tcp"`, `{ target: 80 }` → the container side. */
function containerPortOf(entry: unknown): number | null {
  if (typeof entry === 'number') return entry
  if (typeof entry === 'string') {
    const m = /(?:^|:)(\d+)(?:\/tcp)?$/.exec(entry.trim())
    return m ? Number(m[1]) : null
  }
  if (entry !== null && typeof entry === 'object' && 'target' in entry) {
    const t = Number((entry as { target: unknown }).target)
    return Number.isFinite(t) ? t : null
  }
  return null
}

/** Repository files a service mounts into nginx's configuration (`./docker/nginx:/etc/nginx/conf.d/`). */
function mountedConfigs(tree: SourceTree, base: string, volumes: unknown): string[] {
  const out: string[] = []
  for (const v of Array.isArray(volumes) ? volumes : []) {
    if (typeof v !== 'string') continue
    const [host, target] = v.split(':')
    if (!host || !target || !/^\.\.?\//.test(host) || !target.startsWith('/etc/nginx')) continue
    const path = normalizePath(joinPath(base, host.replace(/\/+$/, '')))
    if (tree.has(path)) out.push(path)
    else for (const f of tree.filesIn(path)) if (/\.conf$|(?:^|\/)nginx\.conf$/.test(f.path)) out.push(f.path)
  }
  return out.slice(0, 20)
}
