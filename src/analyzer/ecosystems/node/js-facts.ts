// What the route reader (routes.ts) needs from one module, read from its lexed form (js-lexer.ts): imports,
// exports, functions, declarations and route calls. Each pattern is the one the reader used to run over the
// whole text, now run sticky at the offsets where its first token occurs (so it matches exactly what a
// global scan would, except inside strings and comments). Lexed modules are kept per tree, so a file one
// analysis reads for several apps (or twice for one) is lexed once.
import type { SourceTree } from '../../tree.js'
import { BODY_WINDOW, expressionEnd, matchClose } from '../../signals/code-spans.js'
import { anchoredMatches, lexJs, type JsLexed } from './js-lexer.js'

export interface JsImport {
  /** Repository-relative file, or null for a package. */
  file: string | null
  /** `default`, `*` or the exported name. */
  name: string
}

export interface JsFunction {
  id: string
  param: string
  start: number
  end: number
}

export interface JsExports {
  exports: Map<string, string>
  reexports: Map<string, JsImport>
  /** Modules re-exported whole: `export * from './x'`, `module.exports = require('./x')` (an index file). */
  starReexports: string[]
}

/** Methods whose calls may declare, mount or prefix routes (`.get(`, `.use(` …). */
export const ROUTE_METHODS: ReadonlySet<string> = new Set([
  'get',
  'all',
  'head',
  'use',
  'route',
  'register',
  'group',
  'openapi',
  'basePath',
  'prefix'
])

const lexedByTree = new WeakMap<SourceTree, Map<string, JsLexed | null>>()

/** The lexed module at `file` (read once per tree), or null when it cannot be read. */
export function lexedModule(tree: SourceTree, file: string): JsLexed | null {
  let files = lexedByTree.get(tree)
  if (!files) lexedByTree.set(tree, (files = new Map()))
  let lexed = files.get(file)
  if (lexed === undefined) {
    const raw = tree.read(file)
    files.set(file, (lexed = raw === null ? null : lexJs(raw, ROUTE_METHODS)))
  }
  return lexed
}

/** Offsets of `const`, `let` and `var`, ascending. */
function declarationAnchors(lex: JsLexed): number[] {
  const { const: c, let: l, var: v } = lex.keywords
  return l.length + v.length === 0 ? c : [...c, ...l, ...v].sort((a, b) => a - b)
}

function sorted(...lists: number[][]): number[] {
  return lists.filter(l => l.length > 0).length <= 1
    ? (lists.find(l => l.length > 0) ?? [])
    : lists.flat().sort((a, b) => a - b)
}

const IMPORT =
  /import\s+(?:type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*from\s*['"]([^'"]+)['"]/y
const REQUIRE =
  /(?:const|let|var)\s+(?:([\w$]+)|\{([^}]*)\})\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)(\.[\w$]+)?/y

/** The module an import statement names, resolved when first asked (most imports never are). */
class ImportTarget {
  private resolved: string | null | undefined
  constructor(
    private readonly resolve: (spec: string) => string | null,
    private readonly spec: string
  ) {}
  get file(): string | null {
    if (this.resolved === undefined) this.resolved = this.resolve(this.spec)
    return this.resolved
  }
}

/** One imported name; its file is its statement's target, resolved on first read. */
class LazyImport implements JsImport {
  constructor(
    private readonly target: ImportTarget,
    readonly name: string
  ) {}
  get file(): string | null {
    return this.target.file
  }
}

/**
 * `import x, { a as b } from './y'`, `const { a } = require('./y')`: local name → what it imports. A
 * module's imports are resolved only when the route graph follows one (`resolve` per statement, once);
 * `specifier` sees every statement's specifier as it is read.
 */
