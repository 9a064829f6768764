// Health path helpers: find route declarations with per-language regexes and keep the ones that look like
// health endpoints, best-known names first. Providers pass their own RoutePatterns (Express `app.get('…')`,
// FastAPI `@app.get("…")`, Go `HandleFunc("…")`, Spring `@GetMapping` …); this module ranks and proves them.
import type { SourceTree } from '../tree.js'
import type { Candidate } from '../candidate.js'
import { CONFIDENCE } from '../candidate.js'
import { HEALTH } from '../precedence.js'
import { evidenceAt, matchAll } from './evidence.js'
import { addCandidate, sortCandidates } from './ports.js'

/** A library that serves a health route by itself (data lives with its ecosystem: node/health-libraries.ts). */
export interface HealthLibrary {
  /** Provider whose dependency names these are. */
  ecosystem: 'node'
  /** Package name, as imported and as listed in the manifest. */
  dependency: string
  /** The route it serves when no option changes it. */
  path: string
  /** Option that names the route instead (`healthcheckUrl: '/ping'`). */
  pathOption?: string
  /** Option that puts every route of the library under a prefix (`basePath: '/management'`). */
  prefixOption?: string
  /** Option that must be set for the route to exist; a string value (`'/alive'`) is the route. */
  enabledBy?: string
  /** Option that removes the route when true. */
  disabledBy?: string
  /** Where the default is documented. */
  docs: string
}

export interface RoutePattern {
  /** Must capture the route path in a group named `path` (or group 1). */
  regex: RegExp
  source: string
  confidence?: number
  /** A match this says is no route (a comparison that only tests a path) is skipped. */
  rejects?: (text: string, index: number) => boolean
}

// Ordered best first: a dedicated liveness path beats a generic status page.
const HEALTH_NAMES = [
  'health',
  'healthz',
  'healthcheck',
  'health-check',
  'health_check',
  'healthchecker',
  'livez',
  'readyz',
  'ready',
  'readiness',
  'liveness',
  // ASP.NET health checks UI / eShop: `MapHealthChecks("/hc")`.
  'hc',
  'alive',
  // The NAIS platform's probes (`/internal/isalive`, `/isready`), liveness first.
  'isalive',
  'isready',
  'up',
  'ping',
  'status',
  // Mozilla's Dockerflow: `/__lbheartbeat__` answers the load balancer without touching a backend,
  // `/__heartbeat__` checks them.
  'lbheartbeat',
  'heartbeat'
]

/**
 * Probe kinds that name a health check when they sit under a health path (`/health/live`), liveness first:
 * a readiness check may fail while a dependency is down, which is no reason to replace the task.
 */
const PROBE_KINDS = ['live', 'liveness', 'alive', 'ping', 'ready', 'readiness', 'startup', 'started']

/**
 * A handler named for a health check (`health_check`, `healthz`, `HealthCheckView.as_view`, `ping`) serves
 * one whatever its path: Plane's `path("", health_check)` answers the probe at `/`. `status` is left out:
 * status views often report (and need) a signed-in user's data.
 */
export function isHealthHandlerName(handler: string): boolean {
  const name = (
    handler
      .replace(/\.as_view$/, '')
      .split('.')
      .pop() ?? ''
  )
    .replace(/_?view$/i, '')
    .replace(/[_-]/g, '')
    .toLowerCase()
  return HEALTH_HANDLER_NAMES.has(name)
}

const HEALTH_HANDLER_NAMES = new Set([
  'health',
  'healthz',
  'healthcheck',
  'liveness',
  'readiness',
  'ping',
  'heartbeat'
])

/** True for paths like `/health`, `/api/healthz`, `/_health`, `/actuator/health`, `/up`. */
export function isHealthPath(path: string): boolean {
  return healthRank(path) >= 0
}

