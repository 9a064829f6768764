// A Python project without a web framework of ours (a bare werkzeug or WSGI application) is still an app when
// its own image serves one of its modules with a WSGI/ASGI server: `gunicorn -b 0.0.0.0:8080 isso.run`,
// `uvicorn pkg.asgi:app`. The module must be the project's (a package or file in the app folder), so an
// image serving someone else's app does not make a library deployable.
import type { Evidence } from '../../report.js'
import type { AppContext } from '../../provider.js'
import { dockerfileFactsIn } from '../../signals/dockerfile.js'

const SERVERS = /^(?:\S*\/)?(?:gunicorn|uvicorn|hypercorn|daphne|granian|waitress-serve)$/
const MODULE_TARGET = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?::[A-Za-z_][\w.]*(?:\(\))?)?$/

/** The project module the repository's Dockerfile serves with a Python app server, or null. */
export function imageServedModule(ctx: AppContext): { module: string; evidence: Evidence[] } | null {
  for (const name of ['Dockerfile', 'Containerfile']) {
    const path = ctx.path(name)
    const text = ctx.tree.read(path)
    if (text === null) continue
    const start = dockerfileFactsIn(ctx.tree, path, text).startCommand[0]
    if (!start) continue
    const words = start.value.replace(/^exec\s+/, '').split(/\s+/)
    const at = words.findIndex(w => SERVERS.test(w))
    if (at < 0) continue
    for (const word of words.slice(at + 1)) {
      const m = MODULE_TARGET.exec(word)
      if (!m) continue
      const file = m[1]!.replace(/\./g, '/')
      if (ctx.has(`${file}.py`) || ctx.has(`${file}/__init__.py`))
        return { module: m[1]!, evidence: start.evidence.slice(0, 2) }
    }
  }
  return null
}
