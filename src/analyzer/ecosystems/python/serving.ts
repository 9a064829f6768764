// What a Python app's own files say about serving it: gunicorn's config (bind, port) and the health routes
// its code declares (decorators, Route(), blueprints and routers composed under their prefixes).
import type { PythonFrameworkSpec } from './framework-spec.js'
import { matchAll, stripHashComments } from '../../signals/evidence.js'
import { findHealthRoutes } from '../../signals/health.js'
import { mergeComposedHealth } from '../../signals/routes.js'
import { pythonComposedHealth } from './routes.js'
import { deepRouteFiles } from './deep-route-files.js'
import type { AppContext } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { candidate } from '../common/provider-helpers.js'
import { withoutLoginRoutes } from '../../signals/login-decorators.js'
import { dockerflowHealth } from './dockerflow.js'
import { FLASK_RESOURCE_PATTERNS } from './flask-resources.js'
import { withUniformIncludePrefix } from './uniform-include-prefix.js'

const ROUTE_PATTERNS = [
  {
    regex: /@[A-Za-z_][\w.]*\.(?:get|head|route|api_route|api\.get)\(\s*["'](?<path>\/[^"']*)["']/,
    source: 'route decorator'
  },
  { regex: /@(?:get|head|route)\(\s*(?:path\s*=\s*)?["'](?<path>\/[^"']*)["']/, source: 'route decorator' },
  { regex: /\b(?:Route|Mount|WebSocketRoute)\(\s*["'](?<path>\/[^"']*)["']/, source: 'Route()' },
  // http.server handlers compare the request path themselves: `if self.path == "/health":`.
  {
    regex: /\bself\.path\s*(?:==\s*|\.startswith\(\s*|in\s*\(\s*)["'](?<path>\/[^"']*)["']/,
    source: 'BaseHTTPRequestHandler path check'
  },
  // Pyramid's `config.add_route("status", "/_status")` and aiohttp's `router.add_route("GET", "/health", h)`:
  // a route name or a method before the pattern.
  {
    regex:
      /\.(?:add_api_route|add_url_rule|add_route|add_get|add_api_websocket_route)\(\s*(?:["'][\w.-]*["']\s*,\s*)?["'](?<path>\/[^"']*)["']/,
    source: 'route registration'
  }
]

/**
 * A tornado handler table entry: `(r"/healthcheck", monitor.Healthcheck)` in the list given to
 * `tornado.web.Application`, or `url(r"/health", HealthHandler, name=…)`: the path, then a handler class (a
 * capitalised name, possibly module-qualified). Read only for tornado apps: elsewhere such a tuple is data.
 */
const TORNADO_HANDLER = {
  regex:
    /(?:\(|\b(?:url|URLSpec)\(\s*)\s*r?["'](?<path>\/[^"']*)["']\s*,\s*(?:[A-Za-z_]\w*\.)*[A-Z]\w*\s*[,)]/,
  source: 'tornado handler'
}

/** A gunicorn config's `bind = "0.0.0.0:5050"` (or an f-string defaulting the port): port in group 1 or 2. */
export const GUNICORN_BIND =
  /^bind\s*=\s*\[?\s*f?["'][^"']*?:(?:\{[^}]*?["'](\d{2,5})["'][^}]*\}|(\d{2,5}))["']/m

/** gunicorn.conf.py / gunicorn_config.py: `bind = "0.0.0.0:5050"` is the deployed port. */
export function readGunicornConf(ctx: AppContext): { port: Candidate<number> | null; bind: boolean } {
  for (const name of ['gunicorn.conf.py', 'gunicorn_config.py', 'gunicorn.config.py', 'config/gunicorn.py']) {
    const path = ctx.path(name)
    const raw = ctx.tree.read(path)
    if (raw === null) continue
    const text = stripHashComments(raw)
    const bind = matchAll(path, text, GUNICORN_BIND, 1)[0]
    const hasBind = /^bind\s*=/m.test(text)
    // Only the default gunicorn.conf.py is read without -c; other names need the flag we do not add.
    const applies = name === 'gunicorn.conf.py'
    if (bind) {
      const port = Number(bind.match[1] ?? bind.match[2])
      return {
        port: candidate(port, applies ? CONFIDENCE.declared : CONFIDENCE.source, `${name} bind`, [
          bind.evidence
        ]),
        bind: applies && hasBind
      }
    }
    return { port: null, bind: applies && hasBind }
  }
  return { port: null, bind: false }
}

export function healthCandidates(
  ctx: AppContext,
  spec: PythonFrameworkSpec | undefined,
  sources: string[],
  vendoredRoots: readonly string[] = []
): Candidate<string>[] {
  // A Django project's own URLconf first; without a health route there, the routers served beside it
  // (a FastAPI app mounting Django's ASGI app) are read with their include_router prefixes below.
  if (spec?.project) {
    const project = spec.project.health(ctx, sources)
    if (project.length > 0) return project
  }
  const patterns = spec?.imports === 'tornado' ? [...ROUTE_PATTERNS, TORNADO_HANDLER] : ROUTE_PATTERNS
  const flat = findHealthRoutes(ctx.tree, sources.slice(0, 200), patterns, {
    preprocess: stripHashComments,
    prefixFor: (_file, text) => {
      const m =
        /\b(?:APIRouter|Blueprint|Router)\([^)]*?\b(?:prefix|url_prefix)\s*=\s*["'](\/[^"']*)["']/.exec(text)
      return m ? m[1]! : ''
    }
  })
  // Flask views registered from route tables (flask-resources.ts) sit in blueprint packages deep in a large
  // app: every source is searched for those two shapes, the only ones searched beyond the first 200 files.
  const resources =
    spec?.imports === 'flask'
      ? findHealthRoutes(ctx.tree, sources, FLASK_RESOURCE_PATTERNS, { preprocess: stripHashComments })
      : []
  // Routers mounted under a prefix elsewhere (include_router, register_blueprint, Mount) compose; routers
  // the graph cannot link to their include take the one prefix every include passes (uniform-include-prefix.ts).
  const declared = withUniformIncludePrefix(
    ctx.tree,
    sources,
    withoutLoginRoutes(
      path => ctx.tree.read(path),
      mergeComposedHealth(
        mergeComposedHealth(flat, resources),
        pythonComposedHealth(ctx, [
          ...deepRouteFiles(ctx, sources, vendoredRoots, 300, spec?.project !== undefined),
          ...sources
        ])
      )
    )
  )
  // Without a declared health route, a probe library the app enables serves routes no source declares
  // (Dockerflow's `/__lbheartbeat__`).
  return declared.length > 0 ? declared : dockerflowHealth(ctx, sources)
}
