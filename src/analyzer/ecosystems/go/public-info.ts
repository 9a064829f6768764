// With no health route, a Go app's version/info endpoint is the cheapest probe left (`api :=
// fb.Group("/api/v2")` + `router.All("/version", func(c *fiber.Ctx) error { return c.JSON(versionData()) })`,
// gin's `v1.GET("/version", func(c *gin.Context) { … })`): a route whose handler is an inline closure that
// mentions no database, no session and no user can answer an anonymous probe without loading a backend.
// Routes on a router wrapped in authentication are dropped by the caller (auth-wrapped-mux.ts).
import { matchClose } from '../../signals/code-spans.js'
import { infoRank, publicInfoCandidates, type InfoRoute } from '../../signals/info-routes.js'
import type { ResolvedRoute } from '../../signals/routes.js'
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'

/** Words in a handler body that show it reads a backend or a signed-in user. */
const BACKEND =
  /\b(?:db|DB|sql|gorm|Query|QueryRow|Exec|Find|First|Where|Preload|Repo|repo|Store|store|dao|Dao|auth|Auth|session|Session|token|Token|user|User|Locals)\b/

/** An inline closure handler on the route's own line: `"/version", func(c *fiber.Ctx) error {`. */
const INLINE_HANDLER = /^[^\n]*?,\s*func\s*\([^)]*\)\s*(?:\w+\s*)?\{/

/** Version/info routes of `routes` whose inline handler reads no backend, as health candidates, best first. */
export function goPublicInfo(ctx: AppContext, routes: readonly ResolvedRoute[]): Candidate<string>[] {
  const found: InfoRoute[] = []
  for (const r of routes) {
    if (infoRank(r.path, '') < 0) continue
    const text = ctx.tree.read(r.route.evidence.file)
    if (text === null) continue
    const lines = text.split('\n')
    const at =
      lines.slice(0, r.route.evidence.line - 1).join('\n').length + (r.route.evidence.line > 1 ? 1 : 0)
    const inline = INLINE_HANDLER.exec(text.slice(at))
    if (!inline) continue
    const open = at + inline[0].length - 1
    const close = matchClose(text, open)
    if (close < 0) continue
    const body = text.slice(open + 1, close)
    if (BACKEND.test(body)) continue
    found.push({
      path: r.path,
      handler: '',
      evidence: r.evidence,
      publicBecause: 'its inline handler reads no session, user or token',
      database: null
    })
  }
  return publicInfoCandidates(found)
}
