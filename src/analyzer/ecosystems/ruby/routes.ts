// Ruby route graph: Rails `namespace :api do … end` / `scope "/api" do … end` / `scope path: "api"` blocks in
// config/routes.rb, Sinatra (sinatra-contrib) `namespace '/api' do … end`, Roda `r.on "api" do … end`. Each
// block prefixes the `get`/`match` routes inside it; `scope module: :x` (no path) adds nothing.
import { evidenceAt, stripHashComments } from '../../signals/evidence.js'
import { rubyBlockEnd } from '../../signals/code-spans.js'
import { addPrefixSpans, healthCandidatesFrom, RouteGraph, type PrefixSpan } from '../../signals/routes.js'
import type { AppContext } from '../../provider.js'
import type { Candidate } from '../../candidate.js'

const BLOCK =
  /^[ \t]*(?:(namespace)\s*\(?\s*(?::(\w+)|["']([^"']*)["'])([^\n]*?)|(scope)\s*\(?\s*(?:["']([^"']*)["']|([^\n]*?))|r\.on\s*\(?\s*["']([^"']*)["'][^\n]*?)\s*\)?\s*do\b/gm
const ROUTE = /^[ \t]*(?:get|match|r\.get|r\.is)\s*\(?\s*(?:["']([^"']*)["']|:(\w+))/gm

/** Health candidates from composed Ruby routes. */
export function rubyComposedHealth(ctx: AppContext, files: readonly string[]): Candidate<string>[] {
  const graph = new RouteGraph()
  for (const file of files.slice(0, 200)) {
    const raw = ctx.tree.read(file)
    if (raw === null || !/\b(?:namespace|scope|r\.on)\b/.test(raw)) continue
    const text = stripHashComments(raw)
    const spans: PrefixSpan[] = []
    for (const m of text.matchAll(BLOCK)) {
      const prefix = blockPrefix(m)
      const end = rubyBlockEnd(text, m.index + m[0].lastIndexOf('do'))
      if (end > 0) spans.push({ start: m.index, end, prefix, evidence: evidenceAt(file, text, m.index) })
    }
    if (spans.length === 0) continue
    const nodeAt = addPrefixSpans(graph, file, spans, () => `${file}#<routes>`)
    for (const m of text.matchAll(ROUTE)) {
      const path = m[1] ?? m[2]!
      graph.addRoute({
        router: nodeAt(m.index),
        path,
        evidence: evidenceAt(file, text, m.index),
        source: 'route'
      })
    }
  }
  return healthCandidatesFrom(graph.resolve())
}

function blockPrefix(m: RegExpMatchArray): string {
  if (m[1]) {
    // `namespace :api, path: "v2"` serves under the given path instead of the name.
    const path = /\bpath:\s*["']([^"']*)["']/.exec(m[4] ?? '')
    return path ? path[1]! : (m[2] ?? m[3] ?? '')
  }
  if (m[5]) {
    if (m[6] !== undefined) return m[6]
    // `scope "/v1", module: :v1` or `scope path: "v1"`; `scope module: :web` has no path.
    const path = /^["']([^"']*)["']|\bpath:\s*["']([^"']*)["']/.exec(m[7] ?? '')
    return path ? (path[1] ?? path[2]!) : ''
  }
  return m[8] ?? ''
}
