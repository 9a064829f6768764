// Route composition shared by every ecosystem: a small "route graph" per app. Routes are declared on a router
// (an Express Router, a FastAPI APIRouter, a gin group, an actix scope, a Rails namespace block …); routers
// have their own prefixes and are mounted into other routers under a prefix. Resolving the graph gives every
// route its full path, with the evidence line of each prefix and mount that made it, so `/health` declared
// on a router mounted at `/api` is reported as `/api/health` and proven by both lines.
//
// Per-language extractors (`providers/*-routes.ts`) fill the graph from source; nodes are plain string ids
// they choose (`file#variable`, `fn:name`, `span:file:offset`).
import type { Evidence } from '../report.js'
import type { Candidate } from '../candidate.js'
import { HEALTH } from '../precedence.js'
import { healthRank, joinRoute } from './health.js'
import { sortCandidates } from './ports.js'

export interface RouteDecl {
  router: string
  /** Path as written (relative or absolute; '' = the router's own root). */
  path: string
  evidence: Evidence
  /** Short origin shown in the candidate's source, e.g. `router.get()`. */
  source: string
  confidence?: number
  /** More proof after the route line (where a route object's path is written). */
  detail?: Evidence[]
}

export interface MountDecl {
  parent: string
  child: string
  prefix: string
  evidence: Evidence
}

export interface PrefixDecl {
  router: string
  prefix: string
  evidence: Evidence
}

export interface ResolvedRoute {
  path: string
  /** Outermost prefix first, the route's own line last. */
  evidence: Evidence[]
  source: string
  confidence: number
  route: RouteDecl
}

const MAX_DEPTH = 8
const MAX_CHAINS = 12

export class RouteGraph {
  readonly routes: RouteDecl[] = []
  readonly mounts: MountDecl[] = []
  readonly prefixes: PrefixDecl[] = []

  addRoute(route: RouteDecl): void {
    this.routes.push(route)
  }

  /** Routes no prefix can make a health path, in order among `routes` (`at`), each made when asked. */
  private readonly pending: { at: number; make: () => RouteDecl | null }[] = []

  /**
   * A route whose own path ends in a segment that is no health name (`mayEndHealthPath` false), so that no
   * chain of prefixes above it gives a health path; `make` finds its router (null: no route) only if
   * resolve() needs it. With pending routes, resolve() gives every route that can be a health path, each
   * with the chains it had among all routes, and may leave the others out (see resolve).
   */
  addPendingRoute(make: () => RouteDecl | null): void {
    this.pending.push({ at: this.routes.length, make })
  }

  /** Keys of `mounts` (parent, child, prefix): a large app adds hundreds, so no scan of the list per add. */
  private readonly mountKeys = new Set<string>()

  addMount(mount: MountDecl): void {
    if (mount.parent === mount.child) return
    const key = JSON.stringify([mount.parent, mount.child, mount.prefix])
    if (this.mountKeys.has(key)) return
    this.mountKeys.add(key)
    this.mounts.push(mount)
  }

  addPrefix(prefix: PrefixDecl): void {
    if (!prefix.prefix || this.prefixes.some(p => p.router === prefix.router)) return
    this.prefixes.push(prefix)
  }

  /** Every route with its full path(s): one per chain of mounts from a root router down to it. */
  resolve(globalPrefix: PrefixDecl | null = null): ResolvedRoute[] {
    if (this.pending.length === 0) return this.resolveRoutes(this.routes, globalPrefix)
    // A router's chains are memoised when its own routes walk them first, and a walk cut short (a cycle,
    // the depth limit) depends on where it began: the pending routers, walked first on some chains, could
    // change what the other routes get. Where no walk can be cut, every chain is whole whoever walked it
    // first, and the pending routes, which give no health path, are left out.
    if (this.uncut()) return this.resolveRoutes(this.routes, globalPrefix)
    const all: RouteDecl[] = []
    let next = 0
    for (let i = 0; i <= this.routes.length; i++) {
      while (next < this.pending.length && this.pending[next]!.at === i) {
        const route = this.pending[next++]!.make()
        if (route) all.push(route)
      }
      if (i < this.routes.length) all.push(this.routes[i]!)
    }
    return this.resolveRoutes(all, globalPrefix)
  }

