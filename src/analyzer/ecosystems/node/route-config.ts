// React Router 7+ (and Remix's `@remix-run/route-config`) route configuration: `app/routes.ts` lists every
// route as `route("/healthz", "routes/util/healthz.ts")`, nested under `prefix("/api", [...])` or a parent
// `route("/x", "file", [...])`, with `index("file")` and path-less `layout("file", [...])`. Where that file
// exists the folder name of a route module says nothing of its URL, unless the file hands routing back to
// the file convention with `flatRoutes()`. The app's `basename` (react-router.config.ts) is handled with the
// other framework base paths in source.ts.
import type { AppContext } from '../../provider.js'
import type { Evidence } from '../../report.js'
import { evidenceAt, stripJsComments } from '../../signals/evidence.js'
import { joinRoute } from '../../signals/health.js'
import { joinPath } from '../../tree.js'

export interface ConfiguredRoute {
  /** The URL path, prefixes applied (`/api/info`). */
  path: string
  /** The route module as written, relative to the app directory (`routes/util/healthz.ts`). */
  file: string
  evidence: Evidence
}

const CONFIG_NAMES = ['routes.ts', 'routes.js', 'routes.mts', 'routes.mjs', 'routes.tsx']
/** A route call with its path literal: `route("/x", …`, `prefix('/api', …`. */
const CALL = /\b(route|prefix|index|layout)\s*\(\s*(?:(['"`])([^'"`\n]*)\2)?/y

/**
 * The routes of the app's route configuration, or null when it has none (or routes by the file convention
 * through `flatRoutes()`/`remixRoutesOptionAdapter`, which this reader does not model).
 */
export function reactRouterConfigRoutes(ctx: AppContext): ConfiguredRoute[] | null {
  const appDirectory = configuredAppDirectory(ctx) ?? 'app'
  const configPath = CONFIG_NAMES.map(n => ctx.path(joinPath(appDirectory, n))).find(p => ctx.tree.has(p))
  if (!configPath) return null
  const raw = ctx.tree.read(configPath)
  if (raw === null) return null
  const text = stripJsComments(raw)
  if (!/@(?:react-router\/dev\/routes|remix-run\/route-config)\b/.test(text)) return null
  if (/\b(?:flatRoutes|remixRoutesOptionAdapter)\s*\(/.test(text)) return null
  const out: ConfiguredRoute[] = []
  // Open calls that contribute a path to what they enclose, with the paren depth they close at.
  const stack: { path: string; depth: number }[] = []
  let depth = 0
  const current = (): string => stack.reduce((p, s) => joinRoute(p, s.path), '/')
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '(') depth++
    else if (c === ')') {
      while (stack.length > 0 && stack[stack.length - 1]!.depth === depth) stack.pop()
      depth--
    } else if (/[rpil]/.test(c) && callStart(text, i)) {
      CALL.lastIndex = i
      const m = CALL.exec(text)
      if (!m) continue
      const kind = m[1]!
      const literal = m[3]
      // The call's own `(` is part of the match: what it encloses sits at the depth it opens.
      depth++
      const at = evidenceAt(configPath, text, m.index)
      if (kind === 'prefix' && literal !== undefined) stack.push({ path: literal, depth })
      else if (kind === 'route' && literal !== undefined) {
        const file = /^\s*,\s*(['"`])([^'"`\n]+)\1/.exec(text.slice(CALL.lastIndex))?.[2]
        if (file) out.push({ path: joinRoute(current(), literal), file, evidence: at })
        // Children of a route are relative to its path.
        stack.push({ path: literal, depth })
      } else if (kind === 'index' && literal !== undefined)
        out.push({ path: current(), file: literal, evidence: at })
      i = CALL.lastIndex - 1
    }
  }
  return out
}

/** Whether a name starts at `i`: not inside a word nor after a member dot (`routes.route(`); a spread is fine. */
function callStart(text: string, i: number): boolean {
  const before = text[i - 1]
  if (before === undefined) return true
  if (/[\w$]/.test(before)) return false
  return before !== '.' || text.slice(i - 3, i) === '...'
}

/** `appDirectory: "src/app"` in react-router.config.ts; null when not set. */
function configuredAppDirectory(ctx: AppContext): string | null {
  for (const name of ['react-router.config.ts', 'react-router.config.js', 'react-router.config.mjs']) {
    const text = ctx.read(name)
    const m = text ? /\bappDirectory\s*:\s*['"`]\.?\/?([^'"`]+?)\/?['"`]/.exec(stripJsComments(text)) : null
    if (m) return m[1]!
  }
  return null
}
