// A package that builds its app lazily on first access (PEP 562): `def __getattr__(name): if name == "app":
// return create_app()` in `pkg/app/__init__.py` keeps `gunicorn pkg.app:app` working without building the app
// on import. The module-level `app` exists only for an importer — the WSGI server — so it is the server entry,
// ahead of scripts that build the same app eagerly to run it themselves (a `debug.py` under
// `if __name__ == "__main__": socketio.run(app, debug=True)`). Holdout33's Flask API has no other entry.
import type { Evidence } from '../../report.js'
import { evidenceAt } from '../../signals/evidence.js'

export interface LazyApp {
  /** The attribute served (`app`). */
  variable: string
  evidence: Evidence
}

/** Module `__getattr__` whose branch for one name returns a call of one of `factories`. */
export function lazyAppAttribute(path: string, text: string, factories: readonly string[]): LazyApp | null {
  const hook = /^def __getattr__\(\s*(\w+)\s*(?::[^)]*)?\)[^\n]*:/m.exec(text)
  if (!hook) return null
  const param = hook[1]!
  // The hook's body: its indented lines up to the next top-level statement.
  const start = hook.index + hook[0].length
  const end = text.slice(start).search(/\n(?=\S)/)
  const body = text.slice(start, end < 0 ? text.length : start + end)
  const names = factories.map(f => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  const branch = new RegExp(
    `\\bif\\s+${param}\\s*==\\s*["'](\\w+)["']\\s*:\\s*\\n\\s*return\\s+(?:[A-Za-z_]\\w*\\.)?(?:${names})\\(`
  ).exec(body)
  if (!branch) return null
  return { variable: branch[1]!, evidence: evidenceAt(path, text, start + branch.index) }
}
