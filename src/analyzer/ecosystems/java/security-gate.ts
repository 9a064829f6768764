// Spring Security in front of Actuator. A `SecurityFilterChain` bean (or a `WebSecurityConfigurerAdapter`'s
// `configure(HttpSecurity)`, or WebFlux's `SecurityWebFilterChain`) whose catch-all requires a login
// (`anyRequest().authenticated()`, `.requestMatchers("/**").hasRole("USER")`) answers the load balancer's
// anonymous GET of `/actuator/health` with 401/302 unless a matcher followed by `permitAll()` (or
// `web.ignoring()`) covers that path. Read conservatively: a matcher argument this file does not declare
// (a constant of another class, a method's result) or a chain scoped by a matcher that is not a literal makes
// the reading unknown, and the endpoint stays.
import type { Evidence } from '../../report.js'
import type { SourceTree } from '../../tree.js'

export interface SecurityGate {
  /**
   * The catch-all that requires a login for an anonymous GET of `path` (relative to the servlet/context
   * path), or null when a permitAll matcher covers it or no gated chain does.
   */
  loginFor(path: string): Evidence | null
}

const CHAIN_START =
  /\bSecurity(?:Web)?FilterChain\s+\w+\s*\(|\bvoid\s+configure\s*\(\s*(?:final\s+)?HttpSecurity\b|\bfun\s+\w+\s*\([^)]*\bHttpSecurity\b[^)]*\)\s*:\s*Security(?:Web)?FilterChain/g
const MATCHERS = /\.\s*(?:requestMatchers|antMatchers|mvcMatchers|pathMatchers|regexMatchers)\s*\(/g
// The chain's scope: `http.securityMatcher("/api/**")`, `.antMatcher("/ext/**")` (singular).
const SCOPE = /\.\s*(?:securityMatcher|antMatcher|mvcMatcher|requestMatcher|regexMatcher)\s*\(/g
const CATCH_ALL =
  /\.\s*any(?:Request|Exchange)\s*\(\s*\)\s*\.\s*(authenticated|fullyAuthenticated|hasRole|hasAnyRole|hasAuthority|hasAnyAuthority|access|denyAll)\b/
const WORDS = new Set([
  'new',
  'String',
  'Object',
  'var',
  'val',
  'final',
  'it',
  'HttpMethod',
  'arrayOf',
  'listOf'
])

// Comments blanked (line breaks kept), string literals kept whole: an Ant pattern such as "/books/*" + "/cover"
// or "/api/**" in a literal opens no comment.
function stripComments(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, m =>
    m.startsWith('"') ? m : m.replace(/[^\n]/g, ' ')
  )
}

/** The argument text of the call whose `(` is at `open`. */
function args(text: string, open: number): { text: string; end: number } {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const ch = text[i]
    if (ch === '(') depth++
    else if (ch === ')' && --depth === 0) return { text: text.slice(open + 1, i), end: i + 1 }
  }
  return { text: text.slice(open + 1), end: text.length }
}

const literals = (s: string): string[] => [...s.matchAll(/"([^"\n]*)"/g)].map(m => m[1]!)

/**
 * The path patterns a matcher's arguments name: literals, and the file's own variables and constants they
 * refer to (followed through their initialisers and `add`/`addAll` calls). Null when one is not declared here.
 */
