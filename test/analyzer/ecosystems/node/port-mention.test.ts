// jsPortCandidates skips files without JS_PORT_MENTION (speed, issue 16 #12): every port pattern's match
// must hold that word, or a port would be lost. One example per pattern, in the patterns' order.
import {
  JS_PORT_MENTION,
  JS_PORT_PATTERNS,
  JS_ROUTE_MENTION,
  JS_ROUTE_PATTERNS,
  mentionsPort,
  mentionsRoute
} from '../../../../src/analyzer/ecosystems/node/source.js'

const EXAMPLES = [
  'app.listen(3000)',
  'server.listen({ host, port: 3000 })',
  'const port = conf.port || process.env.PORT || 3000',
  'const port = process.env.PORT || 3000',
  'const port = env.PORT ? Number(env.PORT) : 3000',
  'app.listen(process.env.WEB_PORT || 8025)',
  'const { PORT = 3000 } = process.env',
  'Bun.serve({ fetch, port: 3000 })',
  'serve({ fetch: app.fetch, port: 8787 })',
  'const httpPort = 8080',
  "app.set('port', 3000)",
  'const options = { port: Number(process.env.APP_PORT) || 4000 }',
  'parseEnvInt(process.env.BACKEND_PORT || process.env.PORT, 3100, { min: 0 })',
  'const port = parseEnv("LAT_API_PORT", "number", 3001)',
  '  port: 3000,',
  '  port: number = 80;'
]

describe('JS_PORT_MENTION', () => {
  test('has one example per port pattern', () => {
    expect(EXAMPLES).toHaveLength(JS_PORT_PATTERNS.length)
  })

  test.each(EXAMPLES.map((text, i) => [i, text] as const))(
    'pattern %i: its match holds the word',
    (i, text) => {
      const m = JS_PORT_PATTERNS[i]!.regex.exec(text)
      expect(m).not.toBeNull()
      expect(JS_PORT_MENTION.test(m![0])).toBe(true)
    }
  )

  test.each(EXAMPLES.map((text, i) => [i, text] as const))(
    'pattern %i: its match holds what the pattern needs, if it names that',
    (i, text) => {
      const { regex, needs } = JS_PORT_PATTERNS[i]!
      const m = regex.exec(text)
      expect(m).not.toBeNull()
      if (needs) expect(needs.test(m![0])).toBe(true)
    }
  )

  test.each([
    ['const port = 3000', 'port constant'],
    ["let PORT: number = '8080'", 'port constant'],
    ['var serverPort = 4000', 'port constant'],
    ['  port: 3000,', 'port option'],
    ['  port : 3000', 'port option'],
    ['  port: number = 80;', 'port field default'],
    ['  @IsInt() public port = 4000', 'port field default'],
    ['  private readonly port: number = 8080', 'port field default']
  ])('%j: matched with its needs (%s)', (text, source) => {
    const patterns = JS_PORT_PATTERNS.filter(p => p.source === source)
    expect(patterns.some(p => p.regex.test(text) && (!p.needs || p.needs.test(text)))).toBe(true)
  })

  test.each([
    'const port = getPort()',
    '  port: config.port,',
    '  public port = DEFAULT_PORT',
    'const PORT = process.env.PORT'
  ])('%j: no needs of the last three patterns, no match of them', text => {
    for (const p of JS_PORT_PATTERNS.filter(q => q.needs)) {
      expect(p.needs!.test(text)).toBe(false)
      expect(p.regex.test(text)).toBe(false)
    }
  })

  test('imports, exports and reports alone do not count', () => {
    expect(JS_PORT_MENTION.test("import { report } from './support'\nexport default report")).toBe(false)
  })
})

describe('mentionsPort (JS_PORT_MENTION by literal search)', () => {
  test.each(EXAMPLES)('finds the word in %j', text => {
    expect(mentionsPort(text)).toBe(true)
  })

  test.each([
    ['port', true],
    ['PORT', true],
    ['x = port', true],
    ['x.port', true],
    ['$port', true],
    ['httpPort', true],
    ['HTTP_PORT', true],
    ['REPORT', false],
    ['EXPORT_PORT', true],
    ['XPORT', false],
    ['X1PORT', false],
    ['_port', false],
    ['a_port', false],
    ['export default report', false],
    ['import support from "./support"', false],
    ['server.listen(handle)', true],
    ['server.listen (handle)', false],
    ['', false],
    ['import x\nport', true],
    ['exports.import = 1; PORT', true]
  ])('%j: %s, as the pattern says', (text, expected) => {
    expect(JS_PORT_MENTION.test(text)).toBe(expected)
    expect(mentionsPort(text)).toBe(expected)
  })
})

// jsHealthCandidates reads routes only from files with JS_ROUTE_MENTION: one example per route pattern.
const ROUTE_EXAMPLES = [
  "app.get('/health', (req, res) => res.send('ok'))",
  "fastify.route({ method: 'GET', url: '/health', handler })",
  "if (url.pathname === '/healthz') return ok()",
  "case '/ping':",
  "'/healthz': { GET: () => new Response('ok') }",
  '@Get()',
  "server.route({ method: 'GET', path: '/status', handler })"
]

describe('JS_ROUTE_MENTION', () => {
  test('has one example per route pattern', () => {
    expect(ROUTE_EXAMPLES).toHaveLength(JS_ROUTE_PATTERNS.length)
  })

  test.each(ROUTE_EXAMPLES.map((text, i) => [i, text] as const))(
    'pattern %i: its match holds the mention',
    (i, text) => {
      const m = JS_ROUTE_PATTERNS[i]!.regex.exec(text)
      expect(m).not.toBeNull()
      expect(JS_ROUTE_MENTION.test(m![0])).toBe(true)
    }
  )

  test('a module with no quoted path or route decorator has none', () => {
    expect(JS_ROUTE_MENTION.test("import { x } from './x'\nexport const y = map.get(key)")).toBe(false)
  })

  test('mentionsRoute (literal searches) answers as the pattern does', () => {
    const texts = [
      ...ROUTE_EXAMPLES,
      "import { x } from './x'",
      'a/b "x" `y` @Gets( @get( @All (',
      '"/',
      "'/",
      '`/',
      '@Head(',
      '@HEAD(',
      'x /"',
      ''
    ]
    for (const text of texts) expect([text, mentionsRoute(text)]).toEqual([text, JS_ROUTE_MENTION.test(text)])
  })
})
