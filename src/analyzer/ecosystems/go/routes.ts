// Go route graph: gin/echo/fiber groups (`api := r.Group("/api")`, `v1 := api.Group("/v1")`), chi
// `r.Route("/api", func(r chi.Router) { … })` closures and `r.Mount("/api", sub)`, net/http
// `Handle("/api/", http.StripPrefix("/api", sub))`, and functions that receive a router or group
// (`func RegisterHealth(rg *gin.RouterGroup)`) called with a group (`RegisterHealth(v1)`).
import { evidenceAt } from '../../signals/evidence.js'
import { matchClose, nextBrace } from '../../signals/code-spans.js'
import {
  addPrefixSpans,
  healthCandidatesFrom,
  RouteGraph,
  type PrefixSpan,
  type ResolvedRoute
} from '../../signals/routes.js'
import { stripCComments } from '../common/provider-helpers.js'
import type { AppContext } from '../../provider.js'
import type { Candidate } from '../../candidate.js'
import { textTest } from '../../signals/regex-literals.js'

// …or an app's own router package (`*router.RouterGroup[*core.RequestEvent]`, a generic group type).
const ROUTER_TYPE =
  /\*?(?:gin\.(?:RouterGroup|Engine|IRouter|IRoutes)|echo\.(?:Echo|Group)|fiber\.(?:Router|App)|chi\.(?:Router|Mux)|http\.ServeMux|mux\.Router|\w+\.(?:Router|RouterGroup)\[[^\]]*\])\b|\*?\w+\.RouterGroup\b/
const METHODS = 'GET|Get|HEAD|Head|Any|All|Handle|HandleFunc|Method|MethodFunc'

/**
 * Health candidates from composed Go routes: the app's files (the first 400), then `replaced`, the files of
 * local replace modules the app imports (replaced-modules.ts).
 */
export function goComposedHealth(
  ctx: AppContext,
  files: readonly string[],
  replaced: readonly string[] = []
): Candidate<string>[] {
  return healthCandidatesFrom(goComposedRoutes(ctx, files, replaced))
}

