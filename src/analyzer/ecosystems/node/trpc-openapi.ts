// tRPC procedures published as REST by trpc-to-openapi / trpc-openapi: a procedure's
// `.meta({ openapi: { method: 'GET', path: '/health' } })` is served by the OpenAPI handler
// (`createOpenApiNextHandler`, `createOpenApiFetchHandler`, `createOpenApiHttpHandler` …) under the URL of the
// file that mounts it — a Next.js catch-all `pages/api/v1/[...trpc].ts` serves `/api/v1/health`. The routers
// usually live in a workspace package (`@acme/api`) the app depends on: its files are read too. A procedure
// marked `protect: true` needs a token: no probe.
import type { Candidate } from '../../candidate.js'
import { HEALTH } from '../../precedence.js'
import type { AppContext } from '../../provider.js'
import { evidenceAt } from '../../signals/evidence.js'
import { healthRank } from '../../signals/health.js'
import { basename, dirname } from '../../tree.js'

/** A Next.js catch-all API route: `pages/api/v1/[...trpc].ts`, `app/api/v1/[...trpc]/route.ts`. */
const CATCH_ALL =
  /(?:^|\/)(?:src\/)?(?:pages\/(api(?:\/[^/[\]]+)*)\/\[\[?\.\.\.\w+\]\]?\.[cm]?[jt]sx?|app\/(api(?:\/[^/[\]]+)*)\/\[\[?\.\.\.\w+\]\]?\/route\.[cm]?[jt]sx?)$/
const OPENAPI_HANDLER = /\bcreateOpenApi\w*Handler\s*\(/
/** `openapi: { method: 'GET', path: '/health', … }` (either order; the object holds no nested braces). */
const OPENAPI_META = /\bopenapi\s*:\s*\{([^{}]*)\}/g
const MAX_PACKAGE_FILES = 400

/** Health candidates of GET procedures the app's OpenAPI handler serves, full path with the handler's URL. */
export function trpcOpenApiHealth(ctx: AppContext, runtimeDeps: readonly string[]): Candidate<string>[] {
  const prefix = ctx.dir === '.' ? 0 : ctx.dir.length + 1
  const handlers: { base: string; file: string; index: number; text: string }[] = []
  for (const f of ctx.files()) {
    const m = CATCH_ALL.exec(f.path.slice(prefix))
    if (!m) continue
    const text = ctx.tree.read(f.path)
    const call = text === null ? null : OPENAPI_HANDLER.exec(text)
    if (call) handlers.push({ base: `/${m[1] ?? m[2]}`, file: f.path, index: call.index, text: text! })
  }
  if (handlers.length === 0) return []
  const handler = handlers[0]!
  const out: { c: Candidate<string>; rank: number }[] = []
  for (const file of procedureFiles(ctx, runtimeDeps)) {
    const text = ctx.tree.read(file)
    if (text === null || !text.includes('openapi')) continue
    for (const m of text.matchAll(OPENAPI_META)) {
      const body = m[1]!
      if (!/\bmethod\s*:\s*['"`]GET['"`]/.test(body) || /\bprotect\s*:\s*true\b/.test(body)) continue
      const path = /\bpath\s*:\s*['"`](\/[^'"`]*)['"`]/.exec(body)?.[1]
      if (path === undefined) continue
      const full = `${handler.base}${path}`.replace(/\/{2,}/g, '/')
      const rank = healthRank(full)
      if (rank < 0) continue
      out.push({
        c: {
          value: full,
          confidence: HEALTH.route,
          source: `tRPC OpenAPI procedure served by ${handler.file}`,
          evidence: [evidenceAt(handler.file, handler.text, handler.index), evidenceAt(file, text, m.index)]
        },
        rank
      })
    }
  }
  return out.sort((a, b) => b.rank - a.rank).map(x => x.c)
}

/** The app's own source files, then those of the workspace packages it depends on (by package name). */
function procedureFiles(ctx: AppContext, runtimeDeps: readonly string[]): string[] {
  const own = ctx.sourceFiles(['.ts', '.js', '.mts', '.mjs'], MAX_PACKAGE_FILES)
  const wanted = new Set(runtimeDeps)
  const dirs: string[] = []
  for (const f of ctx.tree.files) {
    if (basename(f.path) !== 'package.json' || f.path.includes('node_modules/')) continue
    const dir = dirname(f.path)
    if (dir === ctx.dir) continue
    const name = /"name"\s*:\s*"([^"]+)"/.exec(ctx.tree.read(f.path) ?? '')?.[1]
    if (name !== undefined && wanted.has(name)) dirs.push(dir)
  }
  const packaged = dirs.flatMap(dir =>
    ctx.tree
      .filesUnder(dir)
      .map(f => f.path)
      .filter(
        p =>
          /\.[cm]?[jt]s$/.test(p) && !p.includes('node_modules/') && !/\.(?:test|spec|d)\.[cm]?[jt]s$/.test(p)
      )
      .slice(0, MAX_PACKAGE_FILES)
  )
  return [...own, ...packaged]
}
