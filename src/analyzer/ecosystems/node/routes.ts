// JavaScript/TypeScript route graph: Express/Koa routers mounted with `use('/api', router)`, Fastify plugins
// registered with `{ prefix }`, Hono `route('/api', sub)` / `basePath()` / `openapi(createRoute({ path }))`,
// Elysia `group('/api', …)` and `new Elysia({ prefix })`, koa-router `new Router({ prefix })`, koa-mount
// `use(mount('/api', apiApp))`. Routers are followed through simple relative (and `@/`, `~/`) imports and
// `require`s, so a router defined in one file and mounted in another resolves to its full path. Each
// module is lexed once (js-lexer.ts) and read through the facts js-facts.ts takes from that pass.
// Over 300 lines on purpose: one module table (imports, re-exports, routers, mounts) feeds one graph;
// split, every part would take and return that table.
import type { Evidence } from '../../report.js'
import { dirname, normalizePath } from '../../tree.js'
import { evidenceAt } from '../../signals/evidence.js'
import { getPath, isRecord, parseJsonFile } from '../../signals/manifests.js'
import { assignedName, chainBase, matchClose, splitArgs } from '../../signals/code-spans.js'
import { healthCandidatesFrom, RouteGraph, type RouteDecl } from '../../signals/routes.js'
import { mayEndHealthPath } from '../../signals/health.js'
import type { AppContext } from '../../provider.js'
import type { Candidate } from '../../candidate.js'
import { calledFunction, forOfCalls, returnedIdentifiers, routerPassingCalls } from './route-factories.js'
import { nearestTsconfig, tsconfigPathBases, tsPathOptions } from './tsconfig-paths.js'
import { RoutePrechecks, seedMountsHealth } from './route-precheck.js'
import { routeScope } from './route-scope.js'
import type { JsLexed } from './js-lexer.js'
import {
  declarationsOf,
  exportsOf,
  functionNamesOf,
  functionEnd,
  functionHeadsOf,
  functionsOf,
  hasCreateRoute,
  importsOf,
  lexedModule,
  paramNamesOf,
  routeCallsOf,
  routerPrefixesOf,
  type JsExports,
  type JsFunction,
  type JsFunctionHead,
  type JsImport
} from './js-facts.js'

/**
 * One source file as the route graph sees it. Imports are read up front and resolved when the graph follows
 * one (the manifests resolving reads, tsconfig.json and package.json, are read up front: the content
 * digest records them); exports and functions only when another module or a route call asks — most of the
 * files a monorepo app hands in are never asked (issue 16 item 12).
 */
class JsModule {
  private ownExports: JsExports | undefined
  private ownFunctions: JsFunction[] | undefined
  private ownDeclarations: Map<string, number[]> | undefined
  private ownRouteCalls: { name: string; dot: number; open: number }[] | undefined
  /** The module's code: comments blanked, offsets and lines the file's own. */
  readonly text: string

  constructor(
    readonly file: string,
    readonly lex: JsLexed,
    readonly imports: Map<string, JsImport>,
    private readonly resolve: (spec: string) => string | null
  ) {
    this.text = lex.code
  }

  private get exported(): JsExports {
    return (this.ownExports ??= exportsOf(this.lex, this.resolve))
  }
  get exports(): Map<string, string> {
    return this.exported.exports
  }
  get reexports(): Map<string, JsImport> {
    return this.exported.reexports
  }
  get starReexports(): string[] {
    return this.exported.starReexports
  }
  get functions(): JsFunction[] {
    return (this.ownFunctions ??= functionsOf(this.file, this.lex))
  }

  /**
   * Whether `functions` lists a function with the id `id`: the heads named so, each body's end looked for
   * (functionsOf scans every body of the module for its end, nested ones again inside their parents').
   */
  definesFunction(id: string): boolean {
    if (this.ownFunctions) return this.ownFunctions.some(f => f.id === id)
    this.heads ??= functionHeadsOf(this.file, this.lex)
    return this.heads.some(h => h.id === id && functionEnd(this.lex, h) >= 0)
  }
  private heads: JsFunctionHead[] | undefined
  /** Variable declarations by name (localNode). */
  get declarations(): Map<string, number[]> {
    return (this.ownDeclarations ??= declarationsOf(this.lex))
  }
  /** `.get(` / `.use(` … calls, in order. */
  get routeCalls(): { name: string; dot: number; open: number }[] {
    return (this.ownRouteCalls ??= routeCallsOf(this.lex))
  }

