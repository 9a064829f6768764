// ASP.NET Core route graph: minimal-API groups (`var api = app.MapGroup("/api"); api.MapGet("/health", …)`,
// chained `app.MapGroup("/api").MapHealthChecks("/health")`, extension methods that map routes on the group
// they receive: `api.MapOpsEndpoints()` → `static … MapOpsEndpoints(this RouteGroupBuilder group)`), and
// controllers: class `[Route("api/[controller]")]` + action `[HttpGet("health")]` (a leading `/` or `~/` on
// the action makes it absolute, as in ASP.NET).
import { evidenceAt } from '../../signals/evidence.js'
import { requiresAuthorization } from '../../signals/require-authorization.js'
import { assignedName, chainBase, matchClose, nextBrace } from '../../signals/code-spans.js'
import { addPrefixSpans, healthCandidatesFrom, RouteGraph, type PrefixSpan } from '../../signals/routes.js'
import { stripCComments } from '../common/provider-helpers.js'
import type { AppContext } from '../../provider.js'
import type { Candidate } from '../../candidate.js'

/**
 * `MapGroup(`, a `[Route…]`/`[Http…]` attribute or an extension method's `this` parameter
 * (`/MapGroup\(|\[(?:Route|Http\w+)\b|\bthis\s+\w+/`), each branch behind a search for its literal: the one
 * pattern was tried at every position of every source file of a large solution.
 */
function mayDeclareRoutes(text: string): boolean {
  return (
    text.includes('MapGroup(') ||
    ((text.includes('[Route') || text.includes('[Http')) && /\[(?:Route|Http\w+)\b/.test(text)) ||
    (text.includes('this') && /\bthis\s+\w/.test(text))
  )
}

/** Health candidates from composed ASP.NET Core routes. */
export function dotnetComposedHealth(ctx: AppContext, files: readonly string[]): Candidate<string>[] {
  const graph = new RouteGraph()
  const texts = new Map<string, string>()
  for (const file of files.slice(0, 400)) {
    const raw = ctx.tree.read(file)
    if (raw !== null && mayDeclareRoutes(raw)) texts.set(file, stripCComments(raw))
  }
  // Extension methods over route builders, solution-wide: `static X MapOps(this RouteGroupBuilder group)`.
  const extensions = new Map<string, { file: string; param: string; start: number; end: number }>()
  for (const [file, text] of texts)
    for (const m of text.matchAll(
      /\bstatic\s+[\w<>?.]+\s+(\w+)\s*\(\s*this\s+(?:IEndpointRouteBuilder|RouteGroupBuilder|WebApplication|IApplicationBuilder)\s+(\w+)/g
    )) {
      const brace = nextBrace(text, m.index + m[0].length, 300)
      const end = brace < 0 ? -1 : matchClose(text, brace)
      if (end > 0) extensions.set(m[1]!, { file, param: m[2]!, start: brace, end })
    }
  for (const [file, text] of texts) {
    readMinimalApi(graph, file, text, extensions)
    readControllers(graph, file, text)
  }
  return healthCandidatesFrom(graph.resolve())
}

function readMinimalApi(
  graph: RouteGraph,
  file: string,
  text: string,
  extensions: Map<string, { file: string; param: string; start: number; end: number }>
): void {
  const nodeOf = (name: string, index: number): string => {
    for (const [ext, e] of extensions)
      if (e.file === file && e.param === name && index > e.start && index < e.end) return `ext:${ext}`
    return `${file}#${name}`
  }
  // The router a call at `dot` is made on: a variable, an extension's parameter, or a group built inline.
  const owner = (dot: number): string | null => {
    const base = chainBase(text, dot)
    if (!base) return null
    const chain = text.slice(base.start, dot)
    const group = /\.MapGroup\(\s*"([^"]*)"\s*\)[^;]*$/.exec(chain)
    if (!group) return nodeOf(base.base, base.start)
    const id = `${file}@${base.start + group.index}`
    graph.addMount({
      parent: nodeOf(base.base, base.start),
      child: id,
      prefix: group[1]!,
      evidence: evidenceAt(file, text, base.start + group.index)
    })
    return id
  }
  for (const m of text.matchAll(/\.MapGroup\(\s*"([^"]*)"\s*\)/g)) {
    const start = chainBase(text, m.index)?.start ?? m.index
    const name = assignedName(text, start)
    if (!name || !/^\s*\w+\s*$/.test(text.slice(start, m.index))) continue
    const parent = owner(m.index)
    if (parent)
      graph.addMount({
        parent,
        child: nodeOf(name, m.index),
        prefix: m[1]!,
        evidence: evidenceAt(file, text, m.index)
      })
  }
  for (const m of text.matchAll(/\.(?:MapGet|MapMethods|MapHealthChecks|MapHealthChecksUI)\(\s*"([^"]*)"/g)) {
    const router = owner(m.index)
    if (router && !requiresAuthorization(text, m.index))
      graph.addRoute({ router, path: m[1]!, evidence: evidenceAt(file, text, m.index), source: 'MapGet' })
  }
  for (const m of text.matchAll(/\.(\w+)\(\s*\)/g)) {
    if (!extensions.has(m[1]!)) continue
    const parent = owner(m.index)
    if (parent)
      graph.addMount({ parent, child: `ext:${m[1]}`, prefix: '', evidence: evidenceAt(file, text, m.index) })
  }
}

function readControllers(graph: RouteGraph, file: string, text: string): void {
  const spans: PrefixSpan[] = []
  for (const m of text.matchAll(
    /\[Route\(\s*"([^"]*)"\s*\)\]\s*(?:\[[^\]]*\]\s*)*(?:public\s+|internal\s+|sealed\s+|partial\s+|abstract\s+)*class\s+(\w+)/g
  )) {
    const brace = nextBrace(text, m.index + m[0].length, 300)
    const end = brace < 0 ? -1 : matchClose(text, brace)
    const controller = m[2]!.replace(/Controller$/, '')
    if (end > 0)
      spans.push({
        start: brace,
        end,
        prefix: m[1]!.replace(/\[controller\]/gi, controller).replace(/^~/, ''),
        evidence: evidenceAt(file, text, m.index)
      })
  }
  const nodeAt = addPrefixSpans(graph, file, spans, () => `${file}#<controllers>`)
  for (const m of text.matchAll(
    /\[(?:HttpGet|HttpHead|Route)(?:\(\s*"([^"]*)"\s*\))?\]\s*(?:\[[^\]]*\]\s*)*public\s+[\w<>?,\s]+?\s(\w+)\s*\(/g
  )) {
    const path = (m[1] ?? '').replace(/\[action\]/gi, m[2]!)
    const absolute = /^~?\//.test(path)
    graph.addRoute({
      router: absolute ? `${file}#<controllers>` : nodeAt(m.index),
      path: path.replace(/^~/, ''),
      evidence: evidenceAt(file, text, m.index),
      source: 'controller route'
    })
  }
}