export function importsOf(
  lex: JsLexed,
  resolve: (spec: string) => string | null,
  specifier: (spec: string) => void = () => {}
): Map<string, JsImport> {
  const imports = new Map<string, JsImport>()
  const { code } = lex
  for (const m of anchoredMatches(code, lex.keywords.import, IMPORT)) {
    specifier(m[4]!)
    const target = new ImportTarget(resolve, m[4]!)
    if (m[1]) imports.set(m[1], new LazyImport(target, 'default'))
    if (m[3]) imports.set(m[3], new LazyImport(target, '*'))
    for (const [imported, local] of namedList(m[2], 'as'))
      imports.set(local, new LazyImport(target, imported))
  }
  if (code.includes('require('))
    for (const m of anchoredMatches(code, declarationAnchors(lex), REQUIRE)) {
      specifier(m[3]!)
      const target = new ImportTarget(resolve, m[3]!)
      if (m[1]) imports.set(m[1], new LazyImport(target, m[4] ? m[4].slice(1) : 'default'))
      for (const [imported, local] of namedList(m[2], ':'))
        imports.set(local, new LazyImport(target, imported))
    }
  return imports
}

const EXPORT_DEFAULT_NAME = /export\s+default\s+([\w$]+)\s*;?\s*$/my
const MODULE_EXPORTS_NAME = /module\.exports\s*=\s*([\w$]+)\s*;?\s*$/my
const MODULE_EXPORTS_OBJECT = /module\.exports\s*=\s*\{([^}]*)\}/y
const DEFAULT_FUNCTION = /(?:export\s+default|module\.exports\s*=)\s+(?:async\s+)?function\s*\*?\s*([\w$]+)/y
const EXPORT_DECLARATION = /export\s+(?:const|let|var|(?:async\s+)?function\*?|class)\s+([\w$]+)/y
const EXPORT_LIST = /export\s*\{([^}]*)\}(\s*from\s*['"]([^'"]+)['"])?/y
const EXPORTS_MEMBER = /exports\.([\w$]+)\s*=\s*([\w$]+)\s*;?\s*$/my
const STAR_REEXPORT =
  /module\.exports\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)\s*;?\s*$|export\s*\*\s*from\s*['"]([^'"]+)['"]/my

/** What a module exports: local names, re-exports from other modules, and whole-module re-exports. */
export function exportsOf(lex: JsLexed, resolve: (spec: string) => string | null): JsExports {
  const { code } = lex
  const { export: exp, module: mod, exports: cjs } = lex.keywords
  const exports = new Map<string, string>()
  const reexports = new Map<string, JsImport>()
  for (const m of anchoredMatches(code, exp, EXPORT_DEFAULT_NAME))
    if (!/^(?:function|class|async|new)$/.test(m[1]!)) exports.set('default', m[1]!)
  if (code.includes('module.exports')) {
    for (const m of anchoredMatches(code, mod, MODULE_EXPORTS_NAME)) exports.set('default', m[1]!)
    for (const m of anchoredMatches(code, mod, MODULE_EXPORTS_OBJECT))
      for (const [key, local] of namedList(m[1], ':')) exports.set(key, local)
  }
  const exportOrModule = sorted(exp, mod)
  for (const m of anchoredMatches(code, exportOrModule, DEFAULT_FUNCTION)) exports.set('default', m[1]!)
  for (const m of anchoredMatches(code, exp, EXPORT_DECLARATION)) exports.set(m[1]!, m[1]!)
  for (const m of anchoredMatches(code, exp, EXPORT_LIST)) {
    for (const [local, exported] of namedList(m[1], 'as')) {
      if (m[3]) reexports.set(exported, { file: resolve(m[3]), name: local })
      else exports.set(exported, local)
    }
  }
  for (const m of anchoredMatches(code, cjs, EXPORTS_MEMBER)) exports.set(m[1]!, m[2]!)
  const starReexports: string[] = []
  for (const m of anchoredMatches(code, exportOrModule, STAR_REEXPORT)) {
    const target = resolve((m[1] ?? m[2])!)
    if (target) starReexports.push(target)
  }
  return { exports, reexports, starReexports }
}

const DECLARATION = /(?:const|let|var)\s+([A-Za-z_$][\w$]*)/y

