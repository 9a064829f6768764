// Helper servers beside a Django project: a Django app serves through its URLconf and WSGI/ASGI module, so a
// source in a sub-folder that builds an app of another web framework (`app = Flask(__name__)`,
// `app = FastAPI()`) and serves it itself (`WSGIServer(("0.0.0.0", 8002), app)`, `uvicorn.run(app, port=…)`,
// `app.run(port=…)`) is a separate process — a machine-learning or thumbnail service the Django app calls
// over HTTP — not the Django app. Its port and its `/health` route are that helper's, not the app's
// (holdout40's photo library: seven such services under `service/*/main.py` and `image_similarity/`).
// Sources at the project root are never set aside: there the other framework may be the app's own; nor is a
// folder that imports Django (a FastAPI app that sets Django up and mounts it serves the project).
import type { AppContext } from '../../provider.js'

// Indentation is `[ \t]*`, never `\s*`: in a multiline pattern `^\s*` crosses every blank line from every line
// start, quadratic on a file of empty lines (test/adversarial/cpu-budget.test.ts).

/** Other web frameworks' app constructors, after their import. */
const OTHER_APP = [
  {
    imports: /^[ \t]*(?:from\s+flask\s+import\b[^\n]*\bFlask\b|import\s+flask\b)/m,
    builds: /=\s*(?:flask\.)?Flask\(/
  },
  {
    imports: /^[ \t]*(?:from\s+fastapi\s+import\b[^\n]*\bFastAPI\b|import\s+fastapi\b)/m,
    builds: /=\s*(?:fastapi\.)?FastAPI\(/
  },
  {
    imports: /^[ \t]*(?:from\s+aiohttp\s+import\b[^\n]*\bweb\b|import\s+aiohttp\b)/m,
    builds: /=\s*(?:aiohttp\.)?web\.Application\(/
  }
]

const DJANGO_IMPORT = /^[ \t]*(?:from|import)\s+django\b/m

/** The file starts a server itself (a gevent/wsgiref server, uvicorn, the app's own run, aiohttp's run_app). */
const SERVES_ITSELF =
  /\b(?:WSGIServer|make_server|HTTPServer)\(|\buvicorn\.run\(|\bweb\.run_app\(|^[ \t]*(?:app|application|server)\.run\(/m

/**
 * Folders (repository paths ending in `/`) of the helper servers beside the app's Django project, read from
 * `sources` (repository paths); empty unless the app's framework is Django.
 */
export function sideServerRoots(ctx: AppContext, frameworkId: string, sources: readonly string[]): string[] {
  if (frameworkId !== 'django') return []
  const prefix = ctx.dir === '.' || ctx.dir === '' ? '' : `${ctx.dir}/`
  const roots = new Set<string>()
  for (const path of sources) {
    if (!path.endsWith('.py') || !path.startsWith(prefix)) continue
    const rel = path.slice(prefix.length)
    const slash = rel.lastIndexOf('/')
    if (slash < 0) continue
    const text = ctx.tree.read(path)
    if (text === null || !SERVES_ITSELF.test(text)) continue
    if (!OTHER_APP.some(o => o.imports.test(text) && o.builds.test(text))) continue
    roots.add(`${prefix}${rel.slice(0, slash)}/`)
  }
  // A folder where Django is set up or used (`django.setup()` before a FastAPI app that mounts Django's ASGI
  // app, as khoj does) is the project itself, served through the other framework.
  return [...roots].filter(
    root => !sources.some(p => p.startsWith(root) && DJANGO_IMPORT.test(ctx.tree.read(p) ?? ''))
  )
}

/** `sources` without those inside `roots`. */
export function outsideRoots(sources: readonly string[], roots: readonly string[]): string[] {
  return roots.length === 0 ? [...sources] : sources.filter(s => !roots.some(r => s.startsWith(r)))
}