/**
 * False when no prefix can make `route` a health path: healthRank(joinRoute(prefix, route)) is -1 for
 * every prefix. The last segment and the one before it decide (the characters ruled out anywhere only
 * rule out more under a prefix); a route of one segment takes the one before from the prefix, where a
 * health name (`/health`) is the only one that helps (a probe kind under it). A route without a segment
 * (`''`, `/`) takes both from the prefix.
 */
export function mayEndHealthPath(route: string): boolean {
  const parts = route.split('/').filter(Boolean)
  if (parts.length === 0) return true
  const path = `/${parts.join('/')}`
  return healthRank(path) >= 0 || (parts.length === 1 && healthRank(`/health${path}`) >= 0)
}

/** Lower is better; -1 when the path is not a health endpoint. */
export function healthRank(path: string): number {
  if (!path.startsWith('/') || /[:{}<>*\s$]/.test(path)) return -1
  const segments = path
    .split('/')
    .filter(Boolean)
    // `/_health`, and Dockerflow's dunder names `/__heartbeat__`: the underscores only set them apart.
    .map(s => s.replace(/^_+|_+$/g, '').toLowerCase())
  const named = segments[segments.length - 1]
  if (named === undefined) return -1
  // `/api/health/8M4F88S8ooi4sMbLBfkkV7ctWwgibW6V`: a health path behind a fixed secret segment (an
  // opaque token of letters and digits, so scanners do not find it) ranks as the health path, just after it.
  const raw = path.split('/').filter(Boolean)
  if (segments.length >= 2 && OPAQUE_TOKEN.test(raw[raw.length - 1]!)) {
    const parent = healthRank(`/${raw.slice(0, -1).join('/')}`)
    return parent < 0 ? -1 : parent + 0.2
  }
  // `/healthz.json`, `/health.txt`: a probe named with the format it answers in ranks as the plain name, just
  // after it. Only the names that mean a probe and nothing else: `/status.json`, `/ping.json` are often an
  // API's own resources.
  const format = RESPONSE_FORMAT.exec(named)
  const last = format && PROBE_ONLY.test(named.slice(0, format.index)) ? named.slice(0, format.index) : named
  const formatted = last !== named ? 0.05 : 0
  // Shallow paths are what platforms probe; deeper ones (/api/v1/health) are fine but rank after.
  const depth = segments.length
  // A probe kind under a health path (`/health/live`, `/healthz/ready`, `/hc/startup`) ranks as that
  // health path, just after it.
  const parent = HEALTH_NAMES.indexOf(segments[segments.length - 2] ?? '')
  const kind = PROBE_KINDS.indexOf(last)
  if (parent >= 0 && kind >= 0) return parent + 0.1 + kind * 0.01 + (depth - 1) * 0.5 + formatted
  const i = HEALTH_NAMES.indexOf(last)
  // `/settings/celery/ping`, `/api/redis/health`: the check of a backing service the app talks to (a worker
  // pool, a broker, a database), not of the app itself.
  if (depth >= 2 && BACKING_SERVICES.has(segments[depth - 2]!)) return -1
  // `/captcha/status`, `/payment/status`, `/import/status`: one visitor's or one job's state, not the app's;
  // so is the status of a nested resource (`/pages/fetch/status`: two feature segments, no API scope).
  if (last === 'status' && depth >= 2) {
    const parentSegment = segments[depth - 2]!
    if (FEATURE_STATES.has(parentSegment)) return -1
    if (depth >= 3 && !isScopeSegment(parentSegment) && !isScopeSegment(segments[depth - 3]!)) return -1
  }
  // A qualified health name (`/worker-health`, `/app_healthz`, `/service-healthcheck`) ranks after all the
  // plain ones: it checks one part of the app, yet it is still the app's own probe.
  if (i < 0) return QUALIFIED_HEALTH.test(last) ? HEALTH_NAMES.length + (depth - 1) * 0.5 + formatted : -1
  return i + (depth - 1) * 0.5 + formatted
}

