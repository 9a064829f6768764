// Python route graph: FastAPI `APIRouter(prefix=…)` + `include_router(router, prefix=…)` (a prefix on either
// side, or both), Flask `Blueprint(url_prefix=…)` + `register_blueprint(bp, url_prefix=…)`, Starlette
// `Mount('/api', routes=[Route('/health', …)])` / `Mount('/api', app=sub)`, FastAPI/Starlette `mount('/x', sub)`.
// Routers are followed through `from .api import router`, `from app.api.routes import health` (module) and
// `import x.y as z` within the app. Django `include()` nesting is read by `djangoRoutes` (entry.ts).
import { dirname } from '../../tree.js'
import { evidenceAt, lineRange, stripHashComments } from '../../signals/evidence.js'
import { matchClose } from '../../signals/code-spans.js'
import {
  addPrefixSpans,
  healthCandidatesFrom,
  RouteGraph,
  type PrefixSpan,
  type ResolvedRoute
} from '../../signals/routes.js'
import { HEALTH } from '../../precedence.js'
import { isHealthHandlerName } from '../../signals/health.js'
import type { Evidence } from '../../report.js'
import { splitArgs } from '../../signals/code-spans.js'
import { LITESTAR_PATHED_ROUTER, litestarRoutes } from './litestar-routes.js'
import type { AppContext } from '../../provider.js'
import type { Candidate } from '../../candidate.js'

interface PyImport {
  file: string
  /** `*` when the name is the module itself. */
  name: string
}

interface PyModule {
  file: string
  text: string
  /** What the module imports, by local name: read when first asked (most modules read never are). */
  readonly imports: Map<string, PyImport>
}

const ROUTE_HINT =
  /\b(?:APIRouter|Blueprint|include_router|register_blueprint|Mount|Route|mount|Router|Namespace|add_namespace|Api)\b|@\w+\./

/** Health candidates from composed Python routes (full paths, with prefix and include evidence). */
export function pythonComposedHealth(ctx: AppContext, files: readonly string[]): Candidate<string>[] {
  const graph = new RouteGraph()
  const reader = new PyRouteReader(ctx, graph)
  for (const file of files.slice(0, 300)) reader.read(file)
  reader.finish()
  const resolved = graph.resolve()
  const health = healthCandidatesFrom(resolved)
  if (health.length) return health
  const named = handlerNamedHealth(ctx, resolved)
  return named.length ? named : infoEndpoint(ctx, resolved)
}

