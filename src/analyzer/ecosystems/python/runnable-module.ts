// A Python package run as a module: `python -m maubot` runs `maubot/__main__.py`. Servers built on a library
// that is also a plain client (aiohttp, tornado) score below the framework threshold from the dependency
// alone; a top-level package with a `__main__.py` whose code opens the library's server API is the app's
// entry, the way `app.py` is for a script. A package without `__main__.py`, or one that only uses the
// client side (`aiohttp.ClientSession`), stays a library.
import type { AppContext } from '../../provider.js'

/** The server API of libraries that are both clients and servers, by import name. */
const SERVER_API: Record<string, RegExp> = {
  aiohttp:
    /^[ \t]*(?:from\s+aiohttp\s+import\s+[^\n]*\bweb\b|import\s+aiohttp\.web\b|from\s+aiohttp\.web\b)/m,
  tornado: /^[ \t]*(?:from\s+tornado\s+import\s+[^\n]*\bweb\b|import\s+tornado\.web\b|from\s+tornado\.web\b)/m
}

const MAX_PACKAGE_FILES = 200

/**
 * The top-level package (`maubot`) whose `__main__.py` exists and whose files import `library`'s server API,
 * with the file that does; null when there is none or the library has no separate server API.
 */
export function runnableServerModule(
  ctx: AppContext,
  library: string | undefined
): { module: string; file: string } | null {
  const api = library ? SERVER_API[library] : undefined
  if (!api) return null
  const prefix = ctx.dir === '.' ? '' : `${ctx.dir}/`
  const packages = new Map<string, string[]>()
  for (const f of ctx.files()) {
    const rel = f.path.slice(prefix.length)
    const slash = rel.indexOf('/')
    if (slash <= 0 || !rel.endsWith('.py')) continue
    const pkg = rel.slice(0, slash)
    const list = packages.get(pkg) ?? []
    if (list.length < MAX_PACKAGE_FILES) list.push(rel)
    packages.set(pkg, list)
  }
  for (const [pkg, files] of [...packages].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!/^[A-Za-z_]\w*$/.test(pkg) || !files.includes(`${pkg}/__main__.py`)) continue
    const server = files.find(file => api.test(ctx.read(file) ?? ''))
    if (server) return { module: pkg, file: server }
  }
  return null
}