/** A secret path segment: 16+ letters, digits, `-`/`_`, with both letters and digits (not a word or a number). */
const OPAQUE_TOKEN = /^(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{16,}$/
/**
 * Features whose `status` is one visitor's or one job's state, never the app's: a captcha a visitor passed,
 * a signed-in session, a payment, an import or backup job.
 */
const FEATURE_STATES = new Set([
  'captcha',
  'auth',
  'login',
  'session',
  'sessions',
  'user',
  'users',
  'account',
  'accounts',
  'oauth',
  'otp',
  '2fa',
  'mfa',
  'verification',
  'verify',
  'payment',
  'payments',
  'billing',
  'subscription',
  'subscriptions',
  'order',
  'orders',
  'checkout',
  'import',
  'imports',
  'export',
  'exports',
  'upload',
  'uploads',
  'backup',
  'backups',
  'migration',
  'migrations',
  'job',
  'jobs',
  'task',
  'tasks',
  'sync'
])

/** Segments that scope an API rather than name a feature of it: `api`, `v2`, `4`, `internal`, `-`. */
const SCOPE_SEGMENTS = new Set([
  'api',
  'apis',
  'rest',
  'app',
  'server',
  'service',
  'system',
  'sys',
  'internal',
  'public',
  'meta',
  'monitoring',
  'ops',
  'admin',
  'management',
  '-'
])

function isScopeSegment(segment: string): boolean {
  return SCOPE_SEGMENTS.has(segment) || /^v?\d+(?:\.\d+)*$/.test(segment) || HEALTH_NAMES.includes(segment)
}

/** A response-format extension on a route's last segment (`healthz.json`). */
const FORMAT = String.raw`\.(?:json|txt|xml|html?)`
const RESPONSE_FORMAT = new RegExp(`${FORMAT}$`)
const PROBE_ONLY_NAMES = String.raw`(?:health(?:z|check|[-_]check)?|livez|readyz|liveness|readiness)`
const PROBE_ONLY = new RegExp(`^${PROBE_ONLY_NAMES}$`)

/** Path segments naming a service beside the app: a health route under one checks that service. */
const BACKING_SERVICES = new Set([
  'celery',
  'worker',
  'workers',
  'broker',
  'queue',
  'redis',
  'rabbitmq',
  'kafka',
  'db',
  'database',
  'postgres',
  'postgresql',
  'mysql',
  'mongo',
  'mongodb',
  'elasticsearch',
  'opensearch',
  'smtp',
  'ldap',
  // Media and object storage behind the app (an image server such as pict-rs or imgproxy, S3/MinIO):
  // `/api/v4/image/health` proxies the image server's check.
  'image',
  'images',
  'media',
  'storage',
  's3',
  'minio'
])

const QUALIFIED_NAMES = String.raw`[a-z][a-z0-9]*[-_](?:health|healthz|healthcheck|health-check)`
const QUALIFIED_HEALTH = new RegExp(`^${QUALIFIED_NAMES}$`)

/**
 * A regex source (no anchors, no flags: test it case-insensitively) for every segment that can give
 * healthRank its health name, once the `_`s it strips are gone: a plain name (HEALTH_NAMES, `isalive`,
 * `__heartbeat__`'s `heartbeat` …), a qualified one (`worker-health`) and a probe-only name with its response
 * format (`healthz.json`). A probe kind (`/health/live`) needs a health name before it, and a secret token
 * one before it too. Text prechecks (node/route-precheck.ts) build on it so they find every path healthRank
 * accepts.
 */
export const HEALTH_SEGMENT_SOURCE = `(?:${PROBE_ONLY_NAMES}${FORMAT}|${HEALTH_NAMES.join('|')}|${QUALIFIED_NAMES})`

/** Joins a router/controller prefix and a route: ('/api', 'health') → '/api/health'. */
export function joinRoute(prefix: string, route: string): string {
  const parts = [...prefix.split('/'), ...route.split('/')].filter(Boolean)
  return `/${parts.join('/')}`
}

/**
 * Scans `files` with `patterns` and returns health-looking routes as candidates, best rank first. `prefixFor`
 * may add a mount prefix found elsewhere in the file (e.g. a NestJS `@Controller('api')`).
 */
export function findHealthRoutes(
  tree: SourceTree,
  files: readonly string[],
  patterns: RoutePattern[],
  options: {
    preprocess?: (text: string) => string
    prefixFor?: (file: string, text: string, index: number) => string
  } = {}
): Candidate<string>[] {
  const found: { c: Candidate<string>; rank: number }[] = []
  const list: Candidate<string>[] = []
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null) continue
    const text = options.preprocess ? options.preprocess(raw) : raw
    for (const p of patterns) {
      for (const { match, evidence } of matchAll(file, text, p.regex, 200)) {
        // A named `path` group that did not participate means an empty route (`@Get()`): the prefix alone.
        const route = match.groups ? (match.groups.path ?? '') : match[1]
        if (route === undefined) continue
        if (p.rejects?.(text, match.index)) continue
        const prefix = options.prefixFor ? options.prefixFor(file, text, match.index) : ''
        const path = joinRoute(prefix, route)
        const rank = healthRank(path)
        if (rank < 0) continue
        const before = list.length
        addCandidate(list, {
          value: path,
          confidence: p.confidence ?? HEALTH.route,
          source: `${file} ${p.source}`,
          evidence: [evidence]
        })
        if (list.length > before) found.push({ c: list[list.length - 1]!, rank })
      }
    }
  }
  // Best-named path first; nudge confidence down a little per rank so the merge keeps that order.
  found.sort((a, b) => a.rank - b.rank)
  return sortCandidates(
    found.map(({ c }, i) => ({ ...c, confidence: Math.max(0.5, c.confidence - i * 0.01) }))
  )
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** `name: '/x'` (or `name: "/x"`, `name: \`/x\``) in `text` → `/x`; `name: true` → true; absent → null. */
function optionValue(text: string, name: string): string | boolean | null {
  const m = new RegExp(
    `\\b${escapeRegex(name)}\\s*:\\s*(?:(true|false)\\b|['"\`](\\/[^'"\`\\s]*)['"\`])`
  ).exec(text)
  if (!m) return null
  return m[2] ?? m[1] === 'true'
}

