// A cheap test before the JS route graph (routes.ts): can any module of an app hand it a health path? The
// graph's answer is only its health candidates, and a health path (healthRank) needs a health-named segment
// (`health`, `status`, `ping`, `up`, `…-health` …; a probe kind such as `live` counts only under one). Every
// segment the graph composes comes from a string literal that a module of the app's own list declares as a
// route path, a mount prefix or a path constant, and read only where that module calls a route method
// (`.get(`, `.use(` …) or `createRoute(`. So when no module pairs such a call with such a literal, the
// graph has nothing to find and none of its modules need be lexed, their imports followed or their
// functions read — most apps of a large monorepo (NestJS apps declare routes with decorators; libraries
// declare none): issue 16 item 12. The test reads the raw text (comments allowed wherever the lexed text
// has blanks), so it is a superset of what the reader can match.
import { HEALTH_SEGMENT_SOURCE } from '../../signals/health.js'
import { requestsAfter } from '../../signals/outgoing-requests.js'

/** Whitespace or comments between two tokens. */
const GAP = String.raw`(?:\s|/\*[\s\S]*?\*/|//[^\n]*(?:\n|$))*`

/**
 * Segment names healthRank accepts, with the `_`s it strips on either side (`/_health`, Dockerflow's
 * `/__heartbeat__`): health.ts HEALTH_SEGMENT_SOURCE, so a name or format healthRank learns is never missed
 * here (`/isalive`, `/healthz.json` once were, and the flat reader gave them without their mount prefix).
 */
const NAMES = String.raw`_*${HEALTH_SEGMENT_SOURCE}_*`

/** A quoted path holding a health-named segment (bounded by `/` or the quotes). */
const SEGMENT = String.raw`(?:[^'"\x60]*/)?${NAMES}(?:/[^'"\x60]*)?['"\x60]`

/**
 * Where the reader takes a path: the first argument of any call when it starts with `/` (`.get('/x')`,
 * `.use('/x', r)`, koa-mount's `mount('/x', app)`), any first argument of `.route(`, `.group(`,
 * `.basePath(`, `.prefix(` (no slash needed there; TypeScript type arguments may precede the parenthesis),
 * a `key: '/x'` or `= '/x'` (route objects, `url:`, `path:`, path constants) and `prefix: 'x'`.
 */
const HEALTH_LITERAL = new RegExp(
  [
    String.raw`\(${GAP}['"\x60]/${SEGMENT}`,
    String.raw`\.(?:route|group|basePath|prefix)${GAP}(?:<[\s\S]*?>${GAP})?\(${GAP}['"\x60]${SEGMENT}`,
    String.raw`[:=]${GAP}['"\x60]/${SEGMENT}`,
    String.raw`prefix${GAP}:${GAP}['"\x60]${SEGMENT}`
  ].join('|'),
  'i'
)

/**
 * What every HEALTH_LITERAL match holds: a health-named segment between two of `/` and the quotes. One
 * search for it settles most modules (no such segment) before the full pattern, whose comment-skipping gaps
 * after every `(`, `:` and `=` are tried all through a module: a third of the test on a large app.
 */
const DELIMITED_NAME = new RegExp(String.raw`[/'"\x60]${NAMES}[/'"\x60]`, 'i')

/** A route method call (lexer members: the `.` right before the name) or Hono's `createRoute`. */
export const ROUTE_CALL =
  /\.(?:get|all|head|use|route|register|group|openapi|basePath|prefix)(?![\w$])|createRoute/

/**
 * False when no module in `texts` can give the route graph a health path. `openapi(route)` may read its
 * route's path from a module outside the list: any mention keeps the graph.
 */
export function mayComposeHealth(texts: Iterable<string | null>): boolean {
  for (const text of texts) if (text !== null && mayCompose(text, t => DELIMITED_NAME.test(t))) return true
  return false
}

/**
 * One module's part of mayComposeHealth: a route call, and `openapi` or a health literal (namesHealthPath).
 * The cheaper tests first: most modules of a large app call a route method, few name a health path.
 */
function mayCompose(text: string, delimitedName: (text: string) => boolean): boolean {
  if (text.includes('openapi')) return ROUTE_CALL.test(text)
  return delimitedName(text) && ROUTE_CALL.test(text) && HEALTH_LITERAL.test(text)
}

/**
 * The prechecks of one app's route graph with each module's answers kept by file: mayComposeHealth, the
 * seeds past the module cap (routes.ts withSeedsBeyondCap) and the route scope's seeds tested the same
 * module texts up to three times, each time searching the whole text for DELIMITED_NAME first (a third of
 * the graph's time on growthbook's back-end: issue 16 item 12). Same answers as the functions they keep.
 */
