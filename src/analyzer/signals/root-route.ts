// The last health fallback: an API-only server whose ROOT GET answers a constant. Many API servers declare
// no health route, yet their `/` is a cheap liveness answer (`res.send('Welcome to … API')`, a Nest
// `@Get()` returning `'App is running!'`, FastAPI `@router.get("/")` returning a fixed message, an axum
// `get_root` formatting the package version). When no other health path was found, such a root is what a
// load balancer can request: it touches no database, session, authentication or template, so it fails only
// when the server does.
//
// Conservative on purpose — the root of most apps is a page, a login redirect or a SPA, and a probe of one
// of those either fails (302/401) or loads the app's heaviest view. A root route counts only when:
// - its answer announces the service: a string saying it runs or naming the API/server/version
//   (`'App is running!'`, `'Crab Fit API v3'`), or an info/version value (`serverInfo`, `appInfo()`) — a
//   scaffold's `'Hello World!'` or a landing text is the template app's placeholder, not a probe;
// - it is declared on the app itself (Express/Koa/Hono/Fastify `app.get('/', …)` with an inline handler,
//   a Nest `@Controller()`/`@Controller('/')` + `@Get()`/`@Get('/')`, FastAPI/Flask `@x.get("/")`/
//   `@x.route("/")` not under a router prefix, axum `.route("/", get(handler))`, actix `#[get("/")]`);
// - its handler is short and reads nothing: no database, cache, session, user/auth, template, file, redirect,
//   no `await`; a Nest handler that returns one service call is followed into that method once;
// - nothing in the app serves files or a SPA at `/` (`app.use(express.static(…))`, `ServeStaticModule`,
//   `app.mount("/", StaticFiles(…))`, axum `ServeDir` as a fallback), and no auth decorator/guard sits on it.
// A Nest root controller under a literal global prefix (`app.setGlobalPrefix('api')`) answers at `/api`: the
// root of the API, moved there so that the client's files or SPA can have `/` (ServeStaticModule beside it
// is the usual reason). That path is the candidate, and files served at `/` do not shadow it; a prefix
// computed at run time (`setGlobalPrefix(config.prefix)`) names no path and gives none.
import type { Candidate } from '../candidate.js'
import type { Evidence } from '../report.js'
import { HEALTH } from '../precedence.js'
import { clip } from './evidence.js'

/** What in a handler means "more than a constant answer": data, sessions, auth, pages, files, I/O. */
const READS =
  /\b(?:db|database|prisma|knex|sequelize|mongoose|mongo\w*|redis|cache\w*|repository|repo|repositories|query|sql|execute|select|find\w*|session|sessions|pool|transaction|collection|orm|entity|model|models|store|conn|connection|cursor|user|users|current_user|auth\w*|login|logout|token|jwt|passport|guard|permission\w*|render\w*|template\w*|TemplateResponse|sendFile|send_file|sendfile|FileResponse|send_from_directory|readFile\w*|read_to_string|include_str|redirect\w*|Redirect\w*|RedirectResponse|indexHTML|index\.html|static|await|then|open|fs|File|Depends|Security)\b/i

