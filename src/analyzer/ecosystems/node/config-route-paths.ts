// A route whose path is read from the app's configuration (`appRouter.get(config.healthCheck.path, …)`) has no
// literal at the call: its path is the default the config module gives that key
// (`healthCheck: { path: process.env.ME_CONFIG_HEALTH_CHECK_PATH || '/status' }`). Follow the member chain
// into the app's config files (a file or folder named for config) and use the default when it names a
// health endpoint.
import type { Candidate } from '../../candidate.js'
import type { AppContext } from '../../provider.js'
import { matchClose } from '../../signals/code-spans.js'
import { evidenceAt, stripJsComments } from '../../signals/evidence.js'
import { healthRank } from '../../signals/health.js'
import { HEALTH } from '../../precedence.js'

/** `x.get(config.healthCheck.path,` — a GET whose path is a member chain of at least two names. */
const CONFIG_ROUTE = /\b[\w$]+\s*\.\s*(?:get|head|all)\s*\(\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)\s*,/g
/**
 * What every CONFIG_ROUTE match holds from its `.` on: a file without it is not searched. CONFIG_ROUTE starts
 * at every word of a file; this one only at a `.` (a large app's route files hold hundreds of `.get(` calls,
 * nearly all with a literal path or no second argument: once a twentieth of a JS monorepo's analysis, issue 16 item 12).
 */
const CONFIG_ROUTE_CALL = /\.\s*(?:get|head|all)\s*\(\s*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\s*,/
/** Files a config module lives in: `config.default.js`, `config.js`, `src/config/index.ts`, `app.config.js`. */
const CONFIG_FILE = /(?:^|\/)(?:[\w.-]*config[\w.-]*\.[cm]?[jt]s|config\/[\w.-]+\.[cm]?[jt]s)$/i
const MAX_CONFIG_FILES = 20

export function configRouteCandidates(ctx: AppContext, files: readonly string[]): Candidate<string>[] {
  const out: Candidate<string>[] = []
  let configFiles: string[] | null = null
  for (const file of files) {
    const raw = ctx.tree.read(file)
    if (raw === null || !raw.includes('.get(')) continue
    const text = stripJsComments(raw)
    if (!CONFIG_ROUTE_CALL.test(text)) continue
    for (const m of text.matchAll(CONFIG_ROUTE)) {
      const keys = m[1]!.split('.').slice(1)
      configFiles ??= files.filter(f => CONFIG_FILE.test(f)).slice(0, MAX_CONFIG_FILES)
      for (const configFile of configFiles) {
        const found = defaultAt(ctx, configFile, keys)
        if (!found || healthRank(found.path) < 0) continue
        if (out.some(c => c.value === found.path)) break
        out.push({
          value: found.path,
          confidence: HEALTH.route,
          source: `${file} route path from ${configFile} default`,
          evidence: [evidenceAt(file, text, m.index), found.evidence]
        })
        break
      }
    }
  }
  return out
}

/** The string default of `a: { b: process.env.X || '/status' }` for keys [a, b], or null. */
function defaultAt(
  ctx: AppContext,
  file: string,
  keys: readonly string[]
): { path: string; evidence: Candidate<string>['evidence'][number] } | null {
  const raw = ctx.tree.read(file)
  if (raw === null) return null
  const text = stripJsComments(raw)
  let start = 0
  let end = text.length
  for (const [i, key] of keys.entries()) {
    const last = i === keys.length - 1
    const re = new RegExp(`(?:^|[\\s{,])['"]?${key.replace(/\$/g, '\\$')}['"]?\\s*:\\s*`, 'g')
    re.lastIndex = start
    const m = re.exec(text)
    if (!m || m.index >= end) return null
    const valueAt = m.index + m[0].length
    if (last) {
      // A literal, or an environment variable with a literal fallback; the value ends at `,` or the line.
      const value =
        /^(?:['"`](\/[^'"`\s]*)['"`]|process\.env\.\w+\s*(?:\|\||\?\?)\s*['"`](\/[^'"`\s]*)['"`])\s*(?:,|\n|\})/.exec(
          text.slice(valueAt, valueAt + 200)
        )
      const path = value?.[1] ?? value?.[2]
      return path ? { path, evidence: evidenceAt(file, text, m.index + (m[0].match(/^\s/) ? 1 : 0)) } : null
    }
    if (text[valueAt] !== '{') return null
    const close = matchClose(text, valueAt)
    if (close < 0) return null
    start = valueAt + 1
    end = close
  }
  return null
}
