// Mozilla's Dockerflow library (python-dockerflow) serves the container probes itself once an app enables
// it: `/__lbheartbeat__` (liveness: answers 200 without checks), `/__heartbeat__` (runs the app's checks) and
// `/__version__`. The app declares none of these routes; enabling the library is the declaration:
// - Django: `dockerflow.django.middleware.DockerflowMiddleware` in the settings' MIDDLEWARE (the middleware
//   answers the paths before any view, so no URLconf entry exists);
// - Flask and Sanic: `Dockerflow(app)` from `dockerflow.flask` / `dockerflow.sanic`;
// - FastAPI: `app.include_router(<router>)` of the router imported from `dockerflow.fastapi`.
// The liveness path is the probe: it never touches the database. A dependency on the package alone (or
// only its JSON log formatter, `dockerflow.logging`) serves nothing.
import type { AppContext } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { evidenceAt, stripHashComments } from '../../signals/evidence.js'

const LIVENESS = '/__lbheartbeat__'

/** The enabling line, tried in each source file in order. */
const ENABLES: { re: (text: string) => RegExp | null; how: string }[] = [
  {
    re: () => /["']dockerflow\.django\.middleware\.DockerflowMiddleware["']/,
    how: 'Dockerflow middleware in MIDDLEWARE'
  },
  {
    // `from dockerflow.flask import Dockerflow` then `Dockerflow(app)` / `dockerflow = Dockerflow(app, …)`.
    re: text =>
      /^\s*from\s+dockerflow\.(?:flask|sanic)\s+import\s+[^\n]*\bDockerflow\b/m.test(text)
        ? /\bDockerflow\(\s*\w/
        : null,
    how: 'Dockerflow(app)'
  },
  {
    // `from dockerflow.fastapi import router as dockerflow_router` then `app.include_router(dockerflow_router)`.
    re: text => {
      const m = /^\s*from\s+dockerflow\.fastapi\s+import\s+[^\n]*?\brouter(?:\s+as\s+(\w+))?/m.exec(text)
      return m ? new RegExp(String.raw`\.include_router\(\s*${m[1] ?? 'router'}\b`) : null
    },
    how: 'the Dockerflow router included'
  }
]

/** The Dockerflow liveness path when one of `sources` enables the library for the app, else nothing. */
export function dockerflowHealth(ctx: AppContext, sources: readonly string[]): Candidate<string>[] {
  for (const path of sources.slice(0, 400)) {
    const raw = ctx.tree.read(path)
    if (raw === null || !raw.includes('dockerflow')) continue
    const text = stripHashComments(raw)
    for (const e of ENABLES) {
      const re = e.re(text)
      const m = re?.exec(text)
      if (!m) continue
      return [
        {
          value: LIVENESS,
          confidence: CONFIDENCE.source,
          source: `Dockerflow liveness route (${e.how})`,
          evidence: [evidenceAt(path, text, m.index)]
        }
      ]
    }
  }
  return []
}