/**
 * Health routes that a library serves by itself (`app.use(actuator())` → `/health`), for the `libraries`
 * the app depends on: the first of `files` that imports one proves it is used, and its options
 * (`healthcheckUrl`, `basePath`, `exposeStatusRoute`) in that file adjust or enable the route.
 */
export function libraryHealthCandidates(
  tree: SourceTree,
  files: readonly string[],
  dependencies: ReadonlySet<string>,
  libraries: readonly HealthLibrary[]
): Candidate<string>[] {
  const out: Candidate<string>[] = []
  for (const lib of libraries) {
    if (!dependencies.has(lib.dependency)) continue
    const imports = new RegExp(
      `(?:\\brequire\\(\\s*|\\bfrom\\s+|\\bimport\\s*\\(\\s*|\\bimport\\s+)['"\`]${escapeRegex(lib.dependency)}['"\`]`
    )
    for (const file of files) {
      const text = tree.read(file)
      const m = text === null ? null : imports.exec(text)
      if (text === null || !m) continue
      const enabled = lib.enabledBy ? optionValue(text, lib.enabledBy) : true
      if (enabled === null || enabled === false) break
      if (lib.disabledBy && optionValue(text, lib.disabledBy) === true) break
      const named = lib.pathOption ? optionValue(text, lib.pathOption) : null
      const prefix = lib.prefixOption ? optionValue(text, lib.prefixOption) : null
      let path = typeof enabled === 'string' ? enabled : typeof named === 'string' ? named : lib.path
      if (typeof prefix === 'string') path = joinRoute(prefix, path)
      out.push({
        value: path,
        confidence: CONFIDENCE.convention,
        source: `${lib.dependency} route`,
        evidence: [evidenceAt(file, text, m.index)]
      })
      break
    }
  }
  return out
}