  /**
   * True when no walk of chains() can stop at a cycle or at the depth limit with parents left: the mounts
   * hold no cycle, and no router lies more than MAX_DEPTH mounts below a root.
   */
  private uncut(): boolean {
    const parentsOf = this.parentsOf()
    const height = new Map<string, number>()
    const visit = (node: string, depth: number): number => {
      const known = height.get(node)
      if (known !== undefined) return known
      if (depth > MAX_DEPTH) return Infinity
      height.set(node, Infinity) // on the current path: a cycle reaching it again is cut
      let h = 0
      for (const m of parentsOf.get(node) ?? []) {
        h = Math.max(h, 1 + visit(m.parent, depth + 1))
        if (h > MAX_DEPTH) break
      }
      height.set(node, h)
      return h
    }
    for (const node of parentsOf.keys()) if (visit(node, 0) > MAX_DEPTH) return false
    return true
  }

  /** Mounts by child, in the order they were added (what a filter of `mounts` per node would give). */
  private parentsOf(): Map<string, MountDecl[]> {
    const parentsOf = new Map<string, MountDecl[]>()
    for (const m of this.mounts) {
      const list = parentsOf.get(m.child)
      if (list) list.push(m)
      else parentsOf.set(m.child, [m])
    }
    return parentsOf
  }

  private resolveRoutes(routes: readonly RouteDecl[], globalPrefix: PrefixDecl | null): ResolvedRoute[] {
    const memo = new Map<string, Chain[]>()
    const out: ResolvedRoute[] = []
    const parentsOf = this.parentsOf()
    for (const route of routes) {
      for (const chain of this.chains(route.router, memo, new Set(), 0, parentsOf)) {
        const outer = globalPrefix ? [globalPrefix.evidence] : []
        out.push({
          path: withSlash(
            joinRoute(joinRoute(globalPrefix?.prefix ?? '', chain.prefix), route.path),
            route.path
          ),
          evidence: dedupe([...outer, ...chain.evidence, route.evidence, ...(route.detail ?? [])]),
          source: route.source,
          confidence: route.confidence ?? HEALTH.route,
          route
        })
      }
    }
    return out
  }

  /** Prefix chains that reach `node` from a root (a router nobody mounts). */
  private chains(
    node: string,
    memo: Map<string, Chain[]>,
    visiting: Set<string>,
    depth: number,
    parentsOf: ReadonlyMap<string, MountDecl[]>
  ): Chain[] {
    const cached = memo.get(node)
    if (cached) return cached
    const own = this.prefixes.find(p => p.router === node)
    const ownChain: Chain = own
      ? { prefix: own.prefix, evidence: [own.evidence] }
      : { prefix: '', evidence: [] }
    const parents = parentsOf.get(node) ?? []
    let result: Chain[]
    if (parents.length === 0 || depth >= MAX_DEPTH || visiting.has(node)) {
      result = [ownChain]
    } else {
      visiting.add(node)
      result = []
      for (const m of parents) {
        for (const up of this.chains(m.parent, memo, visiting, depth + 1, parentsOf)) {
          if (result.length >= MAX_CHAINS) break
          result.push({
            prefix: joinRoute(joinRoute(up.prefix, m.prefix), ownChain.prefix),
            evidence: [...up.evidence, m.evidence, ...ownChain.evidence]
          })
        }
      }
      visiting.delete(node)
    }
    if (depth === 0 || !visiting.size) memo.set(node, result)
    return result
  }
}

interface Chain {
  prefix: string
  evidence: Evidence[]
}