  /**
   * False when no function of this module can have the id `file#name`: such an id comes from
   * `function name`, `const|let|var name = …` or a default export, so a module that declares neither need
   * not have its functions read (a cheap superset check before functionsOf).
   */
  mayDefine(name: string): boolean {
    if (name === 'default' || this.declarations.has(name)) return true
    return (this.functionNames ??= functionNamesOf(this.lex)).has(name)
  }

  /** False when no function of this module can take `name` as its first parameter (see functionsOf). */
  mayTakeParam(name: string): boolean {
    return (this.params ??= paramNamesOf(this.lex)).has(name)
  }

  private functionNames: Set<string> | undefined
  private params: Set<string> | undefined
}

/** The app's modules the graph reads (the first, in the order given). */
const MAX_MODULES = 400
/** Modules past MAX_MODULES that declare a health path, read as well (withSeedsBeyondCap). */
const MAX_SEEDS_BEYOND = 40

/**
 * The first MAX_MODULES files, then the later ones that declare a health path (seedsHealthPath), bounded:
 * a large app's route modules sit past the cap (worklenz: src/routes/public/index.ts, depth 4, after 339
 * shallower files and ~100 more of its depth), while the module that mounts them (src/app.ts
 * `app.use("/public", public_router)`) is among the first. The seed brings its importers into the scope.
 */
function withSeedsBeyondCap(files: readonly string[], prechecks: RoutePrechecks): string[] {
  const list = files.slice(0, MAX_MODULES)
  if (files.length <= MAX_MODULES) return list
  let extra = 0
  for (const f of files.slice(MAX_MODULES)) {
    if (extra >= MAX_SEEDS_BEYOND) break
    if (prechecks.isSeed(f)) {
      list.push(f)
      extra++
    }
  }
  return list
}

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.mts', '.cts', '.jsx']

/** Health candidates from composed JS routes (full paths, with mount and prefix evidence). */
export function jsComposedHealth(ctx: AppContext, files: readonly string[]): Candidate<string>[] {
  const prechecks = new RoutePrechecks(f => ctx.tree.read(f))
  const list = withSeedsBeyondCap(files, prechecks)
  if (!prechecks.mayComposeHealth(list)) return []
  const graph = new RouteGraph()
  new JsRouteReader(ctx, graph, prechecks).readAll(list)
  return healthCandidatesFrom(graph.resolve())
}

/** `require('./status')(app, wares)`: a required module's factory, called. */
const FACTORY_CALL = /^require\(\s*['"][^'"]+['"]\s*\)\s*\([^()]*\)$/

/** `var api = require('../api/')(env, ctx)`, `, apiRoot = require('./root')()`: a router built by a required factory. */
const FACTORY_ASSIGNMENT =
  /(?:\b(?:const|let|var)|,)\s*([A-Za-z_$][\w$]*)\s*=\s*(require\(\s*['"][^'"]+['"]\s*\)\s*\([^()]*\))/g

class JsRouteReader {
  private readonly modules = new Map<string, JsModule | null>()
  /** The modules readAll was given, and those whose routes it reads (route-scope.ts). */
  private listed = new Set<string>()
  private scope = new Set<string>()
  private readonly resolved = new Map<string, string | null>()
  private readonly pendingUses: { owner: string; path: string; children: string[]; evidence: Evidence }[] = []

  constructor(
    private readonly ctx: AppContext,
    private readonly graph: RouteGraph,
    private readonly prechecks: RoutePrechecks
  ) {}

