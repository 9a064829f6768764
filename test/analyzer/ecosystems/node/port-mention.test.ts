// jsPortCandidates skips files without JS_PORT_MENTION (speed, issue 16 #12): every port pattern's match
// must hold that word, or a port would be lost. One example per pattern, in the patterns' order.
import { JS_PORT_MENTION, JS_PORT_PATTERNS } from '../../../../src/analyzer/ecosystems/node/source.js'

const EXAMPLES = [
  'app.listen(3000)',
  'server.listen({ host, port: 3000 })',
  'const port = process.env.PORT || 3000',
  'const port = env.PORT ? Number(env.PORT) : 3000',
  'app.listen(process.env.WEB_PORT || 8025)',
  'const { PORT = 3000 } = process.env',
  'Bun.serve({ fetch, port: 3000 })',
  'serve({ fetch: app.fetch, port: 8787 })',
  'const httpPort = 8080',
  "app.set('port', 3000)",
  'const options = { port: Number(process.env.APP_PORT) || 4000 }',
  '  port: 3000,'
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

  test('imports, exports and reports alone do not count', () => {
    expect(JS_PORT_MENTION.test("import { report } from './support'\nexport default report")).toBe(false)
  })
})
