// Rust route graph: actix-web `web::scope("/api")` chains (routes, `web::resource`, `#[get]` handlers added
// with `.service(handler)`, `.configure(module::api)`), axum `.nest("/api", router)` / `.merge(router())` with
// routers built in `fn router() -> Router` or `let api = Router::new()…`. Functions are crate-wide nodes
// (`fn:name`), so `configure(app::routes::api)` reaches `fn api` in another file.
import { evidenceAt } from '../../signals/evidence.js'
import { expressionEnd, matchClose, nextBrace } from '../../signals/code-spans.js'
import {
  addPrefixSpans,
  healthCandidatesFrom,
  RouteGraph,
  type PrefixSpan,
  type ResolvedRoute
} from '../../signals/routes.js'
import { infoRank, publicInfoCandidates, type InfoRoute } from '../../signals/info-routes.js'
import { splitArgs } from '../../signals/code-spans.js'
import { stripCComments } from '../common/provider-helpers.js'
import { hasComputedRoute, pathBindings, resolveComputedRoutes } from './route-strings.js'
import type { AppContext } from '../../provider.js'
import type { Candidate } from '../../candidate.js'
import { warpInfoRoutes } from './warp-info.js'

const ROUTE_HINT =
  /\b(?:scope|(?:api_)?route(?:_with)?|resource|nest(?:_\w+)?|merge|service|configure)\s*\(|#\[(?:\w+::)*(?:get|head|route)\(|#\[utoipa::path\(|\broutes!\(/

/** Health candidates from composed Rust routes. */
export function rustComposedHealth(ctx: AppContext, files: readonly string[]): Candidate<string>[] {
  return healthCandidatesFrom(resolvedRoutes(ctx, files))
}

/**
 * With no health route, a version/info GET whose handler takes no parameters at all (`async fn
 * get_version() -> Json<Version>`): no extractor means no authentication and no state, so no database.
 * Read from route attributes (`#[utoipa::path(get, path = "/version")]`, `#[get("/version")]`) with their
 * composed prefix (`.nest("/api", api::router())` → `/api/version`).
 */
export function rustPublicInfo(ctx: AppContext, files: readonly string[]): Candidate<string>[] {
  const routes: InfoRoute[] = []
  for (const r of resolvedRoutes(ctx, files)) {
    if (infoRank(r.path, '') < 0) continue
    const text = ctx.tree.read(r.route.evidence.file)
    if (text === null) continue
    const at = text
      .split('\n')
      .slice(0, r.route.evidence.line - 1)
      .join('\n').length
    if (r.route.source === 'route()') {
      const builder = builderInfoRoute(ctx, files, text.slice(at, at + 600), r.path)
      if (builder) routes.push({ ...builder, evidence: r.evidence })
      continue
    }
    if (!/attribute$/.test(r.route.source)) continue
    const fn = /\bfn\s+(\w+)\s*(?:<[^>]*>)?\s*\(([^)]*)\)/.exec(text.slice(at, at + 1500))
    if (!fn || fn[2]!.trim() !== '') continue
    routes.push({
      path: r.path,
      handler: fn[1]!,
      evidence: r.evidence,
      publicBecause: 'its handler takes no extractor: no authentication, no state',
      database: null
    })
  }
  return publicInfoCandidates([...routes, ...warpInfoRoutes(ctx, files)])
}

/**
 * A builder route to a version/info path (`.route("/version", get(|| async { env!("CARGO_PKG_VERSION") }))`,
 * `.route("/info", get(info))`) whose GET handler takes no extractor: a closure without parameters, or a
 * function whose definition in the app's files has an empty parameter list. `text` starts at the route call.
 * Routes with any other method router, or a handler that extracts anything (`|State(s): State<App>|`,
 * `fn info(auth: Auth)`), are not probes.
 */
