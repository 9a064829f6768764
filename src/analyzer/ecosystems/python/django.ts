// Django builds, starts and routes from its project layout rather than an app object: settings name the
// WSGI module and STATIC_ROOT, urls.py the routes. Referenced from Django's framework entry as `project`.
import type { AppContext } from '../../provider.js'
import { CONFIDENCE } from '../../candidate.js'
import { healthRank, isHealthHandlerName } from '../../signals/health.js'
import { candidate } from '../common/provider-helpers.js'
import { djangoRoutes, findDjango } from './entry.js'
import type { PythonProjectReader } from './framework-spec.js'
import { startPlan } from './start.js'
import { BUILD } from '../../precedence.js'

/** ASGI servers a Django project may depend on, in order of preference, with their bind and folder flags. */
const ASGI_SERVERS: { name: string; bind: string; appDir: ((root: string) => string) | null }[] = [
  { name: 'daphne', bind: '--bind 0.0.0.0 --port ${PORT:-{{port}}}', appDir: null },
  { name: 'uvicorn', bind: '--host 0.0.0.0 --port ${PORT:-{{port}}}', appDir: root => ` --app-dir ${root}` },
  { name: 'hypercorn', bind: '--bind 0.0.0.0:${PORT:-{{port}}}', appDir: null }
]
const UVICORN = ASGI_SERVERS[1]!

export const djangoProject: PythonProjectReader = {
  /** collectstatic when settings define STATIC_ROOT (without it the command fails). */
  buildCommand(ctx, sources) {
    const project = findDjango(ctx, sources)
    if (!project?.staticRoot) return []
    const manage = project.root ? `${project.root}/manage.py` : 'manage.py'
    return [
      candidate(`python ${manage} collectstatic --noinput`, BUILD.frameworkStep, 'Django STATIC_ROOT', [
        project.staticRoot
      ])
    ]
  },

  /**
   * gunicorn on WSGI_APPLICATION's module, from the project root. An ASGI project — one that sets
   * ASGI_APPLICATION and depends on Channels or an ASGI server, or has only an asgi module — runs the server it
   * depends on instead: Daphne, then uvicorn, then Hypercorn (uvicorn added when none is listed).
   */
  start(ctx, sources, deps) {
    const project = findDjango(ctx, sources)
    if (!project) return null
    const chdir = project.root ? ` --chdir ${project.root}` : ''
    // The image runs collectstatic only when STATIC_ROOT is set (it fails without), from manage.py's folder.
    const hints = {
      djangoStaticRoot: project.staticRoot !== null,
      ...(project.root ? { djangoManagePy: `${project.root}/manage.py` } : {})
    }
    // ASGI_APPLICATION alone (beside a WSGI app, with gunicorn listed) is a leftover setting, not a choice.
    const asgiChosen =
      project.asgiSetting && (deps.has('channels') || ASGI_SERVERS.some(s => deps.has(s.name)))
    if (project.asgi && (asgiChosen || !project.wsgi)) {
      // Daphne and Hypercorn import from the working directory: below the root, uvicorn's --app-dir does it.
      const server = ASGI_SERVERS.find(s => deps.has(s.name) && (!project.root || s.appDir)) ?? UVICORN
      const dir = project.root && server.appDir ? server.appDir(project.root) : ''
      return startPlan(
        `${server.name} ${project.asgi}${dir} ${server.bind}`,
        project.asgiSetting ? 'Django ASGI_APPLICATION' : 'Django asgi module (no WSGI application)',
        project.evidence,
        { extraPackages: deps.has(server.name) ? [] : [server.name], entry: project.asgi, hints }
      )
    }
    if (!project.wsgi) return null
    return startPlan(
      `gunicorn ${project.wsgi}${chdir} --bind 0.0.0.0:\${PORT:-{{port}}}`,
      'Django WSGI_APPLICATION',
      project.evidence,
      {
        extraPackages: deps.has('gunicorn') ? [] : ['gunicorn'],
        entry: project.wsgi,
        hints
      }
    )
  },

  /** Health-looking paths of the composed urlpatterns, best first. */
  health(ctx, sources) {
    const project = findDjango(ctx, sources)
    if (!project) return []
    const routes = djangoRoutes(ctx, project)
      .map(r => ({ ...r, rank: routeHealthRank(r) }))
      .filter(r => r.rank >= 0)
      .sort((a, b) => a.rank - b.rank)
      // A status view that requires a signed-in user answers a probe with 401/403: no health route.
      // A Channels consumer (`StatusConsumer.as_asgi()`) answers WebSocket, not an HTTP GET.
      .filter(r => !r.view?.endsWith('.as_asgi'))
      .filter(r => !r.view || !requiresLogin(ctx, sources, r.view))
    return routes
      .slice(0, 3)
      .map((r, i) =>
        candidate(r.path, CONFIDENCE.source - i * 0.01, `${r.evidence.file} urlpatterns`, [r.evidence])
      )
  }
}

/**
 * A route's health rank by its path; a path that names no health check (`path("", health_check)`) still
 * serves one when its view is named for it, ranked after every health-named path.
 */
function routeHealthRank(route: { path: string; view?: string }): number {
  const rank = healthRank(route.path.replace(/\/$/, '') || '/')
  if (rank >= 0 || !route.view || !isHealthHandlerName(route.view)) return rank
  return HANDLER_NAMED_RANK
}

/** Ranks after every health-named path (healthRank's largest is below 100 for any real depth). */
const HANDLER_NAMED_RANK = 100

/** DRF permissions that refuse an anonymous GET (`IsAuthenticatedOrReadOnly` lets it through). */
const LOGIN_PERMISSION =
  /\b(?:IsAuthenticated(?!OrReadOnly)\w*|IsAdminUser|DjangoModelPermissions(?!OrAnonReadOnly)\w*)\b/
const LOGIN_MIXIN =
  /\b(?:LoginRequiredMixin|PermissionRequiredMixin|UserPassesTestMixin|StaffRequiredMixin)\b/

/**
 * True when the class-based view a route names (`SystemStatusView.as_view()`) requires a signed-in user:
 * `permission_classes = (IsAuthenticated,)` in its body or a login mixin among its bases. Read from the
 * first module of the app that defines the class; unknown views are taken as public.
 */
function requiresLogin(ctx: AppContext, sources: readonly string[], view: string): boolean {
  const name = view
    .replace(/\.as_view$/, '')
    .split('.')
    .pop()!
  if (!/^[A-Z]\w*$/.test(name)) return false
  const header = new RegExp(`^class\\s+${name}\\s*\\(([^)]*)\\)\\s*:`, 'm')
  // Views live in views modules, which a capped source list of a large project may leave out.
  const files = [
    ...sources.slice(0, 600),
    ...ctx
      .files()
      .map(f => f.path)
      .filter(p => /(?:^|\/)views?(?:\/[\w]+)?\.py$/.test(p))
  ]
  for (const file of new Set(files)) {
    const text = ctx.tree.read(file)
    if (text === null || !text.includes(`class ${name}`)) continue
    const m = header.exec(text)
    if (!m) continue
    if (LOGIN_MIXIN.test(m[1]!)) return true
    // The class body: its indented lines up to the next top-level statement.
    const after = text.slice(m.index + m[0].length)
    const end = after.search(/\n(?=\S)/)
    const body = end < 0 ? after : after.slice(0, end)
    const permissions = /^\s+permission_classes\s*=\s*([^\n]*)/m.exec(body)
    return permissions !== null && LOGIN_PERMISSION.test(permissions[1]!)
  }
  return false
}