/** Every composed Go route (see goComposedHealth), with its full path and its prefix chain as evidence. */
export function goComposedRoutes(
  ctx: AppContext,
  files: readonly string[],
  replaced: readonly string[] = []
): ResolvedRoute[] {
  const graph = new RouteGraph()
  const texts = new Map<string, string>()
  // Path constants may sit in a file of their own (`const HealthPath = "/healthz"` beside the handlers).
  const constTexts: string[] = []
  for (const file of [...files.slice(0, 400), ...replaced]) {
    const raw = ctx.tree.read(file)
    if (raw === null) continue
    if (/\.(?:Group|Route|Mount)\(|StripPrefix\(|func\s/.test(raw)) texts.set(file, stripCComments(raw))
    else if (raw.includes('"/')) constTexts.push(stripCComments(raw))
  }
  // Functions that take a router or group, package-wide: `RegisterSystem(v1)` may call one in another file.
  const routerFns = new Map<string, number>()
  // Constructors (`func NewHealthHandler(…) *HealthHandler {`), read without finding every function's body,
  // and only when a call needs a variable's type (variableTypes): most modules never do.
  let constructors: Map<string, string> | undefined
  const methods: MethodIndex = {
    owners: new Map(),
    get constructors() {
      if (!constructors) {
        constructors = new Map()
        for (const text of texts.values())
          for (const [name, type] of constructorsOf(text)) constructors.set(name, type)
      }
      return constructors
    }
  }
  for (const text of texts.values())
    for (const f of routerFunctionsOf(text)) {
      routerFns.set(f.name, f.routerIndex)
      if (f.receiverType) {
        const owners = methods.owners.get(f.name) ?? new Set<string>()
        owners.add(f.receiverType)
        methods.owners.set(f.name, owners)
      }
    }
  const consts = pathConstants([...texts.values(), ...constTexts])
  const slices = routerFunctionSlices(texts.values(), routerFns)
  const mayCompose = composeFilter(routerFns, consts, slices)
  for (const [file, text] of texts)
    if (mayCompose(text)) readFile(graph, file, resolveStringExprs(text, consts), routerFns, methods, slices)
  return graph.resolve()
}

/**
 * Slices of router functions, package-wide: `routerNoCheckRole = append(routerNoCheckRole, registerMonitorRouter)`
 * (often in each file's `init()`), or `var routers = []func(*gin.RouterGroup){a, b}`. A loop over the slice
 * (`for _, f := range routerNoCheckRole { f(v1) }`) calls each of them with that group (readFile).
 */
function routerFunctionSlices(
  texts: Iterable<string>,
  routerFns: ReadonlyMap<string, number>
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  if (routerFns.size === 0) return out
  const add = (slice: string, items: string): void => {
    for (const item of items.split(',')) {
      const name = item.trim().split('.').pop() ?? ''
      if (!routerFns.has(name)) continue
      const set = out.get(slice) ?? new Set<string>()
      set.add(name)
      out.set(slice, set)
    }
  }
  for (const text of texts) {
    if (text.includes('append('))
      for (const m of text.matchAll(/\b(\w+)\s*=\s*append\(\s*\1\s*,\s*([\w.\s,]+?)\s*\)/g)) add(m[1]!, m[2]!)
    if (text.includes('[]func('))
      for (const m of text.matchAll(/\b(\w+)\s*(?::=|=)\s*\[\]func\([^()]*\)\s*\{([\w.\s,]*)\}/g))
        add(m[1]!, m[2]!)
  }
  return out
}

/** Text every router type ROUTER_TYPE matches holds (a cheap test before reading a file's functions). */
const ROUTER_TYPE_MENTION = /gin\.|echo\.|fiber\.|chi\.|ServeMux|Router/
/** ROUTER_TYPE_MENTION's test as six literal searches (textTest), not an alternation tried at every position. */
const mentionsRouterType = textTest(ROUTER_TYPE_MENTION)
/** What each pattern of readFile needs besides a router function's call (see composeFilter). */
const COMPOSE_MENTION = new RegExp(
  `\\.(?:Route|Group|Mount|Match|Path|${METHODS})\\(|\\bhttp\\.StripPrefix\\(|\\bWith(?:Healthz|Health)EndpointA?t?\\(`
)

/**
 * False for a text none of readFile's patterns can match, so most files of a large module are neither
 * resolved nor read (issue 16 item 12): each pattern needs a call COMPOSE_MENTION names, or a call of a
 * router function (`name(`). Resolving string expressions only writes quoted path values in, so it cannot
 * add such a call unless a value holds a `(`: then every file is read.
 */
function composeFilter(
  routerFns: ReadonlyMap<string, number>,
  consts: ReadonlyMap<string, string>,
  slices: ReadonlyMap<string, ReadonlySet<string>>
): (text: string) => boolean {
  if ([...consts.values()].some(v => v.includes('('))) return () => true
  const calls = [...routerFns.keys()].map(name => `${name}(`)
  const loops = [...slices.keys()].map(name => `range ${name}`)
  return text =>
    COMPOSE_MENTION.test(text) || calls.some(call => text.includes(call)) || loops.some(l => text.includes(l))
}

/**
 * The functions of `text` that take a router or group (routerParam set): functionsOf without finding the
 * body of every other function, and nothing to read in a file that names no router type.
 */
function routerFunctionsOf(text: string): GoFunc[] {
  return mentionsRouterType(text) ? functionsOf(text, true) : []
}

/** Functions without a receiver that return one named type, `func NewHealthHandler(db *DB) *HealthHandler {`. */
function constructorsOf(text: string): [name: string, type: string][] {
  if (!text.includes('func ')) return []
  return [...text.matchAll(/\bfunc\s+(\w+)\s*\(([^)]*)\)\s*\*?(?:\w+\.)?(\w+)\s*\{/g)].map(
    m => [m[1]!, m[3]!] as [string, string]
  )
}

/**
 * Router-taking methods that several types declare under one name (every handler's
 * `func (h *HealthHandler) RegisterRoutes(r chi.Router)`), and what constructors return
 * (`NewHealthHandler(…) *HealthHandler`): a call `health.RegisterRoutes(apiRouter)` then mounts only the
 * routes of its receiver's type, not those of every handler, under that router.
 */
interface MethodIndex {
  owners: Map<string, Set<string>>
  readonly constructors: ReadonlyMap<string, string>
}

/** `fn:<name>`, or `fn:<Type>.<name>` for a method name several types declare. */
function fnNode(name: string, receiverType: string | undefined, methods: MethodIndex): string {
  return receiverType && (methods.owners.get(name)?.size ?? 0) > 1
    ? `fn:${receiverType}.${name}`
    : `fn:${name}`
}

/**
 * The types each variable the file assigns may hold: from known constructors and composite literals on the
 * right-hand side (`h := api.NewHealthHandler(db)`, `h := &Health{}`, or both branches of a helper call
 * such as `Ternary(cond, NewA(), NewB())`).
 */
function variableTypes(text: string, methods: MethodIndex): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const m of text.matchAll(/\b(\w+)\s*:?=\s*([^\n]+)/g)) {
    const types = new Set<string>()
    for (const c of m[2]!.matchAll(/&?(?:\w+\.)?(\w+)\s*([({])/g)) {
      const type = c[2] === '(' ? methods.constructors.get(c[1]!) : /^[A-Z]/.test(c[1]!) ? c[1]! : undefined
      if (type) types.add(type)
    }
    if (types.size > 0) out.set(m[1]!, types)
  }
  return out
}

/**
 * Package-level path constants (`const prefix = "/api"`, `apiBase := "/api/v1"`), by name; a name bound to
 * two different paths in the app is dropped (we cannot tell which one a use refers to).
 */
function pathConstants(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>()
  const clashes = new Set<string>()
  // Each pattern below needs its literal (`"/`, `String(`): most files hold none, and are not searched. This
  // one needs `="/` (spaces allowed) too: its `\b(\w+)` head tries every word of a file that only quotes a
  // path elsewhere (kratos: 32 of 600 files quote one, 6 assign one).
  for (const text of texts)
    for (const m of text.includes('"/') && ASSIGNED_PATH.test(text)
      ? text.matchAll(/\b(\w+)(?:\s+string)?\s*:?=\s*"(\/[^"\n]*)"/g)
      : []) {
      const [, name, value] = m as unknown as [string, string, string]
      if (out.has(name) && out.get(name) !== value) clashes.add(name)
      else out.set(name, value)
    }
  // Path flags read into a field: `fs.String("api-root-path", "/", …)` declares the default that
  // `a.rootPath = flags.MustString("api-root-path")` (or `fs.StringVar(&a.rootPath, "root", "/", …)`) holds.
  const flagDefaults = new Map<string, string>()
  // Both flag patterns below need a `String("` call (most `String(` are `.String()` methods).
  const flagCalls = texts.map(text => text.includes('String(') && /String\(\s*"/.test(text))
  for (const text of texts.filter((_, i) => flagCalls[i]))
    for (const m of text.matchAll(/\.String\(\s*"([\w.-]+)"\s*,\s*"(\/[^"\n]*)"/g))
      flagDefaults.set(m[1]!, m[2]!)
  const bind = (name: string, value: string): void => {
    if (out.has(name) && out.get(name) !== value) clashes.add(name)
    else out.set(name, value)
  }
  for (const [i, text] of texts.entries()) {
    if (flagCalls[i])
      for (const m of text.matchAll(/\b(\w+)\s*=\s*\w+\.(?:Must)?(?:Get)?String\(\s*"([\w.-]+)"\s*\)/g)) {
        const value = flagDefaults.get(m[2]!)
        if (value !== undefined) bind(m[1]!, value)
      }
    if (!text.includes('.StringVar(')) continue
    for (const m of text.matchAll(/\.StringVar\(\s*&(?:\w+\.)*(\w+)\s*,\s*"[\w.-]+"\s*,\s*"(\/[^"\n]*)"/g))
      bind(m[1]!, m[2]!)
  }
  for (const name of clashes) out.delete(name)
  return out
}

/** What every path constant pathConstants reads holds: an assignment of a quoted path. */
const ASSIGNED_PATH = /=\s*"\//

/** A string literal, or a name or field (`prefix`, `a.rootPath`: looked up by its last segment). */
const STRING_OPERAND = String.raw`(?:(?:\w+\.)*\w+|"[^"\n]*")`
/**
 * STRING_OPERAND where a sum starts: a name never inside a word (`(?<!\w)`). A sum found from inside a word
 * also matches from where the word starts, which comes first, and a sum ends only where a word does: the
 * same sums, without trying every position of every word (once a fifth of a large Go module's analysis).
 */
const FIRST_OPERAND = String.raw`(?:(?<!\w)(?:\w+\.)*\w+|"[^"\n]*")`

/** Names of a configurable URL prefix the app is served under (`util.BasePath`, `cfg.WebRoot`, `urlPrefix`). */
const BASE_PATH_NAME =
  /^(?:base_?path|base_?url|web_?root|web_?path|url_?prefix|path_?prefix|root_?path|sub_?path)$/i

/** A sum unsetBasePath may rewrite (a file without one is not searched). */
const BASE_PATH_SUM =
  /\b(?:base_?path|base_?url|web_?root|web_?path|url_?prefix|path_?prefix|root_?path|sub_?path)\s*\+\s*"\//i

/**
 * `util.BasePath+"/_health"` where the base path is set at run time (a flag or env defaulting to empty, so
 * the app is served at the root): the route is the literal rest. Only a first operand named like a base path,
 * followed by literals only, the first of them starting with `/`.
 */
function unsetBasePath(parts: string[], values: (string | undefined)[]): string | undefined {
  const [head, ...rest] = parts
  if (!head || values[0] !== undefined || rest.length === 0) return undefined
  if (!BASE_PATH_NAME.test(head.split('.').pop()!)) return undefined
  if (!rest.every(p => p.startsWith('"')) || !rest[0]!.startsWith('"/')) return undefined
  return JSON.stringify(rest.map(p => p.slice(1, -1)).join(''))
}

/**
 * Rewrites string expressions built from path constants into the literal they evaluate to, so every
 * pattern below reads them as if written out: `prefix+"/v1"` → `"/api/v1"`,
 * `fmt.Sprintf("%s/health", prefix)` → `"/api/health"`. Expressions with an unknown name stay as they are.
 */
function resolveStringExprs(text: string, consts: ReadonlyMap<string, string>): string {
  // Every sum BASE_PATH_SUM matches ends in `"/`; most files quote no path, and the case-insensitive names
  // are tried at every word of a file (a fifth of this function's time on kratos).
  const basePathSum = text.includes('"/') && BASE_PATH_SUM.test(text)
  if (consts.size === 0 && !basePathSum) return text
  const value = (operand: string): string | undefined =>
    operand.startsWith('"') ? operand.slice(1, -1) : consts.get(operand.split('.').pop()!)
  const sum = new RegExp(`${FIRST_OPERAND}(?:\\s*\\+\\s*${STRING_OPERAND})+`, 'g')
  let out =
    !basePathSum && !constantSummed(consts).test(text)
      ? text
      : text.replace(sum, expr => {
          const parts = expr.split(/\s*\+\s*/)
          if (parts.every(p => p.startsWith('"'))) return expr
          const values = parts.map(value)
          if (values.every(v => v !== undefined)) return JSON.stringify(values.join(''))
          return unsetBasePath(parts, values) ?? expr
        })
  if (out.includes('fmt.Sprintf('))
    out = out.replace(
      new RegExp(String.raw`\bfmt\.Sprintf\(\s*"([^"\n]*)"((?:\s*,\s*${STRING_OPERAND})+)\s*\)`, 'g'),
      (expr, format: string, args: string) => {
        const values = [...args.matchAll(new RegExp(STRING_OPERAND, 'g'))].map(a => value(a[0]))
        const verbs = format.match(/%[a-z]/g) ?? []
        if (
          verbs.length !== values.length ||
          verbs.some(v => v !== '%s') ||
          values.some(v => v === undefined)
        )
          return expr
        let i = 0
        return JSON.stringify(format.replace(/%s/g, () => values[i++]!))
      }
    )
  // A route given by a constant alone: `r.GET(AliveCheckPath, h)`, `r.GET(healthx.AliveCheckPath, h)`.
  out = out.replace(ROUTE_CONSTANT, (expr, method: string, name: string) => {
    const path = value(name)
    return path === undefined ? expr : `.${method}(${JSON.stringify(path)},`
  })
  // …and a group or mount prefix: `r.Group(constants.APIPrefix)`, `r.Route(APIRoot, func…)`.
  out = out.replace(PREFIX_CONSTANT, (expr, call: string, name: string, end: string) => {
    const path = value(name)
    return path === undefined ? expr : `.${call}(${JSON.stringify(path)}${end}`
  })
  return out
}
/**
 * A constant's name next to a `+` (`prefix + "/v1"`, `"/api" + cfg.prefix`): a sum resolveStringExprs
 * rewrites holds one (a sum of literals alone stays), and most files hold none, so the sum pattern, which
 * tries every word, need not run over them.
 */
function constantSummed(consts: ReadonlyMap<string, string>): RegExp {
  let re = summedByConsts.get(consts)
  if (!re) {
    const names = [...consts.keys()].join('|')
    // Anchored on the `+` both forms hold (a name before it, looked behind; or after it): V8 then finds
    // the few `+` of a file by its first character instead of trying the names at every word.
    re = new RegExp(String.raw`\+(?:(?<=\b(?:${names})\s*\+)|(?=\s*(?:\w+\.)*(?:${names})))`)
    summedByConsts.set(consts, re)
  }
  return re
}
const summedByConsts = new WeakMap<ReadonlyMap<string, string>, RegExp>()

/**
 * A route: `r.GET("/x", h)`, gin's `r.Match([]string{"GET", "HEAD"}, "/x", h)`. A handler follows the path:
 * `query.Get("status")` (url.Values), `r.Header.Get("X")`, gorilla's `router.Get("name")` (a named route looked
 * up) take one string and declare nothing.
 */
const ROUTE_CALL = new RegExp(
  `\\b(\\w+)\\.(?:(?:${METHODS})\\(|Match\\(\\s*\\[\\]string\\{[^}]*\\}\\s*,)\\s*"(?:(?:GET|HEAD)\\s+)?([^"]*)"(?=\\s*,)`,
  'g'
)
/** Logging packages whose `Any(key, value)` builds a log field (ROUTE_CALL would read `key` as a path). */
const LOG_FIELD_PACKAGES = new Set(['zap', 'slog', 'zapcore', 'zerolog'])

/**
 * grpc-gateway's health options on its ServeMux: `runtime.WithHealthzEndpoint(healthClient)` serves GET
 * /healthz, `runtime.WithHealthEndpointAt(healthClient, "/ready")` that path — answered by the gRPC health
 * service the server registers, on the HTTP port the gateway serves.
 */
const GATEWAY_HEALTH = /\bWith(?:HealthzEndpoint\(|HealthEndpointAt\([^"\n]*?"(\/[^"]*)")/g

/** The call ROUTE_CALL needs (most files hold none; the pattern starts at every word). */
const ROUTE_CALL_MENTION = new RegExp(`\\.(?:${METHODS}|Match)\\(`)

/** gorilla/mux `r.Path("/p")` continued by what makes it a route (methods, a handler, a sub-router). */
const GORILLA_PATH_ROUTE =
  /\b(\w+)\.Path\(\s*"(\/[^"]*)"\s*\)\s*\.(?:Subrouter|Methods|Handler|HandlerFunc)\(/g

/**
 * `r.Route("/p", ctor(args).Method)`, `r.Route("/p", h.Method)`, `r.Route("/p", fn)`: receiver, constructor,
 * prefix, function name. (A closure, `func(r chi.Router) {…}`, is read as a prefix block instead.)
 */
const ROUTE_FUNCTION_VALUE =
  /\b(\w+)\.Route\(\s*"([^"]*)"\s*,\s*(?:(?:\w+\.)?(\w+)\([^()]*\)\.|\w+\.)?(\w+)\s*\)/g

const ROUTE_CONSTANT = new RegExp(`\\.(${METHODS})\\(\\s*((?:\\w+\\.)?[A-Za-z_]\\w*)\\s*,`, 'g')
/** `.Group(NAME)` / `.Group(pkg.NAME, mw)`, `.Route(NAME, …)`, `.Mount(NAME, …)`: a prefix held by a constant. */
const PREFIX_CONSTANT = /\.(Group|Route|Mount)\(\s*((?:\w+\.)?[A-Za-z_]\w*)\s*([,)])/g

interface GoFunc {
  name: string
  /** `func (h *Handler) Name(…)`: `Handler`. */
  receiverType: string | undefined
  /** The single named type it returns (`*Handler` → `Handler`), if any. */
  returnType: string | undefined
  /** The parameter typed as a router or group, if any, and its position. */
  routerParam: string | undefined
  routerIndex: number
  start: number
  end: number
}

/** `routersOnly`: just the functions with a router parameter. */
function functionsOf(text: string, routersOnly = false): GoFunc[] {
  const out: GoFunc[] = []
  for (const m of text.matchAll(
    /\bfunc\s+(?:\(\s*(?:\w+\s+)?\*?(\w+)(?:\[[^\]]*\])?\s*\)\s*)?(\w+)\s*\(([^)]*)\)(?:\s*\*?(?:\w+\.)?(\w+)\s*\{)?/g
  )) {
    const params = m[3]!.split(',').map(p => p.trim().split(/\s+/))
    const routerIndex = params.findIndex(([, type]) => type !== undefined && ROUTER_TYPE.test(type))
    if (routersOnly && routerIndex < 0) continue
    const routerParam = routerIndex < 0 ? undefined : params[routerIndex]![0]
    const brace = nextBrace(text, m.index + m[0].length - (m[4] ? 1 : 0), 300)
    const end = brace < 0 ? -1 : matchClose(text, brace)
    if (end > 0)
      out.push({
        name: m[2]!,
        receiverType: m[1],
        returnType: m[4],
        routerParam,
        routerIndex,
        start: brace,
        end
      })
  }
  return out
}

function readFile(
  graph: RouteGraph,
  file: string,
  text: string,
  routerFns: ReadonlyMap<string, number>,
  methods: MethodIndex,
  slices: ReadonlyMap<string, ReadonlySet<string>> = new Map()
): void {
  // Both read only when a pattern below matches (most files of a large module match none, or no call
  // needs the types).
  let funcs: GoFunc[] | undefined
  let types: Map<string, Set<string>> | undefined
  // A variable belongs to its function: the function itself when it is the router parameter or the router the
  // function returns (`func opsRouter() http.Handler { r := chi.NewRouter(); …; return r }`).
  const varNode = (name: string, index: number): string => {
    let fn: GoFunc | undefined
    for (const f of (funcs ??= functionsOf(text))) if (index > f.start && index < f.end) fn = f
    if (!fn) return `${file}#${name}`
    if (fn.routerParam === name || new RegExp(`\\breturn\\s+&?${name}\\b`).test(text.slice(fn.start, fn.end)))
      return fnNode(fn.name, fn.receiverType, methods)
    return `${file}:${fn.name}#${name}`
  }

  // chi `r.Route("/api", func(r chi.Router) { … })`: the closure is a prefix block.
  const spans: PrefixSpan[] = []
  const receiverOf = new Map<number, string>()
  // Each pattern below needs its call's literal (`.Route(`, `.Group(` …): most files hold none, and the
  // patterns, which start at every word, need not run over them.
  const has = (call: string): boolean => text.includes(call)
  for (const m of has('.Route(') ? text.matchAll(/\b(\w+)\.Route\(\s*"([^"]*)"\s*,\s*func\s*\(/g) : []) {
    const brace = nextBrace(text, m.index + m[0].length, 200)
    const end = brace < 0 ? -1 : matchClose(text, brace)
    if (end < 0) continue
    spans.push({ start: brace, end, prefix: m[2]!, evidence: evidenceAt(file, text, m.index) })
    receiverOf.set(brace, varNode(m[1]!, m.index))
  }
  // A top-level block hangs off the router `.Route(` was called on; '' = not inside any block.
  const spanOf = addPrefixSpans(graph, file, spans, index => receiverOf.get(index) ?? '')
  const routerAt = (receiver: string, index: number): string => spanOf(index) || varNode(receiver, index)

  // chi `r.Route("/healthz", newHealthHandler(db).Routes)`: the sub-router function given as a value (a
  // method of the handler a constructor returns, or a plain function) is mounted under the prefix — the
  // prefix itself is no route.
  for (const m of has('.Route(') ? text.matchAll(ROUTE_FUNCTION_VALUE) : []) {
    const [, receiver, prefix, ctor, name] = m as unknown as [
      string,
      string,
      string,
      string | undefined,
      string
    ]
    if (!routerFns.has(name)) continue
    const owners = [...(methods.owners.get(name) ?? [])]
    const built = ctor ? methods.constructors.get(ctor) : undefined
    const children =
      owners.length < 2
        ? [`fn:${name}`]
        : (built && owners.includes(built) ? [built] : owners).map(owner => fnNode(name, owner, methods))
    for (const child of children)
      graph.addMount({
        parent: routerAt(receiver, m.index),
        child,
        prefix,
        evidence: evidenceAt(file, text, m.index)
      })
  }

  // Groups assigned to variables.
  for (const m of has('.Group(') ? text.matchAll(/\b(\w+)\s*:?=\s*(\w+)\.Group\(\s*"([^"]*)"/g) : [])
    graph.addMount({
      parent: routerAt(m[2]!, m.index),
      child: varNode(m[1]!, m.index),
      prefix: m[3]!,
      evidence: evidenceAt(file, text, m.index)
    })
  // Sub-routers: chi Mount, net/http StripPrefix.
  for (const m of has('.Mount(')
    ? text.matchAll(/\b(\w+)\.Mount\(\s*"([^"]*)"\s*,\s*(?:\w+\.)?(\w+)\s*(\()?/g)
    : [])
    graph.addMount({
      parent: routerAt(m[1]!, m.index),
      child: m[4] ? `fn:${m[3]}` : varNode(m[3]!, m.index),
      prefix: m[2]!,
      evidence: evidenceAt(file, text, m.index)
    })
  for (const m of has('http.StripPrefix(')
    ? text.matchAll(
        /\b(\w+)\.Handle\(\s*"[^"]*"\s*,\s*http\.StripPrefix\(\s*"([^"]*)"\s*,\s*(?:\w+\.)?(\w+)\s*(\()?/g
      )
    : [])
    graph.addMount({
      parent: routerAt(m[1]!, m.index),
      child: m[4] ? `fn:${m[3]}` : varNode(m[3]!, m.index),
      prefix: m[2]!,
      evidence: evidenceAt(file, text, m.index)
    })
  // Router-taking functions called with a group: `RegisterHealth(v1)`, `handler.Register(api)`,
  // `bindHealthApi(app, apiGroup)` (the argument in the router parameter's position).
  // Only calls of those functions: the pattern every call matched, with their names in place of `\w+` (a
  // call of another name, `a.b(c)`, holds no `(` a router function's call could start at).
  const names = [...routerFns.keys()]
  const calls = new RegExp(String.raw`\b(?:(\w+)\.)?(${names.join('|')})\(([^()]*)\)`, 'g')
  for (const m of names.length > 0 ? text.matchAll(calls) : []) {
    const index = routerFns.get(m[2]!)
    if (index === undefined) continue
    const arg = m[3]!.split(',')[index]?.trim() ?? ''
    if (!/^\w+$/.test(arg)) continue
    // A method several types declare: the receiver's type when the file built it (`h := api.NewHealthHandler()`),
    // else every one of them (we cannot tell which).
    const owners = [...(methods.owners.get(m[2]!) ?? [])]
    const receiverTypes =
      m[1] && owners.length >= 2 ? (types ??= variableTypes(text, methods)).get(m[1]) : undefined
    const known = owners.filter(owner => receiverTypes?.has(owner))
    const children =
      owners.length < 2
        ? [`fn:${m[2]}`]
        : (known.length > 0 ? known : owners).map(owner => fnNode(m[2]!, owner, methods))
    for (const child of children)
      graph.addMount({
        parent: routerAt(arg, m.index),
        child,
        prefix: '',
        evidence: evidenceAt(file, text, m.index)
      })
  }

  // A loop over a slice of router functions: `for _, f := range routerNoCheckRole { f(v1) }` calls each
  // function the slice holds (routerFunctionSlices) with that group, in its router parameter's position.
  for (const m of slices.size > 0 && has('range ')
    ? text.matchAll(/\bfor\s+_\s*,\s*(\w+)\s*:=\s*range\s+(\w+)\s*\{/g)
    : []) {
    const fns = slices.get(m[2]!)
    if (!fns) continue
    const brace = m.index + m[0].length - 1
    const end = matchClose(text, brace)
    if (end < 0) continue
    const body = text.slice(brace, end)
    for (const call of body.matchAll(new RegExp(String.raw`\b${m[1]!}\(([^()]*)\)`, 'g'))) {
      const args = call[1]!.split(',').map(a => a.trim())
      for (const fn of fns) {
        const arg = args[routerFns.get(fn) ?? -1] ?? ''
        if (!/^\w+$/.test(arg)) continue
        graph.addMount({
          parent: routerAt(arg, brace + call.index),
          child: `fn:${fn}`,
          prefix: '',
          evidence: evidenceAt(file, text, brace + call.index)
        })
      }
    }
  }

  // `users.UserRegister(v1.Group("/user"))`: a group built inline for the function.
  for (const m of has('.Group(')
    ? text.matchAll(/\b(?:\w+\.)?(\w+)\(\s*(\w+)\.Group\(\s*"([^"]*)"\s*\)\s*\)/g)
    : []) {
    if (routerFns.get(m[1]!) !== 0) continue
    graph.addMount({
      parent: routerAt(m[2]!, m.index),
      child: `fn:${m[1]}`,
      prefix: m[3]!,
      evidence: evidenceAt(file, text, m.index)
    })
  }

  // gorilla/mux's route builder: `r.Path("/api/ping").Methods("GET").HandlerFunc(h)`, or a sub-router of that
  // one path (`ping := r.Path("/api/ping").Subrouter(); ping.Methods("GET", "HEAD").HandlerFunc(pong)`).
  for (const m of has('.Path(') ? text.matchAll(GORILLA_PATH_ROUTE) : [])
    graph.addRoute({
      router: routerAt(m[1]!, m.index),
      path: m[2]!,
      evidence: evidenceAt(file, text, m.index),
      source: 'router route'
    })

  for (const m of has('HealthEndpoint') || has('HealthzEndpoint') ? text.matchAll(GATEWAY_HEALTH) : [])
    graph.addRoute({
      router: varNode('<grpc-gateway>', m.index),
      path: m[1] ?? '/healthz',
      evidence: evidenceAt(file, text, m.index),
      source: 'grpc-gateway health endpoint'
    })

  // Routes (gin's `r.Match([]string{"GET", "HEAD"}, "/health", h)` names its methods first).
  for (const m of ROUTE_CALL_MENTION.test(text) ? text.matchAll(ROUTE_CALL) : []) {
    if (m[1] === 'http' && !/^\//.test(m[2]!)) continue
    // `zap.Any("status", v)`, `slog.Any("status", v)`: a structured-log field, not a route.
    if (LOG_FIELD_PACKAGES.has(m[1]!)) continue
    graph.addRoute({
      router: routerAt(m[1]!, m.index),
      path: m[2]!,
      evidence: evidenceAt(file, text, m.index),
      source: 'router route'
    })
  }
}
