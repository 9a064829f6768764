// Health path fallback for structures no provider models: when route extraction found nothing (or only
// guesses), look through the app's own source files for health-looking path literals (`/healthz`, `"up"`,
// `/api/ping` — ranked by `healthRank`) that sit where a server declares a route: inside the argument list of a
// call, decorator, annotation or attribute (`health_check(app, "/health/")`, `[HttpGet("/hc")]`), as a route
// table key (`'/health': handler`), under a `path:`/`route:` key, or in a constant named like a path
// (`apiHealthPath = "/v1/health"`). Lines that call OUT to a service (`fetch`, `axios`, `http.Get`,
// `requests.get`, URLs with a host …) and test, client-side, vendored and docs files are ignored. The result
// is a proposal at low-to-medium confidence with its evidence line, so any declared or framework-derived
// value still wins.
import type { Candidate } from '../candidate.js'
import type { TreeFile } from '../tree.js'
import { basename } from '../tree.js'
import { inJvmPackage } from '../jvm-package.js'
import { healthRank } from './health.js'
import { clip } from './evidence.js'
import { openCallee, requestCallee, sendsRequest } from './outgoing-requests.js'
import { withSwaggerBasePath } from './swagger-url-builder.js'
import { isReturnedComparison } from './path-predicate.js'
import { requiresAuthorization } from './require-authorization.js'

/**
 * A route declared behind authentication on its own line: `'middleware' => ['auth', 'roles']` in the action
 * array (FreeScout's `/system/status`), `->middleware('auth:sanctum')`, `Route::middleware(['auth'])->get(…)`;
 * also Laravel's `can:`/`role:`/`permission:` gates. Such a route answers 401/302 to a probe: not a health check.
 */
