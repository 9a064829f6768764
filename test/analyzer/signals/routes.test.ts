import type { Evidence } from '../../../src/analyzer/report.js'
import { healthRank, joinRoute, mayEndHealthPath } from '../../../src/analyzer/signals/health.js'
import {
  addPrefixSpans,
  healthCandidatesFrom,
  mergeComposedHealth,
  RouteGraph,
  type RouteDecl
} from '../../../src/analyzer/signals/routes.js'

const ev = (file: string, line: number, text = 'x'): Evidence => ({ file, line, text })

describe('RouteGraph', () => {
  it('joins mount prefixes, own prefixes and the route, outermost evidence first', () => {
    const g = new RouteGraph()
    g.addMount({ parent: 'app', child: 'api', prefix: '/api', evidence: ev('main.py', 3) })
    g.addPrefix({ router: 'api', prefix: '/v1', evidence: ev('api.py', 1) })
    g.addRoute({ router: 'api', path: '/health', evidence: ev('api.py', 5), source: 'route' })
    const [r] = g.resolve()
    expect(r?.path).toBe('/api/v1/health')
    expect(r?.evidence.map(e => `${e.file}:${e.line}`)).toEqual(['main.py:3', 'api.py:1', 'api.py:5'])
  })

  it('gives one path per mount of a router mounted twice', () => {
    const g = new RouteGraph()
    g.addMount({ parent: 'app', child: 'r', prefix: '/a', evidence: ev('m', 1) })
    g.addMount({ parent: 'app', child: 'r', prefix: '/b', evidence: ev('m', 2) })
    g.addRoute({ router: 'r', path: '/ping', evidence: ev('r', 1), source: 'route' })
    expect(
      g
        .resolve()
        .map(r => r.path)
        .sort()
    ).toEqual(['/a/ping', '/b/ping'])
  })

  it('drops a repeated mount (same parent, child and prefix) and keeps the order mounts were added', () => {
    const g = new RouteGraph()
    g.addMount({ parent: 'app', child: 'r', prefix: '/b', evidence: ev('m', 1) })
    g.addMount({ parent: 'other', child: 'x', prefix: '/x', evidence: ev('m', 2) })
    g.addMount({ parent: 'app', child: 'r', prefix: '/a', evidence: ev('m', 3) })
    g.addMount({ parent: 'app', child: 'r', prefix: '/b', evidence: ev('m', 4) })
    g.addMount({ parent: 'r', child: 'r', prefix: '/self', evidence: ev('m', 5) })
    g.addRoute({ router: 'r', path: '/ping', evidence: ev('r', 1), source: 'route' })
    expect(g.mounts.map(m => `${m.parent}>${m.child}${m.prefix}`)).toEqual([
      'app>r/b',
      'other>x/x',
      'app>r/a'
    ])
    expect(g.resolve().map(r => `${r.path} ${r.evidence[0]?.line}`)).toEqual(['/b/ping 1', '/a/ping 3'])
  })

  it('treats an unmounted router as a root and survives mount cycles', () => {
    const g = new RouteGraph()
    g.addMount({ parent: 'a', child: 'b', prefix: '/b', evidence: ev('f', 1) })
    g.addMount({ parent: 'b', child: 'a', prefix: '/a', evidence: ev('f', 2) })
    g.addRoute({ router: 'c', path: '/up', evidence: ev('f', 3), source: 'route' })
    g.addRoute({ router: 'b', path: '/x', evidence: ev('f', 4), source: 'route' })
    const paths = g.resolve().map(r => r.path)
    expect(paths).toContain('/up')
    expect(paths.every(p => p.length < 200)).toBe(true)
  })

  it('keeps a trailing slash the route was written with, and an empty route is the prefix itself', () => {
    const g = new RouteGraph()
    g.addMount({ parent: 'app', child: 'r', prefix: '/api/utils', evidence: ev('m', 1) })
    g.addRoute({ router: 'r', path: '/health-check/', evidence: ev('r', 1), source: 'route' })
    g.addMount({ parent: 'app', child: 's', prefix: '/healthz', evidence: ev('m', 2) })
    g.addRoute({ router: 's', path: '', evidence: ev('s', 1), source: 'route' })
    expect(g.resolve().map(r => r.path)).toEqual(['/api/utils/health-check/', '/healthz'])
  })

  it('applies a global prefix to every route', () => {
    const g = new RouteGraph()
    g.addRoute({ router: 'app', path: '/health', evidence: ev('c.java', 9), source: 'route' })
    const [r] = g.resolve({ router: '*', prefix: '/svc', evidence: ev('application.yml', 2) })
    expect(r?.path).toBe('/svc/health')
    expect(r?.evidence[0]?.file).toBe('application.yml')
  })
})

describe('addPrefixSpans', () => {
  it('nests blocks lexically and names the innermost block of an index', () => {
    const g = new RouteGraph()
    const nodeAt = addPrefixSpans(
      g,
      'routes.rb',
      [
        { start: 0, end: 100, prefix: '/api', evidence: ev('routes.rb', 1) },
        { start: 10, end: 50, prefix: '/v1', evidence: ev('routes.rb', 2) }
      ],
      () => 'root'
    )
    g.addRoute({ router: nodeAt(20), path: 'health', evidence: ev('routes.rb', 3), source: 'get' })
    g.addRoute({ router: nodeAt(60), path: 'status', evidence: ev('routes.rb', 5), source: 'get' })
    g.addRoute({ router: nodeAt(200), path: 'up', evidence: ev('routes.rb', 9), source: 'get' })
    expect(g.resolve().map(r => r.path)).toEqual(['/api/v1/health', '/api/status', '/up'])
  })
})