function builderInfoRoute(
  ctx: AppContext,
  files: readonly string[],
  text: string,
  path: string
): Omit<InfoRoute, 'evidence'> | null {
  const m =
    /^\n?[^\n]*?\.(?:api_)?route(?:_with)?\(\s*"[^"]*"\s*,\s*get\(\s*(?:((?:move\s+)?\|\s*\|)|((?:\w+::)*(\w+))\s*\))/.exec(
      text
    )
  if (!m) return null
  const base = { path, publicBecause: '', database: null }
  if (m[1] !== undefined)
    return {
      ...base,
      handler: 'closure',
      publicBecause: 'its GET handler is a closure taking no extractor: no authentication, no state'
    }
  const name = m[3]!
  const definition = new RegExp(`\\bfn\\s+${name}\\s*(?:<[^>]*>)?\\s*\\(([^)]*)\\)`)
  for (const file of files.slice(0, 400)) {
    const source = ctx.tree.read(file)
    const fn = source?.includes(`fn ${name}`) ? definition.exec(source) : null
    if (!fn) continue
    return fn[1]!.trim() === ''
      ? {
          ...base,
          handler: name,
          publicBecause: 'its handler takes no extractor: no authentication, no state'
        }
      : null
  }
  return null
}

function resolvedRoutes(ctx: AppContext, files: readonly string[]): ResolvedRoute[] {
  const graph = new RouteGraph()
  const texts = new Map<string, string>()
  for (const file of files.slice(0, 400)) {
    const raw = ctx.tree.read(file)
    if (raw !== null && ROUTE_HINT.test(raw)) texts.set(file, stripCComments(raw))
  }
  // Paths computed with format! or held in bindings and config fields (route-strings.ts), which may be
  // built in a file without routes (`config.rs`): read only when a route takes a computed path.
  if ([...texts.values()].some(hasComputedRoute)) {
    const sources: string[] = []
    for (const file of files.slice(0, 400)) {
      const raw = texts.get(file) ?? ctx.tree.read(file)
      if (raw !== null && (raw.includes('format!(') || raw.includes('"/'))) sources.push(stripCComments(raw))
    }
    const bindings = pathBindings(sources)
    for (const [file, text] of texts) texts.set(file, resolveComputedRoutes(text, bindings))
  }
  const known = new Set<string>()
  for (const [file, text] of texts)
    for (const m of text.matchAll(/\bfn\s+(\w+)/g)) known.add(fnId(modulePath(file), m[1]!))
  for (const [file, text] of texts) readFile(graph, file, text, new FnResolver(file, text, known))
  return graph.resolve()
}

/** `src/api/routes.rs` → `api::routes`; `src/api/mod.rs` → `api`; `src/main.rs` → ''. */
function modulePath(file: string): string {
  const i = file.lastIndexOf('src/')
  const rel = (i < 0 ? file : file.slice(i + 4)).replace(/\.rs$/, '')
  return rel
    .split('/')
    .filter((seg, k, all) => !(k === all.length - 1 && /^(?:main|lib|mod)$/.test(seg)))
    .join('::')
}

function fnId(module: string, name: string): string {
  return `fn:${module ? `${module}::` : ''}${name}`
}

/** Resolves `routes::api`, `super::system::health`, `crate::x::f`, `router` and `use` aliases to a function node. */
class FnResolver {
  private readonly module: string
  private readonly aliases = new Map<string, string>()

  constructor(
    file: string,
    text: string,
    private readonly known: Set<string>
  ) {
    this.module = modulePath(file)
    for (const m of text.matchAll(/\buse\s+([\w:]+?)(?:::\{([^}]*)\})?\s*;/g)) {
      const names = m[2] ? m[2].split(',').map(n => `${m[1]}::${n.trim()}`) : [m[1]!]
      for (const full of names) {
        const [path, alias] = full.split(/\s+as\s+/)
        const segs = path!.split('::')
        const last = alias ?? segs[segs.length - 1]!
        if (last !== 'self' && last !== '*') this.aliases.set(last, this.absolute(segs))
      }
    }
  }

  private absolute(segs: string[]): string {
    let base = this.module ? this.module.split('::') : []
    const out: string[] = []
    for (const [k, seg] of segs.entries()) {
      if (k === 0 && seg === 'crate') base = []
      else if (seg === 'super') base = base.slice(0, -1)
      else if (k === 0 && seg === 'self') continue
      else out.push(seg)
    }
    return [
      ...(segs[0] === 'crate' || segs[0] === 'super' || segs[0] === 'self' ? base : ['?']),
      ...out
    ].join('::')
  }

  resolve(path: string): string {
    const segs = path.split('::')
    const name = segs[segs.length - 1]!
    const alias = this.aliases.get(segs[0]!)
    const tries: string[] = []
    if (alias) tries.push([alias.replace(/^\?::/, ''), ...segs.slice(1)].join('::'))
    const abs = this.absolute(segs)
    if (!abs.startsWith('?')) tries.push(abs)
    const rel = segs.join('::')
    tries.push(this.module ? `${this.module}::${rel}` : rel, rel)
    if (this.module.includes('::')) tries.push(`${this.module.split('::').slice(0, -1).join('::')}::${rel}`)
    for (const t of tries) if (this.known.has(`fn:${t}`)) return `fn:${t}`
    const anywhere = [...this.known].filter(k => k.endsWith(`::${name}`) || k === `fn:${name}`)
    return anywhere.length === 1 ? anywhere[0]! : fnId(this.module, rel)
  }

  own(name: string): string {
    return fnId(this.module, name)
  }
}

