// Django builds, starts and routes from its project layout rather than an app object: settings name the
// WSGI module and STATIC_ROOT, urls.py the routes. Referenced from Django's framework entry as `project`.
import { CONFIDENCE } from '../../candidate.js'
import { healthRank } from '../../signals/health.js'
import { candidate } from '../common/provider-helpers.js'
import { djangoRoutes, findDjango } from './entry.js'
import type { PythonProjectReader } from './framework-spec.js'
import { startPlan } from './start.js'
import { BUILD } from '../../precedence.js'

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

  /** gunicorn on WSGI_APPLICATION's module, from the project root. */
  start(ctx, sources, hasGunicorn) {
    const project = findDjango(ctx, sources)
    if (!project?.wsgi) return null
    const chdir = project.root ? ` --chdir ${project.root}` : ''
    return startPlan(
      `gunicorn ${project.wsgi}${chdir} --bind 0.0.0.0:\${PORT:-{{port}}}`,
      'Django WSGI_APPLICATION',
      project.evidence,
      {
        extraPackages: hasGunicorn ? [] : ['gunicorn'],
        entry: project.wsgi
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