describe('health candidates', () => {
  it('ranks composed health routes by name and drops non-health ones', () => {
    const g = new RouteGraph()
    g.addMount({ parent: 'app', child: 'api', prefix: '/api', evidence: ev('m', 1) })
    g.addRoute({ router: 'api', path: '/users', evidence: ev('a', 1), source: 'route' })
    g.addRoute({ router: 'api', path: '/status', evidence: ev('a', 2), source: 'route' })
    g.addRoute({ router: 'api', path: '/health', evidence: ev('a', 3), source: 'route' })
    expect(healthCandidatesFrom(g.resolve()).map(c => c.value)).toEqual(['/api/health', '/api/status'])
  })

  it('replaces a flat candidate whose route line the graph composed, keeps the others', () => {
    const flat = [
      { value: '/health', confidence: 0.85, source: 'a route', evidence: [ev('a', 3)] },
      { value: '/healthz', confidence: 0.84, source: 'b route', evidence: [ev('b', 7)] }
    ]
    const composed = [
      { value: '/api/health', confidence: 0.85, source: 'a route', evidence: [ev('m', 1), ev('a', 3)] }
    ]
    const merged = mergeComposedHealth(flat, composed)
    expect(merged.map(c => c.value)).toEqual(['/api/health', '/healthz'])
    expect(merged.find(c => c.value === '/api/health')?.evidence).toHaveLength(2)
  })

  it('returns the flat list untouched when nothing was composed', () => {
    const flat = [{ value: '/health', confidence: 0.85, source: 's', evidence: [ev('a', 1)] }]
    expect(mergeComposedHealth(flat, [])).toBe(flat)
  })
})

describe('pending routes (a path no prefix makes a health path)', () => {
  it('mayEndHealthPath: false only where every prefix leaves the path no health path', () => {
    for (const route of ['/users', '/users/:id', '/api/live', '/celery/ping', '/status.json/x', '/ready/x'])
      expect([route, mayEndHealthPath(route)]).toEqual([route, false])
    for (const route of [
      '',
      '/',
      '/health',
      '/live',
      '/ready',
      '/worker-health',
      '/api/ping',
      '/healthz.json'
    ])
      expect([route, mayEndHealthPath(route)]).toEqual([route, true])
    const prefixes = ['', '/', '/api', '/health', '/healthz', '/celery', '/api/:id', '/v1/status']
    const routes = ['/users', '/live', '/x/live', '/ping', '/redis/ping', '/:id', '/health/startup', '/up/']
    for (const route of routes)
      for (const prefix of prefixes)
        if (!mayEndHealthPath(route))
          expect([prefix, route, healthRank(joinRoute(prefix, route))]).toEqual([prefix, route, -1])
  })

  const decl = (router: string, path: string, line: number): RouteDecl => ({
    router,
    path,
    evidence: ev('r.ts', line),
    source: '.get()'
  })
  const candidates = (g: RouteGraph) => JSON.stringify(healthCandidatesFrom(g.resolve()))

  /** Two graphs: one with every route added, one with the non-health ones pending; and how many were made. */
  function both(mounts: [string, string, string][], routes: RouteDecl[]) {
    const all = new RouteGraph()
    const lazy = new RouteGraph()
    let made = 0
    for (const g of [all, lazy])
      for (const [parent, child, prefix] of mounts)
        g.addMount({ parent, child, prefix, evidence: ev('m.ts', 1) })
    for (const r of routes) {
      all.addRoute(r)
      if (mayEndHealthPath(r.path)) lazy.addRoute(r)
      else lazy.addPendingRoute(() => (made++, r))
    }
    return { all, lazy, made: () => made }
  }

  it('are not made when no chain walk can be cut, and the health candidates stay the same', () => {
    const { all, lazy, made } = both(
      [
        ['app', 'api', '/api'],
        ['api', 'users', '/users'],
        ['api', 'status', '/status']
      ],
      [decl('users', '/:id', 1), decl('status', '', 2), decl('api', '/ping', 3), decl('users', '/me', 4)]
    )
    expect(candidates(lazy)).toBe(candidates(all))
    expect(JSON.parse(candidates(lazy)).map((c: { value: string }) => c.value)).toEqual([
      '/api/ping',
      '/api/status'
    ])
    expect(made()).toBe(0)
  })

  it('are made, in their places, where a cycle or the depth limit can cut a walk', () => {
    const cycle = both(
      [
        ['a', 'b', '/b'],
        ['b', 'a', '/a'],
        ['root', 'a', '/health']
      ],
      [decl('a', '/users', 1), decl('b', '', 2), decl('a', '/ping', 3)]
    )
    expect(candidates(cycle.lazy)).toBe(candidates(cycle.all))
    expect(cycle.made()).toBe(1)
    const chain = Array.from({ length: 11 }, (_, i): [string, string, string] => [
      `n${i}`,
      `n${i + 1}`,
      `/s${i}`
    ])
    const deep = both(chain, [decl('n11', '/x', 1), decl('n3', '/health', 2), decl('n11', '/ping', 3)])
    expect(candidates(deep.lazy)).toBe(candidates(deep.all))
    expect(deep.made()).toBe(1)
  })
})
