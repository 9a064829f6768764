// A Go server's own liveness wrapper: a function that wraps the app's handler and answers 200 itself when the
// request path is the one it was given, passing every other request on —
//
//   func alive(path string, handler http.Handler) http.Handler {
//       return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
//           if r.URL.Path == path { w.WriteHeader(http.StatusOK); return }
//           handler.ServeHTTP(w, r)
//       })
//   }
//   handler = alive("/", handler)
//
// (distribution's registry). It is chi's `middleware.Heartbeat` written by hand: it answers before every
// handler it wraps (authentication included) and touches nothing, so the path it is called with is the app's
// liveness probe, above health-named routes found elsewhere (a debug listener's `/debug/health`).
import type { Candidate } from '../../candidate.js'
import { evidenceAt } from '../../signals/evidence.js'
import { HEALTH } from '../../precedence.js'
import type { SourceTree } from '../../tree.js'

/** `func alive(path string, handler http.Handler) http.Handler {` (parameter names captured). */
const WRAPPER_DECL =
  /\bfunc\s+(\w+)\s*\(\s*(\w+)\s+string\s*,\s*\w+\s+http\.Handler\s*\)\s*http\.Handler\s*\{/g

/** The body of a wrapper answers by itself for its path: a path comparison, a 200 and a return. */
function answersPath(body: string, param: string): boolean {
  const compares = new RegExp(
    `\\b\\w+\\.URL\\.Path\\s*==\\s*${param}\\b|\\b${param}\\s*==\\s*\\w+\\.URL\\.Path\\b`
  )
  return (
    compares.test(body) &&
    /WriteHeader\(\s*http\.StatusOK\s*\)|\.Write\(/.test(body) &&
    /\breturn\s*\n/.test(body) &&
    /\.ServeHTTP\(/.test(body)
  )
}

/** Health candidates for the paths the module's liveness wrappers are called with. */
export function livenessWrapperHealth(
  tree: SourceTree,
  files: readonly string[],
  clean: (text: string) => string
): Candidate<string>[] {
  const texts = new Map<string, string>()
  const wrappers = new Set<string>()
  for (const path of files) {
    const raw = tree.read(path)
    if (raw === null || !raw.includes('http.Handler')) continue
    const text = clean(raw)
    texts.set(path, text)
    for (const m of text.matchAll(WRAPPER_DECL)) {
      const body = text.slice(m.index + m[0].length, m.index + m[0].length + 800)
      if (answersPath(body, m[2]!)) wrappers.add(m[1]!)
    }
  }
  if (wrappers.size === 0) return []
  const found: Candidate<string>[] = []
  const names = [...wrappers].join('|')
  const call = new RegExp(`(?<![\\w.])(?:${names})\\(\\s*"(\\/[^"]*)"\\s*,`, 'g')
  for (const [path, text] of texts)
    for (const m of text.matchAll(call))
      if (!found.some(c => c.value === m[1]))
        found.push({
          value: m[1]!,
          confidence: HEALTH.mappedEndpoint,
          source:
            'liveness wrapper that answers its path before the app handler (unauthenticated, no backend)',
          evidence: [evidenceAt(path, text, m.index)]
        })
  return found.length === 1 ? found : []
}