function readFile(graph: RouteGraph, file: string, text: string, fns: FnResolver): void {
  const spans: PrefixSpan[] = []
  // Functions and `let x = …;` bindings own the routes built inside them.
  const fnBodies: { node: string; brace: number; end: number }[] = []
  for (const m of text.matchAll(/\bfn\s+(\w+)\s*(?:<[^>{]*>)?\s*\(/g)) {
    const brace = nextBrace(text, m.index + m[0].length, 600, true)
    const end = brace < 0 ? -1 : matchClose(text, brace, true)
    if (end > 0) fnBodies.push({ node: fns.own(m[1]!), brace, end })
    if (end > 0)
      spans.push({
        start: brace,
        end,
        prefix: '',
        evidence: evidenceAt(file, text, m.index),
        node: fns.own(m[1]!)
      })
  }
  const bindings: { name: string; start: number; rhs: number }[] = []
  for (const m of text.matchAll(/\blet\s+(?:mut\s+)?(\w+)\s*(?::[^=;]+)?=\s*/g)) {
    const end = expressionEnd(text, m.index + m[0].length, true)
    bindings.push({ name: m[1]!, start: m.index, rhs: m.index + m[0].length })
    spans.push({
      start: m.index,
      end,
      prefix: '',
      evidence: evidenceAt(file, text, m.index),
      node: `${file}#${m[1]}`
    })
  }
  // actix `web::scope("/api")…`: the prefix covers the rest of the chain.
  for (const m of text.matchAll(/\b(?:web::)?scope\(\s*"([^"]*)"\s*\)/g)) {
    spans.push({
      start: m.index,
      end: expressionEnd(text, m.index + m[0].length, true),
      prefix: m[1]!,
      evidence: evidenceAt(file, text, m.index)
    })
  }
  // `web::resource("/health").route(web::get()…)` / `.to(handler)`: a path whose chain holds the methods.
  const resources: { index: number; path: string }[] = []
  for (const m of text.matchAll(/\bweb::resource\(\s*"([^"]*)"\s*\)/g))
    resources.push({ index: m.index, path: m[1]! })
  // axum `.nest("/api", Router::new()…)`: an inline router gets the prefix lexically.
  const nests: { index: number; prefix: string; arg: { text: string; start: number } | undefined }[] = []
  // Any `nest_*` method nests too: axum `nest_service`, aide's `nest_api_service`.
  for (const m of text.matchAll(/\.nest(?:_\w+)?\(\s*"([^"]*)"\s*,/g)) {
    const open = m.index + m[0].indexOf('(')
    const close = matchClose(text, open, true)
    if (close < 0) continue
    const arg = splitArgs(text, open + 1, close)[1]
    nests.push({ index: m.index, prefix: m[1]!, arg })
    if (arg && /^Router::/.test(arg.text))
      spans.push({ start: arg.start, end: close, prefix: m[1]!, evidence: evidenceAt(file, text, m.index) })
  }
  const nodeAt = addPrefixSpans(graph, file, spans, () => `${file}#<module>`)

  // axum `.route("/x", …)`, aide's `.api_route("/x", …)` / `.api_route_with("/x", …)`.
  for (const m of text.matchAll(/\.(?:api_)?route(?:_with)?\(\s*"([^"]*)"/g))
    graph.addRoute({
      router: nodeAt(m.index),
      path: m[1]!,
      evidence: evidenceAt(file, text, m.index),
      source: 'route()'
    })
  for (const r of resources)
    graph.addRoute({
      router: nodeAt(r.index),
      path: r.path,
      evidence: evidenceAt(file, text, r.index),
      source: 'web::resource'
    })
  for (const m of text.matchAll(
    /#\[(?:\w+::)*(?:get|head|route)\(\s*"([^"]*)"[^\]]*\]\s*(?:#\[[^\]]*\]\s*)*(?:pub\s+)?(?:async\s+)?fn\s+(\w+)/g
  ))
    graph.addRoute({
      router: fns.own(m[2]!),
      path: m[1]!,
      evidence: evidenceAt(file, text, m.index),
      source: 'route attribute'
    })

  // utoipa: `#[utoipa::path(get, path = "/health", …)] async fn health_check()` documents a GET route of
  // the handler; utoipa-axum's `.routes(routes!(health_check))` adds it to the router it is called on.
  for (const m of text.matchAll(/#\[utoipa::path\(/g)) {
    const open = m.index + m[0].length - 1
    const close = matchClose(text, open, true)
    if (close < 0) continue
    const args = text.slice(open + 1, close)
    const path = /\bpath\s*=\s*"([^"]*)"/.exec(args)
    const fn = /^\s*\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?(?:async\s+)?fn\s+(\w+)/.exec(
      text.slice(close + 1, close + 400)
    )
    if (!path || !fn || !/^\s*(?:get|head)\b/.test(args)) continue
    graph.addRoute({
      router: fns.own(fn[1]!),
      path: path[1]!,
      evidence: evidenceAt(file, text, m.index),
      source: 'utoipa::path attribute'
    })
  }
  for (const m of text.matchAll(/\broutes!\(([^()]*)\)/g))
    for (const name of m[1]!.split(',').map(n => n.trim()))
      if (/^(?:\w+::)*\w+$/.test(name))
        graph.addMount({
          parent: nodeAt(m.index),
          child: fns.resolve(name),
          prefix: '',
          evidence: evidenceAt(file, text, m.index)
        })

  // Mounts: `.service(handler)`, `.configure(module::api)`, `.merge(router())`, `.nest("/x", router())`.
  for (const m of text.matchAll(/\.(service|configure|merge)\(\s*((?:\w+::)*\w+)\s*(\(\s*)?/g)) {
    if (m[2] === 'web' || /^web::/.test(m[2]!)) continue
    const child = refNode(file, m[2]!, !!m[3] || m[1] === 'configure' || m[1] === 'service', fns)
    graph.addMount({ parent: nodeAt(m.index), child, prefix: '', evidence: evidenceAt(file, text, m.index) })
  }
  // `let v1 = v1::router(cfg)…;` is the router that function builds.
  for (const b of bindings) {
    const call = /^((?:\w+::)*\w+)\s*\(/.exec(text.slice(b.rhs, b.rhs + 200))
    if (!call || /(?:^|::)new$/.test(call[1]!) || /^(?:\w+::)*Router$/.test(call[1]!)) continue
    graph.addMount({
      parent: `${file}#${b.name}`,
      child: refNode(file, call[1]!, true, fns),
      prefix: '',
      evidence: evidenceAt(file, text, b.start)
    })
  }
  // A function returns the router a binding holds: `let ret = Router::new()…; … ret` or `return ret…`.
  for (const f of fnBodies) {
    const body = text.slice(f.brace + 1, f.end)
    for (const b of bindings) {
      if (b.start <= f.brace || b.start >= f.end) continue
      const returned = new RegExp(`(?:\\breturn\\s+${b.name}\\b|\\b${b.name}\\s*$)`).test(body.trimEnd())
      if (returned)
        graph.addMount({
          parent: f.node,
          child: `${file}#${b.name}`,
          prefix: '',
          evidence: evidenceAt(file, text, b.start)
        })
    }
  }
  for (const n of nests) {
    const ref = n.arg && /^((?:\w+::)*\w+)\s*(\()?/.exec(n.arg.text)
    if (!ref || /^Router::/.test(n.arg!.text)) continue
    graph.addMount({
      parent: nodeAt(n.index),
      child: refNode(file, ref[1]!, !!ref[2], fns),
      prefix: n.prefix,
      evidence: evidenceAt(file, text, n.index)
    })
  }
}

/** `app::routes::api` / `router()` → `fn:api`; a plain binding `api` → this file's `let api`. */
function refNode(file: string, path: string, isFn: boolean, fns: FnResolver): string {
  return isFn || path.includes('::') ? fns.resolve(path) : `${file}#${path}`
}