export class RoutePrechecks {
  private readonly named = new Map<string, boolean>()
  private readonly seeds = new Map<string, boolean>()

  constructor(private readonly read: (file: string) => string | null) {}

  private delimitedName(file: string, text: string): boolean {
    let named = this.named.get(file)
    if (named === undefined) this.named.set(file, (named = DELIMITED_NAME.test(text)))
    return named
  }

  /** mayComposeHealth over the texts of `files`. */
  mayComposeHealth(files: readonly string[]): boolean {
    for (const file of files) {
      const text = this.read(file)
      if (text !== null && mayCompose(text, t => this.delimitedName(file, t))) return true
    }
    return false
  }

  /** seedsHealthPath of the file's text (`text`: what read gives for it); false when it has none. */
  isSeed(file: string, text: string | null = this.read(file)): boolean {
    if (text === null) return false
    let seed = this.seeds.get(file)
    if (seed === undefined)
      this.seeds.set(file, (seed = this.delimitedName(file, text) && nextSeedLiteral(text, 0) >= 0))
    return seed
  }
}

/**
 * True when a module declares a literal the graph can take a health path from, route call or not: a path
 * constant's module has none (nor has the module declaring an `openapi()` route object).
 */
export function namesHealthPath(text: string): boolean {
  return DELIMITED_NAME.test(text) && HEALTH_LITERAL.test(text)
}

const HEALTH_LITERALS = new RegExp(HEALTH_LITERAL.source, 'gi')

/**
 * namesHealthPath, less the literals no route can come from: a request the module sends
 * (`await this.client.get('/models/status')`, `fetch('/health')`, outgoing-requests.ts) and a path appended to
 * a URL (`endpoint.pathname += '/health'`). The importer climb of the route scope starts at the modules this
 * holds for: an AI-provider client naming its upstream's `/health` is imported through the helpers every
 * module imports, and took most of anything-llm's server into the scope (issue 16 item 12).
 */
export function seedsHealthPath(text: string): boolean {
  return DELIMITED_NAME.test(text) && nextSeedLiteral(text, 0) >= 0
}

/** Where the first HEALTH_LITERAL match seedsHealthPath counts starts, at or after `from` (-1: none). */
function nextSeedLiteral(text: string, from: number): number {
  HEALTH_LITERALS.lastIndex = from
  // A literal left out is looked past by one character only: no match overlapping it is skipped.
  for (let m = HEALTH_LITERALS.exec(text); m; m = HEALTH_LITERALS.exec(text)) {
    const c = m[0][0]
    const at = m.index
    HEALTH_LITERALS.lastIndex = at + 1
    if (c === '=' && text[at - 1] === '+') continue
    if (c === '(' && requestsAfter(text.slice(text.lastIndexOf('\n', at) + 1, at + 1))) continue
    return at
  }
  return -1
}

/** `.get(`, `.post(` …: a call whose path argument is one route's own path (at the end of the text before the `(`). */
const LEAF_ROUTE_CALL = /\.(?:get|head|all|post|put|patch|delete|options)$/

/**
 * `require('./status')(app)`: a router a required factory builds. Handed to a route (`app.get('/status',
 * require('./status')(app))`), it answers under the route's path, like a mount.
 */
const FACTORY_REQUIRE = /\brequire\s*\(\s*['"][^'"]+['"]\s*\)\s*\(/

/**
 * For a seed (seedsHealthPath): whether one of its health literals can be a prefix over the routes of a module
 * it imports: any literal but the path argument of a route method (`app.get('/healthcheck', h)`,
 * `router.post('/experiment/:id/status', h)`), whose routes stay the seed's own. A seed whose literals are all
 * such paths has its imports read on demand only, not for their routes: they cannot sit under a health
 * prefix of its, and a module with no health literal of its own composes no health path under another
 * prefix. growthbook's `app.ts` (a `/healthcheck` route beside 300 others) imports 33 routers (issue 16
 * item 12). A required factory anywhere in the seed keeps its imports (it may be handed to a route).
 */
export function seedMountsHealth(text: string): boolean {
  if (FACTORY_REQUIRE.test(text) || !DELIMITED_NAME.test(text)) return true
  for (let at = nextSeedLiteral(text, 0); at >= 0; at = nextSeedLiteral(text, at + 1)) {
    if (text[at] !== '(') return true
    const before = text.slice(Math.max(0, at - 12), at).trimEnd()
    if (!LEAF_ROUTE_CALL.test(before)) return true
  }
  return false
}
