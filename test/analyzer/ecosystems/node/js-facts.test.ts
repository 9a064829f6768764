import {
  declarationsOf,
  exportsOf,
  functionsOf,
  importsOf,
  paramNamesOf,
  routeCallsOf,
  ROUTE_METHODS
} from '../../../../src/analyzer/ecosystems/node/js-facts.js'
import { lexJs } from '../../../../src/analyzer/ecosystems/node/js-lexer.js'
import { leastCpuMs } from '../../../support/least-cpu.js'

const lex = (source: string) => lexJs(source, ROUTE_METHODS)
const resolve = (spec: string) => (spec.startsWith('.') ? `${spec.slice(2)}.ts` : null)

// The whole-text pattern functionsOf used to run as a global scan; the sticky runs at lexed offsets must
// find the same functions in code without strings or comments.
const FUNCTION_HEAD_GLOBAL =
  /(?:\basync\s+)?(?:\bfunction\s*\*?\s*([\w$]*)\s*(?:<[^>()]*>\s*)?\(\s*(?:\.\.\.\s*\[\s*)?([\w$]*)[^)]*\)\s*(?::[^{;]+)?(?=\{)|(?:\(\s*([\w$]+)(?:\s*:[^,)]+)?[^()]*\)\s*(?::\s*[\w$.<>[\]|, ]+?)?|\(\s*\)\s*(?::\s*[\w$.<>[\]|, ]+?)?|\b([\w$]+)\s*)=>)/g

describe('functionsOf', () => {
  const source = [
    'export default async function routes(fastify) { fastify.get("/a", h) }',
    'const mount = (app: Express): void => { app.use(r) }',
    'const wrap = (cb: (x: number) => void) => cb(1)',
    'const plug = async app => app.get("/b", h)',
    'function build(...[router]) { return router }',
    'const withDefault = (a, b = x => x) => a',
    'const noParams = () => { return api }',
    'list.map($item => $item)'
  ].join('\n')

  it('finds what a global scan of the old pattern finds, start and first parameter alike', () => {
    const expected = [...source.matchAll(FUNCTION_HEAD_GLOBAL)].map(m => [
      m.index,
      m[2] || m[3] || m[4] || ''
    ])
    const found = functionsOf('a.ts', lex(source)).map(f => [f.start, f.param])
    expect(found).toEqual(expected)
    expect(found.map(([, p]) => p)).toEqual(['fastify', 'app', 'cb', 'app', 'router', 'a', '', 'item'])
  })

  it('names functions by declaration, assignment or default export', () => {
    const ids = functionsOf('a.ts', lex(source)).map(f => f.id)
    expect(ids.slice(0, 4)).toEqual(['a.ts#routes', 'a.ts#mount', 'a.ts#wrap', 'a.ts#plug'])
    expect(ids).toContain('a.ts#noParams')
  })

  it('sees no function in a string or a comment', () => {
    expect(functionsOf('a.ts', lex("const s = 'function f(app) {'\n// const g = (app) => app\n"))).toEqual([])
  })
})

describe('module facts', () => {
  it('reads imports and requires, not ones quoted in strings', () => {
    const source = [
      "import api, { health as h } from './api'",
      "const { status } = require('./status')",
      'const doc = "import fake from \'./fake\'"',
      'const t = `${"x"} import other from \'./other\'`'
    ].join('\n')
    const asked: string[] = []
    const specs: string[] = []
    const imports = importsOf(
      lex(source),
      spec => (asked.push(spec), resolve(spec)),
      spec => specs.push(spec)
    )
    // Every statement's specifier is seen as it is read; none is resolved before its file is asked for.
    expect(specs).toEqual(['./api', './status'])
    expect(asked).toEqual([])
    expect([...imports].map(([local, imp]) => [local, { file: imp.file, name: imp.name }])).toEqual([
      ['api', { file: 'api.ts', name: 'default' }],
      ['h', { file: 'api.ts', name: 'health' }],
      ['status', { file: 'status.ts', name: 'status' }]
    ])
    // Once per statement: `api` and `h` share './api'.
    expect(asked).toEqual(['./api', './status'])
  })

  it('reads exports in every form the route graph follows', () => {
    const source = [
      'const router = Router()',
      'export default router',
      'export const health = Router()',
      "export { a as b } from './x'",
      "export * from './all'",
      'exports.status = statusRouter'
    ].join('\n')
    const { exports, reexports, starReexports } = exportsOf(lex(source), resolve)
    expect(Object.fromEntries(exports)).toEqual({
      default: 'router',
      health: 'health',
      status: 'statusRouter'
    })
    expect(Object.fromEntries(reexports)).toEqual({ b: { file: 'x.ts', name: 'a' } })
    expect(starReexports).toEqual(['all.ts'])
  })

  it('lists declarations, parameter names and route calls', () => {
    const source =
      "const api = Router()\nfunction f(app) {}\nconst g = r => r\napi.get('/health', h)\nmap.get(key)\n"
    const lexed = lex(source)
    expect([...declarationsOf(lexed).keys()]).toEqual(['api', 'g'])
    expect(paramNamesOf(lexed)).toEqual(new Set(['app', 'r', 'key']))
    expect(routeCallsOf(lexed).map(c => [c.name, source.slice(c.dot, c.open + 1)])).toEqual([
      ['get', '.get('],
      ['get', '.get(']
    ])
  })
})

describe('functionsOf on a long file', () => {
  it('stays linear with many arrows and no parentheses before them', () => {
    const file = (arrows: number) => `${'const f = a => a; '.repeat(arrows)}\n`
    const small = file(3_000)
    const large = file(24_000)
    // Also the warm-up before the measurements.
    expect(functionsOf('a.ts', lex(small))).toHaveLength(3_000)
    // Searching back from each `=>` to the start of the file for `)` is quadratic: 8× the arrows would cost 64×
    // the time; linear ≈ 8×. A ratio of two sizes in the same run, not a wall-clock limit, so a loaded machine
    // cannot fail it. 8×, not 4×: at 4× the linear code measured 1.5–7.4 under load, too close to 9; at 8×,
    // 4.8–8.3. With the unbounded search put back the ratio was 62.
    // CPU time, not wall-clock: a process descheduled on a loaded machine (load 20-40 on 2 cores here) is not
    // charged for the wait, which would inflate the larger, longer measurement more than the small one.
    let found = 0
    const largeMs = leastCpuMs(() => (found = functionsOf('a.ts', lex(large)).length))
    expect(found).toBe(24_000)
    const ratio = largeMs / leastCpuMs(() => functionsOf('a.ts', lex(small)))
    expect(ratio).toBeLessThan(24)
  })
})
