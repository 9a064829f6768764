import { anchoredMatches, lexJs } from '../../../../src/analyzer/ecosystems/node/js-lexer.js'
import { leastCpuMs } from '../../../support/least-cpu.js'

const METHODS = new Set(['get', 'use'])
const lex = (source: string) => lexJs(source, METHODS)
/** The member calls found, as `name@line` (1-based) for readable failures. */
const calls = (source: string) => {
  const lexed = lex(source)
  return lexed.members.map(m => `${m.name}@${source.slice(0, m.dot).split('\n').length}`)
}

describe('lexJs', () => {
  it('tells a regex literal from a division', () => {
    // Division: a regex read from `/ b` would run to the `/` of '/ok' and swallow the call.
    expect(calls("const x = a / b\napp.get('/ok', h)\n")).toEqual(['get@2'])
    expect(calls("const x = f(a) / 2; app.get('/ok', h)")).toEqual(['get@1'])
    // A regex holding quotes: read as division, its `'` would open a string to the next quote.
    expect(calls("const re = /['\"]\\/health/; app.get('/ok', h)")).toEqual(['get@1'])
    // After `return` (a keyword, not a value) a `/` opens a regex; a `/` inside a class does not close it.
    expect(calls("function f() { return /[/'].get(/.test(s) }; app.use(r)")).toEqual(['use@1'])
  })

  it('reads template literals with nested substitutions', () => {
    // A substitution is code; the template's own text is not.
    expect(calls("const s = `text .use( ${app.get('/in')} more .get( text`")).toEqual(['get@1'])
    // Braces inside a substitution do not close it: `{ a: 1 }` first, then the call after it.
    expect(calls('const s = `${ { a: 1 }.a + app.use(x) } tail .get( `')).toEqual(['use@1'])
    // A template inside a substitution, with its own substitution and text.
    const source = "const s = `a ${ `inner ${ y } .get( ` + app.use(z) } b`\nrouter.get('/real', h)\n"
    expect(calls(source)).toEqual(['use@1', 'get@2'])
    expect(lex(source).members[0]!.dot).toBe(source.indexOf('app.use') + 3)
  })

  it('finds nothing in comments, and blanks them keeping offsets and line breaks', () => {
    const source =
      "// app.get('/health', h)\n/* router.use('/api', r)\n   app.get('/x') */ app.get('/ok', h)\n"
    expect(calls(source)).toEqual(['get@3'])
    const { code } = lex(source)
    expect(code).toHaveLength(source.length)
    expect(code.split('\n').map(l => l.trim())).toEqual(['', '', "app.get('/ok', h)", ''])
    expect(code.indexOf("app.get('/ok'")).toBe(source.indexOf("app.get('/ok'"))
  })

  it('keeps strings holding // or /* intact', () => {
    const source = "const u = 'http://x'; const p = \"a//b\"; app.get('/*', h)\nrouter.get('/health', h)\n"
    expect(calls(source)).toEqual(['get@1', 'get@2'])
    expect(lex(source).code).toBe(source)
  })

  it('records keywords, arrows and statement calls outside strings', () => {
    const source =
      "import a from './a'\nconst s = 'import b from \"./b\"'\nwire(app)\nx.y(z)\nconst f = (r) => r\n"
    const lexed = lex(source)
    expect(lexed.keywords.import).toEqual([0])
    expect(lexed.keywords.const).toEqual([source.indexOf('const s'), source.indexOf('const f')])
    expect(lexed.arrows).toEqual([source.indexOf('=>')])
    // `wire(app)` starts a statement with a call; `x.y(z)` starts with a member, not a call.
    expect(lexed.statements).toEqual([source.indexOf('wire')])
  })

  it('starts a statement inside `${`, not in template text', () => {
    const source = 'const s = `a; fake(x) ${wire(app)} b`\n'
    expect(lex(source).statements).toEqual([source.indexOf('wire')])
  })

  it('ends an unclosed string at its line, so the rest of the file is still read', () => {
    expect(calls("<p>Don't do this</p>\napp.get('/ok', h)\n")).toEqual(['get@2'])
  })
})

describe('anchoredMatches', () => {
  it('drops a match that starts inside an earlier one, as a global scan would', () => {
    const text = 'new A({ b: new B({ prefix: 1 }) })'
    const re = /new\s+\w+\(\{[^}]*?prefix/y
    const anchors = [0, text.indexOf('new B')]
    expect(anchoredMatches(text, anchors, re).map(m => m.index)).toEqual([0])
    expect([...text.matchAll(/new\s+\w+\(\{[^}]*?prefix/g)].map(m => m.index)).toEqual([0])
  })
})

describe('lexJs on one long line', () => {
  it('stays linear when no `/` closes a regex (a minified bundle)', () => {
    // Each `/` opens a character class that never closes, so no regex literal ends on the line.
    const bundle = (units: number) => `${'x = (/[ '.repeat(units)}\napp.get('/ok', h)`
    expect(lex(bundle(20_000)).members.map(m => m.name)).toEqual(['get'])
    // Reading each unclosed regex to the end of the line is quadratic: 4× the input would cost 16× the time.
    // A ratio of CPU times of two sizes in one run, not a wall-clock limit, so a loaded machine cannot fail it.
    const small = bundle(4_000)
    const large = bundle(16_000)
    leastCpuMs(() => lex(small))
    expect(leastCpuMs(() => lex(large)) / leastCpuMs(() => lex(small))).toBeLessThan(9)
  })
})
