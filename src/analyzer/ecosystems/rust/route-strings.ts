// Route paths Rust code computes instead of writing out: `.route(&format!("{}/health", prefix), …)`, or a
// path held in a binding or config field built that way (`healthcheck_route: format!("{}/{}", route_prefix,
// "__internal/healthcheck")`, then `.route(&config.healthcheck_route, web::get().to(healthcheck))`). The
// route reader (routes.ts) sees such arguments rewritten to the literal they evaluate to. A placeholder
// before the first literal segment is a deployment-set prefix (a `--route-prefix` option), empty unless
// configured, as the NestJS context path is; an unknown value anywhere else leaves the path unknown.
import { matchClose, splitArgs } from '../../signals/code-spans.js'

/** The value of a string expression: `"x"`, `"x".into()`/`.to_string()`/`String::from("x")`, `format!(…)`. */
export function stringValue(expr: string, bindings: ReadonlyMap<string, string> = new Map()): string | null {
  const e = expr
    .trim()
    .replace(/^&/, '')
    .replace(/\.(?:into|to_string|to_owned|as_str)\(\s*\)$/, '')
  const literal = /^"((?:[^"\\]|\\.)*)"$/.exec(e) ?? /^String::from\(\s*"((?:[^"\\]|\\.)*)"\s*\)$/.exec(e)
  if (literal) return literal[1]!
  const name = /^(?:[a-z_]\w*\.)*([a-z_]\w*)$/.exec(e)
  if (name) return bindings.get(name[1]!) ?? null
  const format = /^format!\(\s*"((?:[^"\\]|\\.)*)"\s*(,[\s\S]*)?\)$/.exec(e)
  if (!format) return null
  const args = format[2] ? splitArgs(format[2], 1, format[2].length) : []
  let next = 0
  let seenLiteral = false
  let out = ''
  // Pieces: literal text and `{}` / `{name}` / `{0}` placeholders (`{{` is a literal brace).
  for (const piece of format[1]!.split(/(\{\{|\}\}|\{[^{}]*\})/)) {
    if (piece === '') continue
    if (piece === '{{' || piece === '}}') {
      out += piece[0]
      seenLiteral = true
      continue
    }
    if (!piece.startsWith('{')) {
      out += piece
      seenLiteral = true
      continue
    }
    const inner = piece.slice(1, -1).split(':')[0]!
    const arg = inner === '' ? args[next++]?.text : /^\d+$/.test(inner) ? args[Number(inner)]?.text : inner
    const value = arg === undefined ? null : stringValue(arg, bindings)
    if (value !== null) {
      out += value
      if (value !== '') seenLiteral = true
    } else if (seenLiteral) return null // an unknown segment inside the path
  }
  const path = out.replace(/\/{2,}/g, '/')
  return path.startsWith('/') ? path : `/${path}`
}

/**
 * Crate-wide string bindings that hold a path: `let x = …;`, `const X: &str = …;`, struct literal fields
 * `x: …,`, and `let (a, b) = if … { (…, …) } else { … }` (the first tuple). A name bound to two different
 * paths is dropped (we cannot tell which one a use refers to).
 */