  /** `list`: the app's modules as withSeedsBeyondCap gives them. */
  readAll(list: readonly string[]): void {
    const scope = routeScope({
      files: list,
      read: f => this.ctx.tree.read(f),
      isSeed: (text, file) => this.prechecks.isSeed(file, text),
      mountsHealth: seedMountsHealth,
      resolve: (from, spec) => this.resolve(from, spec),
      importedBy: f => importedFiles(this.module(f)),
      namesTargets: f => this.namesTargets(f)
    })
    this.listed = new Set(list)
    this.scope = scope
    for (const file of list) {
      if (!scope.has(file)) continue
      const mod = this.module(file)
      if (mod && (mod.routeCalls.length > 0 || hasCreateRoute(mod.lex))) this.readRoutes(mod)
      // A module that only builds routers (`const router = Router(); healthRoutes(router); return router`).
      else if (mod) this.readRouterFunctions(mod)
    }
    // `use('/health', handler)` is a route unless what it mounts is a router we know. The routers of the
    // deferred routes (deferRoute) are found only when a use() that may be a health route mounts none of
    // the others.
    const routers = new Set([
      ...this.graph.routes.map(r => r.router),
      ...this.graph.mounts.map(m => m.parent),
      ...this.graph.prefixes.map(p => p.router)
    ])
    const deferred = [...this.deferred]
    let withDeferred: Set<string> | undefined
    const mountsRouter = (children: string[]): boolean => {
      if (children.some(c => routers.has(c))) return true
      if (children.length === 0 || deferred.length === 0) return false
      if (!withDeferred) {
        withDeferred = new Set()
        for (const route of deferred) {
          const router = route()?.router
          if (router !== undefined) withDeferred.add(router)
        }
      }
      return children.some(c => withDeferred!.has(c))
    }
    for (const u of this.pendingUses) {
      if (!u.path || u.children.some(c => routers.has(c))) continue
      const route: RouteDecl = { router: u.owner, path: u.path, evidence: u.evidence, source: 'use()' }
      if (mayEndHealthPath(u.path)) {
        if (!mountsRouter(u.children)) this.graph.addRoute(route)
      } else this.graph.addPendingRoute(() => (mountsRouter(u.children) ? null : route))
    }
  }

  /** Routes whose path no prefix makes a health path, each made (its router found) once, when asked. */
  private readonly deferred: (() => RouteDecl | null)[] = []

  private deferRoute(make: () => RouteDecl | null): void {
    let made: RouteDecl | null | undefined
    const once = (): RouteDecl | null => (made === undefined ? (made = make()) : made)
    this.deferred.push(once)
    this.graph.addPendingRoute(once)
  }

  private module(file: string): JsModule | null {
    if (this.modules.has(file)) return this.modules.get(file)!
    const lex = lexedModule(this.ctx.tree, file)
    const resolve = (spec: string): string | null => this.resolve(file, spec)
    const mod =
      lex === null
        ? null
        : new JsModule(
            file,
            lex,
            importsOf(lex, resolve, spec => this.readsFor(file, spec)),
            resolve
          )
    this.modules.set(file, mod)
    return mod
  }

  private readonly readTsconfigs = new Set<string>()
  private readPackageJson = false

