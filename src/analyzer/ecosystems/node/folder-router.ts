// Folder routers registered on a mounted router: `registerRoutes(this, path.join(__dirname, "routes", "/"), api)`
// then `app.use("/api", api)`. The loader walks the folder and mounts each module's router at the module's
// path under the folder (`routes/ping.ts` → `/ping`, `routes/users/index.ts` → `/users`), on the router it was
// given; the app mounts that router under a prefix. A module's own `router.get("/")` is its folder path; a
// `router.get("/x")` is below it. Only routers the app mounts under a literal prefix are read, and only modules
// whose path may name a health route.
import type { AppContext } from '../../provider.js'
import type { Candidate } from '../../candidate.js'
import type { Evidence } from '../../report.js'
import { evidenceAt, stripJsComments } from '../../signals/evidence.js'
import { healthRank, joinRoute } from '../../signals/health.js'
import { HEALTH } from '../../precedence.js'
import { dirname, joinPath } from '../../tree.js'

/** A call passing a folder under `__dirname` and then a router variable: `f(x, path.join(__dirname, "routes", "/"), api)`. */
const FOLDER_CALL =
  /\b[\w$.]+\(\s*(?:[\w$.]+\s*,\s*)?(?:path\.(?:join|resolve)\(\s*__dirname\s*,\s*["'`]\.?\/?([\w-]+(?:\/[\w-]+)*)\/?["'`](?:\s*,\s*["'`]\/?["'`])?\s*\)|__dirname\s*\+\s*["'`]\/([\w-]+(?:\/[\w-]+)*)\/?["'`])\s*,\s*([A-Za-z_$][\w$]*)\s*\)/g

/** Module paths that may end in a health route (the same test the file routers use). */
const HEALTHY_FILE = /health|ready|live|ping|status|heartbeat|(?:^|\/)up(?:\/|\.|$)/

/** A module's first GET route on its router: `router.get("/", …)`, `router.all("/status", …)`. */
const MODULE_GET = /\b[A-Za-z_$][\w$]*\.(?:get|all|head)\(\s*["'`](\/[^"'`]*)["'`]/

const DEPRECATED = /\bdeprecated\s*:\s*true\b/
/** Ranks a deprecated route after every live one (healthRank stays far below it). */
const DEPRECATED_RANK = 100

export function folderRouterCandidates(ctx: AppContext, sources: readonly string[]): Candidate<string>[] {
  const out: { c: Candidate<string>; rank: number }[] = []
  for (const file of sources.slice(0, 400)) {
    const raw = ctx.tree.read(file)
    if (raw === null || !raw.includes('__dirname')) continue
    const text = stripJsComments(raw)
    for (const call of text.matchAll(FOLDER_CALL)) {
      const folder = joinPath(dirname(file), call[1] ?? call[2]!)
      const router = call[3]!
      const mount = shortestMount(text, router)
      if (!mount) continue
      const callEvidence = evidenceAt(file, text, call.index)
      const mountEvidence = evidenceAt(file, text, mount.index)
      for (const f of ctx.tree.filesUnder(folder)) {
        if (!/\.[cm]?[jt]s$/.test(f.path) || /\.(?:test|spec|d)\.[cm]?[jt]s$/.test(f.path)) continue
        const rel = f.path
          .slice(folder.length + 1)
          .replace(/\.[cm]?[jt]s$/, '')
          .replace(/(?:^|\/)index$/, '')
        if (!HEALTHY_FILE.test(rel.toLowerCase()) || /[#[\]:$]/.test(rel)) continue
        const module = ctx.tree.read(f.path)
        const route = module === null ? null : MODULE_GET.exec(stripJsComments(module))
        if (!module || !route) continue
        const own = route[1] === '/' ? '' : route[1]!
        if (/[:*{]/.test(own)) continue
        const path = joinRoute(joinRoute(mount.prefix, `/${rel}`), own)
        const named = healthRank(path)
        if (named < 0) continue
        // A route its options mark deprecated (`route({ deprecated: true, … })`) is on its way out: any other
        // health route of the folder is the probe to keep.
        const rank = DEPRECATED.test(module) ? named + DEPRECATED_RANK : named
        const evidence: Evidence[] = [
          mountEvidence,
          callEvidence,
          evidenceAt(f.path, stripJsComments(module), route.index)
        ]
        out.push({
          c: {
            value: path,
            confidence: HEALTH.route,
            source: `folder router ${folder} mounted at ${mount.prefix} (${f.path})`,
            evidence
          },
          rank
        })
      }
    }
  }
  out.sort((a, b) => a.rank - b.rank)
  return out.map(o => o.c)
}

/** The shortest literal prefix `router` is mounted under (`app.use("/api", api)` beside `/api/v9`), or null. */
function shortestMount(text: string, router: string): { prefix: string; index: number } | null {
  const re = new RegExp(
    `\\.use\\(\\s*["'\`](\\/[\\w/-]*)["'\`]\\s*,\\s*${router.replace(/\$/g, '\\$')}\\s*\\)`,
    'g'
  )
  let best: { prefix: string; index: number } | null = null
  for (const m of text.matchAll(re))
    if (!best || m[1]!.length < best.prefix.length) best = { prefix: m[1]!, index: m.index }
  return best
}