export function pathBindings(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>()
  const clashes = new Set<string>()
  const bind = (name: string, expr: string): void => {
    const value = stringValue(expr)
    if (value === null || !value.startsWith('/')) return
    if (out.has(name) && out.get(name) !== value) clashes.add(name)
    else out.set(name, value)
  }
  for (const text of texts) {
    for (const m of text.matchAll(
      /(?:\blet\s+(?:mut\s+)?|\b(?:const|static)\s+)(\w+)\s*(?::[^=;]+)?=\s*((?:format!\(|String::from\(|&?")[^;]{0,300});/g
    ))
      bind(m[1]!, m[2]!)
    for (const m of text.matchAll(
      // Lookarounds, not consumed delimiters: consecutive fields (`a: "/x",\n b: "/y",`) each match.
      /(?<=[{,]\s*)(\w+)\s*:\s*((?:format!\(|String::from\(|")[^\n]{0,300}?)\s*,?[ \t]*(?=\r?\n)/g
    ))
      bind(m[1]!, m[2]!.replace(/,$/, ''))
    for (const m of text.matchAll(/\blet\s+\(([\w\s,]+)\)\s*=[^;{]*?\{?\s*\(/g)) {
      const names = m[1]!.split(',').map(n => n.trim())
      const open = m.index + m[0].length - 1
      const close = matchClose(text, open, true)
      if (close < 0) continue
      const items = splitArgs(text, open + 1, close)
      names.forEach((name, i) => {
        if (/^\w+$/.test(name) && items[i]) bind(name, items[i]!.text)
      })
    }
  }
  for (const name of clashes) out.delete(name)
  return out
}

const COMPUTED_ROUTE_SOURCE = String.raw`(?:\.|::)((?:api_)?route(?:_with)?|resource|scope)\(\s*(&?format!\(|&?(?:[a-z_]\w*\.)*[a-z_]\w*\s*[,)])`
// Two copies: `test` on a global regex would move the lastIndex that `matchAll` starts from.
const COMPUTED_ROUTE = new RegExp(COMPUTED_ROUTE_SOURCE, 'g')
const HAS_COMPUTED_ROUTE = new RegExp(COMPUTED_ROUTE_SOURCE)

/**
 * A route attribute whose path names a field of a constant routes struct (actix-web-codegen-const-routes
 * style): `#[my_codegen::get(path = "crate::V1_API_ROUTES.meta.health")]`, the field set by a struct literal
 * (`health: "/api/v1/meta/health",`) elsewhere in the crate.
 */
const CONST_PATH_ATTRIBUTE =
  /#\[((?:\w+::)*)(get|head|route)\(\s*path\s*=\s*"((?:crate::|self::|super::)?(?:\w+::)*[A-Za-z_]\w*(?:\.[a-z_]\w*)+)"/g
const HAS_CONST_PATH_ATTRIBUTE = new RegExp(CONST_PATH_ATTRIBUTE.source)

/** True when a `.route(` / `resource(` / `scope(` call or a route attribute takes a computed path. */
export function hasComputedRoute(text: string): boolean {
  return HAS_COMPUTED_ROUTE.test(text) || HAS_CONST_PATH_ATTRIBUTE.test(text)
}

/** `#[my_codegen::get(path = "crate::ROUTES.meta.health")]` → `#[my_codegen::get("/api/v1/meta/health")]`. */
function resolveConstPathAttributes(text: string, bindings: ReadonlyMap<string, string>): string {
  return text.replace(CONST_PATH_ATTRIBUTE, (whole, ns: string, method: string, expr: string) => {
    const value = bindings.get(expr.slice(expr.lastIndexOf('.') + 1))
    return value === undefined ? whole : `#[${ns}${method}(${JSON.stringify(value)}`
  })
}

/** Rewrites computed first arguments of `.route(` / `resource(` / `scope(` to the literal they evaluate to. */
export function resolveComputedRoutes(text: string, bindings: ReadonlyMap<string, string>): string {
  return resolveComputedCalls(resolveConstPathAttributes(text, bindings), bindings)
}

function resolveComputedCalls(text: string, bindings: ReadonlyMap<string, string>): string {
  let out = ''
  let last = 0
  for (const m of text.matchAll(COMPUTED_ROUTE)) {
    const open = m.index + m[0].indexOf('(')
    if (open < last) continue
    const close = matchClose(text, open, true)
    if (close < 0) continue
    const first = splitArgs(text, open + 1, close)[0]
    if (!first) continue
    const value = stringValue(first.text, bindings)
    if (value === null || !value.startsWith('/')) continue
    out += text.slice(last, first.start) + JSON.stringify(value)
    last = first.start + first.text.length
  }
  return last === 0 ? text : out + text.slice(last)
}