  /**
   * The manifests resolving `spec` would read (resolveSpecifier), read now: imports resolve lazily, and the
   * files an analysis reads (its content digest) stay those it read when every import was resolved.
   */
  private readsFor(from: string, spec: string): void {
    if (spec.startsWith('.') || /^[@~#]\//.test(spec)) return
    const dir = dirname(from)
    if (!this.readTsconfigs.has(dir)) {
      this.readTsconfigs.add(dir)
      tsconfigPathBases(this.ctx, from, spec)
    }
    if (spec.startsWith('#') && !this.readPackageJson) {
      this.readPackageJson = true
      subpathImport(this.ctx, spec)
    }
  }

  /**
   * resolveSpecifier, once per folder (or, for a bare specifier, per governing tsconfig) and specifier: a
   * monorepo's modules import the same few paths.
   */
  private resolve(from: string, spec: string): string | null {
    const key =
      spec.startsWith('.') || /^[@~#]\//.test(spec)
        ? `${dirname(from)}\0${spec}`
        : `${this.tsconfigOf(dirname(from), from)}\0${spec}`
    let file = this.resolved.get(key)
    if (file === undefined) this.resolved.set(key, (file = resolveSpecifier(this.ctx, from, spec)))
    return file
  }

  /** Per tsconfig: whether its `paths` only map patterns ending in `*` to targets ending in `*`. */
  private readonly keyedConfigs = new Map<string, boolean>()
  private packageImports: boolean | undefined

  /**
   * Whether every specifier of `from` that resolves names its target's key (route-scope.ts `namesTargets`):
   * resolveSpecifier keeps the specifier's last segment unless an exact `paths` alias, a pattern with
   * more after its `*`, or a package.json `imports` entry renames it.
   */
  private namesTargets(from: string): boolean {
    if (this.packageImports === undefined) {
      const parsed = parseJsonFile(this.ctx.tree, this.ctx.path('package.json'))
      this.packageImports = parsed?.ok === true && getPath(parsed.value, 'imports') !== undefined
    }
    if (this.packageImports) return false
    const configs = [this.tsconfigOf(dirname(from), from), this.ctx.path('tsconfig.json')]
    return configs.every(config => {
      let keyed = this.keyedConfigs.get(config)
      if (keyed === undefined) {
        const paths = tsPathOptions(this.ctx.tree, config).paths ?? {}
        const tail = (p: string): boolean => p.indexOf('*') === p.length - 1
        keyed = Object.entries(paths).every(
          ([key, targets]) =>
            tail(key) && (!Array.isArray(targets) || targets.every(t => typeof t !== 'string' || tail(t)))
        )
        this.keyedConfigs.set(config, keyed)
      }
      return keyed
    })
  }

  private readonly tsconfigs = new Map<string, string>()
  private tsconfigOf(dir: string, from: string): string {
    let config = this.tsconfigs.get(dir)
    if (config === undefined) this.tsconfigs.set(dir, (config = nearestTsconfig(this.ctx, from)))
    return config
  }

  /** Node id of identifier `name` as seen from `mod` (following imports). */
  private ref(mod: JsModule, name: string, depth = 0): string {
    const imp = mod.imports.get(name)
    if (imp?.file && depth < 6) return this.exportNode(imp.file, imp.name, depth + 1)
    return `${mod.file}#${name}`
  }

  private exportNode(file: string, exported: string, depth: number): string {
    const mod = this.module(file)
    if (!mod) return `${file}#${exported}`
    const local = mod.exports.get(exported)
    if (local) return this.ref(mod, local, depth)
    const re = mod.reexports.get(exported)
    if (re?.file && depth < 6) return this.exportNode(re.file, re.name, depth + 1)
    // `module.exports = require('./routes')` passes every export of that module through, default included.
    for (const from of depth < 6 ? mod.starReexports : []) {
      const node = this.exportNode(from, exported, depth + 1)
      if (!node.startsWith(`${from}#`) || this.module(from)?.exports.has(exported)) return node
    }
    return `${file}#${exported}`
  }

  /** Node of an argument expression: identifier, `ns.member`, `require('./x')`, `x.routes()`, inline router. */
  private argNode(mod: JsModule, arg: { text: string; start: number }): string | null {
    const text = arg.text.replace(/\.(?:routes|middleware|allowedMethods)\(\s*\)$/, '')
    const req = /^(?:await\s+)?(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)(?:\.default)?$/.exec(text)
    if (req) {
      const file = this.resolve(mod.file, req[1]!)
      return file ? this.exportNode(file, 'default', 0) : null
    }
    // `require('./status')(app, wares)`: the router the module's exported factory returns.
    const factory = /^(?:require)\(\s*['"]([^'"]+)['"]\s*\)\s*\([^()]*\)$/.exec(text)
    if (factory) {
      const file = this.resolve(mod.file, factory[1]!)
      return file ? (this.returnedNodes(this.exportNode(file, 'default', 0))[0] ?? null) : null
    }
    const member = /^([\w$]+)\.([\w$]+)$/.exec(text)
    if (member) {
      const imp = mod.imports.get(member[1]!)
      if (imp?.file) return this.exportNode(imp.file, member[2]!, 0)
      return null
    }
    if (/^[\w$]+$/.test(text)) return this.receiver(mod, text, arg.start)
    const called = calledFunction(text)
    const returned = called ? this.returnedNodes(this.ref(mod, called))[0] : undefined
    return returned ?? `${mod.file}@${arg.start}`
  }

  /** The routers a function returns (`return apisApp`, `return [a, b]`), as nodes of its module. */
  private returnedNodes(fnNode: string): string[] {
    const hash = fnNode.lastIndexOf('#')
    const target = hash > 0 ? this.module(fnNode.slice(0, hash)) : null
    const fn = target?.mayDefine(fnNode.slice(hash + 1))
      ? target.functions.find(f => f.id === fnNode)
      : undefined
    if (!target || !fn) return []
    const returned = returnedIdentifiers(target.text.slice(fn.start, fn.end))
    return returned.names.map(n => this.receiver(target, n, fn.start + returned.index))
  }

  /**
   * Routers handed to functions: `statusRoutes(anonymousRouter, tenant)` mounts the function's router
   * parameter on that router; `for (const router of createRouters())` stands for every router returned.
   */
  private readRouterFunctions(mod: JsModule): void {
    for (const call of routerPassingCalls(mod.lex)) {
      if (this.outOfScope(mod, call.callee)) continue
      const fnNode = this.ref(mod, call.callee)
      const hash = fnNode.lastIndexOf('#')
      const target = this.module(fnNode.slice(0, hash))
      if (!target?.mayDefine(fnNode.slice(hash + 1)) || !target.definesFunction(fnNode)) continue
      const evidence = evidenceAt(mod.file, mod.text, call.index)
      const parent = this.receiver(mod, call.router, call.index)
      this.graph.addMount({ parent, child: fnNode, prefix: '', evidence })
    }
    for (const loop of forOfCalls(mod.lex)) {
      const evidence = evidenceAt(mod.file, mod.text, loop.index)
      const parent = this.receiver(mod, loop.variable, loop.index)
      for (const child of this.returnedNodes(this.ref(mod, loop.callee)))
        this.graph.addMount({ parent, child, prefix: '', evidence })
    }
  }

  /**
   * True when `name` is imported from a module of the app whose routes the graph does not read: a router
   * handed to a function there gains no route the answer can use, so that module need not be lexed to find
   * the function (logto's `init.ts` hands its routers to 60 route modules, one of them the status route).
   */
  private outOfScope(mod: JsModule, name: string): boolean {
    const file = mod.imports.get(name)?.file
    return !!file && this.listed.has(file) && !this.scope.has(file)
  }

  /** Node of a receiver identifier at `index`: a function's router parameter, else a variable or import. */
  private receiver(mod: JsModule, name: string, index: number): string {
    let fn: JsFunction | undefined
    if (mod.mayTakeParam(name))
      for (const f of mod.functions) if (index >= f.start && index < f.end && f.param === name) fn = f
    return fn ? fn.id : mod.imports.has(name) ? this.ref(mod, name) : localNode(mod, name, index)
  }

  /** The router a call at `dot` (the `.` of `.get(`) is made on. */
  private owner(mod: JsModule, dot: number): string | null {
    const text = mod.text
    const base = chainBase(text, dot)
    if (!base) return null
    const chain = text.slice(base.start, dot)
    const imported = mod.imports.get(base.base)
    const constructed =
      /^new\s/.test(chain) ||
      /^[\w$]+\s*(?:<[^>]*>)?\s*\(/.test(chain) ||
      (/^[\w$]+\s*\.\s*[\w$]+\s*\(/.test(chain) && (imported?.file === null || !!imported?.file))
    if (!constructed) return this.receiver(mod, base.base, base.start)
    const assigned = assignedName(text, base.start)
    if (assigned) return localNode(mod, assigned, base.start)
    const before = text.slice(Math.max(0, base.start - 40), base.start)
    if (/export\s+default\s*$/.test(before)) return `${mod.file}#default`
    if (/\breturn\s*$/.test(before)) {
      let fn: JsFunction | undefined
      for (const f of mod.functions) if (base.start >= f.start && base.start < f.end) fn = f
      if (fn) return fn.id
    }
    return `${mod.file}@${base.start}`
  }

  private readRoutes(mod: JsModule): void {
    const { text, file } = mod
    // A module's `.get(key)` calls repeat their keys: each name is looked up once.
    const constants = new Map<string, string | null>()
    const constant = (expr: string): string | null => {
      let value = constants.get(expr)
      if (value === undefined) constants.set(expr, (value = constantPath(text, expr)))
      return value
    }
    for (const { name: method, dot, open } of mod.routeCalls) {
      // `.get(key)` on a Map, a header, a config …: no route path, so no router to find (which may parse
      // the modules the receiver comes from). Nor can `.get([…])`, `Promise.all(…)`: a path is a quoted
      // string or a name, so no bracket matching or argument split for the rest.
      const routeMethod = method === 'get' || method === 'all' || method === 'head'
      if (routeMethod && !mayOpenPath(text, open + 1)) continue
      const close = matchClose(text, open)
      if (close < 0) continue
      const args = splitArgs(text, open + 1, close)
      const path = args[0] ? (stringLiteral(args[0].text) ?? constant(args[0].text)) : null
      if (routeMethod && (path === null || (path !== '' && !path.startsWith('/')))) continue
      // A route whose path no prefix makes a health path (`.get('/users/:id', …)`), and which hands the
      // request to no required factory: nothing the graph answers with, save its router, which only a
      // use() of a health-looking path asks about (readAll), and the order of its chains (resolve). It is
      // made when asked, even when finding its router reads other modules (an imported receiver): the
      // content digest may follow the files the analysis needs (issue 16 item 12, the lead's decision).
      if (routeMethod && !mayEndHealthPath(path!) && !args.slice(1).some(a => FACTORY_CALL.test(a.text))) {
        if (!chainBase(text, dot)) continue
        const source = `.${method}()`
        this.deferRoute(() => {
          const router = this.owner(mod, dot)
          return router === null
            ? null
            : { router, path: path!, evidence: evidenceAt(file, text, dot), source }
        })
        continue
      }
      const owner = this.owner(mod, dot)
      if (!owner) continue
      const evidence = evidenceAt(file, text, dot)
      switch (method) {
        case 'get':
        case 'all':
        case 'head':
          if (path !== null && (path === '' || path.startsWith('/')))
            this.graph.addRoute({ router: owner, path, evidence, source: `.${method}()` })
          // `app.all('/status*', require('./status')(app))`, `app.get('/status', require('./status')(app))`:
          // a route hands the request, its path unstripped (a route is no mount), to a router a required
          // factory builds, whose own routes (`/status`) answer at their paths under the owner's prefix.
          if (path !== null && args.length >= 2)
            this.mountChildren(
              mod,
              owner,
              '',
              args.slice(1).filter(a => FACTORY_CALL.test(a.text)),
              evidence
            )
          break
        case 'use': {
          const mounted = koaMount(text, args[0])
          if (mounted) {
            this.pendingUses.push({
              owner,
              path: mounted.prefix,
              evidence,
              children: this.mountChildren(mod, owner, mounted.prefix, mounted.children, evidence)
            })
            break
          }
          if (path !== null && !path.startsWith('/')) break
          this.pendingUses.push({
            owner,
            path: path ?? '',
            evidence,
            children: this.mountChildren(
              mod,
              owner,
              path ?? '',
              path === null ? args : args.slice(1),
              evidence
            )
          })
          break
        }
        case 'route': {
          const url = /^\{[\s\S]*?\burl\s*:\s*['"`](\/[^'"`]*)['"`]/.exec(args[0]?.text ?? '')
          if (url) this.graph.addRoute({ router: owner, path: url[1]!, evidence, source: 'route({ url })' })
          else if (path !== null && args.length === 1)
            this.graph.addRoute({ router: owner, path, evidence, source: '.route()' })
          else if (path !== null) this.mountChildren(mod, owner, path, args.slice(1), evidence)
          break
        }
        case 'group':
          if (path !== null) this.mountChildren(mod, owner, path, args.slice(1), evidence)
          break
        case 'register': {
          const prefix = /\bprefix\s*:\s*['"`]([^'"`]*)['"`]/.exec(args[1]?.text ?? '')
          this.mountChildren(mod, owner, prefix?.[1] ?? '', args.slice(0, 1), evidence)
          break
        }
        case 'basePath':
        case 'prefix':
          if (path) this.graph.addPrefix({ router: owner, prefix: path, evidence })
          break
        case 'openapi': {
          const found = this.openapiPath(mod, args[0])
          if (found)
            this.graph.addRoute({
              router: owner,
              path: found.path,
              evidence,
              source: 'openapi(createRoute())',
              detail: found.evidence ? [found.evidence] : []
            })
          break
        }
      }
    }
    this.readRouterFunctions(mod)
    // `var api = require('../api/')(env, ctx)`: the variable is the router that factory returns.
    // The pattern is tried at every comma: only a module that says `require` can hold one.
    for (const m of text.includes('require') ? text.matchAll(FACTORY_ASSIGNMENT) : []) {
      const at = m.index + m[0].length - m[2]!.length
      const child = this.argNode(mod, { text: m[2]!, start: at })
      if (child)
        this.graph.addMount({
          // The node the name resolves to where it is mounted (an import record when the module reads
          // `require(…)` assignments as imports: the factory itself, standing for what it returns).
          parent: this.receiver(mod, m[1]!, m.index),
          child,
          prefix: '',
          evidence: evidenceAt(file, text, at)
        })
    }
    // `new Router({ prefix: '/api' })` (koa-router), `new Elysia({ prefix: '/api' })`.
    for (const m of routerPrefixesOf(mod.lex)) {
      const name = assignedName(text, m.index)
      const router = name ? `${file}#${name}` : `${file}@${m.index}`
      this.graph.addPrefix({ router, prefix: m[1]!, evidence: evidenceAt(file, text, m.index) })
    }
  }

  private mountChildren(
    mod: JsModule,
    owner: string,
    prefix: string,
    args: { text: string; start: number }[],
    evidence: Evidence
  ): string[] {
    const children: string[] = []
    for (const arg of args) {
      const child = this.argNode(mod, arg)
      if (!child) continue
      children.push(child)
      this.graph.addMount({ parent: owner, child, prefix, evidence })
    }
    return children
  }

  /** Path of an `openapi()` route argument: inline `createRoute({ path })` or a route object declared elsewhere. */
  private openapiPath(
    mod: JsModule,
    arg: { text: string; start: number } | undefined
  ): { path: string; evidence?: Evidence } | null {
    if (!arg) return null
    const inline = createRoutePath(arg.text)
    if (inline !== null) return { path: inline.path }
    const member = /^([\w$]+)(?:\.([\w$]+))?$/.exec(arg.text)
    if (!member) return null
    const node = member[2] ? this.argNode(mod, arg) : this.ref(mod, member[1]!)
    if (!node) return null
    const hash = node.lastIndexOf('#')
    const target = this.module(node.slice(0, hash))
    if (!target) return null
    const decl = new RegExp(
      `\\b(?:const|let|var)\\s+${node.slice(hash + 1).replace(/\$/g, '\\$')}\\s*=\\s*`
    ).exec(target.text)
    if (!decl) return null
    const at = decl.index + decl[0].length
    const found = createRoutePath(target.text.slice(at, at + 2000))
    return found
      ? { path: found.path, evidence: evidenceAt(target.file, target.text, at + found.index) }
      : null
  }
}

/** The files a module imports or re-exports from (resolved; packages left out). */
function importedFiles(mod: JsModule | null): string[] {
  if (!mod) return []
  const files: string[] = []
  for (const imp of mod.imports.values()) if (imp.file) files.push(imp.file)
  for (const re of mod.reexports.values()) if (re.file) files.push(re.file)
  return [...files, ...mod.starReexports]
}

/** koa-mount: `use(mount('/api', apiApp))` mounts `apiApp` under `/api` (`mount(apiApp)` at the root). */
function koaMount(
  text: string,
  arg: { text: string; start: number } | undefined
): { prefix: string; children: { text: string; start: number }[] } | null {
  if (!arg || !/^mount\s*\(/.test(arg.text)) return null
  const open = arg.start + arg.text.indexOf('(')
  const close = matchClose(text, open)
  if (close < 0) return null
  const inner = splitArgs(text, open + 1, close)
  const prefix = inner[0] ? stringLiteral(inner[0].text) : null
  if (prefix !== null) return prefix.startsWith('/') ? { prefix, children: inner.slice(1) } : null
  return { prefix: '', children: inner }
}

/** `createRoute({ method: 'get', path: '/health', … })` → '/health' (OpenAPI `{id}` params become `:id`). */
function createRoutePath(text: string): { path: string; index: number } | null {
  const m = /^createRoute\(\s*\{/.exec(text)
  if (!m) return null
  const close = matchClose(text, m[0].length - 1)
  const body = text.slice(0, close < 0 ? undefined : close)
  const path = /\bpath\s*:\s*['"`](\/[^'"`]*)['"`]/.exec(body)
  return path ? { path: path[1]!.replace(/\{(\w+)\}/g, ':$1'), index: path.index } : null
}

/**
 * A route path given by a module constant: `ENDPOINTS.health` with `const ENDPOINTS = { health: '/healthz' }`,
 * or `HEALTH_PATH` with `const HEALTH_PATH = '/healthz'`, declared in the same module.
 */
export function constantPath(text: string, expr: string): string | null {
  const m = /^([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?$/.exec(expr)
  if (!m) return null
  const decl = new RegExp(`\\b(?:const|let|var)\\s+${m[1]!.replace(/\$/g, '\\$')}\\s*(?::[^=]+)?=\\s*`).exec(
    text
  )
  if (!decl) return null
  const at = decl.index + decl[0].length
  if (!m[2]) {
    const literal = /^(['"`])(\/[^'"`$]*)\1/.exec(text.slice(at))
    return literal ? literal[2]! : null
  }
  if (text[at] !== '{') return null
  const close = matchClose(text, at)
  const body = text.slice(at, close < 0 ? at + 4000 : close)
  const key = new RegExp(`(?:^|[{,\\s])['"]?${m[2]}['"]?\\s*:\\s*(['"\`])(\\/[^'"\`$]*)\\1`).exec(body)
  return key ? key[2]! : null
}

/**
 * False when the argument list opening at `from` cannot start with a route path: its first character past
 * whitespace is neither a quote (stringLiteral) nor an ASCII name (constantPath), nor a `,` (splitArgs then
 * takes the next argument as the first).
 */
function mayOpenPath(text: string, from: number): boolean {
  LEADING_SPACE.lastIndex = from
  LEADING_SPACE.test(text)
  const c = text.charCodeAt(LEADING_SPACE.lastIndex)
  return (
    c === 39 ||
    c === 34 ||
    c === 96 ||
    c === 44 ||
    c === 36 ||
    c === 95 ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122)
  )
}
const LEADING_SPACE = /\s*/y

function stringLiteral(text: string): string | null {
  const m = /^(['"`])([^'"`$]*)\1$/.exec(text)
  return m ? m[2]! : null
}

/**
 * Node of a variable seen at `index`: `file#name` for a module-level one; `<function id>/name` when the
 * innermost function around `index` that declares it does (two functions' own `const anonymousRouter`
 * are two routers).
 */
function localNode(mod: JsModule, name: string, index: number): string {
  const declared = mod.declarations.get(name)
  let scope: JsFunction | undefined
  if (declared)
    for (const f of mod.functions)
      if (index >= f.start && index < f.end && (!scope || f.start >= scope.start))
        if (declared.some(at => at > f.start && at < f.end)) scope = f
  return scope ? `${scope.id}/${name}` : `${mod.file}#${name}`
}

/** Repository-relative file a relative (or `@/`, `~/`, `#/`) import points to, or null (package/unknown). */
export function resolveSpecifier(ctx: AppContext, from: string, spec: string): string | null {
  let bases: string[]
  if (spec.startsWith('.')) bases = [normalizePath(`${dirname(from)}/${spec}`)]
  else if (/^[@~#]\//.test(spec)) bases = [ctx.path(`src/${spec.slice(2)}`), ctx.path(spec.slice(2))]
  else if (spec.startsWith('#')) bases = [...tsconfigPathBases(ctx, from, spec), ...subpathImport(ctx, spec)]
  else bases = tsconfigPathBases(ctx, from, spec)
  if (bases.length === 0) return null
  for (const base of bases) {
    if (ctx.tree.has(base)) return base
    const stem = base.replace(/\.(?:[cm]?js|jsx)$/, '')
    for (const e of EXTENSIONS) if (ctx.tree.has(stem + e)) return stem + e
    for (const e of EXTENSIONS) if (ctx.tree.has(`${stem}/index${e}`)) return `${stem}/index${e}`
  }
  return null
}

/**
 * Node subpath imports: package.json `"imports": { "#*": "./src/*" }` maps `#infra/http/router.ts` to
 * `src/infra/http/router.ts` (exact keys first, then `*` patterns; conditional targets use their
 * `default`/`node`/`import` entry).
 */
function subpathImport(ctx: AppContext, spec: string): string[] {
  const parsed = parseJsonFile(ctx.tree, ctx.path('package.json'))
  const imports = parsed?.ok ? getPath(parsed.value, 'imports') : undefined
  if (!isRecord(imports)) return []
  const target = (value: unknown): string | null => {
    if (typeof value === 'string') return value
    if (!isRecord(value)) return null
    for (const k of ['node', 'import', 'default', 'require'])
      if (typeof value[k] === 'string') return value[k]
    return null
  }
  const exact = target(imports[spec])
  if (exact) return [ctx.path(normalizePath(exact))]
  const out: { key: number; path: string }[] = []
  for (const [key, value] of Object.entries(imports)) {
    const star = key.indexOf('*')
    const t = target(value)
    if (star < 0 || !t || !spec.startsWith(key.slice(0, star)) || !spec.endsWith(key.slice(star + 1)))
      continue
    const middle = spec.slice(star, spec.length - (key.length - star - 1))
    out.push({ key: key.length, path: ctx.path(normalizePath(t.replace('*', middle))) })
  }
  // The longest matching key is the most specific one.
  return out.sort((a, b) => b.key - a.key).map(o => o.path)
}
