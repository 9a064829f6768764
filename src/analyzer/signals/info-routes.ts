// When an app declares no health route, the cheapest probe left is an anonymous GET that reports the app's
// version or server info (`/api/version`, `/api/info`, `/rest/server/get` → `getServerInfos`). The route
// readers of each ecosystem (php/info-routes.ts, java/info-routes.ts) find such routes only with proof that
// they are public (a security `access_control` entry granting anonymous access, `@PermitAll`); this module
// ranks them: a version endpoint before an info/about one, one that reads no database before one that does
// (a probe must not fail, or load the database, because a table is busy), and says why in the source.
import type { Candidate } from '../candidate.js'
import type { Evidence } from '../report.js'
import { HEALTH } from '../precedence.js'

/** Names of version/info endpoints, best first. */
const INFO_NAMES = ['version', 'info', 'infos', 'about', 'serverinfo', 'server-info', 'server_info']

export interface InfoRoute {
  /** The full path, as a probe requests it (`/api/version.json`). */
  path: string
  /** The handler's name (`getServerInfos`), when the path names nothing (`/rest/server/get`). */
  handler: string
  /** The route line first, then what proves it public. */
  evidence: Evidence[]
  /** Why it is public, for the source (`access_control grants IS_AUTHENTICATED_ANONYMOUSLY`). */
  publicBecause: string
  /** What in the handler reads the database (`@Transactional`, an EntityManager parameter), if anything. */
  database: string | null
}

/** Lower is better; -1 when neither the path nor the handler names a version/info endpoint. */
export function infoRank(path: string, handler: string): number {
  const segments = path
    .replace(/\.\w+$/, '')
    .split('/')
    .filter(Boolean)
    .map(s => s.toLowerCase())
  const last = segments[segments.length - 1]
  if (last === undefined || /[:{}<>*]/.test(path.replace(/\.\{_format\}$/, ''))) return -1
  const byPath = INFO_NAMES.indexOf(last)
  if (byPath >= 0) return byPath
  // A generic action segment (`/server/get`) names its handler instead: `getServerInfos`, `showVersion`.
  const words = handler
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_]+/)
  for (let i = 0; i < INFO_NAMES.length; i++) if (words.includes(INFO_NAMES[i]!)) return INFO_NAMES.length + i
  return -1
}

/** Version/info routes as health candidates, best first, each saying why it was chosen. */
export function publicInfoCandidates(routes: InfoRoute[]): Candidate<string>[] {
  const ranked = routes
    .map(r => ({ r, rank: infoRank(r.path, r.handler) }))
    .filter(x => x.rank >= 0)
    .sort((a, b) => Number(a.r.database !== null) - Number(b.r.database !== null) || a.rank - b.rank)
  const out: Candidate<string>[] = []
  for (const { r } of ranked) {
    if (out.some(c => c.value === r.path)) continue
    const db = r.database ? `; reads the database (${r.database})` : '; reads no database'
    out.push({
      value: r.path,
      confidence: Math.max(0.3, HEALTH.publicInfoRoute - out.length * 0.01),
      source: `no health route: anonymous GET ${r.handler ? `${r.handler}() ` : ''}(${r.publicBecause}${db})`,
      evidence: r.evidence
    })
  }
  return out
}
