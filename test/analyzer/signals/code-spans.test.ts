import {
  assignedName,
  chainBase,
  expressionEnd,
  expressionEndsBefore,
  matchClose,
  rubyBlockEnd,
  splitArgs
} from '../../../src/analyzer/signals/code-spans.js'

describe('code spans', () => {
  it('matches brackets across strings that contain brackets', () => {
    const text = 'f(a, ")", [1, {b: "}"}])'
    expect(matchClose(text, 1)).toBe(text.length - 1)
  })

  it('reads single quotes as strings, except Rust lifetimes when asked', () => {
    const php = "group(function () { Route::get('vehicles', fn () => ['ok' => ')']); })"
    expect(matchClose(php, 5)).toBe(php.length - 1)
    const rust = "scope(fn f<'a>(x: &'a str) -> &'static str { ')' })"
    expect(matchClose(rust, 5, true)).toBe(rust.length - 1)
  })

  it('ends a method chain at the bracket that closes its container', () => {
    const text = 'cfg.service(web::scope("/api").service(a).route("", get())); next()'
    const start = text.indexOf('web::scope')
    expect(text.slice(start, expressionEnd(text, start))).toBe(
      'web::scope("/api").service(a).route("", get())'
    )
  })

  it('finds the receiver of a chained call', () => {
    const text = 'router.get("/a", h).get("/b", h)'
    expect(chainBase(text, text.lastIndexOf('.get'))).toEqual({ base: 'router', start: 0 })
    const built = 'const api = new Hono().basePath("/api").get("/x", h)'
    const base = chainBase(built, built.lastIndexOf('.get'))
    expect(base?.base).toBe('Hono')
    expect(assignedName(built, base!.start)).toBe('api')
  })

  it('names the variable a chain is assigned to in several languages', () => {
    for (const [prefix, name] of [
      ['  v1 := ', 'v1'],
      ['let mut api: Router = ', 'api'],
      ['export const users = ', 'users'],
      ['$group = ', 'group']
    ] as const) {
      expect(assignedName(`${prefix}r.Group("/x")`, prefix.length)).toBe(name)
    }
    expect(assignedName('app.use(r.Group("/x"))', 'app.use('.length)).toBeNull()
  })

  it('matches Ruby do … end blocks with nested blocks and ifs', () => {
    const text =
      'namespace :api do\n  if x\n    get "a"\n  end\n  scope :v1 do\n    get "up"\n  end\nend\nget "z"'
    const end = rubyBlockEnd(text, text.indexOf('do'))
    expect(text.slice(end)).toBe('end\nget "z"')
  })

  it('answers a nested bracket an outer scan matched as a scan of its own would', () => {
    const text = 'f(function a(x) { g(() => { h("}", [1, (2)]) }); if (y) { z() } }, `)`)'
    const fresh = [...text].map((_, i) => matchClose(text, i))
    matchClose(text, 1, false, undefined, true) // the outer scan: every bracket inside kept on the way
    const memo = [...text].map((_, i) => matchClose(text, i, false, undefined, true))
    expect(memo).toEqual(fresh)
    // An unclosed outer bracket: the inner ones still match, the outer one does not.
    const open = 'x = { a: [1, 2], b: (3) '
    matchClose(open, 4, false, undefined, true)
    const kept = (i: number) => matchClose(open, i, false, undefined, true)
    expect([kept(4), kept(9), kept(20)]).toEqual([-1, 14, 22])
  })

  it('expressionEndsBefore agrees with expressionEnd', () => {
    const text = 'f("a;b", \'c)\', `d${1}`, [e, "f"]); g(h)'
    for (let from = 0; from < text.length; from++)
      for (let limit = from; limit <= text.length; limit++)
        expect([from, limit, expressionEndsBefore(text, from, limit)]).toEqual([
          from,
          limit,
          expressionEnd(text, from) < limit
        ])
  })

  it('splits arguments at their top-level commas; a `;` read in a literal ends the split', () => {
    const text = `get('/a', "b, c", \`d\`, h(1, 2))`
    expect(splitArgs(text, 4, text.length - 1).map(a => a.text)).toEqual(["'/a'", '"b, c"', '`d`', 'h(1, 2)'])
    // Read from inside the literal, `;` ends the expression before its closing quote: no arguments.
    const semicolon = `get('/a;b', h)`
    expect(splitArgs(semicolon, 4, semicolon.length - 1)).toEqual([])
  })
})
