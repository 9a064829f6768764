// Route modules loaded from a folder by the app's own loader: each file under `routes/` exports its route as an
// options object (`export const options = { url: '/health', method: 'get' }`, `module.exports = { method: 'GET',
// path: '/healthz', handler }`), and a loader walks the folder, imports every module and registers
// `server.route({ ...options, url: `/api${options.url}` })`. The file's location is then no part of the URL:
// the module's own `url`/`path` is, under the prefix the loader writes in front of it.
import type { AppContext } from '../../provider.js'
import type { Evidence } from '../../report.js'
import { evidenceAt, stripJsComments } from '../../signals/evidence.js'
import { joinRoute } from '../../signals/health.js'

export interface DeclaredRoute {
  path: string
  /** The loader's prefix line (when one applies) first, then the module's `url:` line. */
  evidence: Evidence[]
}

/**
 * The route object a module exports: an object literal holding a literal `url:`/`path:` and a `method:`
 * (any order, within one object), exported (`export const options =`, `export default {`, `module.exports =`).
 */
const EXPORTED_OBJECT =
  /\b(?:export\s+(?:const|let|var)\s+\w+\s*(?::\s*[\w.<>[\]]+\s*)?=|export\s+default|module\.exports\s*=|exports\.\w+\s*=)\s*\{/g
const URL_KEY = /(?:^|[\s,{])(url|path)\s*:\s*['"`](\/[^'"`$]*)['"`]/
const METHOD_KEY = /(?:^|[\s,{])method\s*:\s*['"`]?(?:get|head|all|GET|HEAD|ALL|\[)/

/** The path a route module declares for itself, or null (a module without one keeps its file path). */
export function declaredRouteOf(file: string, raw: string): { path: string; evidence: Evidence } | null {
  const text = stripJsComments(raw)
  for (const m of text.matchAll(EXPORTED_OBJECT)) {
    const open = m.index + m[0].length - 1
    const body = objectBody(text, open)
    if (body === null || !METHOD_KEY.test(body)) continue
    const url = URL_KEY.exec(body)
    if (!url) continue
    return { path: url[2]!, evidence: evidenceAt(file, text, open + 1 + url.index) }
  }
  return null
}

/** The text inside the braces opening at `open` (first level only, strings ignored), or null. */
function objectBody(text: string, open: number): string | null {
  let depth = 0
  const limit = Math.min(text.length, open + 4000)
  for (let i = open; i < limit; i++) {
    const ch = text[i]
    if (ch === '{') depth++
    else if (ch === '}' && --depth === 0) return text.slice(open + 1, i)
  }
  return null
}

/**
 * A loader names the routes folder (`new URL('../routes', import.meta.url)`, `path.join(__dirname, 'routes')`),
 * imports modules at run time, and writes a literal in front of the module's url/path:
 * `` `/api${route.url}` ``, `'/api' + route.path`, or `` `${options.ignoreRoutePrefix ? '' : '/api'}${options.url}` ``
 * (the prefix unless the module sets the flag the condition reads).
 */
const DYNAMIC_LOAD = /\bimport\s*\(|\brequire\s*\(\s*[^'"`\s)]/
const PREFIX_FORMS: RegExp[] = [
  /`(\/[\w/-]*[\w-])\$\{\s*[\w$.?]+\.(?:url|path)\s*\}`/g,
  /['"](\/[\w/-]*[\w-])['"]\s*\+\s*[\w$.?]+\.(?:url|path)\b/g,
  /`\$\{\s*([^{}`]*?)\s*\?\s*(?:''|""|``)\s*:\s*['"`](\/[\w/-]*[\w-])['"`]\s*\}\$\{\s*[\w$.?]+\.(?:url|path)\s*\}`/g
]

export function loaderPrefix(
  ctx: AppContext,
  folder: string,
  moduleText: string
): { prefix: string; evidence: Evidence } | null {
  const name = folder.slice(folder.lastIndexOf('/') + 1)
  const namesFolder = new RegExp(
    `['"\`](?:[\\w.@/-]*/)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/?['"\`]`
  )
  for (const f of ctx.files()) {
    if (!/\.[cm]?[jt]sx?$/.test(f.path) || f.path.startsWith(`${folder}/`)) continue
    if (/(?:^|\/)(?:node_modules|dist|build|test|tests|__tests__)\//.test(f.path)) continue
    if (/\.(?:test|spec|d)\.[cm]?[jt]sx?$/.test(f.path)) continue
    const raw = ctx.tree.read(f.path)
    if (raw === null || (!raw.includes('url') && !raw.includes('path'))) continue
    const text = stripJsComments(raw)
    if (!namesFolder.test(text) || !DYNAMIC_LOAD.test(text)) continue
    for (const [i, re] of PREFIX_FORMS.entries()) {
      re.lastIndex = 0
      const m = re.exec(text)
      if (!m) continue
      if (i === 2) {
        // `cond ? '' : '/api'`: no prefix for a module that sets the flag the condition reads.
        const flag = /([A-Za-z_$][\w$]*)\s*$/.exec(m[1]!.replace(/[?!)\s]+$/, ''))?.[1]
        if (flag && new RegExp(`\\b${flag}\\s*:\\s*true\\b`).test(moduleText)) return null
        return { prefix: m[2]!, evidence: evidenceAt(f.path, text, m.index) }
      }
      return { prefix: m[1]!, evidence: evidenceAt(f.path, text, m.index) }
    }
  }
  return null
}

/** The module's declared route under its loader's prefix, or null when the module declares none. */
export function loadedRouteModule(
  ctx: AppContext,
  folder: string,
  file: string,
  raw: string
): DeclaredRoute | null {
  const own = declaredRouteOf(file, raw)
  if (!own) return null
  const loader = loaderPrefix(ctx, folder, raw)
  return loader
    ? { path: joinRoute(loader.prefix, own.path), evidence: [loader.evidence, own.evidence] }
    : { path: own.path, evidence: [own.evidence] }
}
