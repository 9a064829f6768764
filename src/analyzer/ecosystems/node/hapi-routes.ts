// hapi declares routes as objects (`server.route({ method: 'GET', path: '/status', handler })`) inside plugins,
// and the prefix comes from where a plugin is registered: `server.register({ plugin, routes: { prefix: '/v4' } })`
// or `server.register(plugin, { routes: { prefix: '/api' } })` — screwdriver registers its status plugin under
// `/v4`, so the route a deployer probes is `/v4/status`.
import type { RoutePattern } from '../../signals/health.js'
import { stripJsComments } from '../../signals/evidence.js'
import type { AppContext } from '../../provider.js'
import { dirname, joinPath, normalizePath } from '../../tree.js'

/** `server.route({ path: '/health', … })`, or with a GET (or any-method) `method` first. */
export const HAPI_ROUTE: RoutePattern = {
  regex:
    /\.route\(\s*\{\s*(?:method\s*:\s*['"](?:GET|get|\*)['"]\s*,\s*)?path\s*:\s*['"`](?<path>\/[^'"`\s]*)['"`]/,
  source: 'hapi route'
}

const PREFIX = /\broutes\s*:\s*\{\s*prefix\s*:\s*['"`](\/[^'"`]*)['"`]/
const SPECIFIER = /(?:require\(\s*|from\s+|import\(\s*|^|[[,]\s*)['"`](\.{1,2}\/[^'"`$]+)['"`]/gm

/** The file a relative module specifier of `from` names, when it is one of `files`. */
function resolveModule(from: string, spec: string, files: Set<string>): string | null {
  const base = normalizePath(joinPath(dirname(from), spec)).replace(/\.[cm]?[jt]s$/, '')
  for (const ext of ['.js', '.ts', '.mjs', '.cjs', '.mts', '.cts'])
    for (const candidate of [`${base}${ext}`, `${base}/index${ext}`])
      if (files.has(candidate)) return candidate
  return null
}

/** The index just past the parenthesis closing the one open at `open` (strings are skipped), or -1. */
function closeParen(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = text.indexOf(ch, i + 1)
      if (end < 0) return -1
      i = end
    } else if (ch === '(') depth++
    else if (ch === ')' && --depth === 0) return i + 1
  }
  return -1
}

/**
 * The modules a `.register(…)` call registers: an identifier it names that an import or require binds
 * (`plugin: healthPlugin`), else a `require('./x')` inside it, else — a plugin list mapped into the call, as
 * screwdriver's lib/registerPlugins.js does — the relative specifiers written since the previous call.
 */
function registeredModules(text: string, call: string, window: string, bindings: Bindings): string[] {
  const bound: string[] = []
  for (const id of call.match(/[A-Za-z_$][\w$]*/g) ?? []) {
    // Each pattern runs over the whole module: only for a name some `import X from` / `const X = require(`
    // binds (bindingsOf), which most names of a call (`server`, `options`, `routes`) are not.
    if (!bindings.imported.has(id) && !bindings.required.has(id)) continue
    const esc = id.replace(/\$/g, '\\$')
    const m =
      (bindings.imported.has(id)
        ? new RegExp(`\\bimport\\s+${esc}\\s+from\\s+['"\`](\\.{1,2}/[^'"\`]+)['"\`]`).exec(text)
        : null) ??
      (bindings.required.has(id)
        ? new RegExp(
            `\\b(?:const|let|var)\\s+${esc}\\s*=\\s*require\\(\\s*['"\`](\\.{1,2}/[^'"\`]+)['"\`]`
          ).exec(text)
        : null)
    if (m) bound.push(m[1]!)
  }
  if (bound.length) return bound
  const inline = [...call.matchAll(SPECIFIER)].map(m => m[1]!)
  return inline.length ? inline : [...window.matchAll(SPECIFIER)].map(m => m[1]!)
}

interface Bindings {
  imported: Set<string>
  required: Set<string>
}

/**
 * Every name written as `import X from` or `const|let|var X = require(`: a superset of the names the two
 * patterns of registeredModules can bind (each match holds one of these heads, with the name whole: a space
 * or `=` follows it). The heads are matched zero-width past the keyword, so no head hides another.
 */
function bindingsOf(text: string): Bindings {
  const imported = new Set<string>()
  const required = new Set<string>()
  for (const m of text.matchAll(/\bimport\s+(?=([A-Za-z_$][\w$]*)\s+from\b)/g)) imported.add(m[1]!)
  for (const m of text.matchAll(/\b(?:const|let|var)\s+(?=([A-Za-z_$][\w$]*)\s*=\s*require\()/g))
    required.add(m[1]!)
  return { imported, required }
}

/**
 * The registration prefix of each plugin module (empty when it is registered without one): screwdriver's
 * lib/registerPlugins.js lists `'../plugins/status'` and registers each listed plugin with `prefix: '/v4'`.
 */
export function hapiPluginPrefixes(ctx: AppContext, files: readonly string[]): Map<string, string> {
  const out = new Map<string, string>()
  const all = new Set(files)
  for (const file of files) {
    const raw = ctx.tree.read(file)
    if (!raw || !/\.register\(/.test(raw)) continue
    const text = stripJsComments(raw)
    let previous = 0
    const bindings = bindingsOf(text)
    for (const m of text.matchAll(/\.register\(/g)) {
      const end = closeParen(text, m.index + '.register'.length)
      if (end < 0) break
      const call = text.slice(m.index, end)
      const prefix = PREFIX.exec(call)?.[1]?.replace(/\/+$/, '') ?? ''
      for (const spec of registeredModules(text, call, text.slice(previous, m.index), bindings)) {
        const target = resolveModule(file, spec, all)
        if (target && target !== file && !out.has(target)) out.set(target, prefix)
      }
      previous = end
    }
  }
  return out
}

/** prefixFor for findHealthRoutes: a hapi route in a plugin module registered under a prefix gets it. */
export function hapiPrefix(prefixes: Map<string, string>) {
  return (file: string, text: string, index: number): string =>
    text.startsWith('.route(', index) ? (prefixes.get(file) ?? '') : ''
}