function resolve(text: string, arg: string, seen = new Set<string>()): string[] | null {
  const out = literals(arg)
  if (/\bEndpointRequest\b/.test(arg)) out.push('/actuator/**')
  const bare = arg.replace(/"[^"\n]*"/g, '""')
  // `Other.PUBLIC_URLS`: a constant of another class.
  for (const m of bare.matchAll(/\b([A-Z]\w*)\s*\.\s*([A-Z][A-Z0-9_]*)\b/g))
    if (m[1] !== 'HttpMethod' && m[1] !== 'EndpointRequest') return null
  for (const m of bare.matchAll(/(?<![.\w])([A-Za-z_]\w*)\b(?!\s*[(<.[])/g)) {
    const name = m[1]!
    if (WORDS.has(name) || /^[A-Z][a-z]/.test(name) || seen.has(name)) continue
    seen.add(name)
    const decl = new RegExp(`\\b${name}\\s*=\\s*([^;]*)`).exec(text)
    if (!decl) return null
    const parts = [decl[1]!]
    for (const add of text.matchAll(new RegExp(`\\b${name}\\s*\\.\\s*add(?:All)?\\s*\\(`, 'g')))
      parts.push(args(text, add.index + add[0].length - 1).text)
    for (const part of parts) {
      const inner = resolve(text, part, seen)
      if (inner === null) return null
      out.push(...inner)
    }
  }
  return out
}

/** Ant/MVC pattern → regex: `**` any path, `*` one segment's characters, `/**` also its base. */
function antRegex(pattern: string): RegExp {
  const p = pattern.replace(/\/+$/, '') || '/'
  let re = ''
  for (let i = 0; i < p.length; i++) {
    if (p.startsWith('/**', i)) {
      re += '(?:/.*)?'
      i += 2
    } else if (p.startsWith('**', i)) {
      re += '.*'
      i += 1
    } else if (p[i] === '*') re += '[^/]*'
    else re += p[i]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}/?$`)
}

interface Chain {
  scope: string[] | null
  permitted: string[]
  gate: Evidence | null
}

function readChain(file: string, text: string, start: number, end: number): Chain | 'unknown' {
  const body = text.slice(start, end)
  const line = (i: number): number => text.slice(0, start + i).split('\n').length
  let scope: string[] | null = null
  for (const m of body.matchAll(SCOPE)) {
    const a = args(body, m.index + m[0].length - 1)
    const r = resolve(text, a.text)
    if (r === null || r.length === 0) return 'unknown'
    scope = [...(scope ?? []), ...r]
  }
  const permitted: string[] = []
  let gate: Evidence | null = null
  for (const m of body.matchAll(MATCHERS)) {
    const a = args(body, m.index + m[0].length - 1)
    const rest = body.slice(a.end)
    const access = /^\s*\.\s*(\w+)/.exec(rest)?.[1]
    const r = resolve(text, a.text)
    if (access === 'permitAll' || /\bignoring\s*\(\s*\)\s*\.?\s*$/.test(body.slice(0, m.index + 1))) {
      if (r === null) return 'unknown'
      permitted.push(...r)
    } else if (r?.includes('/**') && gate === null)
      gate = {
        file,
        line: line(m.index),
        text: body
          .slice(m.index, a.end + 40)
          .split('\n')[0]!
          .trim()
      }
  }
  // `anyRequest().permitAll()`: this chain lets everything through.
  if (/\.\s*any(?:Request|Exchange)\s*\(\s*\)\s*\.\s*permitAll\b/.test(body)) permitted.push('/**')
  const any = CATCH_ALL.exec(body)
  if (any && gate === null) gate = { file, line: line(any.index), text: any[0].replace(/\s+/g, '') }
  return { scope, permitted, gate }
}

/**
 * The login gate of the module's Spring Security configuration, or null when it has none this reading is sure
 * of (no chain with a catch-all, or a matcher it cannot resolve).
 */
export function securityGate(tree: SourceTree, files: readonly string[]): SecurityGate | null {
  const chains: Chain[] = []
  // Paths a `web.ignoring()` customiser or a permitAll matcher anywhere in these files lets through.
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !/SecurityFilterChain|WebSecurityConfigurerAdapter|SecurityWebFilterChain/.test(raw))
      continue
    const text = stripComments(raw)
    // A configuration switched by a property or a profile may not be the one that runs: not read.
    if (/@(?:ConditionalOn\w+|Profile)\b/.test(text)) continue
    const starts = [...text.matchAll(CHAIN_START)].map(m => m.index)
    for (const [i, s] of starts.entries()) {
      const chain = readChain(file, text, s, starts[i + 1] ?? text.length)
      if (chain === 'unknown') return null
      chains.push(chain)
    }
    // `WebSecurityCustomizer`: `web.ignoring().requestMatchers("/actuator/**")` outside any chain.
    for (const m of text.matchAll(/\bignoring\s*\(\s*\)\s*\.\s*\w+\s*\(/g)) {
      const r = resolve(text, args(text, m.index + m[0].length - 1).text)
      if (r === null) return null
      chains.push({ scope: null, permitted: r, gate: null })
    }
  }
  const gated = chains.filter(c => c.gate !== null)
  if (gated.length === 0) return null
  const permitted = chains.flatMap(c => c.permitted).map(antRegex)
  return {
    loginFor(path: string): Evidence | null {
      if (permitted.some(re => re.test(path))) return null
      // The first chain that covers the path with a login catch-all.
      const chain = gated.find(c => c.scope === null || c.scope.some(s => antRegex(s).test(path)))
      return chain?.gate ?? null
    }
  }
}