/** Where each `const|let|var name` is declared (a few per name). */
export function declarationsOf(lex: JsLexed): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const m of anchoredMatches(lex.code, declarationAnchors(lex), DECLARATION)) {
    const list = out.get(m[1]!) ?? []
    if (list.length < 8) list.push(m.index)
    out.set(m[1]!, list)
  }
  return out
}

const FUNCTION_NAME = /function\s*\*?\s*([\w$]+)/y

/** Names declared with `function name` (a superset check before functionsOf). */
export function functionNamesOf(lex: JsLexed): Set<string> {
  return new Set(anchoredMatches(lex.code, lex.keywords.function, FUNCTION_NAME).map(m => m[1]!))
}

/** Names that may be a function's first parameter: right after `(` or `[`, or right before `=>`. */
export function paramNamesOf(lex: JsLexed): Set<string> {
  const { code, openerIdents } = lex
  const out = new Set<string>()
  for (let k = 0; k < openerIdents.length; k += 2) out.add(code.slice(openerIdents[k], openerIdents[k + 1]))
  for (const arrow of lex.arrows) {
    let end = arrow
    while (end > 0 && isSpaceCode(code.charCodeAt(end - 1))) end--
    let start = end
    while (start > 0 && isWordCode(code.charCodeAt(start - 1))) start--
    if (start < end) out.add(code.slice(start, end))
  }
  return out
}