export function declaresAuthMiddleware(line: string): boolean {
  return /\bmiddleware['"]?\s*(?:=>|\()\s*\[?(?:\s*['"][^'"]*['"]\s*,)*\s*['"](?:auth(?:[:.][\w.,:-]*)?|can:[^'"]*|roles?(?::[^'"]*)?|permission:[^'"]*|verified)['"]/.test(
    line
  )
}

/** Below a framework convention (0.6), above our plain guesses (0.3). */
export const FALLBACK_CONFIDENCE = { call: 0.5, declaration: 0.45 } as const

const SOURCE_EXTENSIONS = [
  '.js',
  '.mjs',
  '.cjs',
  '.ts',
  '.mts',
  '.cts',
  '.py',
  '.go',
  '.rb',
  '.php',
  '.java',
  '.kt',
  '.scala',
  '.groovy',
  '.cs',
  '.fs',
  '.rs',
  '.ex',
  '.exs',
  '.cr',
  '.dart',
  '.swift'
]

/**
 * The source extensions an ecosystem's server code is written in: a Node app's routes are not declared in
 * its Python scripts. Providers not listed (docker, static …) read every source extension.
 */
const LANGUAGE_EXTENSIONS: Record<string, readonly string[]> = {
  node: ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'],
  bun: ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'],
  deno: ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'],
  python: ['.py'],
  go: ['.go'],
  ruby: ['.rb'],
  php: ['.php'],
  java: ['.java', '.kt', '.scala', '.groovy'],
  dotnet: ['.cs', '.fs'],
  rust: ['.rs'],
  elixir: ['.ex', '.exs']
}

const MAX_FILE_BYTES = 256 * 1024
const MAX_FILES = 3000
const MAX_CANDIDATES = 5

/** Path segments that hold tests, client code, vendored code, docs or generated clients, not the server. */
const SKIPPED_SEGMENTS = new Set([
  'test',
  'tests',
  'testing',
  'testdata',
  'test-utils',
  '__tests__',
  '__mocks__',
  'mocks',
  'mock',
  'spec',
  'specs',
  'e2e',
  'integration-tests',
  'cypress',
  'playwright',
  'fixtures',
  '__fixtures__',
  'vendor',
  'node_modules',
  'third_party',
  'third-party',
  'examples',
  'example',
  'samples',
  'docs',
  'doc',
  'documentation',
  // An OpenAPI/Swagger document built in code (`"/domains/status": { get: checkDomainStatus }` in a
  // ZodOpenApiPathsObject) describes the API's routes; the server declares them elsewhere.
  'openapi',
  'swagger',
  'migrations',
  'dist',
  'build',
  'public',
  'static',
  'assets',
  'frontend',
  'client',
  'clients',
  'web',
  'ui',
  'www',
  'components',
  'pages',
  'views',
  'sdk',
  'scripts',
  'tools',
  'bench',
  'benchmarks'
])

/** Skipped segments that, inside a JVM package, are a package name (`com.example`), not sample folders. */
const EXAMPLE_SEGMENTS = new Set(['example', 'examples'])

const TEST_FILE =
  /(?:[._-](?:test|tests|spec|e2e|mock|mocks|stories)\.[a-z]+$|^test_[^/]*\.(?:py|rs)$|_test\.(?:go|py|exs?)$|_tests?\.rs$|^tests\.rs$|Tests?\.(?:java|kt|cs|scala|groovy)$|_spec\.rb$|^conftest\.py$|\.d\.ts$)/

/** Callees that declare routes without a leading slash (`path("health", …)`, `HandleFunc("healthz"…)`). */
const ROUTE_CALLEES = new Set([
  'path',
  're_path',
  'url',
  'route',
  'Route',
  'add_url_rule',
  'add_route',
  'add_api_route',
  'api_route',
  'HandleFunc',
  'Handle',
  'MapGet',
  'MapHealthChecks',
  'MapGroup',
  'health_check'
])

/** Calls whose literal is no GET route: write methods, and configuration defaults (`os.getenv("X", "/ping")`). */
const WRITE_OR_CONFIG_CALLEES =
  /^(?:post|put|patch|delete|del|Post|Put|Patch|Delete|POST|PUT|PATCH|DELETE|PostMapping|PutMapping|PatchMapping|DeleteMapping|HttpPost|HttpPut|HttpPatch|HttpDelete|MapPost|MapPut|MapPatch|MapDelete|getenv|Getenv|LookupEnv|env|environ|get_env|fetch|getProperty|GetEnvironmentVariable|emit|on|once|log|info|debug|warn|error|print|println|printf|Printf|Println|Sprintf|format|t|i18n|translate|__)$/

export interface HealthLiteral {
  path: string
  rank: number
  confidence: number
  file: string
  line: number
  text: string
}

/**
 * The app's files worth reading for the fallback, most app-like first, bounded: source files in the
 * language of the app's provider (`providerId`; every source language when it has none of its own).
 */
export function fallbackFiles(files: readonly TreeFile[], dir: string, providerId?: string): string[] {
  const prefix = dir === '.' ? 0 : dir.length + 1
  const extensions = new Set(
    (providerId !== undefined && LANGUAGE_EXTENSIONS[providerId]) || SOURCE_EXTENSIONS
  )
  const out: string[] = []
  for (const f of files) {
    // The path tests first: a scanned file's size is a stat, asked only of the few files that pass.
    const path = f.path
    const dot = path.lastIndexOf('.')
    if (dot < 0 || !extensions.has(path.slice(dot))) continue
    const rel = path.slice(prefix)
    if (inSkippedFolder(rel)) continue
    if (TEST_FILE.test(basename(rel))) continue
    if (f.size > MAX_FILE_BYTES) continue
    out.push(f.path)
    if (out.length >= MAX_FILES) break
  }
  return out
}

/**
 * Whether a folder of `rel` is skipped (tests, examples, vendored code …). In a JVM package
 * (`src/main/java/com/example/demo/`, start.spring.io's default) `example` is part of the package name, not a
 * folder of sample apps; every other skipped segment still counts there. The folders are walked in place, and
 * the JVM test only made when an example folder is met: this runs for every file of every app (issue 16
 * item 12).
 */
function inSkippedFolder(rel: string): boolean {
  let jvm: boolean | undefined
  for (let from = 0, slash = rel.indexOf('/'); slash >= 0; from = slash + 1, slash = rel.indexOf('/', from)) {
    const segment = rel.slice(from, slash).toLowerCase()
    if (!SKIPPED_SEGMENTS.has(segment)) continue
    if (!EXAMPLE_SEGMENTS.has(segment)) return true
    if (!(jvm ??= inJvmPackage(rel))) return true
  }
  return false
}

// Quoted literal (single, double or back-quoted, no interpolation) of a path-like word.
const LITERAL = /(["'`])(\/?[A-Za-z0-9_\-./]{1,80})\1/g
// Cheap pre-filter: files that mention none of the health words are not read line by line.
const HEALTH_WORD =
  /health|healthz|livez|readyz|ready|liveness|readiness|alive|ping|status|heartbeat|['"`]\/?up['"`]/i

/** Health-looking literals in route-like contexts of one file's text. */
export function healthLiterals(file: string, text: string): HealthLiteral[] {
  const out: HealthLiteral[] = []
  // Only the lines holding a health word, found by one search through the text rather than a split and a
  // test of every line (most lines of a file that says `status` once say nothing of health); a file
  // without one costs that single search.
  const word = new RegExp(HEALTH_WORD.source, 'gi')
  // The 0-based number of the line starting at `start`, counted on from the last line asked for (lines are
  // asked for in order). Only a line that yields a literal needs its number: counting every hit's line
  // walked every newline of the text up to the last hit, one search each (issue 16 item 12).
  let lineNo = 0
  let counted = 0
  const lineAt = (start: number): number => {
    for (let j = text.indexOf('\n', counted); j >= 0 && j < start; j = text.indexOf('\n', j + 1)) lineNo++
    counted = start
    return lineNo
  }
  for (let hit = word.exec(text); hit; hit = word.exec(text)) {
    const start = text.lastIndexOf('\n', hit.index) + 1
    let end = text.indexOf('\n', hit.index)
    if (end < 0) end = text.length
    word.lastIndex = end
    // Both patterns below need a quote: a line without one (`status = response.status_code`) holds no literal.
    if (end - start > 400 || !hasQuote(text, start, end)) continue
    const line = text.slice(start, end)
    const trimmed = line.trimStart()
    if (/^(?:\/\/|#(?!\[)|\*|\/\*|--|<!--|"""|''')/.test(trimmed)) continue
    for (const m of literalsOf(line)) {
      const raw = m[2]!
      if (raw.includes('//') || hasFileDot(raw)) continue
      const own = raw.startsWith('/') ? raw.replace(/(.)\/+$/, '$1/') : `/${raw}`
      // A go-swagger URL builder's `_path` is relative to the spec's basePath it joins it to.
      const path = /\b_path\s*(?:=|:=)\s*$/.test(line.slice(0, m.index))
        ? withSwaggerBasePath(text, lineAt(start) + 1, own)
        : own
      const rank = healthRank(path.replace(/(.)\/$/, '$1'))
      if (rank < 0) continue
      // A Python raw string's `r` prefix is part of the literal, not of the text before it.
      const before = line.slice(0, m.index).replace(/\b[rR]$/, '')
      const after = line.slice(m.index + m[0].length)
      // The right side of a returned comparison (`return path === '/health' || …`, `skip: req => req.url ===
      // '/health'`) tests a path to exempt it (see path-predicate.ts): no route.
      if (/[=!]==?\s*$/.test(before) && isReturnedComparison(text, start + m.index)) continue
      // `app.MapHealthChecks("/health", …).RequireAuthorization()`: the chain after the call puts it behind login.
      const mapped = /\bMap\w*\(\s*$/.exec(before)
      if (mapped && requiresAuthorization(text, start + mapped.index)) continue
      const confidence = contextConfidence(before, after, raw.startsWith('/'))
      if (confidence === 0) continue
      out.push({ path, rank, confidence, file, line: lineAt(start) + 1, text: clip(trimmed.trimEnd()) })
    }
    // Route tables keyed by method and path (`'get /api/v1/ping': { controller: … }`, the Sails.js shape).
    for (const m of line.matchAll(METHOD_PATH_KEY)) {
      const path = m[2]!.replace(/(.)\/+$/, '$1/')
      const rank = healthRank(path.replace(/(.)\/$/, '$1'))
      if (rank < 0 || hasFileDot(path)) continue
      const confidence = FALLBACK_CONFIDENCE.declaration
      out.push({ path, rank, confidence, file, line: lineAt(start) + 1, text: clip(trimmed.trimEnd()) })
    }
  }
  return out
}

/**
 * A Python raw string holding a route regex: an optional `^`, the path, then an optional trailing slash
 * (`/?`) and an optional `$` — `re_path(r"^healthz/?$", …)`, a setting's default `r"/healthcheck/?"`. Only raw
 * strings: in other languages `'^/health$'` is usually a pattern that matches requests (to skip logging
 * them), not a route. Anything more (groups, classes, alternations) is no fixed path and is not read.
 */
const RAW_REGEX_ROUTE = /\b[rR](["'])\^?(\/?[A-Za-z0-9_\-./]{1,80}?)(\/\?)?\$?\1/g

/**
 * The quoted path literals of a line, as `[match, quote, path]` with their index: plain literals, and raw
 * regex routes (above) read as the path they match without the optional slash.
 */
function literalsOf(line: string): { 0: string; 2: string; index: number }[] {
  const out: { 0: string; 2: string; index: number }[] = []
  const seen = new Set<number>()
  for (const m of line.matchAll(RAW_REGEX_ROUTE)) {
    // Only the ones with a regex marker: a plain raw string is read by LITERAL below.
    if (!/^[rR].\^|\/\?\$?.$|\$.$/.test(m[0])) continue
    seen.add(m.index + 1)
    out.push({ 0: m[0].slice(1), 2: m[2]!, index: m.index + 1 })
  }
  for (const m of line.matchAll(LITERAL)) {
    if (seen.has(m.index)) continue
    out.push({ 0: m[0], 2: m[2]!, index: m.index })
  }
  return out.sort((a, b) => a.index - b.index)
}

/** Whether `text` has a quote (`'`, `"` or a backquote) between `start` and `end`. */
function hasQuote(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === 39 || c === 34 || c === 96) return true
  }
  return false
}

/** `'get /ping':`, `"GET /health" =>`: a route-table key naming a GET (or any-method) route and its path. */
const METHOD_PATH_KEY = /(["'`])(?:get|head|all)\s+(\/[A-Za-z0-9_\-./]{0,80})\1\s*(?::|=>)/gi

/**
 * A dot marks a file name (`health.js`, `/status.json`), not a route — except in a leading `/.well-known/`
 * segment, the URI prefix RFC 8615 reserves for site-wide endpoints (Apollo Server 2/3 answers its health
 * check at `/.well-known/apollo/server-health`).
 */
function hasFileDot(raw: string): boolean {
  return raw.replace(/^\/\.well-known\//, '/').includes('.')
}

/** A quoted setting name that says "health route" (`"HEALTHCHECK_ROUTE"`, `'health-path'`), then its default. */
const HEALTH_SETTING_KEY =
  /(["'])[\w.-]*health[\w.-]*[_.-](?:route|path|url|endpoint|uri)\1\s*,\s*(?:default\s*=\s*)?$/i

/** How much the text around a literal says "this declares a route": 0 when it does not (or calls out). */
function contextConfidence(before: string, after: string, slashed: boolean): number {
  if (declaresAuthMiddleware(before + after)) return 0
  if (sendsRequest(before)) return 0
  // Rails/Phoenix/Sinatra route DSL without parentheses: `get 'up' => …`, `get "/ping", PingController`.
  if (/^\s*(?:get|head|match|forward)\s+$/.test(before)) return FALLBACK_CONFIDENCE.call
  // Argument of a call, decorator, annotation or attribute: the nearest unclosed `(` before the literal.
  // Built into a longer URL (`SITE_ROOT + "/ping/"`, `$base . '/health'`): something this app links or calls.
  if (/(?:\+|\.|\|\||\?\?)\s*$/.test(before) || /^\s*\+/.test(after)) return 0
  // `re_path(rf"{STATUS_PATH}…", views.Status.as_view(), name="status")`: the route's name (what `reverse`
  // looks up), not its path.
  if (/\b(?:name|basename|url_name|alias)\s*=\s*$/.test(before)) return 0
  // The default of a setting named as the health route, in a call whose `(` is on an earlier line:
  // `"HEALTHCHECK_ROUTE", r"/healthcheck/?", "Healthcheck route."` (a `Config.define(` argument list),
  // `"health_path", default="/healthz"`. The app registers its handler on that setting's value.
  if (HEALTH_SETTING_KEY.test(before)) return FALLBACK_CONFIDENCE.declaration
  const callee = openCallee(before)
  if (callee !== null) {
    if (WRITE_OR_CONFIG_CALLEES.test(callee)) return 0
    if (requestCallee(callee)) return 0
    // `add_route("status", "/_status")` (Pyramid's name, then the pattern), `add_route("GET", "/health", h)`:
    // a bare word followed by a path literal is the route's name or method, not its path.
    if (!slashed && /^\s*,\s*["'`]\//.test(after)) return 0
    if (slashed || ROUTE_CALLEES.has(callee)) return FALLBACK_CONFIDENCE.call
    return 0
  }
  if (!slashed) return 0
  // Route table key: `'/health': handler`, `"/health" => HealthAction::class`.
  if (/^\s*(?::|=>)/.test(after) && /(?:^|[{,[(])\s*$/.test(before)) return FALLBACK_CONFIDENCE.declaration
  // `path: '/health'`, `'path' => '/health'`, `route = "/healthz"`, `apiHealthPath = "/v1/health"`, `ROUTE_PATH = '/health'`.
  // A key (`path:`) or a plain identifier/constant being declared — not a member of some config object
  // (`config.silence_healthcheck_path = "/up"` only tunes logging of a route that may not exist).
  if (/(?:^|[{,(\s])['"]?\w*(?:path|route|pattern|endpoint)['"]?\s*(?::|=>)\s*$/i.test(before))
    return FALLBACK_CONFIDENCE.declaration
  if (
    /^\s*(?:(?:export|public|private|protected|internal|static|final|readonly|const|let|var|val|string|String|&str|define)\s+)*[A-Za-z_]\w*(?:path|route|endpoint|uri)\s*(?::\s*[\w&']+\s*)?(?:=|:=)\s*$/i.test(
      before
    )
  )
    return FALLBACK_CONFIDENCE.declaration
  return 0
}

/**
 * The best health paths the fallback finds in `files` (read with `read`), as candidates with evidence:
 * best-named path first, a path seen in several places before one seen once.
 */
export function healthFromSourceFallback(
  files: readonly string[],
  read: (path: string) => string | null
): Candidate<string>[] {
  const byPath = new Map<string, HealthLiteral[]>()
  for (const file of files) {
    const text = read(file)
    if (text === null) continue
    for (const lit of healthLiterals(file, text)) {
      const list = byPath.get(lit.path) ?? []
      list.push(lit)
      byPath.set(lit.path, list)
    }
  }
  const ranked = [...byPath.entries()]
    .map(([path, lits]) => ({
      path,
      rank: lits[0]!.rank,
      confidence: Math.max(...lits.map(l => l.confidence)),
      lits
    }))
    .sort((a, b) => a.rank - b.rank || b.confidence - a.confidence || b.lits.length - a.lits.length)
  return ranked.slice(0, MAX_CANDIDATES).map((r, i) => ({
    value: r.path,
    // Keep the ranking order through the merge: each later candidate a hair lower.
    confidence: Math.max(0.35, r.confidence - i * 0.01),
    source: `${r.lits[0]!.file} health-looking route literal (fallback scan)`,
    evidence: r.lits.slice(0, 3).map(l => ({ file: l.file, line: l.line, text: l.text }))
  }))
}
