// A Python project whose own image installs its pinned requirements with pip, an application server among
// them, is a web app even when its framework is none of ours (Pyramid served by `gunicorn --paste` under
// supervisord, holdout30 hypothesis/h): the image's install plan says what runs. The requirements must be
// files the Dockerfile installs (`COPY requirements/prod.txt ./` + `pip install -r prod.txt`), and the server
// a runtime dependency read from one of them, so a library with a dev requirement on gunicorn stays a library.
import type { Evidence } from '../../report.js'
import type { AppContext } from '../../provider.js'
import type { DependencySet } from '../common/framework-score.js'
import { imageRequirementFiles } from './image-requirements.js'

/** WSGI/ASGI application servers (their distribution names). */
const SERVERS = ['gunicorn', 'uvicorn', 'hypercorn', 'daphne', 'granian', 'waitress', 'uwsgi']

/** The server the app's image installs from its requirements, with the line pinning it, or null. */
export function imageInstalledServer(
  ctx: AppContext,
  deps: DependencySet
): { server: string; evidence: Evidence[] } | null {
  const files = imageRequirementFiles(ctx).map(rel => ctx.path(rel))
  if (files.length === 0) return null
  for (const server of SERVERS) {
    const dep = deps.get(server)
    if (!dep || dep.dev || !files.includes(dep.evidence.file)) continue
    return { server, evidence: [dep.evidence] }
  }
  return null
}
