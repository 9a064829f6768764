import { HEALTH } from '../../../src/analyzer/precedence.js'
import { infoRank, publicInfoCandidates, type InfoRoute } from '../../../src/analyzer/signals/info-routes.js'

function info(path: string, handler: string, database: string | null = null): InfoRoute {
  return {
    path,
    handler,
    evidence: [{ file: `${handler || 'x'}.src`, line: 1, text: path }],
    publicBecause: 'public',
    database
  }
}

describe('infoRank', () => {
  test.each([
    ['/api/version.json', '', 0],
    ['/api/VERSION', '', 0],
    ['/api/info', '', 1],
    ['/api/infos', '', 2],
    ['/about', '', 3],
    ['/serverinfo', '', 4],
    ['/server-info', '', 5],
    ['/server_info', '', 6],
    ['/rest/server/get', 'getServerInfos', 9],
    ['/meta/get', 'showVersion', 7],
    ['/api/status', 'getVersionInfo', 7],
    ['/api/status', 'server_info', 8]
  ])('infoRank(%s, %s) = %d', (path, handler, rank) => {
    expect(infoRank(path, handler)).toBe(rank)
  })

  test('a path naming the endpoint outranks one known only by its handler', () => {
    expect(infoRank('/api/about', '')).toBeLessThan(infoRank('/api/get', 'version'))
  })

  test.each([
    ['/api/entries', 'list'],
    ['/api/versions', 'list'],
    ['/api/version/history', 'history'],
    ['/api/users/{id}', 'info'],
    ['/api/:id/version', 'version'],
    ['/api/<id>/info', ''],
    ['/files/*/version', ''],
    ['/', 'version'],
    ['', 'info'],
    ['/api/status', 'getInformation']
  ])('infoRank(%s, %s) = -1: no version/info endpoint, or a parameterised one', (path, handler) => {
    expect(infoRank(path, handler)).toBe(-1)
  })
})

describe('publicInfoCandidates', () => {
  test('no routes, or none naming a version/info endpoint, give no candidates', () => {
    expect(publicInfoCandidates([])).toEqual([])
    expect(publicInfoCandidates([info('/api/entries', 'list'), info('/api/users/{id}', 'info')])).toEqual([])
  })

  test('a version endpoint that reads no database wins over an info one that does, saying why', () => {
    const [best, next] = publicInfoCandidates([
      info('/api/info', 'info', 'EntityManager $em'),
      info('/api/about', 'about')
    ])
    expect(best!.value).toBe('/api/about')
    expect(best!.source).toContain('reads no database')
    expect(next!.source).toContain('reads the database (EntityManager $em)')
    expect(best!.confidence).toBeGreaterThan(next!.confidence)
  })

  test('among routes that read no database, the better-ranked name comes first; non-info routes are dropped', () => {
    const out = publicInfoCandidates([
      info('/api/about', 'about'),
      info('/api/items', 'list'),
      info('/rest/server/get', 'getServerInfos'),
      info('/api/version', 'version'),
      info('/api/info', 'info', '@Transactional')
    ])
    expect(out.map(c => c.value)).toEqual(['/api/version', '/api/about', '/rest/server/get', '/api/info'])
  })

  test('confidence starts at HEALTH.publicInfoRoute, drops by 0.01 per candidate and never below 0.3', () => {
    const out = publicInfoCandidates(Array.from({ length: 15 }, (_, i) => info(`/v${i}/version`, 'version')))
    expect(out).toHaveLength(15)
    expect(out[0]!.confidence).toBe(HEALTH.publicInfoRoute)
    expect(out[1]!.confidence).toBeCloseTo(HEALTH.publicInfoRoute - 0.01)
    for (let i = 1; i < out.length; i++)
      expect(out[i]!.confidence).toBeLessThanOrEqual(out[i - 1]!.confidence)
    expect(Math.min(...out.map(c => c.confidence))).toBeGreaterThanOrEqual(0.3)
    expect(out[14]!.confidence).toBe(Math.max(0.3, HEALTH.publicInfoRoute - 0.14))
  })

  test('a path found twice is offered once, as the better of the two', () => {
    const out = publicInfoCandidates([
      info('/api/version', 'versionFromDb', 'VersionRepository'),
      info('/api/version', 'version')
    ])
    expect(out).toHaveLength(1)
    expect(out[0]!.source).toContain('version() ')
    expect(out[0]!.source).toContain('reads no database')
  })

  test('the source names the handler and why it is public; evidence is passed through', () => {
    const route: InfoRoute = {
      path: '/rest/server/get',
      handler: 'getServerInfos',
      evidence: [
        { file: 'ServerResource.java', line: 15, text: '@Path("/get")' },
        { file: 'ServerResource.java', line: 17, text: '@PermitAll' }
      ],
      publicBecause: '@PermitAll on the handler',
      database: null
    }
    const [c] = publicInfoCandidates([route])
    expect(c).toEqual({
      value: '/rest/server/get',
      confidence: HEALTH.publicInfoRoute,
      source:
        'no health route: anonymous GET getServerInfos() (@PermitAll on the handler; reads no database)',
      evidence: route.evidence
    })
  })

  test('without a handler name the source omits the call', () => {
    const [c] = publicInfoCandidates([{ ...info('/api/version', ''), publicBecause: 'anonymous' }])
    expect(c!.source).toBe('no health route: anonymous GET (anonymous; reads no database)')
  })
})