// A route written with a trailing slash (FastAPI `/health-check/`, Django `health/`) is served there; the
// other spelling redirects, which a load balancer counts as unhealthy.
function withSlash(full: string, route: string): string {
  return route.endsWith('/') && route !== '/' && full !== '/' ? `${full}/` : full
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>()
  return evidence.filter(e => {
    const key = `${e.file}:${e.line}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Health-looking resolved routes as candidates, best name first (same ranking as `findHealthRoutes`). */
export function healthCandidatesFrom(resolved: ResolvedRoute[]): Candidate<string>[] {
  const ranked = resolved
    .map(r => ({ r, rank: healthRank(r.path) }))
    .filter(x => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
  const list: Candidate<string>[] = []
  for (const { r } of ranked) {
    const file = r.route.evidence.file
    addFirst(list, {
      value: r.path,
      confidence: r.confidence,
      source: `${file} ${r.source}`,
      evidence: r.evidence
    })
  }
  return list.map((c, i) => ({ ...c, confidence: Math.max(0.5, c.confidence - i * 0.01) }))
}

/**
 * Merges composed health candidates into the flat ones a provider found line by line: a flat candidate
 * whose route line the graph resolved is replaced (the composed path is the true one); the rest are kept.
 * The result is ordered best health name first, so a composed `/api/health` and a flat `/healthz` compare
 * like any two routes.
 */
export function mergeComposedHealth(
  flat: Candidate<string>[],
  composed: Candidate<string>[]
): Candidate<string>[] {
  if (composed.length === 0) return flat
  const covered = new Set(composed.flatMap(c => c.evidence.map(lineKey)))
  const kept = flat.filter(c => !c.evidence.some(e => covered.has(lineKey(e))))
  const all: Candidate<string>[] = []
  for (const c of [...composed, ...kept]) addFirst(all, c)
  const ranked = all
    .map(c => ({ c, rank: healthRank(c.value) }))
    .sort((a, b) => rankOf(a.rank) - rankOf(b.rank) || b.c.confidence - a.c.confidence)
  // Same nudge as findHealthRoutes: best-named path first, each later one a hundredth lower.
  return sortCandidates(
    ranked.map(({ c }, i) => ({ ...c, confidence: Math.max(0.5, c.confidence - i * 0.01) }))
  )
}

/** Adds `c` unless a candidate with its value is already listed (composed evidence chains stay whole). */
function addFirst(list: Candidate<string>[], c: Candidate<string>): void {
  if (!list.some(x => x.value === c.value)) list.push(c)
}

function rankOf(rank: number): number {
  return rank < 0 ? 99 : rank
}

function lineKey(e: Evidence | undefined): string {
  return e ? `${e.file}:${e.line}` : ''
}

/** A lexical block that prefixes every route inside it (a chi `Route` closure, a Rails `namespace` block …). */
export interface PrefixSpan {
  start: number
  end: number
  prefix: string
  evidence: Evidence
  /** Node id for the block (a router object the block builds); default: an id of its own. */
  node?: string
}

/**
 * Adds lexical prefix blocks of one file to the graph (each block a node mounted in the block around it, or
 * in `outer(index)` at top level) and returns the node a route at `index` belongs to.
 */
export function addPrefixSpans(
  graph: RouteGraph,
  file: string,
  spans: PrefixSpan[],
  outer: (index: number) => string
): (index: number) => string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const id = (s: PrefixSpan): string => s.node ?? `span:${file}:${s.start}`
  const innermost = (index: number, except?: PrefixSpan): PrefixSpan | undefined => {
    let best: PrefixSpan | undefined
    for (const s of sorted)
      if (s !== except && index >= s.start && index < s.end && (!except || s.end >= except.end)) best = s
    return best
  }
  for (const s of sorted) {
    const parent = innermost(s.start, s)
    // A named block (a router object, a function) is a root of its own until something mounts it by name.
    if (s.node) continue
    graph.addMount({
      parent: parent ? id(parent) : outer(s.start),
      child: id(s),
      prefix: s.prefix,
      evidence: s.evidence
    })
  }
  return index => {
    const s = innermost(index)
    return s ? id(s) : outer(index)
  }
}
