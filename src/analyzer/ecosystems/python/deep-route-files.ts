// Route files past the first sources read: a large package (letta: 300 shallower modules of agents and
// services) keeps its app and routers deeper (`letta/server/rest_api/app.py` mounting every router of a list
// under `/v1`, `routers/v1/health.py` declaring `/health/`). The route graph only composes prefixes for the
// files it reads, so a health route found by the flat scan came out without its mount. When the app's
// sources were cut at the limit, the files further down that mount routers or declare a health-looking route
// are read as well (bounded), so the prefixes compose.
import type { AppContext } from '../../provider.js'

/** How far past the read sources to look, and how many extra files to take at most. */
const LOOK = 4000
const TAKE = 60

/**
 * `.include_router(` or `.register_blueprint(`: two literal searches. The pattern
 * `/\.(?:include_router|register_blueprint)\(/` was tried at every `.` of every file (issue 16 item 12).
 */
function mountsRouters(text: string): boolean {
  return text.includes('.include_router(') || text.includes('.register_blueprint(')
}

/** A decorator declaring a health-looking route, tried (sticky) at each `@` of the text only. */
const HEALTH_ROUTE =
  /@\w+\.(?:get|head|route|api_route)\(\s*(?:path\s*=\s*)?["'][^"'\n]*(?:health|healthz|ready|readiness|live|liveness|ping|status|heartbeat)[^"'\n]*["']/iy

function declaresHealthRoute(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    HEALTH_ROUTE.lastIndex = at
    if (HEALTH_ROUTE.test(text)) return true
  }
  return false
}

/**
 * Python files past `sources` (which stopped at `limit`) that mount routers or declare a health route; files
 * of vendored libraries (`excludedRoots`: `libs/flask_socketio/` with its demo `/ping`) are not the app's.
 *
 * `urlconfProject`: the app is a project whose framework routes through its own URL configuration (Django's
 * `urlpatterns`, read by the project reader before this). Its views declare no routes with decorators, and
 * it mounts no routers, so the deep files are read only when one of its read sources mounts a router (a
 * FastAPI app serving the Django project beside its own routers). Without that mount the search read every
 * `.py` file past the first 300 (DefectDojo: ~1,600) and found nothing on any cached Django tree (issue 16
 * item 12).
 */
export function deepRouteFiles(
  ctx: AppContext,
  sources: readonly string[],
  excludedRoots: readonly string[] = [],
  limit = 300,
  urlconfProject = false
): string[] {
  if (sources.length < limit) return []
  if (urlconfProject && !sources.some(path => mountsRouters(ctx.tree.read(path) ?? ''))) return []
  const read = new Set(sources)
  const out: string[] = []
  for (const path of ctx.sourceFiles(['.py'], LOOK)) {
    if (out.length >= TAKE) break
    if (read.has(path) || excludedRoots.some(root => path.startsWith(root))) continue
    if (/(?:^|\/)(?:tests?|migrations|alembic|scripts|examples?|docs?)\//.test(path)) continue
    const text = ctx.tree.read(path)
    if (text !== null && (mountsRouters(text) || declaresHealthRoute(text))) out.push(path)
  }
  return out
}
