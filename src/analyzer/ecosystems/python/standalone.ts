// Python apps without a manifest: a `server.py` on the standard library (http.server, wsgiref,
// socketserver) is a complete web service, yet no requirements.txt or pyproject.toml marks it. Only an
// entry file that visibly starts a server counts as an app; a folder of scripts stays non-deployable.
import type { Evidence } from '../../report.js'
import { matchFirst, stripHashComments } from '../../signals/evidence.js'
import type { AppContext } from '../../provider.js'

/** Entry names that make a manifest-less directory a Python candidate (the core's `entryFiles`). */
export const STANDALONE_ENTRY_FILES = ['server.py', 'app.py', 'main.py', 'wsgi.py', 'asgi.py', 'run.py']

/** Standard-library servers: the import and the call that serves. */
const STDLIB_IMPORT =
  /^[ \t]*(?:from\s+(?:http\.server|wsgiref\.simple_server|wsgiref|socketserver|xmlrpc\.server)\s+import\b|import\s+(?:http\.server|wsgiref\.simple_server|socketserver)\b)/m
const STDLIB_SERVE =
  /\b(?:serve_forever|make_server|handle_request)\s*\(|\b(?:HTTPServer|ThreadingHTTPServer|TCPServer|ThreadingTCPServer|WSGIServer)\s*\(|\bhttp\.server\.test\s*\(/
/** A third-party web framework imported and run from the file; its packages are undeclared. */
const FRAMEWORK_IMPORT =
  /^[ \t]*(?:from|import)\s+(flask|fastapi|aiohttp|bottle|tornado|starlette|sanic|falcon|cherrypy|uvicorn|waitress)\b/m
const FRAMEWORK_SERVE = /\b(?:uvicorn\.run|web\.run_app|run_app|[A-Za-z_]\w*\.run|serve|listen)\s*\(/

export interface StandaloneEntry {
  /** App-relative entry file (`server.py`). */
  file: string
  /** `stdlib` runs as is; `framework` imports a package nobody declared (the build cannot install it). */
  kind: 'stdlib' | 'framework' | 'script'
  /** Undeclared framework package, when kind is `framework`. */
  framework: string | null
  evidence: Evidence
}

/**
 * The best manifest-less entry in the directory: a standard-library server beats a framework import
 * (which cannot be installed without a manifest), which beats a plain script. Null without entry files.
 */
export function findStandaloneEntry(ctx: AppContext): StandaloneEntry | null {
  let best: StandaloneEntry | null = null
  const rank = { stdlib: 0, framework: 1, script: 2 } as const
  for (const file of STANDALONE_ENTRY_FILES) {
    const path = ctx.path(file)
    const raw = ctx.tree.read(path)
    if (raw === null) continue
    const text = stripHashComments(raw)
    let entry: StandaloneEntry
    const stdlib = STDLIB_IMPORT.test(text) ? matchFirst(path, text, STDLIB_SERVE) : null
    const framework = matchFirst(path, text, FRAMEWORK_IMPORT)
    if (stdlib) entry = { file, kind: 'stdlib', framework: null, evidence: stdlib.evidence }
    else if (framework && FRAMEWORK_SERVE.test(text))
      entry = { file, kind: 'framework', framework: framework.match[1]!, evidence: framework.evidence }
    else
      entry = {
        file,
        kind: 'script',
        framework: null,
        evidence: { file: path, line: 0, text: `${file} present` }
      }
    if (!best || rank[entry.kind] < rank[best.kind]) best = entry
  }
  return best
}