/** Auth on the declaration (decorators/attributes between the route and its handler). */
const AUTH_DECORATOR =
  /@(?:UseGuards|Auth\w*|Roles|login_required|\w*auth\w*|\w*_required|jwt_required|permission\w*)\b|Depends\(|Security\(|dependencies\s*=/i

/** A file that serves files or a single-page app at the root of the server. */
const ROOT_STATIC =
  /\b(?:use|register)\(\s*(?:express\.static|serveStatic|koaStatic|static\w*|fastifyStatic|serve)\s*\(|ServeStaticModule|\.mount\(\s*["']\/["']\s*,\s*StaticFiles|StaticFiles\([^)]*html\s*=\s*True|(?:fallback_service|nest_service\(\s*"\/"\s*,)\s*\(?\s*ServeDir|\bsendFile\([^)]*index\.html|\bFlask\([^)]*static_url_path\s*=\s*["']["']/

const MAX_BODY_LINES = 12
const MAX_BODY_CHARS = 600

export interface RootRoute {
  file: string
  line: number
  text: string
  /** The handler's body, as read. */
  body: string
  /** The framework shape that declared it (`Express app.get('/')`). */
  shape: string
  /** The handler's name, when it has one (`getRoot`, `get_status`, `appInfo`). */
  handler: string
  /** Where the route answers when not at `/`: a Nest global prefix (`/api`), with the line that sets it. */
  prefix?: { path: string; evidence: Evidence }
}

/** The root route declared at `index` of `file`, with its evidence line. */
function rootAt(
  file: string,
  text: string,
  index: number,
  body: string,
  shape: string,
  handler: string
): RootRoute {
  return { file, line: lineOf(text, index), text: clip(lineAt(text, index)), body, shape, handler }
}

type Read = (path: string) => string | null

function lineOf(text: string, index: number): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) n++
  return n
}

function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1
  let end = text.indexOf('\n', index)
  if (end < 0) end = text.length
  return text.slice(start, end).trim()
}

/** The `{…}` body starting at `open` (a `{`), brace-matched without regard to strings; null when too long. */
function braceBody(text: string, open: number): string | null {
  let depth = 0
  for (let i = open; i < text.length && i < open + MAX_BODY_CHARS * 2; i++) {
    const c = text[i]
    if (c === '{') depth++
    else if (c === '}' && --depth === 0) return text.slice(open + 1, i)
  }
  return null
}

/** The body without whole-line comments and trailing `// …`/`# …` ones (after code and a space or `;`). */
function withoutComments(body: string): string {
  return body
    .split('\n')
    .filter(l => !/^\s*(?:\/\/|#|\/\*|\*)/.test(l))
    .map(l => l.replace(/(?:;|\s)\s*(?:\/\/|#)\s.*$/, m => (m.startsWith(';') ? ';' : '')))
    .join('\n')
    .trim()
}

/** Whether a body is a short constant answer (the structure this module is about). */
export function constantBody(body: string): boolean {
  const code = withoutComments(body)
  if (code.length === 0 || code.length > MAX_BODY_CHARS) return false
  if (code.split('\n').length > MAX_BODY_LINES) return false
  // Strip string literals before looking for reads: `'Welcome to the user API'` says nothing of users; what
  // a template literal or f-string interpolates (`${req.user.name}`, `{user.name}`) is code, and stays.
  const interpolated = (inner: string): string => ` ${(inner.match(/\$?\{[^{}]*\}/g) ?? []).join(' ')} `
  const bare = code
    .replace(/`((?:\\.|[^\\`])*)`/g, (_m, inner: string) => interpolated(inner))
    .replace(
      /(\bf)?(["'])((?:\\.|(?!\2)[^\\\n])*)\2/g,
      (_m, f: string | undefined, _q: string, inner: string) => (f ? interpolated(inner) : '""')
    )
  if (READS.test(ownNamesNeutral(bare))) return false
  // A page: an HTML value or helper (`send(html)`, `getHtml(req, res)`, `indexHTML`), an HTML content type.
  if (/\b\w*(?:html|Html|HTML)\b/.test(bare) || /["'`](?:text\/)?html["'`]/.test(code)) return false
  // The request handed on to another function (`getHtml(req, res)`, `handle(request)`): more than a constant.
  return !/\b\w+\(\s*(?:req|request|ctx|c)\s*[,)]/.test(bare)
}

/**
 * The body with the names it declares itself (`const session = randomUUID()`, a request id for its log line)
 * written `_`: a local is the handler's own value, not a read of sessions or users; what it is computed from
 * stays (`const session = req.session` still reads `.session`).
 */
function ownNamesNeutral(code: string): string {
  let out = code
  for (const m of code.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=(?!=)/g))
    out = out.replace(new RegExp(`(?<![.\\w$])${m[1]!.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'), '_')
  return out
}

/** Words by which a constant answer says the service is up or names it: `'App is running!'`, `'… API v3'`. */
const ANNOUNCES =
  /\b(?:running|alive|healthy|up|ok|api|server|service|backend|version|online|ready|status)\b/i
/**
 * A handler named for the liveness it answers (`it_works`, `itWorks`, holdout42 tuwunel's root): whatever
 * playful text it returns, its name says the server is up.
 */
const IT_WORKS = /^(?:it_?works|itWorks|ItWorks)$/
/** The classic liveness sentence as the whole answer (`"It works!"`), not a landing text about how it works. */
const IT_WORKS_TEXT = /^\s*it works\s*[.!]*\s*$/i
/** Identifiers (not logger calls) naming info/version/status: `serverInfo`, `getServerInfo()`, `appInfo`. */
const INFO_IDENTIFIER =
  /\b\w*(?:[a-z_]Info|[a-z_]Version|[a-z_]Status|_info|_version|_status)\w*\b|\b(?:info|version|status)\b(?!\s*\()/

/**
 * Whether a constant answer announces the service: a string saying it is running or naming the API/version
 * (dictionary keys left out), or an info/version/status value or handler. A scaffold's greeting
 * (`'Hello World!'`, `{"message": "Hello World"}`, `getHello()`) or a landing text says nothing of the kind:
 * the template app's placeholder, not a root meant to be probed.
 */
export function announcesService(body: string, handler: string): boolean {
  const strings = withoutComments(body).replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1\s*:/g, ':')
  for (const m of strings.matchAll(/(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g))
    if (ANNOUNCES.test(m[2]!) || IT_WORKS_TEXT.test(m[2]!)) return true
  const code = strings.replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""')
  return INFO_IDENTIFIER.test(code) || INFO_IDENTIFIER.test(handler) || IT_WORKS.test(handler)
}

/** JS/TS `app.get('/', (req, res) => …)` (also `server`/`fastify`/an app-factory variable), inline handler. */
function jsRoots(file: string, text: string): RootRoute[] {
  const out: RootRoute[] = []
  const apps = new Set(['app', 'server', 'fastify'])
  for (const m of text.matchAll(
    /\b(?:const|let|var)\s+(\w+)\s*=\s*(?:express|fastify|Fastify|koa|new\s+(?:Koa|Hono|Elysia|Router))\s*\(/g
  ))
    apps.add(m[1]!)
  const re = /\b(\w+)\.get\(\s*(['"`])\/\2\s*,\s*/g
  for (const m of text.matchAll(re)) {
    if (!apps.has(m[1]!)) continue
    const at = m.index + m[0].length
    const head = text.slice(at, at + 200)
    // Inline handler: `(req, res) => {`, `async (c) =>`, `function (req, res) {`; an expression arrow too.
    const fn = /^(?:async\s+)?(?:function\s*\w*\s*\([^)]*\)|\([^)]*\)|\w+)\s*(?:=>)?\s*/.exec(head)
    if (!fn || !/=>|function/.test(fn[0])) continue
    const after = at + fn[0].length
    let body: string | null
    if (text[after] === '{') body = braceBody(text, after)
    else {
      const end = text.indexOf('\n', after)
      body = text.slice(after, end < 0 ? text.length : end).replace(/\)\s*;?\s*$/, '')
    }
    if (body === null) continue
    out.push(rootAt(file, text, m.index, body, `${m[1]}.get('/')`, ''))
  }
  return out
}

/** Nest `@Controller()`/`@Controller('/')` with a `@Get()`/`@Get('/')` method, no guard on either. */
function nestRoots(file: string, text: string, read: Read, files: readonly string[]): RootRoute[] {
  const ctrl = /@Controller\(\s*(?:(['"`])\/?\1)?\s*\)/.exec(text)
  if (!ctrl) return []
  // `app.setGlobalPrefix('api')` moves every controller under /api, unless it excludes the root.
  const prefix = globalPrefix(read, files)
  if (prefix === undefined) return []
  if (/@UseGuards\(/.test(text.slice(Math.max(0, ctrl.index - 300), ctrl.index))) return []
  const out: RootRoute[] = []
  for (const m of text.matchAll(/@Get\(\s*(?:(['"`])\/?\1)?\s*\)/g)) {
    const rest = text.slice(m.index, m.index + 600)
    const method = /\n\s*(?:public\s+|async\s+)*(\w+)\s*\([^)]*\)\s*(?::\s*[^{]+)?\{/.exec(rest)
    if (!method) continue
    if (AUTH_DECORATOR.test(rest.slice(0, method.index))) continue
    const open = m.index + method.index + method[0].length - 1
    let body = braceBody(text, open)
    if (body === null) continue
    // `return this.service.appInfo()`: the answer is that method's; read it once.
    const call = /^\s*return\s+this\.\w+\.(\w+)\(\s*\)\s*;?\s*$/.exec(body)
    if (call) {
      const dir = file.slice(0, file.lastIndexOf('/') + 1)
      const target = new RegExp(
        `\\n\\s*(?:public\\s+|async\\s+)*${call[1]}\\s*\\(\\s*\\)\\s*(?::\\s*[^{]+)?\\{`
      )
      body = null
      for (const f of files) {
        if (f === file || !f.startsWith(dir) || f.slice(dir.length).includes('/')) continue
        const t = read(f)
        const d = t ? target.exec(t) : null
        if (t && d) {
          body = braceBody(t, d.index + d[0].length - 1)
          break
        }
      }
      if (body === null) continue
    }
    const root = rootAt(file, text, m.index, body, 'Nest @Controller() @Get()', method[1]!)
    out.push(prefix ? { ...root, prefix } : root)
  }
  return out
}

/**
 * The Nest global prefix the app's files set: null when none is set (or it excludes the root), the path and
 * its line for a literal (`setGlobalPrefix('api')` → `/api`), undefined for one computed at run time.
 */
function globalPrefix(
  read: Read,
  files: readonly string[]
): { path: string; evidence: Evidence } | null | undefined {
  for (const f of files) {
    const t = /\.[cm]?[jt]s$/.test(f) ? read(f) : null
    const call = t ? /\.setGlobalPrefix\(\s*/.exec(t) : null
    if (t === null || call === null) continue
    if (/exclude\s*:\s*\[[^\]]*(['"`])\/\1/.test(t.slice(call.index, call.index + 400))) return null
    const literal = /^(['"`])\/?([\w.~-]+(?:\/[\w.~-]+)*)\/?\1\s*[,)]/.exec(
      t.slice(call.index + call[0].length)
    )
    if (!literal) return undefined
    return {
      path: `/${literal[2]!}`,
      evidence: { file: f, line: lineOf(t, call.index), text: clip(lineAt(t, call.index)) }
    }
  }
  return null
}

/** The Python function body after a decorator at `from`: the lines indented under its `def`. */
function pythonDef(
  text: string,
  from: number
): { decorators: string; name: string; params: string; body: string; at: number } | null {
  const rest = text.slice(from, from + 2000)
  const def = /\n([ \t]*)(?:async\s+)?def\s+(\w+)\s*\(([^)]*)\)[^:\n]*:[ \t]*\n/.exec(rest)
  if (!def) return null
  const indent = def[1]!.length
  const lines: string[] = []
  for (const l of rest.slice(def.index + def[0].length).split('\n')) {
    if (l.trim() === '') {
      lines.push(l)
      continue
    }
    if ((/^[ \t]*/.exec(l)![0].length ?? 0) <= indent) break
    lines.push(l)
    if (lines.length > MAX_BODY_LINES + 2) break
  }
  return {
    decorators: rest.slice(0, def.index),
    name: def[2]!,
    params: def[3]!,
    body: lines.join('\n'),
    at: from + def.index + def[0].length
  }
}

/** FastAPI/Flask `@x.get("/")` / `@x.route("/")` on the app, or on a router included without a prefix. */
function pythonRoots(file: string, text: string, read: Read, files: readonly string[]): RootRoute[] {
  const out: RootRoute[] = []
  for (const m of text.matchAll(/^[ \t]*@(\w+)\.(get|route|api_route)\(\s*(["'])\/\3\s*([,)])/gm)) {
    const obj = m[1]!
    const decl = new RegExp(`\\b${obj}\\s*=\\s*(\\w+(?:\\.\\w+)?)\\(([^)]*)\\)`).exec(text)
    if (decl && /prefix\s*=/.test(decl[2]!)) continue
    if (m[2] !== 'get') {
      const args = text.slice(m.index, text.indexOf('\n', m.index))
      if (/methods\s*=/.test(args) && !/["']GET["']/i.test(args)) continue
    }
    // A router object (`APIRouter()`, `Blueprint(…)`) counts only when no file includes this module with a prefix.
    if (decl && /Router|Blueprint/.test(decl[1]!)) {
      const mod = file.replace(/^.*\//, '').replace(/\.py$/, '')
      const prefixed = files.some(f => {
        if (!f.endsWith('.py')) return false
        const t = read(f)
        return (
          t !== null &&
          new RegExp(
            `(?:include_router|register_blueprint)\\([^)\\n]*\\b${mod}\\b[^)\\n]*(?:url_)?prefix\\s*=`
          ).test(t)
        )
      })
      if (prefixed) continue
    }
    const def = pythonDef(text, m.index)
    if (!def || AUTH_DECORATOR.test(def.decorators) || /Depends\(|Security\(/.test(def.params)) continue
    out.push(rootAt(file, text, m.index, def.body, `@${obj}.${m[2]}("/")`, def.name))
  }
  return out
}

/** axum `.route("/", get(handler))` → `fn handler`; actix `#[get("/")]` → the fn under it. */
function rustRoots(file: string, text: string, read: Read, files: readonly string[]): RootRoute[] {
  const out: RootRoute[] = []
  const fnBody = (t: string, name: string): { body: string; index: number } | null => {
    const d = new RegExp(`\\bfn\\s+${name}\\s*(?:<[^>]*>)?\\s*\\([^)]*\\)[^{;]*\\{`).exec(t)
    if (!d) return null
    const body = braceBody(t, d.index + d[0].length - 1)
    return body === null ? null : { body, index: d.index }
  }
  for (const m of text.matchAll(/\.route\(\s*"\/"\s*,\s*get\(\s*(\w+)\s*\)\s*\)/g)) {
    // The handler may live in another file of the crate.
    let found = fnBody(text, m[1]!)
    for (const f of files) {
      if (found) break
      if (!f.endsWith('.rs') || f === file) continue
      const t = read(f)
      if (t) found = fnBody(t, m[1]!)
    }
    if (!found) continue
    out.push(rootAt(file, text, m.index, found.body, `axum .route("/", get(${m[1]}))`, m[1]!))
  }
  for (const m of text.matchAll(/#\[get\(\s*"\/"\s*\)\]/g)) {
    const rest = text.slice(m.index, m.index + 800)
    const d = /\bfn\s+(\w+)\s*\(([^)]*)\)[^{;]*\{/.exec(rest)
    if (!d || /Identity|Session|Data</.test(d[2]!)) continue
    const body = braceBody(text, m.index + d.index + d[0].length - 1)
    if (body === null) continue
    out.push(rootAt(file, text, m.index, body, 'actix #[get("/")]', d[1]!))
  }
  return out
}

const EXTRACTORS: Record<
  string,
  (file: string, text: string, read: Read, files: readonly string[]) => RootRoute[]
> = {
  '.js': (f, t, r, fs) => [...jsRoots(f, t), ...nestRoots(f, t, r, fs)],
  '.py': pythonRoots,
  '.rs': rustRoots
}
for (const e of ['.mjs', '.cjs', '.ts', '.mts', '.cts']) EXTRACTORS[e] = EXTRACTORS['.js']!

const MAX_FILES = 1500

/**
 * The app's constant root GET as a health candidate, or [] when it has none, or when its root is not
 * API-only (files or a SPA served at `/`). `files` are the app's own server files (health-fallback.ts
 * `fallbackFiles`: tests, clients and vendored code left out).
 */
export function rootRouteCandidates(files: readonly string[], read: Read): Candidate<string>[] {
  const roots: RootRoute[] = []
  const list = files.slice(0, MAX_FILES)
  let staticRoot = false
  for (const file of list) {
    const ext = file.slice(file.lastIndexOf('.'))
    const extract = EXTRACTORS[ext]
    if (!extract) continue
    const text = read(file)
    if (text === null) continue
    if (ROOT_STATIC.test(text)) staticRoot = true
    if (!/["'`]\/["'`]|@Controller\(|@Get\(/.test(text)) continue
    roots.push(...extract(file, text, read, list))
  }
  // Two different root handlers (an API and a page server in one tree) say nothing certain: take none.
  if (roots.length !== 1) return []
  const root = roots[0]!
  // Files or a SPA served at `/` shadow a root route there, not one under a global prefix.
  if (staticRoot && !root.prefix) return []
  if (!constantBody(root.body) || !announcesService(root.body, root.handler)) return []
  const route: Evidence = { file: root.file, line: root.line, text: root.text }
  if (root.prefix)
    return [
      {
        value: root.prefix.path,
        confidence: HEALTH.constantRoot,
        source:
          `no health route: the root GET (${root.shape}) under the global prefix ${root.prefix.path} answers a ` +
          'constant that announces the service, reading no database, session, authentication or template ' +
          `(the API's own root${staticRoot ? '; the files served at / do not shadow it' : ''})`,
        // The prefix first, the route line last (health-gate.ts reads the route from the end of the chain).
        evidence: [root.prefix.evidence, route]
      }
    ]
  return [
    {
      value: '/',
      confidence: HEALTH.constantRoot,
      source:
        `no health route: the root GET (${root.shape}) answers a constant that announces the service, ` +
        'reading no database, session, ' +
        'authentication or template, and nothing serves a page or SPA at / (an API-only server)',
      evidence: [route]
    }
  ]
}
