// Mezzio (Laminas) routes live in configuration, not in route files: `'routes' => [['path' => '/health',
// 'middleware' => HealthAction::class, 'allowed_methods' => ['GET']], …]` in config/autoload/*.php or a
// module's config. A route may name its path through its action's constant (`HealthAction::getRouteDef()`
// with `const ROUTE_PATH = '/health'` in HealthAction.php), and a helper may prefix every route it is
// given (`ConfigProvider::applyRoutesPrefix([…])` whose body builds `sprintf('%s%s', self::ROUTES_PREFIX,
// $path)` from `const ROUTES_PREFIX = '/rest/v{version:1|2|3}'`). The health route is served under that
// prefix; a FastRoute placeholder with literal alternatives (`{version:1|2|3}`) takes the newest one.
import type { Candidate } from '../../candidate.js'
import type { Evidence } from '../../report.js'
import type { AppContext } from '../../provider.js'
import { evidenceAt } from '../../signals/evidence.js'
import { healthRank } from '../../signals/health.js'
import { matchClose, nextBrace } from '../../signals/code-spans.js'
import { HEALTH } from '../../precedence.js'
import { basename } from '../../tree.js'
import { stripCComments } from '../common/provider-helpers.js'

const MAX_FILES = 100
/** A route entry's path: a literal `'path' => '/x'`, or an action class named in the entry (`X::…(`, `X::class`). */
const ENTRY = /['"]path['"]\s*=>\s*['"](\/[^'"]*)['"]|\b([A-Z]\w*)::(?:class\b|\w+\s*\()/g
/** A call (`Helper::applyPrefix(`, `prefixed(`): a helper that may prefix the routes among its arguments. */
const ARRAY_CALL = /(?:\b([A-Z]\w*)::)?\b([a-z_]\w*)\(/g
/** A prefix the helper puts before each route's path. */
const PREFIXING =
  /sprintf\(\s*['"]%s%s['"]\s*,\s*(?:(?:self|static)::(\w+)|['"](\/[^'"]*)['"])\s*,\s*\$\w+|(?:(?:self|static)::(\w+)|['"](\/[^'"]*)['"])\s*\.\s*\$\w+/

interface PhpFile {
  path: string
  text: string
}

/** Health routes of the Mezzio route configuration, with the prefix a helper gives them. */
export function mezzioHealth(ctx: AppContext, requires: Iterable<string>): Candidate<string>[] {
  if (![...requires].some(r => r.startsWith('mezzio/'))) return []
  const php = ctx.files().filter(f => f.path.endsWith('.php'))
  const read = (path: string): PhpFile | null => {
    const raw = ctx.tree.read(path)
    return raw === null ? null : { path, text: stripCComments(raw) }
  }
  const byName = (name: string): string[] =>
    php.filter(f => basename(f.path) === `${name}.php`).map(f => f.path)
  const out: Candidate<string>[] = []
  const configs = php.filter(f => /(?:^|\/)config\//.test(f.path)).slice(0, MAX_FILES)
  for (const { path } of configs) {
    const file = read(path)
    if (!file || !/['"]routes['"]\s*=>/.test(file.text)) continue
    const start = file.text.search(/['"]routes['"]\s*=>\s*\[/)
    if (start < 0) continue
    const open = file.text.indexOf('[', start)
    const end = matchClose(file.text, open)
    const routes = file.text.slice(open, end < 0 ? undefined : end)
    const calls = prefixCalls(routes)
    for (const m of routes.matchAll(ENTRY)) {
      const found = m[1] !== undefined ? { path: m[1], evidence: [] } : constantPath(m[2]!, byName, read)
      if (!found || healthRank(concrete(found.path)) < 0) continue
      const at = evidenceAt(file.path, file.text, open + m.index)
      // The innermost helper around the entry that prefixes what it is given (`array_merge([…])` does not).
      let call: { name: string } | null = null
      let prefix: { value: string; evidence: Evidence } | null = null
      for (const c of calls.filter(c => c.start < m.index && m.index < c.end)) {
        prefix = helperPrefix(c, file, byName, read)
        if (prefix) {
          call = c
          break
        }
      }
      const value = concrete((prefix?.value ?? '') + found.path)
      // A placeholder without literal alternatives (`{id:\d+}`) is no path a probe can request.
      if (/[{}[\]]/.test(value) || out.some(c => c.value === value)) continue
      out.push({
        value,
        confidence: HEALTH.route,
        source: prefix
          ? `Mezzio routes config, under the prefix ${prefix.value} of ${call!.name}()`
          : 'Mezzio routes config',
        evidence: [at, ...found.evidence, ...(prefix ? [prefix.evidence] : [])].slice(0, 3)
      })
    }
  }
  return out
}

/** The calls of the routes array, with the span of their arguments. */
function prefixCalls(text: string): { cls: string | null; name: string; start: number; end: number }[] {
  const out: { cls: string | null; name: string; start: number; end: number }[] = []
  for (const m of text.matchAll(ARRAY_CALL)) {
    const open = m.index + m[0].length - 1
    const end = matchClose(text, open)
    if (end > open) out.push({ cls: m[1] ?? null, name: m[2]!, start: open, end })
  }
  // The innermost call first.
  return out.sort((a, b) => a.end - a.start - (b.end - b.start))
}

/** `const ROUTE_PATH = '/health'` (or any `*PATH` constant holding a path) of the action class. */
function constantPath(
  cls: string,
  byName: (name: string) => string[],
  read: (path: string) => PhpFile | null
): { path: string; evidence: Evidence[] } | null {
  for (const path of byName(cls).slice(0, 3)) {
    const file = read(path)
    const m = file ? /\bconst\s+(?:string\s+)?\w*PATH\s*=\s*['"](\/[^'"]*)['"]/.exec(file.text) : null
    if (file && m) return { path: m[1]!, evidence: [evidenceAt(path, file.text, m.index)] }
  }
  return null
}

/** The prefix the helper's body puts before each path, from a literal or a constant of its class. */
function helperPrefix(
  call: { cls: string | null; name: string },
  routesFile: PhpFile,
  byName: (name: string) => string[],
  read: (path: string) => PhpFile | null
): { value: string; evidence: Evidence } | null {
  const files = call.cls ? byName(call.cls).slice(0, 3).map(read) : [routesFile]
  for (const file of files) {
    if (!file) continue
    const def = new RegExp(String.raw`\bfunction\s+${call.name}\s*\(`).exec(file.text)
    if (!def) continue
    const brace = nextBrace(file.text, def.index + def[0].length)
    const close = brace < 0 ? -1 : matchClose(file.text, brace)
    if (close < 0) continue
    const m = PREFIXING.exec(file.text.slice(brace, close))
    if (!m) continue
    const literal = m[2] ?? m[4]
    if (literal !== undefined)
      return { value: literal, evidence: evidenceAt(file.path, file.text, brace + m.index) }
    const name = m[1] ?? m[3]!
    const c = new RegExp(String.raw`\bconst\s+(?:string\s+)?${name}\s*=\s*['"]([^'"]*)['"]`).exec(file.text)
    if (c) return { value: c[1]!, evidence: evidenceAt(file.path, file.text, c.index) }
  }
  return null
}

/** `/rest/v{version:1|2|3}/health` → `/rest/v3/health`; FastRoute's optional `[/]` dropped. */
function concrete(path: string): string {
  return path
    .replace(/\{\w+:([\w.-]+(?:\|[\w.-]+)+)\}/g, (_, alts: string) => alts.split('|').pop()!)
    .replace(/\[\/?\]/g, '')
}
