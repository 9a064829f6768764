// What JavaScript/TypeScript source says about ports and health routes (shared by node, bun and deno).
// Slightly over 300 lines: most of it is the port pattern table, which reads best in one place.
import { isReturnedComparison } from '../../signals/path-predicate.js'
import type { Evidence } from '../../report.js'
import { evidenceAt, fileEvidence, stripJsComments } from '../../signals/evidence.js'
import { loadedRouteModule } from './route-module-loader.js'
import { folderRouterCandidates } from './folder-router.js'
import { findHealthRoutes, healthRank, joinRoute, type RoutePattern } from '../../signals/health.js'
import { CONFIG_FILE_PORT, findPorts, NOT_HTTP_PORT, type PortPattern } from '../../signals/ports.js'
import { withoutOtherProtocolListeners } from './listeners.js'
import { envNamePortPattern } from './env-name-port.js'
import { mergeComposedHealth } from '../../signals/routes.js'
import { constantPath, jsComposedHealth } from './routes.js'
import { reactRouterConfigRoutes } from './route-config.js'
import { HAPI_ROUTE, hapiPluginPrefixes, hapiPrefix } from './hapi-routes.js'
import { isDevOnlyModule } from './dev-only-modules.js'
import type { AppContext } from '../../provider.js'
import { joinPath } from '../../tree.js'
import type { Candidate } from '../../candidate.js'
import { CONFIDENCE } from '../../candidate.js'
import { PORT } from '../../precedence.js'
import { containsAny } from '../../signals/regex-literals.js'
import { requestsPath } from '../../signals/outgoing-requests.js'

export const JS_EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs', '.mts', '.cts', '.tsx', '.jsx']

// Ports well known for databases, brokers and mail: a bare `port: 465` is a client setting, not our server.
const NOT_HTTP = NOT_HTTP_PORT

/**
 * Port variables that belong to backing services or secondary listeners, not the web port: the service word
 * is any segment of the name (`REDIS_PORT`, and `BACKEND_STORAGE_MINIO_PORT`, an object store the app
 * connects to).
 */
export const SERVICE_PORT_VARS =
  '(?:[A-Z0-9]+_)*?(?:DB|DATABASE|REDIS|MONGO\\w*|MYSQL|PG|POSTGRES\\w*|SMTP|MAIL|EMAIL|CACHE|RABBIT\\w*|AMQP|KAFKA|NATS|ELASTIC\\w*|ES|MEMCACHED?|MQTT|LDAP|SSL|HTTPS|TLS|METRICS|DEBUG|INSPECT\\w*|WS|SOCKET|GRPC|COLLAB\\w*|ADMIN|HMR|LIVERELOAD|MINIO|S3|STORAGE|CLICKHOUSE|OTEL|OTLP|PROMETHEUS|STATSD|JAEGER|ZIPKIN|IMAP|POP3|SFTP|FTP|SSH)_'

/** `process.env.PORT || 80`, `Number(process.env.PORT) ?? 80`: PORT, then a literal. */
const FALLBACK = String.raw`(?:Number\(|parseInt\()?process\.env(?:\.PORT|\[['"]PORT['"]\])\s*\)?\s*(?:\|\||\?\?)\s*['"]?(?<port>\d{2,5})\b`

