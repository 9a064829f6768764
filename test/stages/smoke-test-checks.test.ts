import {
  compileCheck,
  compileStatus,
  expectsRedirect,
  parseSmokeChecks,
  statusMatches
} from '../../src/stages/smoke-test-checks.js'

describe('parseSmokeChecks', () => {
  it('reads a YAML list with snake_case keys into camelCase checks', () => {
    const checks = parseSmokeChecks(`
- /health
- name: api status
  path: /api/status?verbose=1
  method: post
  headers: { Accept: application/json }
  body: { ping: true }
  status: [200, 2xx]
  body_contains: ok
  body_regex: '"status":\\s*"ok"'
  json: { /status: ok, /deps/0/up: true }
  response_headers: { Content-Type: application/json }
  max_latency_ms: 800
`)
    expect(checks).toEqual([
      { path: '/health' },
      {
        name: 'api status',
        path: '/api/status?verbose=1',
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: '{"ping":true}',
        status: [200, '2xx'],
        bodyContains: ['ok'],
        bodyRegex: '"status":\\s*"ok"',
        json: { '/status': 'ok', '/deps/0/up': true },
        responseHeaders: { 'Content-Type': 'application/json' },
        maxLatencyMs: 800
      }
    ])
  })

  it('reads JSON and treats empty text as no checks', () => {
    expect(parseSmokeChecks('[{"path": "/", "status": "2xx"}]')).toEqual([{ path: '/', status: '2xx' }])
    expect(parseSmokeChecks('  \n')).toEqual([])
  })

  it.each([
    ['path: /health', 'checks must be a list of checks (- path: /health …), got a mapping'],
    ['- health', 'checks[0] "health" must be a path under the service URL starting with / (e.g. /health)'],
    ['- { path: /, expect: 200 }', "checks[0]: unknown key 'expect'; use one of: name, path, method"],
    [
      '- { path: /, status: ok }',
      'checks[0].status "ok" is not a status: use 200, [200, 204], 2xx or 200-299'
    ],
    ['- { path: /, status: 700 }', 'checks[0].status: HTTP statuses run from 100 to 599'],
    ['- { path: /, method: FETCH }', 'checks[0].method "FETCH" is not one of GET, HEAD'],
    ['- { path: /, body_regex: "(" }', 'checks[0].body_regex is not a valid regular expression'],
    ['- { path: /, json: { status: ok } }', 'checks[0].json key "status" is not a JSON pointer'],
    ['- { path: /, max_latency_ms: fast }', 'checks[0].max_latency_ms must be a positive number'],
    ['- { path: /, headers: { "a b": x } }', 'checks[0].headers: "a b" is not a valid header name'],
    ['- [', 'checks is not valid YAML or JSON']
  ])('%s → %s', (text, message) => {
    expect(() => parseSmokeChecks(text)).toThrow(message)
  })
})

describe('statuses', () => {
  it('matches exact codes, classes and ranges', () => {
    const m = compileStatus('200, 3xx, 401-403', 's')
    expect([200, 204, 302, 402, 404].map(s => statusMatches(m, s))).toEqual([true, false, true, true, false])
  })

  it('defaults to 2xx or 3xx, following redirects unless a 3xx is expected', () => {
    const check = compileCheck({ path: '/' })
    expect(check.status.text).toBe('2xx or 3xx')
    expect([200, 399, 404, 500].map(s => statusMatches(check.status, s))).toEqual([true, true, false, false])
    expect(expectsRedirect(check.status)).toBe(false)
    expect(expectsRedirect(compileStatus(301, 's'))).toBe(true)
    expect(expectsRedirect(compileStatus('2xx', 's'))).toBe(false)
  })
})