/** `.get(` / `.use(` … calls: the method, the offset of its `.` and of its `(`. */
export function routeCallsOf(lex: JsLexed): { name: string; dot: number; open: number }[] {
  const out: { name: string; dot: number; open: number }[] = []
  for (const { dot, name } of lex.members) {
    SPACED_PAREN.lastIndex = dot + 1 + name.length
    if (SPACED_PAREN.exec(lex.code)) out.push({ name, dot, open: SPACED_PAREN.lastIndex - 1 })
  }
  return out
}
// TypeScript type arguments may stand between the method and its parenthesis
// (`router.get<unknown, StatusResponse>('/status', …)`), one level of nesting (`Request<Params<'id'>>`).
const SPACED_PAREN = /\s*(?:<[^<>()=;]*(?:<[^<>()=;]*>[^<>()=;]*)*>\s*)?\(/y

/** A `createRoute(` call (Hono OpenAPI). */
export function hasCreateRoute(lex: JsLexed): boolean {
  return lex.keywords.createRoute.some(at => lex.code.charCodeAt(at + 'createRoute'.length) === 40)
}

// `new Router<State, Context>({ prefix })`: type arguments as on route calls (SPACED_PAREN).
const ROUTER_PREFIX =
  /new\s+[\w$.]+\s*(?:<[^<>()=;]*(?:<[^<>()=;]*>[^<>()=;]*)*>\s*)?\(\s*\{[^}]*?\bprefix\s*:\s*['"`](\/[^'"`]*)['"`]/y

/** `new Router({ prefix: '/api' })` (koa-router), `new Elysia({ prefix: '/api' })`. */
export function routerPrefixesOf(lex: JsLexed): RegExpExecArray[] {
  return lex.code.includes('prefix') ? anchoredMatches(lex.code, lex.keywords.new, ROUTER_PREFIX) : []
}

// The function pattern the reader matched over whole modules: a `function` head, or an arrow's parameters
// (`(x) =>`, `(x: T): R =>`, `() =>`, `x =>`), optionally `async`.
const FUNCTION_HEAD =
  /(?:\basync\s+)?(?:\bfunction\s*\*?\s*([\w$]*)\s*(?:<[^>()]*>\s*)?\(\s*(?:\.\.\.\s*\[\s*)?([\w$]*)[^)]*\)\s*(?::[^{;]+)?(?=\{)|(?:\(\s*([\w$]+)(?:\s*:[^,)]+)?[^()]*\)\s*(?::\s*[\w$.<>[\]|, ]+?)?|\(\s*\)\s*(?::\s*[\w$.<>[\]|, ]+?)?|\b([\w$]+)\s*)=>)/y
const LEADING_SPACE = /\s*/y

/**
 * Functions whose first parameter may be a router (Fastify plugins `async function routes(fastify)`, Elysia
 * `group('/api', app => app.get(…))`, Express `function mount(app)`), with their body span and node id:
 * `file#name` when named (declaration, `const x = …`, `export default`), else `file@start`.
 */
export function functionsOf(file: string, lex: JsLexed): JsFunction[] {
  const out: JsFunction[] = []
  for (const head of functionHeadsOf(file, lex)) {
    const end = functionEnd(lex, head)
    if (end >= 0) out.push({ id: head.id, param: head.param, start: head.start, end })
  }
  return out
}

/** A function functionsOf may list, before its body's end is looked for (the end decides whether it is). */
export interface JsFunctionHead {
  id: string
  param: string
  start: number
  bodyStart: number
}

/** The heads of functionsOf, in order: each function it lists, and those whose body does not end. */
export function functionHeadsOf(file: string, lex: JsLexed): JsFunctionHead[] {
  const text = lex.code
  const out: JsFunctionHead[] = []
  for (const m of anchoredMatches(text, functionStarts(lex), FUNCTION_HEAD)) {
    // A function without parameters matters only by name: what it returns may be a router (`buildApi()`).
    const param = m[2] || m[3] || m[4] || ''
    const after = m.index + m[0].length
    // Past the whitespace (`\s` is the set trimStart removes), without slicing the rest of the text.
    LEADING_SPACE.lastIndex = after
    LEADING_SPACE.exec(text)
    const bodyStart = LEADING_SPACE.lastIndex
    const before = text.slice(Math.max(0, m.index - 80), m.index)
    let id: string
    if (m[1]) id = `${file}#${m[1]}`
    // `export default fp(async …)`, or parenthesised for a `satisfies FastifyPluginAsync` suffix.
    else if (/(?:export\s+default|module\.exports\s*=)\s*(?:[\w$.]*\(\s*)?$/.test(before))
      id = `${file}#default`
    else {
      const assigned = /\b(?:const|let|var)\s+([\w$]+)\s*(?::[^=]+)?=\s*(?:[\w$.]+\(\s*)?$/.exec(before)
      id = assigned ? `${file}#${assigned[1]}` : `${file}@${m.index}`
    }
    if (!param && id.includes('@')) continue
    out.push({ id, param, start: m.index, bodyStart })
  }
  return out
}

/** Where the body of `head` ends (its closing brace, or an arrow expression's end); -1: it does not. */
export function functionEnd(lex: JsLexed, head: JsFunctionHead): number {
  const text = lex.code
  return text[head.bodyStart] === '{'
    ? matchClose(text, head.bodyStart, false, BODY_WINDOW, true)
    : expressionEnd(text, head.bodyStart)
}

/**
 * Every offset FUNCTION_HEAD can match at, ascending: each `function` keyword and, for each `=>`, where its
 * parameters can begin (the `(` of `(…) =>`, also an earlier `(` that a typed first parameter reaches
 * through `(cb: (x) => void) =>`, or the identifier of `x =>`) — each also from an `async` before it.
 */
function functionStarts(lex: JsLexed): number[] {
  const text = lex.code
  const starts: number[] = []
  const add = (at: number): void => {
    starts.push(at)
    // `async` and whitespace before: the pattern's optional `async` prefix starts the match there.
    let j = at
    while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--
    if (j < at && j >= 5 && text.startsWith('async', j - 5)) starts.push(j - 5)
  }
  for (const at of lex.keywords.function) add(at)
  for (const arrow of lex.arrows) {
    const close = paramsClose(text, arrow)
    const stop = Math.max(0, close - PARAMS_WINDOW)
    // The `(` of `(…) =>` is the last one before its `)`, with no `)` between; earlier ones reachable
    // without crossing a `,` or `)` start a typed first parameter `(cb: (x) => void) =>`.
    let open = -1
    for (let j = close - 1; close >= 0 && j >= stop; j--) {
      const c = text.charCodeAt(j)
      if (c === CLOSE_PAREN) break
      if (c === OPEN_PAREN) {
        open = j
        break
      }
    }
    if (open >= 0) add(open)
    for (let j = open - 1; open >= 0 && j >= stop; j--) {
      const c = text.charCodeAt(j)
      if (c === COMMA || c === CLOSE_PAREN) break
      if (c === OPEN_PAREN) add(j)
    }
    let end = arrow
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--
    let start = end
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--
    // `\b` before the name: the pattern may start just past a `$` (not a word character) inside it.
    for (let k = start; k < end; k++) if (k === start || text.charCodeAt(k - 1) === DOLLAR) add(k)
  }
  return starts.sort((a, b) => a - b)
}

/**
 * The `)` closing the parameters of the arrow whose `=>` is at `arrow`: past whitespace, or past a return
 * type `): T =>` (the pattern allows `[\w$.<>[\]|, ]` there); else -1. Looked for within PARAMS_WINDOW
 * characters: parameter lists are short, and an unbounded search from each `=>` is quadratic.
 */
function paramsClose(text: string, arrow: number): number {
  const stop = Math.max(0, arrow - PARAMS_WINDOW)
  let j = arrow - 1
  while (j >= stop && (isSpaceCode(text.charCodeAt(j)) || isTypeCode(text.charCodeAt(j)))) j--
  if (j >= stop && text.charCodeAt(j) === COLON) {
    j--
    while (j >= stop && isSpaceCode(text.charCodeAt(j))) j--
  }
  return j >= stop && text.charCodeAt(j) === CLOSE_PAREN ? j : -1
}
const PARAMS_WINDOW = 4096
const [OPEN_PAREN, CLOSE_PAREN, COMMA, COLON, DOLLAR] = [40, 41, 44, 58, 36]

/** `\s`: what the patterns skip between tokens. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return /\s/.test(String.fromCharCode(c))
}

/** `[\w$]`. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === DOLLAR
}

/** `[\w$.<>[\]|, ]`: what a return type between `)` and `=>` may hold. */
function isTypeCode(c: number): boolean {
  return (
    isWordCode(c) ||
    c === 46 ||
    c === 60 ||
    c === 62 ||
    c === 91 ||
    c === 93 ||
    c === 124 ||
    c === COMMA ||
    c === 32
  )
}

/** `part` trimmed when it is one `[\w$]+` name (what `/^\s*([\w$]+)\s*$/` captures), else null. */
function plainName(part: string): string | null {
  let a = 0
  let b = part.length
  while (a < b && isSpaceCode(part.charCodeAt(a))) a++
  while (b > a && isSpaceCode(part.charCodeAt(b - 1))) b--
  if (a === b) return null
  for (let k = a; k < b; k++) if (!isWordCode(part.charCodeAt(k))) return null
  return part.slice(a, b)
}

/** `a, b as c` → [[a,a],[b,c]] (separator `as` for ES modules, `:` for destructuring). */
export function namedList(list: string | undefined, sep: 'as' | ':'): [string, string][] {
  if (!list) return []
  const out: [string, string][] = []
  for (const part of list.split(',')) {
    // Most parts are one bare name: the same pair the general path below gives, without its three patterns
    // (`type` and `as` alone are not names there).
    const plain = plainName(part)
    if (plain && plain !== 'type' && plain !== 'as') {
      out.push([plain, plain])
      continue
    }
    const [a, b] = part
      .replace(/^\s*type\s+/, '')
      .split(sep === 'as' ? /\s+as\s+/ : /\s*:\s*/)
      .map(s => s.trim())
    if (a && /^[\w$]+$/.test(a)) out.push([a, b && /^[\w$]+$/.test(b) ? b : a])
  }
  return out
}