// `needs` (the last three): what each match holds from the port's name to its digits, found from the literal
// `port` before the pattern runs; the patterns start at every word boundary or line start, and were the
// costliest of the table on the modules that mention a port (cryptpad's bundled libraries: issue 16 item 12).
export const JS_PORT_PATTERNS: PortPattern[] = [
  // Literal listen: the app ignores $PORT entirely.
  { regex: /\.listen\(\s*(?<port>\d{2,5})\s*[,)]/, source: 'listen()', confidence: PORT.listenCall },
  {
    regex: /\.listen\(\s*\{[^}]*?\bport\s*:\s*(?<port>\d{2,5})\b/,
    source: 'listen({ port })',
    confidence: PORT.listenCall
  },
  // `conf.port || process.env.PORT || 80`, and `if (conf.port < 1) { conf.port = process.env.PORT || 80 }`:
  // the fallback of a config object's port, used only when the loaded config gives none.
  {
    regex: new RegExp(
      String.raw`(?:\b\w+\.port\s*(?:\|\||\?\?)\s*|\bif\s*\([^)]*\b(?<obj>\w+)\.port\b[^)]*\)\s*\{?\s*\k<obj>\.port\s*=\s*)${FALLBACK}`
    ),
    source: 'config port fallback',
    replacedBy: ['PORT', CONFIG_FILE_PORT]
  },
  // `process.env.PORT || 3000`, `Number(env.PORT ?? '8080')`, `parseInt(process.env.PORT, 10) || 3000`,
  // `process.env.PORT || process.env.OTHER_PORT || 8080` (other variables tried first), `process.env.PORT ||
  // app.settings.port || 4019` (a settings object's port field tried next: the literal is still the last
  // default); not after a config object's port (above).
  {
    regex:
      /(?<!\.port\s*(?:\|\||\?\?)\s*(?:Number\(|parseInt\()?process\.env\.?\[?['"]?)(?<!\bif\s*\([^)]*\.port\b[^)]*\)\s*\{?\s*\w+\.port\s*=\s*(?:Number\(|parseInt\()?process\.env\.?\[?['"]?)\bPORT\b['"\]]?\s*\)?(?:\s*,\s*10\s*\))?(?:\s*(?:\|\||\?\?)\s*(?:process\.env(?:\.\w+|\[['"]\w+['"]\])|(?:[\w$]+\.)+[\w$]*[Pp]ort\b))*\s*(?:\|\||\?\?)\s*\(?\s*['"]?(?<port>\d{2,5})\b/,
    source: 'PORT fallback',
    replacedBy: ['PORT']
  },
  {
    regex: /\bPORT\b['"\]]?\s*\)?\s*\?[^:\n]{1,60}:\s*['"]?(?<port>\d{2,5})\b/,
    source: 'PORT fallback',
    replacedBy: ['PORT']
  },
  // `app.listen(process.env.WEB_PORT || 8025)`: the app's own variable in the listen call itself.
  {
    regex: new RegExp(
      `\\.listen\\(\\s*(?:Number|parseInt)?\\(?\\s*process\\.env\\.(?!${SERVICE_PORT_VARS})(?<env>\\w*_PORT)\\b\\s*\\)?(?:\\s*,\\s*10\\s*\\))?\\s*(?:\\|\\||\\?\\?)\\s*['"]?${NOT_HTTP}(?<port>\\d{2,5})\\b`
    ),
    source: 'listen(app port variable fallback)'
  },
  // `const { PORT = 3000 } = process.env`
  {
    regex: /\{[^{}]{0,400}\bPORT\s*=\s*['"]?(?<port>\d{2,5})\b[^{}]{0,400}\}\s*=\s*process\.env/,
    source: 'PORT default',
    replacedBy: ['PORT']
  },
  // Deno/Bun/Hono node-server style `serve({ port: 3000 })`.
  {
    regex: /\b(?:Bun|Deno)\.serve\(\s*\{[^}]*?\bport\s*:\s*(?<port>\d{2,5})\b/,
    source: 'serve({ port })',
    confidence: PORT.listenCall
  },
  { regex: /\bserve\(\s*\{[^}]*?\bport\s*:\s*(?<port>\d{2,5})\b/, source: 'serve({ port })' },
  // `const port = 3000` / `let PORT: number = 8080` / `app.set('port', 3000)`.
  {
    regex: new RegExp(
      `\\b(?:const|let|var)\\s+(?:port|PORT|httpPort|serverPort|APP_PORT|SERVER_PORT)\\s*(?::\\s*\\w+\\s*)?=\\s*['"]?${NOT_HTTP}(?<port>\\d{2,5})\\b`
    ),
    source: 'port constant',
    confidence: PORT.portDefault,
    needs: /(?:port|PORT|Port)\s*(?::\s*\w+\s*)?=\s*['"]?\d/
  },
  {
    regex: /\.set\(\s*['"]port['"]\s*,\s*(?<port>\d{2,5})\b/,
    source: "app.set('port')",
    confidence: PORT.portDefault
  },
  // A port variable or option fed by an app-specific variable: `this.config.port = args.port ||
  // Number(process.env.DOCKGE_PORT) || 5001`, `port: process.env.APP_PORT ?? 4000` (PORT itself: the
  // patterns above), also through an alias of the environment and with parseInt's radix (`const env =
  // process.env` … `port: parseInt(env.TR_PORT, 10) || 8080`, a config module's settings object). Backing
  // services' and secondary listeners' variables (DB_PORT, REDIS_PORT, SSL_PORT …) are not the app's port.
  {
    regex: new RegExp(
      `\\bport\\s*[:=]\\s*[^;\\n]{0,60}?(?:\\bprocess\\.|(?<![\\w$.]))env\\.(?!${SERVICE_PORT_VARS})(?<env>\\w+PORT)\\b\\s*(?:,\\s*10\\s*)?\\)?\\s*(?:\\|\\||\\?\\?)\\s*['"]?${NOT_HTTP}(?<port>\\d{2,5})\\b`
    ),
    source: 'port variable fallback',
    confidence: PORT.portDefault
  },
  // An env port handed to a parsing helper with its default as the next argument:
  // `parseEnvInt(process.env.BACKEND_PORT || process.env.PORT, 3100, …)`, `toNumber(process.env.PORT, 8080)`.
  // Not `parseInt(process.env.APP_PORT, 10)`: parseInt's second argument is the radix, not a default.
  {
    regex: new RegExp(
      `\\b(?!parseInt\\b)[A-Za-z_$][\\w$]*\\(\\s*process\\.env\\.(?!${SERVICE_PORT_VARS})(?<env>\\w*PORT)\\b(?:\\s*(?:\\|\\||\\?\\?)\\s*process\\.env\\.\\w*PORT\\b)*\\s*,\\s*${NOT_HTTP}(?<port>\\d{2,5})\\b`
    ),
    source: 'port helper default',
    confidence: PORT.portDefault
  },
  // The same helper taking the variable's name (`parseEnv("API_PORT", "number", 3001)`): env-name-port.ts.
  envNamePortPattern(SERVICE_PORT_VARS),
  // Bare `port: 3000` in an object: weakest, DB ports excluded, and 443 too: a bare `port: 443` is the
  // HTTPS endpoint a client connects to (`{ url: 'https://…', port: 443 }`), not a port the app listens on.
  {
    regex: new RegExp(`^[ \\t]*port\\s*:\\s*${NOT_HTTP}(?!443\\b)(?<port>\\d{2,5})\\s*,?\\s*$`, 'm'),
    source: 'port option',
    confidence: PORT.portOption,
    needs: /port\s*:\s*\d/
  },
  // A class field default in a settings class (`port: number = 80;`, `@IsInt() public port = 4000`; typed or
  // with a modifier, so a bare `port = 3000` reassignment is not one),
  // as decorator-driven config classes declare the server's port; as weak as a bare option, same exclusions.
  {
    regex: new RegExp(
      `^[ \\t]*(?:@\\w+\\([^()]*\\)\\s*)*(?:(?:(?:public|private|protected|readonly)\\s+)+port\\s*(?::\\s*number\\s*)?|port\\s*:\\s*number\\s*)=\\s*${NOT_HTTP}(?!443\\b)(?<port>\\d{2,5})\\s*;?\\s*$`,
      'm'
    ),
    source: 'port field default',
    confidence: PORT.portOption,
    needs: /port\s*(?::\s*number\s*)?=\s*\d/
  }
]

export const JS_ROUTE_PATTERNS: RoutePattern[] = [
  // Express/Koa router/Hono/Elysia/Fastify shorthand: `app.get('/health', …)`, `.get("/healthz", …)`.
  { regex: /\.(?:get|all|head|use)\(\s*['"`](?<path>\/[^'"`\s]*)['"`]/, source: 'route' },
  // fastify.route({ method: 'GET', url: '/health' })
  { regex: /\.route\(\s*\{[^}]*?\burl\s*:\s*['"`](?<path>\/[^'"`\s]*)['"`]/, source: 'route({ url })' },
  // Hand-rolled routers: `if (url.pathname === '/health')`, `req.url === '/healthz'`, `case '/ping':`.
  // A returned comparison only tests a path (a rate limiter's exemption list): see path-predicate.ts.
  {
    regex: /\b(?:pathname|url|path)\s*===?\s*['"`](?<path>\/[^'"`?\s]*)['"`]/,
    source: 'path comparison',
    rejects: isReturnedComparison
  },
  { regex: /\bcase\s+['"`](?<path>\/[^'"`\s]*)['"`]\s*:/, source: 'switch case' },
  // Route tables keyed by path: Bun.serve({ routes: { '/healthz': { GET: … } } }), `'/ping': () => …`.
  {
    regex:
      /['"`](?<path>\/[^'"`\s]*)['"`]\s*:\s*(?:\{\s*(?:GET|ALL|get)\b|\(|async\b|new Response\b|Response\.|[A-Za-z_$][\w$]*\s*=>)/,
    source: 'routes key'
  },
  // NestJS: `@Get('health')` / `@Get()` on a controller (prefix added by nestPrefix).
  { regex: /@(?:Get|All|Head)\(\s*(?:['"`](?<path>[^'"`]*)['"`])?\s*\)/, source: '@Get()' },
  // hapi: `server.route({ method: 'GET', path: '/status' })` (plugin prefix added by hapiPrefix).
  HAPI_ROUTE
]

interface NestRouting {
  /** `app.setGlobalPrefix('api')`, without slashes ('' when unset). */
  prefix: string
  /** URI versioning: the segment before a version (`v`), or null when versions are not in the path. */
  versionSegment: string | null
  /** `enableVersioning({ defaultVersion: '1' })`: the version of controllers that name none. */
  defaultVersion: string | null
  /** Controller class → the path `RouterModule.register([{ path, module }])` mounts its module under. */
  controllerPaths: Map<string, string>
}

/**
 * Global routing of a NestJS main file: `app.setGlobalPrefix('api')` and URI versioning
 * (`app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' })` serves `/api/v1/…`).
 * Comments are dropped first: boilerplates keep `// app.setGlobalPrefix('/api')` as a hint.
 */
function nestRouting(ctx: AppContext, files: string[]): NestRouting {
  const routing: NestRouting = {
    prefix: '',
    versionSegment: null,
    defaultVersion: null,
    controllerPaths: new Map()
  }
  for (const f of files) {
    const raw = ctx.tree.read(f)
    const text = raw === null ? null : stripJsComments(raw)
    if (!text) continue
    const prefix = globalPrefixOf(text)
    if (prefix !== null && !routing.prefix) routing.prefix = prefix.replace(/^\/+|\/+$/g, '')
    const versioning = /enableVersioning\(\s*(\{(?:[^{}]|\$\{[^{}]*\})*\})?\s*\)/.exec(text)
    // Header and media-type versioning leave the path alone; URI is the default type.
    if (versioning && !/type\s*:\s*VersioningType\.(?:HEADER|MEDIA_TYPE|CUSTOM)/.test(versioning[1] ?? '')) {
      const options = versioning[1] ?? ''
      // `prefix: \`${CONTEXT_PATH}v\``: a deployment-set context path (empty unless configured) before the segment.
      routing.versionSegment =
        /\bprefix\s*:\s*['"`]([^'"`]*)['"`]/.exec(options)?.[1]?.replace(/\$\{[^}]*\}/g, '') ?? 'v'
      routing.defaultVersion = /\bdefaultVersion\s*:\s*['"`]([^'"`]+)['"`]/.exec(options)?.[1] ?? null
    }
    if (routing.prefix && routing.versionSegment !== null) break
  }
  return routing
}

/**
 * The argument of `app.setGlobalPrefix(…)`: a string literal, or a constant of the same file holding one
 * (`const globalPrefix = 'api'; app.setGlobalPrefix(globalPrefix)`, as Nx's Nest generator writes it).
 * Null when there is no call or the argument is computed.
 */
export function globalPrefixOf(text: string): string | null {
  const call = /setGlobalPrefix\(\s*(?:(['"`])([^'"`$]*)\1|([A-Za-z_$][\w$]*))\s*[,)]/.exec(text)
  if (!call) return null
  if (call[3] === undefined) return call[2]!
  const name = call[3].replace(/\$/g, '\\$')
  const decl = new RegExp(`\\bconst\\s+${name}\\s*(?::\\s*string\\s*)?=\\s*(['"\`])([^'"\`$]*)\\1`).exec(text)
  return decl ? decl[2]! : null
}

/**
 * Route prefix for a NestJS handler: the global prefix, the URI version (the controller's own `version`
 * or the default one), then the nearest `@Controller('…')` above it.
 */
function nestPrefix(routing: NestRouting) {
  return (_file: string, text: string, index: number): string => {
    if (text[index] !== '@') return ''
    const before = text.slice(0, index)
    const at = before.lastIndexOf('@Controller(')
    if (at < 0) return ''
    const m =
      /@Controller\(\s*(?:['"`]([^'"`]*)['"`]|(\{[^}]*?\bpath\s*:\s*['"`]([^'"`]*)['"`][^}]*\}))?\s*\)/.exec(
        text.slice(at)
      )
    const ctl = m?.[1] ?? m?.[3] ?? ''
    const ownVersion = m?.[2] ? /\bversion\s*:\s*['"`]([^'"`]+)['"`]/.exec(m[2])?.[1] : undefined
    const version = routing.versionSegment === null ? null : (ownVersion ?? routing.defaultVersion)
    const owner = /^[^{]*?\bclass\s+([\w$]+)/.exec(text.slice(at))?.[1]
    const modulePath = owner ? (routing.controllerPaths.get(owner) ?? '') : ''
    const parts = [
      routing.prefix,
      version === null ? '' : `${routing.versionSegment}${version}`,
      modulePath.replace(/^\/+|\/+$/g, ''),
      ctl
    ]
    return `/${parts.filter(p => p !== '').join('/')}`
  }
}

/**
 * `RouterModule.register([{ path: '/api/v2', module: PublicApiModule }])` (path literal or module
 * constant), joined with each registered module's `@Module({ controllers: [...] })`: controller → path.
 */
function nestModulePaths(ctx: AppContext, files: string[]): Map<string, string> {
  const out = new Map<string, string>()
  const modules = new Map<string, string>()
  const texts = files
    .map(f => ctx.tree.read(f))
    .filter((t): t is string => t !== null && t.includes('@Module('))
    .map(t => stripJsComments(t))
  for (const text of texts) {
    // The routes array is often a `const routes: Routes = [...]` declared above the call: read the module.
    if (!text.includes('RouterModule.register(')) continue
    for (const entry of text.matchAll(
      /\{\s*(?:path\s*:\s*([^,}]+?)\s*,\s*module\s*:\s*([\w$]+)|module\s*:\s*([\w$]+)\s*,\s*path\s*:\s*([^,}]+?))\s*[,}]/g
    )) {
      const expr = (entry[1] ?? entry[4] ?? '').trim()
      const path = /^(['"`])(\/?[^'"`$]*)\1$/.exec(expr)?.[2] ?? constantPath(text, expr)
      const module = entry[2] ?? entry[3]
      if (path !== null && module) modules.set(module, path)
    }
  }
  if (modules.size === 0) return out
  for (const text of texts) {
    const decl = /@Module\(\s*\{([\s\S]*?)\}\s*\)\s*export\s+class\s+([\w$]+)/.exec(text)
    const path = decl ? modules.get(decl[2]!) : undefined
    if (!decl || path === undefined) continue
    const controllers = /\bcontrollers\s*:\s*\[([^\]]*)\]/.exec(decl[1]!)?.[1] ?? ''
    for (const name of controllers.split(',').map(c => c.trim())) if (name) out.set(name, path)
  }
  return out
}

/**
 * A word every JS_PORT_PATTERNS match holds (`.listen(`, a `port`/`PORT` word, `…Port`, `…_PORT`): most
 * modules of a large app mention none, and the dozen patterns need not run over them. Not `/port/i`:
 * every `import` and `export` says that.
 */
export const JS_PORT_MENTION = /\bport|\bPORT|Port|_PORT|\.listen\(/

/** `[A-Za-z0-9_]`: what `\b` tells from the rest. */
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95

/**
 * JS_PORT_MENTION's test by literal search: `Port` or `.listen(` anywhere, `port` where a word starts, `PORT`
 * where a word starts or after `_`. The alternation was tried at every position of every module (a
 * quarter more time on growthbook's and anything-llm's modules: issue 16 item 12).
 */
export function mentionsPort(text: string): boolean {
  if (text.includes('Port') || text.includes('.listen(')) return true
  for (let at = text.indexOf('port'); at >= 0; at = text.indexOf('port', at + 4))
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) return true
  for (let at = text.indexOf('PORT'); at >= 0; at = text.indexOf('PORT', at + 4)) {
    const before = at === 0 ? 32 : text.charCodeAt(at - 1)
    if (before === 95 || !isWordChar(before)) return true
  }
  return false
}

export function jsPortCandidates(ctx: AppContext, files: string[]): Candidate<number>[] {
  // A module with a `.listen(` call is read by both passes below: stripped once. Keyed by the tree's own
  // cached text (the same string each read).
  const stripped = new Map<string, string>()
  const preprocess = (text: string): string => {
    let out = stripped.get(text)
    if (out === undefined)
      stripped.set(text, (out = withoutOtherProtocolListeners(withoutProxyTargets(stripJsComments(text)))))
    return out
  }
  const patterns = [...JS_PORT_PATTERNS, ...listenedConstantPatterns(ctx, files, preprocess)]
  // The modules that mention a port (JS_PORT_MENTION), in order: findPorts reads no other.
  const mentioning = files.filter(f => {
    const text = ctx.tree.read(f)
    return text !== null && mentionsPort(text)
  })
  return findPorts(ctx.tree, mentioning, patterns, preprocess)
}

/** `.listen(APP_LISTEN_PORT, …)`, `.listen(config.HTTP_PORT)`: the port names the call passes. */
const LISTEN_IDENTIFIER = /\.listen\(\s*(?:[\w$]+\.)*(?<id>[A-Za-z_$][\w$]*)\s*[,)]/g

/**
 * The port a listen call reads from a constant declared elsewhere (a settings module the entry imports,
 * often through a path alias): `export const APP_LISTEN_PORT: number = +process.env.APP_LISTEN_PORT || 8000`,
 * then `app.listen(APP_LISTEN_PORT)`. Only names the listen calls pass, only a declaration whose value is an
 * environment variable with a literal fallback; the variable it reads replaces the literal.
 */
function listenedConstantPatterns(
  ctx: AppContext,
  files: string[],
  preprocess: (text: string) => string
): PortPattern[] {
  const ids = new Set<string>()
  for (const file of files) {
    const raw = ctx.tree.read(file)
    if (!raw?.includes('.listen(')) continue
    for (const m of preprocess(raw).matchAll(LISTEN_IDENTIFIER)) {
      const id = m.groups!.id!
      // `PORT`, `port` are read by the patterns above; `undefined`, `options` say nothing.
      if (/^(PORT|port|undefined|null|options|opts|config|server|app|handle|socket|path)$/.test(id)) continue
      // A port's name (files without one are not searched), the app's own, not a backing service's.
      if (!JS_PORT_MENTION.test(id) || new RegExp(`^${SERVICE_PORT_VARS}`).test(id)) continue
      ids.add(id)
    }
  }
  return [...ids].slice(0, 5).map(id => ({
    regex: new RegExp(
      String.raw`\b(?:const|let|var)\s+${id.replace(/\$/g, '\\$')}\s*(?::\s*\w+\s*)?=\s*\+?\s*(?:Number\(|parseInt\()?\s*process\.env(?:\.|\[['"])(?<env>\w+)(?:['"]\])?\s*\)?(?:\s*,\s*10\s*\))?\s*(?:\|\||\?\?)\s*['"]?${NOT_HTTP}(?<port>\d{2,5})\b`
    ),
    source: `listen(${id}) constant`,
    needs: new RegExp(`\\b${id.replace(/\$/g, '\\$')}\\b`)
  }))
}

/**
 * Blanks the options of proxy calls (`koaSpaProxy({ port: 5002 })`, `createProxyMiddleware({ target })`):
 * their port is the upstream the app forwards to, never the one it listens on. Newlines stay, so line
 * numbers stay right.
 */
function withoutProxyTargets(text: string): string {
  // The pattern needs the literal `roxy`: most files have none, and its `\b\w*` head is slow on long texts.
  if (!text.includes('roxy')) return text
  return text.replace(/\b\w*[Pp]roxy\w*\(\s*\{[^{}]*\}/g, call => call.replace(/[^\n]/g, ' '))
}

const API_DOCUMENT_FOLDER = /(?:^|\/)(?:openapi|swagger)\//i

export function jsHealthCandidates(ctx: AppContext, sources: string[]): Candidate<string>[] {
  // Test doubles and dev tools (`mock-search-worker.ts`, `dev-watcher.ts`) serve nothing in production.
  const files = sources.filter(f => !isDevOnlyModule(f))
  // The bootstrap is main.ts by convention, but large apps move it (`bootstrap.ts` calling NestFactory).
  const routing = nestRouting(
    ctx,
    files.filter(f => /main\.[cm]?[jt]s$/.test(f) || (ctx.tree.read(f) ?? '').includes('NestFactory.create'))
  )
  routing.controllerPaths = nestModulePaths(ctx, files)
  // Only the modules that could hold a route literal: most modules of a large app have none.
  // An OpenAPI/Swagger document built in code (`lib/openapi/…`: `'/domains/status': { get: checkStatus }`)
  // describes routes the server declares elsewhere.
  const routeFiles = files.filter(f => !API_DOCUMENT_FOLDER.test(f) && mentionsRoute(ctx.tree.read(f) ?? ''))
  const nest = nestPrefix(routing)
  // The plugin prefixes only matter to a `.route(` match: found when the first one asks (growthbook's
  // back-end has none, and its modules were read for `.register(` calls all the same).
  let hapiPrefixes: ((file: string, text: string, index: number) => string) | undefined
  const hapi = (file: string, text: string, index: number): string =>
    text.startsWith('.route(', index)
      ? (hapiPrefixes ??= hapiPrefix(hapiPluginPrefixes(ctx, files)))(file, text, index)
      : ''
  const flat = findHealthRoutes(ctx.tree, routeFiles, JS_ROUTE_PATTERNS, {
    preprocess: stripJsComments,
    prefixFor: (file, text, index) => nest(file, text, index) || hapi(file, text, index)
  })
  const routes = mergeComposedHealth(flat, jsComposedHealth(ctx, files)).filter(c => !outboundRequest(c))
  // A module of a folder a loader registers on a mounted router is served under that mount: the folder
  // router's path replaces the bare file path of the same module.
  const folder = folderRouterCandidates(ctx, files)
  const covered = new Set(folder.map(c => c.evidence.at(-1)?.file))
  const byFile = fileRouteCandidates(ctx).filter(c => !c.evidence.some(e => covered.has(e.file)))
  return [...routes, ...folder, ...byFile]
}

/**
 * A "route" every line of whose evidence sends a request (`await this.axios.get('/api/v2/ping')`, Angular's
 * `this.http.get<Status>('/api/status')`, `apiRequest('/health')`): the app calls another service there.
 */
function outboundRequest(c: Candidate<string>): boolean {
  return c.evidence.length > 0 && c.evidence.every(e => requestsPath(e.text ?? ''))
}

/**
 * What every JS_ROUTE_PATTERNS match holds: a quoted path (`'/…`) or a NestJS `@Get(`/`@All(`/`@Head(`.
 * Comment stripping only blanks text, so a stripped text holds it only where the raw one does.
 */
export const JS_ROUTE_MENTION = /['"`]\/|@(?:Get|All|Head)\(/

/** JS_ROUTE_MENTION's test as six literal searches: the alternation was tried at every position of a module. */
export const mentionsRoute = containsAny(["'/", '"/', '`/', '@Get(', '@All(', '@Head('])

const FOLDER_ROUTE = 'file route'

// File-system routers: the file's location is the route.
const FILE_ROUTES: { re: RegExp; source: string; toPath: (m: RegExpExecArray) => string }[] = [
  { re: /^(?:src\/)?app\/(.+)\/route\.[cm]?[jt]sx?$/, source: 'Next.js route handler', toPath: m => m[1]! },
  {
    re: /^(?:src\/)?pages\/(api\/.+?)(?:\/index)?\.[cm]?[jt]sx?$/,
    source: 'Next.js API route',
    toPath: m => m[1]!
  },
  { re: /^src\/routes\/(.+)\/\+server\.[jt]s$/, source: 'SvelteKit endpoint', toPath: m => m[1]! },
  {
    re: /^server\/api\/(.+?)(?:\/index)?(?:\.get)?\.[jt]s$/,
    source: 'Nuxt server route',
    toPath: m => `api/${m[1]!}`
  },
  {
    re: /^server\/routes\/(.+?)(?:\/index)?(?:\.get)?\.[jt]s$/,
    source: 'Nuxt server route',
    toPath: m => m[1]!
  },
  {
    re: /^app\/routes\/(.+?)(?:\/route)?\.[jt]sx?$/,
    source: 'Remix/React Router route',
    // remix-flat-routes folders end in `+` (`api+/health.ts` is `/api/health`).
    toPath: m =>
      m[1]!
        .replace(/\+(?=\/|$)/g, '')
        .replace(/\./g, '/')
        .replace(/\[\/\]/g, '.')
  },
  { re: /^src\/pages\/(.+?)(?:\/index)?\.[jt]s$/, source: 'Astro endpoint', toPath: m => m[1]! },
  { re: /^(?:src\/)?routes\/(.+?)(?:\/index)?\.[jt]sx?$/, source: FOLDER_ROUTE, toPath: m => m[1]! }
]

/**
 * The base path a meta-framework serves every route under: Next.js `basePath`, Astro `base`, SvelteKit
 * `paths.base`, Nuxt `app.baseURL` — with the config line that sets it.
 */
function frameworkBasePath(ctx: AppContext): { path: string; evidence: Evidence } | null {
  const configs: [RegExp, RegExp][] = [
    [/^next\.config\.[cm]?[jt]s$/, /\bbasePath\s*:\s*['"`](\/[^'"`]*)['"`]/],
    [/^astro\.config\.[cm]?[jt]s$/, /\bbase\s*:\s*['"`](\/[^'"`]*)['"`]/],
    [/^svelte\.config\.[cm]?js$/, /\bpaths\s*:\s*\{[^}]*?\bbase\s*:\s*['"`](\/[^'"`]*)['"`]/],
    [/^nuxt\.config\.[cm]?[jt]s$/, /\bapp\s*:\s*\{[^}]*?\bbaseURL\s*:\s*['"`](\/[^'"`]*)['"`]/],
    [/^react-router\.config\.[cm]?[jt]s$/, /\bbasename\s*:\s*['"`](\/[^'"`]*)['"`]/]
  ]
  for (const f of ctx.tree.filesIn(ctx.dir)) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1)
    const re = configs.find(([file]) => file.test(name))?.[1]
    const raw = re ? ctx.tree.read(f.path) : null
    const text = raw === null ? null : stripJsComments(raw)
    const m = re && text ? re.exec(text) : null
    if (m && text && m[1] !== '/') return { path: m[1]!, evidence: evidenceAt(f.path, text, m.index) }
  }
  return null
}

export function fileRouteCandidates(ctx: AppContext): Candidate<string>[] {
  const prefix = ctx.dir === '.' ? 0 : ctx.dir.length + 1
  const base = frameworkBasePath(ctx)
  const out: { c: Candidate<string>; rank: number }[] = []
  // A React Router route configuration names every route's URL: its modules' folders say nothing.
  const configured = reactRouterConfigRoutes(ctx)
  for (const r of configured ?? []) {
    const rank = healthRank(r.path)
    if (rank < 0) continue
    const file = ctx.path(joinPath(r.evidence.file.slice(prefix).replace(/[^/]+$/, ''), r.file))
    out.push({
      c: {
        value: base ? joinRoute(base.path, r.path) : r.path,
        confidence: CONFIDENCE.source,
        source: `React Router route config ${r.evidence.file}`,
        evidence: [...(base ? [base.evidence] : []), r.evidence, handlerEvidence(ctx, file)]
      },
      rank
    })
  }
  for (const f of ctx.files()) {
    const rel = f.path.slice(prefix)
    if (!/health|ready|live|ping|status|heartbeat|\/up\b|^up\b|\bup\./.test(rel)) continue
    for (const r of FILE_ROUTES) {
      const m = r.re.exec(rel)
      if (!m) continue
      if (configured && r.source === 'Remix/React Router route') break
      // A module of a loaded routes folder that declares its own url (`options = { url, method }`) is served
      // there, under its loader's prefix, whatever its file is called.
      const declared =
        r.source === FOLDER_ROUTE
          ? loadedRouteModule(
              ctx,
              ctx.path(/^(?:src\/)?routes/.exec(rel)![0]),
              f.path,
              ctx.tree.read(f.path) ?? ''
            )
          : null
      // Drop route groups `(marketing)` and private folders; the URL does not contain them.
      const path = declared
        ? declared.path
        : `/${r
            .toPath(m)
            .split('/')
            .filter(s => s && !/^\(.*\)$/.test(s) && !s.startsWith('_'))
            .join('/')}`
      // A dynamic segment (`[tag]`, `[...slug]`, Remix `$id`) needs a value a probe does not have.
      if (/\/(?:\[|\$)/.test(path)) break
      const rank = healthRank(path)
      if (rank < 0) break
      // A handler that reads the caller's session is a signed-in user's endpoint (`/api/user/status`), not
      // a probe target.
      const handler = stripJsComments(ctx.tree.read(f.path) ?? '')
      if (READS_SESSION.test(handler) || IDENTITY_WRAPPED_GET.test(handler)) break
      // A module that exports its handlers by HTTP method, none of them GET/HEAD/ALL (a `POST` webhook at
      // `…/webhook/health-check`), answers a probe's GET with 405.
      if (METHOD_MODULES.has(r.source) && !answersGet(handler)) break
      // A response cached for a while (Nitro's `defineCachedEventHandler(…, { maxAge })`, a Next route's
      // `revalidate`/`force-static`) says nothing about the app now: module-health data, not a probe.
      if (CACHED_RESPONSE.test(handler)) break
      out.push({
        c: {
          value: base ? joinRoute(base.path, path) : path,
          confidence: CONFIDENCE.source,
          source: declared ? `route module ${f.path} (loaded from its folder)` : `${r.source} ${f.path}`,
          evidence: declared
            ? declared.evidence
            : base
              ? [base.evidence, handlerEvidence(ctx, f.path)]
              : [handlerEvidence(ctx, f.path)]
        },
        rank
      })
      break
    }
  }
  out.sort((a, b) => a.rank - b.rank)
  return out.map(o => o.c)
}

/**
 * A GET handler wrapped in a function that hands it the caller's identity or tenant: `export const GET =
 * withWorkspace(async ({ workspace, searchParams }) => …)`, `withAuth(async ({ session }) => …)`. The
 * wrapper resolves (and requires) the signed-in caller before the handler runs: an anonymous probe is refused.
 */
const IDENTITY_WRAPPED_GET =
  /\bexport\s+(?:const\s+(?:GET|HEAD)\s*=|default)\s*[\w$]+\(\s*(?:async\s*)?(?:function\s*[\w$]*\s*)?\(\s*\{[^}]*\b(?:session|user|workspace|team|org|organization|tenant)\b/

/** File routes whose module exports one handler per HTTP method (`export const POST`, `export function GET`). */
const METHOD_MODULES = new Set(['Next.js route handler', 'SvelteKit endpoint', 'Astro endpoint'])
const METHOD_EXPORT =
  /\bexport\s+(?:(?:async\s+)?function\s*\*?\s*|(?:const|let|var)\s+)(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|ALL|all)\b|\bexport\s*\{([^}]*)\}/g

/**
 * False when the module exports method handlers and none answers GET (GET, HEAD, Astro's ALL); true when it
 * exports GET or no method handler at all (a default export, a re-export this reading cannot follow).
 */
function answersGet(text: string): boolean {
  const methods = new Set<string>()
  for (const m of text.matchAll(METHOD_EXPORT)) {
    if (m[1]) methods.add(m[1].toUpperCase())
    // `export { handler as GET, handler as POST }`, `export { POST }`.
    for (const name of (m[2] ?? '').split(',')) {
      const exported =
        name
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.trim() ?? ''
      if (/^(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|ALL)$/.test(exported)) methods.add(exported)
    }
  }
  return methods.size === 0 || methods.has('GET') || methods.has('HEAD') || methods.has('ALL')
}

/**
 * A route handler's read of the signed-in user: `getCookie(event, 'token')`, `getCookieTokenInfo(event)`,
 * `requireUserSession(event)`, `getServerSession(authOptions)`, `await auth()`, `verifyToken(req)`.
 */
const READS_SESSION =
  /\b(?:get|read|require|verify|check|validate)\w*(?:Cookie|Session|Token|Auth|User)\w*\s*\(|\bawait\s+auth\s*\(\s*\)/

/**
 * A route handler whose response is cached: Nitro's `defineCachedEventHandler(…)`/`cachedEventHandler(…)`,
 * a Next.js route segment exporting `revalidate = <seconds>` or `dynamic = 'force-static'`.
 */
const CACHED_RESPONSE =
  /\b(?:define)?[Cc]achedEventHandler\s*\(|\bexport\s+const\s+(?:revalidate\s*=\s*[1-9]|dynamic\s*=\s*['"]force-static['"])/

function handlerEvidence(ctx: AppContext, path: string): Evidence {
  const text = ctx.tree.read(path)
  const m = text
    ? /export\s+(?:async\s+)?(?:function\s+GET|const\s+GET|default|function\s+loader|const\s+loader)/.exec(
        text
      )
    : null
  return m && text ? evidenceAt(path, text, m.index) : fileEvidence(path, 'route file')
}
