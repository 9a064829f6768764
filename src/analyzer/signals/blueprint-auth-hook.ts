// A Flask/Quart blueprint that authenticates every request in a `before_request` hook answers an anonymous
// probe with 401/403, whatever the route is called: supysonic's `api` blueprint runs `@api.before_request def
// authorize(): … raise Unauthorized()` (api/_blueprint.py), so its `/ping` (api/system.py, registered through
// the blueprint module's `api_routing` decorator) is no health check. A route literal of a module that is the
// hook's own, or imports from it (`from ._blueprint import api_routing`), is dropped from the fallback's
// candidates. A hook that exempts some requests (reads `request.path`/`request.endpoint`) decides nothing.
import type { Candidate } from '../candidate.js'
import { dirname } from '../tree.js'

type ReadFile = (path: string) => string | null
type ListFiles = (folder: string) => readonly string[]

/** `@api.before_request` (decorators between) `def authorize(…):` and the function's indented body. */
const HOOK =
  /^@\w+\.before_(?:app_)?request\s*\n(?:@[^\n]*\n)*(?:async\s+)?def\s+\w+\([^)]*\)[^\n]*:\s*\n((?:[ \t]+[^\n]*\n|[ \t]*\n)*)/gm
/** The hook refuses the request: raises an Unauthorized/Forbidden error or aborts with 401/403. */
const REFUSES = /\braise\s+(?:\w+\.)*(?:Unauthorized|Forbidden|NotAuthenticated)\w*\b|\babort\(\s*40[13]\b/
/** The hook looks at which request it is: some routes are exempt. */
const EXEMPTS = /\brequest\.(?:path|endpoint|url_rule|blueprint|url)\b/

/** The module's `before_request` hook refuses anonymous requests, with no exemption. */
export function refusesAnonymous(text: string): boolean {
  for (const m of text.matchAll(HOOK)) {
    const body = m[1] ?? ''
    if (REFUSES.test(body) && !EXEMPTS.test(body)) return true
  }
  return false
}

/** Module name of a file (`supysonic/api/_blueprint.py` → `_blueprint`). */
const moduleName = (path: string): string => path.replace(/^.*\//, '').replace(/\.py$/, '')

/** Fallback health candidates without the Python routes of a blueprint whose hook refuses anonymous requests. */
export function withoutHookAuthenticatedRoutes(
  read: ReadFile,
  list: ListFiles,
  candidates: Candidate<string>[]
): Candidate<string>[] {
  const hooked = new Map<string, string[]>()
  const hookModules = (folder: string): string[] => {
    let found = hooked.get(folder)
    if (!found) {
      found = list(folder)
        .filter(p => p.endsWith('.py') && dirname(p) === folder)
        .filter(p => {
          const text = read(p)
          return text !== null && text.includes('before_') && refusesAnonymous(text)
        })
      hooked.set(folder, found)
    }
    return found
  }
  const authenticated = (file: string): boolean => {
    if (!file.endsWith('.py')) return false
    const modules = hookModules(dirname(file))
    if (modules.includes(file)) return true
    const text = read(file)
    if (text === null) return false
    return modules.some(m =>
      new RegExp(`^from\\s+(?:\\.|[\\w.]+\\.)${moduleName(m)}\\s+import\\b`, 'm').test(text)
    )
  }
  return candidates.filter(c => !c.evidence.some(e => authenticated(e.file)))
}