/** A `def` whose name is read for a health handler: the line's own `def name(`. */
const DEF_LINE = /^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(/gm

/**
 * No health-named path, but a route whose handler is named for a health check (`@router.get('/')` over
 * `def health(…)`) serves the probe at its path, as Django's `path("", health_check)` does: the name is the
 * author's declaration. Only a decorated route without path parameters whose handler asks for no user
 * (`Depends(get_current_user)`, a token, a login decorator); each file is searched once for health-named
 * `def`s, and only the routes of files that have one are read further.
 */
function handlerNamedHealth(ctx: AppContext, resolved: ResolvedRoute[]): Candidate<string>[] {
  const byFile = new Map<string, ResolvedRoute[]>()
  for (const r of resolved) {
    if (r.route.source !== 'route decorator' || /[{<:*]/.test(r.path)) continue
    const list = byFile.get(r.route.evidence.file)
    if (list) list.push(r)
    else byFile.set(r.route.evidence.file, [r])
  }
  const out: Candidate<string>[] = []
  for (const [file, routes] of byFile) {
    const text = ctx.tree.read(file)
    if (text === null) continue
    let any = false
    for (const m of text.matchAll(DEF_LINE)) if (isHealthHandlerName(m[1]!)) any = true
    if (!any) continue
    for (const r of routes) {
      const signature = handlerSignature(ctx, r.route.evidence)
      const name = /\bdef\s+(\w+)/.exec(signature)?.[1]
      if (!name || !isHealthHandlerName(name)) continue
      if (AUTH_HINT.test([signature, ...r.evidence.map(e => e.text)].join('\n'))) continue
      if (out.some(c => c.value === r.path)) continue
      out.push({
        value: r.path,
        confidence: HEALTH.route - 0.02 - out.length * 0.01,
        source: `${file} ${r.source}: no health-named path; the handler \`${name}\` is named for a health check`,
        evidence: r.evidence
      })
    }
  }
  return out
}

const INFO_NAMES = ['version', 'about', 'info']
const AUTH_HINT = /current_user|get_user|\bauth|token|Security\(|permission|admin|login|api_key/i
const DB_HINT = /session|get_db|\bdb\b|database|\brepos?\b/i

/**
 * An app without a health route still has a cheap probe when it serves an about/version endpoint: take
 * one whose handler and routers require no authentication, preferring one that opens no database session.
 */
function infoEndpoint(ctx: AppContext, resolved: ResolvedRoute[]): Candidate<string>[] {
  const found = resolved
    .filter(r => !/[{<:*]/.test(r.path))
    .map(r => ({ r, name: r.path.split('/').filter(Boolean).pop()?.toLowerCase() ?? '' }))
    // Only info endpoints need their handler read (a file of thousands of routes must not be re-read per route).
    .filter(x => INFO_NAMES.includes(x.name))
    .map(({ r, name }) => {
      const signature = handlerSignature(ctx, r.route.evidence)
      const context = [signature, ...r.evidence.map(e => e.text)].join('\n')
      return { r, name, auth: AUTH_HINT.test(context), db: DB_HINT.test(signature) }
    })
    .filter(x => !x.auth)
    .sort((a, b) => Number(a.db) - Number(b.db) || INFO_NAMES.indexOf(a.name) - INFO_NAMES.indexOf(b.name))
  const best = found[0]
  if (!best) return []
  const why = best.db ? 'it opens a database session, no cheaper GET exists' : 'it touches no database'
  return [
    {
      value: best.r.path,
      confidence: HEALTH.anyPathProbe,
      source: `${best.r.route.evidence.file} ${best.r.source}: no health route; an unauthenticated GET (${why})`,
      evidence: best.r.evidence
    }
  ]
}

/** The decorator line of a route through its `def …(…):` signature. */
const MAX_SIGNATURE_CHARS = 4096

function handlerSignature(ctx: AppContext, at: Evidence): string {
  const text = ctx.tree.read(at.file)
  if (text === null) return ''
  // A real signature fits in a few hundred characters; the cap keeps the lazy pattern below linear on a
  // hostile line.
  const chunk = lineRange(text, Math.max(0, at.line - 1), at.line + 12).slice(0, MAX_SIGNATURE_CHARS)
  return /^[\s\S]*?\bdef\b[\s\S]*?\)\s*(?:->[^:\n]*)?:/.exec(chunk)?.[0] ?? chunk
}

class PyRouteReader {
  private readonly modules = new Map<string, PyModule | null>()
  /** Litestar handlers, added to the graph by `finish` unless some Router/app gives them a prefix. */
  private readonly litestar: { router: string; path: string; evidence: Evidence; source: string }[] = []
  private litestarPrefixed = false
  /** flask-restx/flask-restplus `Namespace` objects: node and the path they serve under by default. */
  private readonly namespaces: { node: string; path: string }[] = []
  /** `api.add_namespace(item, "/")` in a loop: every namespace of the app goes there. */
  private readonly namespaceLoops: { api: string; path: string | null; evidence: Evidence }[] = []
  /** `api.add_namespace(ns)`: mounted at the end, when the namespace's own path is known. */
  private readonly namespaceMounts: {
    api: string
    child: string
    path: string | null
    evidence: Evidence
  }[] = []

  finish(): void {
    if (!this.litestarPrefixed) for (const r of this.litestar) this.graph.addRoute(r)
    for (const m of this.namespaceMounts) {
      const known = this.namespaces.find(n => n.node === m.child)
      this.graph.addMount({
        parent: m.api,
        child: m.child,
        prefix: m.path ?? known?.path ?? '',
        evidence: m.evidence
      })
    }
    for (const loop of this.namespaceLoops)
      for (const ns of this.namespaces)
        this.graph.addMount({
          parent: loop.api,
          child: ns.node,
          prefix: loop.path ?? ns.path,
          evidence: loop.evidence
        })
  }

  constructor(
    private readonly ctx: AppContext,
    private readonly graph: RouteGraph
  ) {}

  read(file: string): void {
    const mod = this.module(file)
    if (!mod) return
    if (LITESTAR_PATHED_ROUTER.test(mod.text)) this.litestarPrefixed = true
    for (const r of litestarRoutes(file, mod.text))
      this.litestar.push({
        router: `${file}#<module>`,
        path: r.path,
        evidence: r.evidence[0]!,
        source: 'Litestar handler'
      })
    if (!ROUTE_HINT.test(mod.text)) return
    const { text } = mod
    // Router objects with their own prefix.
    for (const m of text.matchAll(
      /^[ \t]*([A-Za-z_]\w*)\s*(?::\s*[\w.]+\s*)?=\s*(?:[\w.]+\.)?(APIRouter|Blueprint|Router)\(/gm
    )) {
      const args = this.callArgs(text, m.index + m[0].length - 1)
      const prefix = keyword(args, m[2] === 'Blueprint' ? 'url_prefix' : 'prefix')
      if (prefix)
        this.graph.addPrefix({
          router: this.refNode(mod, m[1]!) ?? `${file}#${m[1]}`,
          prefix,
          evidence: evidenceAt(file, text, m.index)
        })
    }
    // flask-restx: `api = Api(bp, prefix=…)` serves under the blueprint; `ns = Namespace('name', path=…)` under
    // `/name` unless given a path, which `api.add_namespace(ns, '/x')` overrides.
    for (const m of text.matchAll(/^[ \t]*([A-Za-z_]\w*)\s*=\s*(?:[\w.]+\.)?(Api|Namespace)\(/gm)) {
      const args = this.callArgs(text, m.index + m[0].length - 1)
      const node = this.refNode(mod, m[1]!) ?? `${file}#${m[1]}`
      if (m[2] === 'Namespace') {
        const name = args[0] && !/^\w+\s*=/.test(args[0].text) ? stringValue(args[0].text) : null
        const path = keyword(args, 'path') ?? (name !== null ? `/${name}` : null)
        if (path !== null) this.namespaces.push({ node, path })
        continue
      }
      const parent = args[0] && !/^\w+\s*=/.test(args[0].text) ? this.refNode(mod, args[0].text) : null
      if (parent)
        this.graph.addMount({
          parent,
          child: node,
          prefix: keyword(args, 'prefix') ?? '',
          evidence: evidenceAt(file, text, m.index)
        })
    }
    for (const m of text.matchAll(/\b([A-Za-z_]\w*)\.add_namespace\(/g)) {
      const args = this.callArgs(text, m.index + m[0].length - 1)
      const ns = args[0]?.text.trim()
      if (!ns) continue
      const path =
        args[1] && !/^\w+\s*=/.test(args[1].text) ? stringValue(args[1].text) : keyword(args, 'path')
      const api = this.refNode(mod, m[1]!) ?? `${file}#${m[1]}`
      const evidence = evidenceAt(file, text, m.index)
      // A loop variable (`for ns in namespaces: api.add_namespace(ns, "/")`): every namespace of the app.
      const loopVariable = new RegExp(`\\bfor\\s+${ns}\\s+in\\b`).test(text)
      if (loopVariable) this.namespaceLoops.push({ api, path, evidence })
      else {
        const child = this.refNode(mod, ns)
        if (child) this.namespaceMounts.push({ api, child, path, evidence })
      }
    }
    // Starlette Mount('/api', routes=[…]) blocks prefix what they contain.
    const spans: PrefixSpan[] = []
    const mountAt: { index: number; child: string | null; prefix: string }[] = []
    for (const m of text.matchAll(/\bMount\(\s*(?:path\s*=\s*)?["']([^"']*)["']/g)) {
      const open = m.index + m[0].indexOf('(')
      const close = matchClose(text, open)
      if (close < 0) continue
      spans.push({ start: m.index, end: close, prefix: m[1]!, evidence: evidenceAt(file, text, m.index) })
      const args = splitArgs(text, open + 1, close)
      const app = args.find(a => /^app\s*=/.test(a.text))?.text.replace(/^app\s*=\s*/, '') ?? args[1]?.text
      mountAt.push({
        index: m.index,
        child: app && !/^routes\s*=/.test(app) ? this.refNode(mod, app) : null,
        prefix: m[1]!
      })
    }
    // `probes = Router(routes=[…])` / `app = Starlette(routes=[…])`: the routes inside belong to that object.
    for (const m of text.matchAll(/^[ \t]*([A-Za-z_]\w*)\s*=\s*(?:[\w.]+\.)?(?:Router|Starlette)\(/gm)) {
      const open = m.index + m[0].length - 1
      const close = matchClose(text, open)
      if (close > 0 && /\broutes\s*=\s*\[/.test(text.slice(open, close)))
        spans.push({
          start: open,
          end: close,
          prefix: '',
          evidence: evidenceAt(file, text, m.index),
          node: `${file}#${m[1]}`
        })
    }
    const nodeAt = addPrefixSpans(this.graph, file, spans, () => `${file}#<module>`)
    for (const { index, child } of mountAt)
      if (child)
        this.graph.addMount({
          parent: nodeAt(index),
          child,
          prefix: '',
          evidence: evidenceAt(file, text, index)
        })

    // Decorated routes `@router.get("/health")`, `@bp.route("/health")`, `@app.api_route(…)`.
    for (const m of text.matchAll(
      /@([A-Za-z_]\w*)\.(?:get|head|route|api_route)\(\s*(?:path\s*=\s*)?["']([^"']*)["']/g
    ))
      this.graph.addRoute({
        router: this.refNode(mod, m[1]!) ?? `${file}#${m[1]}`,
        path: m[2]!,
        evidence: evidenceAt(file, text, m.index),
        source: 'route decorator'
      })
    // `config.add_route("status", "/_status")` (Pyramid: a route name, then the pattern) and aiohttp's
    // `router.add_route("GET", "/health", h)`: a word before a slashed literal is no path.
    for (const m of text.matchAll(
      /\b([A-Za-z_]\w*)\.(?:add_api_route|add_url_rule|add_route)\(\s*(?:["'][\w.-]*["']\s*,\s*(?=["']\/))?["']([^"']*)["']/g
    ))
      this.graph.addRoute({
        router: this.refNode(mod, m[1]!) ?? `${file}#${m[1]}`,
        path: m[2]!,
        evidence: evidenceAt(file, text, m.index),
        source: 'add route'
      })
    // Starlette `Route("/health", endpoint)` inside a routes list (or a Mount).
    for (const m of text.matchAll(/\bRoute\(\s*(?:path\s*=\s*)?["']([^"']*)["']/g))
      this.graph.addRoute({
        router: nodeAt(m.index),
        path: m[1]!,
        evidence: evidenceAt(file, text, m.index),
        source: 'Route()'
      })

    // include_router / register_blueprint / mount.
    for (const m of text.matchAll(/\b([A-Za-z_]\w*)\.(include_router|register_blueprint|mount)\(/g)) {
      const args = this.callArgs(text, m.index + m[0].length - 1)
      const positional = args.filter(a => !/^\w+\s*=/.test(a.text))
      let prefix: string | null
      let childText: string | undefined
      if (m[2] === 'mount') {
        prefix = positional[0] ? mountPath(positional[0].text) : null
        childText =
          positional[1]?.text ?? args.find(a => /^app\s*=/.test(a.text))?.text.replace(/^app\s*=\s*/, '')
      } else {
        const key = m[2] === 'register_blueprint' ? 'url_prefix' : 'prefix'
        // A prefix named by a module constant (`prefix=API_PREFIX`, imported from `constants`) is its string.
        prefix = keyword(args, key) ?? this.constantString(mod, keywordText(args, key)) ?? ''
        childText =
          positional[0]?.text ??
          args.find(a => /^(?:router|blueprint)\s*=/.test(a.text))?.text.replace(/^\w+\s*=\s*/, '')
      }
      if (prefix === null || !childText) continue
      // `for route in ROUTERS: app.include_router(route, prefix=…)`: each router the list names is mounted.
      const looped = loopedList(text, m.index, childText)
      const children = looped ? this.listItems(mod, looped) : [this.refNode(mod, childText)]
      for (const child of children)
        if (child)
          this.graph.addMount({
            parent: this.refNode(mod, m[1]!) ?? `${file}#${m[1]}`,
            child,
            prefix,
            evidence: evidenceAt(file, text, m.index)
          })
    }
  }

  private callArgs(text: string, open: number): { text: string; start: number }[] {
    const close = matchClose(text, open)
    return close < 0 ? [] : splitArgs(text, open + 1, close)
  }

  private module(file: string): PyModule | null {
    if (this.modules.has(file)) return this.modules.get(file)!
    const raw = this.ctx.tree.read(file)
    let mod: PyModule | null = null
    if (raw !== null) {
      const text = stripHashComments(raw)
      // Resolving every import of the 300 modules read (a lookup per candidate file) was a tenth of a large
      // Django app's analysis (issue 16 item 12); only the modules a router reference goes through need it.
      let imports: Map<string, PyImport> | undefined
      const readImports = (): Map<string, PyImport> => this.readImports(file, text)
      mod = {
        file,
        text,
        get imports() {
          return (imports ??= readImports())
        }
      }
    }
    this.modules.set(file, mod)
    return mod
  }

  private readImports(file: string, text: string): Map<string, PyImport> {
    const imports = new Map<string, PyImport>()
    for (const m of text.matchAll(/^[ \t]*from\s+(\.*[\w.]*)\s+import\s+(\([^)]*\)|[^\n]+)/gm)) {
      const base = this.moduleFile(file, m[1]!)
      for (const part of m[2]!.replace(/[()\\]/g, ' ').split(',')) {
        const [name, alias] = part.trim().split(/\s+as\s+/)
        if (!name || !/^\w+$/.test(name)) continue
        const sub = this.moduleFile(file, `${m[1]!}${m[1]!.endsWith('.') ? '' : '.'}${name}`)
        if (sub) imports.set(alias ?? name, { file: sub, name: '*' })
        else if (base) imports.set(alias ?? name, { file: base, name })
      }
    }
    for (const m of text.matchAll(/^[ \t]*import\s+([\w.]+)(?:\s+as\s+(\w+))?\s*$/gm)) {
      const target = this.moduleFile(file, m[1]!)
      if (target) imports.set(m[2] ?? m[1]!, { file: target, name: '*' })
    }
    return imports
  }

  /** File of a dotted (or relative `.x`, `..x`) module, tried from the app dir, `src/` and the file's folder. */
  private moduleFile(from: string, spec: string): string | null {
    const dots = /^\.*/.exec(spec)![0].length
    const rest = spec.slice(dots).split('.').filter(Boolean).join('/')
    const roots: string[] = []
    if (dots > 0) {
      let dir = dirname(from)
      for (let i = 1; i < dots; i++) dir = dirname(dir)
      roots.push(dir)
    } else roots.push(this.ctx.dir, this.ctx.path('src'), dirname(from))
    for (const root of roots) {
      const base = rest ? (root === '.' ? rest : `${root}/${rest}`) : root
      for (const f of [`${base}.py`, `${base}/__init__.py`]) if (this.ctx.tree.has(f)) return f
    }
    return null
  }

  /** Node of `router`, `health.router`, `api.v1.router` as seen from `mod`. */
  /** The string a module constant holds (`API_PREFIX = "/v1"`, here or where it is imported from), or null. */
  private constantString(mod: PyModule, expr: string | null): string | null {
    const node = expr ? this.refNode(mod, expr) : null
    if (!node) return null
    const [file, name] = node.split('#') as [string, string]
    const text = this.module(file)?.text
    const m = text
      ? new RegExp(`^${name}\\s*(?::[^=\\n]+)?=\\s*(["'])([^"'{}\\n]*)\\1\\s*$`, 'm').exec(text)
      : null
    return m ? m[2]! : null
  }

  /** The router nodes a list constant names (`ROUTERS = [health_router, agents_router]`), here or imported. */
  private listItems(mod: PyModule, expr: string): (string | null)[] {
    const node = this.refNode(mod, expr)
    if (!node) return []
    const [file, name] = node.split('#') as [string, string]
    const target = this.module(file)
    if (!target) return []
    const m = new RegExp(`^${name}\\s*(?::[^=\\n]+)?=\\s*\\[`, 'm').exec(target.text)
    if (!m) return []
    const open = m.index + m[0].length - 1
    const close = matchClose(target.text, open)
    if (close < 0) return []
    return splitArgs(target.text, open + 1, close)
      .map(a => a.text.trim())
      .filter(t => /^[A-Za-z_][\w.]*$/.test(t))
      .slice(0, 100)
      .map(t => this.refNode(target, t))
  }

  private refNode(mod: PyModule, expr: string, depth = 0): string | null {
    const parts = expr.trim().split('.')
    if (!parts.every(p => /^[A-Za-z_]\w*$/.test(p))) return null
    const head = parts[0]!
    const imp = mod.imports.get(head)
    if (!imp) return parts.length === 1 ? `${mod.file}#${head}` : null
    let file = imp.file
    let name = imp.name === '*' ? null : imp.name
    for (const p of parts.slice(1)) {
      if (name !== null) return null
      // `package.module` when `package` is a package folder, else an attribute of the module.
      const pkg = /(^|\/)__init__\.py$/.test(file) ? dirname(file) : null
      const sub = pkg
        ? [`${pkg}/${p}.py`, `${pkg}/${p}/__init__.py`].find(f => this.ctx.tree.has(f))
        : undefined
      if (sub) file = sub
      else name = p
    }
    if (name === null) return null
    const target = this.module(file)
    const again = target?.imports.get(name)
    if (target && again && again.name !== '*' && depth < 5) return this.refNode(target, name, depth + 1)
    return `${file}#${name}`
  }
}

/** The expression given for keyword `key` (`prefix=API_PREFIX` → `API_PREFIX`), or null. */
function keywordText(args: { text: string }[], key: string): string | null {
  for (const a of args) {
    const m = new RegExp(`^${key}\\s*=\\s*(.+)$`, 's').exec(a.text)
    if (m) return m[1]!.trim()
  }
  return null
}

/**
 * The list a `for` loop enclosing the call at `index` iterates when the call's argument is the loop variable
 * (`for route in v1_routes:` above `app.include_router(route, …)`), or null.
 */
function loopedList(text: string, index: number, variable: string): string | null {
  const name = variable.trim()
  if (!/^[A-Za-z_]\w*$/.test(name)) return null
  const lineStart = text.lastIndexOf('\n', index) + 1
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0].length
  const before = text.slice(Math.max(0, lineStart - 2000), lineStart)
  let found: string | null = null
  for (const m of before.matchAll(/^([ \t]*)for\s+([A-Za-z_]\w*)\s+in\s+([A-Za-z_][\w.]*)\s*:[ \t]*$/gm))
    found = m[2] === name && m[1]!.length < indent ? m[3]! : m[1]!.length < indent ? null : found
  return found
}

function keyword(args: { text: string }[], key: string): string | null {
  for (const a of args) {
    const m = new RegExp(`^${key}\\s*=\\s*(.+)$`, 's').exec(a.text)
    if (m) return stringValue(m[1]!)
  }
  return null
}

/**
 * The path a sub-app is mounted on: a string literal, or a literal after a deployment base path
 * (`get_base_path() + "/api/v1"`, `f"{settings.BASE_PATH}/api/v1"`), which is empty unless an operator
 * sets it. Only heads named like a base or root path are dropped: `settings.API_PREFIX + "/v1"` carries a
 * real segment the literal alone would lose.
 */
export function mountPath(text: string): string | null {
  const literal = stringValue(text)
  if (literal !== null) return literal
  const t = text.trim()
  const BASE = String.raw`[\w.]*(?:base|root)_?(?:path|url|prefix)\w*(?:\(\s*\))?`
  const concat = new RegExp(String.raw`^${BASE}\s*\+\s*(["'])(\/[^"'{}]*)\1$`, 'i').exec(t)
  if (concat) return concat[2]!
  const fstring = new RegExp(String.raw`^f(["'])\{${BASE}\}(\/[^"'{}]*)\1$`, 'i').exec(t)
  return fstring ? fstring[2]! : null
}

function stringValue(text: string): string | null {
  const m = /^[rbuf]?(["'])([^"'{}]*)\1$/.exec(text.trim())
  return m ? m[2]! : null
}
