// Django builds, starts and routes from its project layout rather than an app object: settings name the
// WSGI module and STATIC_ROOT, urls.py the routes. Referenced from Django's framework entry as `project`.
import { CONFIDENCE } from '../../candidate.js'
import { healthRank } from '../../signals/health.js'
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
      .map(r => ({ ...r, rank: healthRank(r.path.replace(/\/$/, '') || '/') }))
      .filter(r => r.rank >= 0)
      .sort((a, b) => a.rank - b.rank)
    return routes
      .slice(0, 3)
      .map((r, i) =>
        candidate(r.path, CONFIDENCE.source - i * 0.01, `${r.evidence.file} urlpatterns`, [r.evidence])
      )
  }
}
