// A JVM module's health path: its framework's health dependency (moved by the framework's config, see
// health-config.ts) and health-named routes in its controllers, under the servlet or context path.
import type { Evidence, Warning } from '../../report.js'
import type { JvmFrameworkSpec } from './frameworks.js'
import { findHealthRoutes, joinRoute } from '../../signals/health.js'
import { addCandidate, sortCandidates } from '../../signals/ports.js'
import type { AppContext } from '../../provider.js'
import { dirname, joinPath } from '../../tree.js'
import type { Candidate } from '../../candidate.js'
import { candidate, stripCComments } from '../common/provider-helpers.js'
import type { JvmBuild } from './build.js'
import { configValue, type ConfigValue } from './config.js'
import type { HealthSetting } from './health-config.js'
import { HEALTH } from '../../precedence.js'
import { jaxrsInfoCandidates } from './info-routes.js'
import { securityGate } from './security-gate.js'

const ROUTE_PATTERNS = [
  {
    regex:
      /@(?:GetMapping|RequestMapping|Get)\(\s*(?:value\s*=\s*|path\s*=\s*|uri\s*=\s*)?\{?\s*"(?<path>\/[^"]*)"/,
    source: 'route annotation'
  },
  // Ktor takes a route with or without its leading slash: `get("internal/isalive") { … }`.
  { regex: /\bget\(\s*"(?<path>\/?[^"\s]*)"\s*\)\s*\{/, source: 'Ktor get()' }
]

// JAX-RS: `@Path` with or without a leading slash (`@Path("health")`), and a `@GET` method without a
// `@Path` of its own, which serves its class's `@Path`. Both sit under the Jersey/RESTEasy servlet mapping.
const JAXRS_PATTERNS = [
  { regex: /@Path\(\s*(?:value\s*=\s*)?"(?<path>[^"{}]*)"/, source: 'JAX-RS @Path' },
  {
    regex:
      /(?<!@Path\([^)]*\)\s*(?:@[\w.]+(?:\([^)]*\))?\s*)*)@GET\b(?=(?:\s*@(?!Path\b)[\w.]+(?:\([^)]*\))?)*\s*(?:(?:public\s+|protected\s+)?[\w<>[\],.? ]+\s+\w+|fun\s+\w+)\s*\()/,
    source: 'JAX-RS @GET'
  }
]
/**
 * Health candidates: the framework's health dependency (moved by its config, see `fromConfig`) and
 * health-named routes in the module's controllers, under the servlet/context path.
 */
export function healthCandidates(
  ctx: AppContext,
  build: JvmBuild,
  spec: JvmFrameworkSpec | null,
  config: Map<string, ConfigValue[]>,
  warnings: Warning[]
): Candidate<string>[] {
  const out: Candidate<string>[] = []
  const context = configValue(config, [
    'server.servlet.context-path',
    'spring.webflux.base-path',
    'micronaut.server.context-path',
    'quarkus.http.root-path'
  ])
  // Spring MVC's DispatcherServlet path prefixes controllers and (on the app port) Actuator too.
  const servlet = configValue(config, ['spring.mvc.servlet.path'])
  const usable = (v: ConfigValue | null): v is ConfigValue =>
    !!v && !v.value.includes('${') && v.value !== '/'
  const prefixes = [context, servlet].filter(usable)
  const prefix = prefixes.reduce((acc, v) => joinRoute(acc, v.value), '')
  const prefixEvidence = prefixes.map(v => v.evidence)
  const healthDep = spec?.health?.dependencies.find(d => build.deps.has(d) && !build.deps.get(d)!.dev)
  if (spec?.health && healthDep) {
    const found: HealthSetting = {
      path: spec.health.path,
      pathPrefix: prefix,
      confidence: HEALTH.healthDependency,
      evidence: [build.deps.get(healthDep)!.evidence]
    }
    const { path, pathPrefix, confidence, evidence, otherPort } = spec.health.fromConfig
      ? spec.health.fromConfig(config, found, warnings)
      : found
    // Behind a Spring Security login (no permitAll for it), an anonymous GET of it gets 401/302.
    const gate = spec.id === 'spring-boot' && !otherPort ? securityGate(ctx.tree, securityFiles(ctx)) : null
    const login = gate?.loginFor(path) ?? null
    const gated = login !== null
    if (login)
      warnings.push({
        code: 'HEALTH_BEHIND_LOGIN',
        message: `${login.file}:${login.line}: Spring Security requires a login for ${path} (${login.text}, no permitAll matcher covers it); permit it or set app.healthPath`,
        file: login.file,
        line: login.line
      })
    // On a management port the endpoint is no health path of the web port (the truth rule: a GET there).
    if (!otherPort && !gated)
      out.push(
        candidate(joinRoute(pathPrefix, path), confidence, `${healthDep} dependency`, [
          ...(pathPrefix ? prefixEvidence : []),
          ...evidence
        ])
      )
  }
  const sources = [
    ...ctx.sourceFiles(['.java', '.kt'], 400).filter(p => p.includes('src/main/')),
    ...dependencyControllers(ctx)
  ]
  // Past the cap, files named for a health/status endpoint still get read (names only are listed).
  for (const p of healthNamedFiles(ctx, sources)) sources.push(p)
  for (const c of findHealthRoutes(ctx.tree, sources, ROUTE_PATTERNS, {
    preprocess: stripCComments,
    prefixFor: classPrefix
  }))
    addCandidate(out, {
      ...c,
      value: joinRoute(prefix, c.value),
      evidence: [...prefixEvidence, ...c.evidence]
    })
  const jaxrs = findHealthRoutes(ctx.tree, sources, JAXRS_PATTERNS, {
    preprocess: stripCComments,
    prefixFor: classPrefix
  })
  const mapping = jaxrs.length > 0 ? jaxrsMapping(ctx, sources) : null
  for (const c of jaxrs)
    addCandidate(out, {
      ...c,
      value: joinRoute(joinRoute(prefix, mapping?.prefix ?? ''), c.value),
      evidence: [...prefixEvidence, ...(mapping ? [mapping.evidence] : []), ...c.evidence]
    })
  // No health route at all: a `@PermitAll` version/info resource.
  for (const c of jaxrsInfoCandidates(ctx.tree, sources, prefix, prefixEvidence)) addCandidate(out, c)
  return sortCandidates(out)
}

/** Class-level `@RequestMapping("/api")` / `@Path("/api")` / `@Controller("/api")` before the method. */
function classPrefix(_file: string, text: string, index: number): string {
  const head = text.slice(0, index)
  const cls = /\b(?:class|object)\s+\w+/.exec(head)
  if (!cls) return ''
  const before = head.slice(0, cls.index)
  const m =
    /@(?:RequestMapping|Controller)\(\s*(?:value\s*=\s*|path\s*=\s*)?\{?\s*"(\/[^"]*)"[^)]*\)|@Path\(\s*(?:value\s*=\s*)?"([^"]*)"\s*\)\s*(?:@[\w.]+(?:\([^)]*\))?\s*)*(?:public\s+|internal\s+|open\s+|final\s+|abstract\s+)*$/.exec(
      before
    )
  return m ? joinRoute('', m[1] ?? m[2]!) : ''
}

/** The module's sources under src/main that may configure Spring Security (by name, up to 40). */
function securityFiles(ctx: AppContext): string[] {
  return ctx
    .sourceFiles(['.java', '.kt'], 20000)
    .filter(p => p.includes('src/main/') && /Secur|Auth|WebConfig/i.test(p.slice(p.lastIndexOf('/'))))
    .slice(0, 40)
}

const HEALTH_FILE = /(?:^|\/)\w*(?:Health|Status|Alive|Liveness|Readiness|Ping)\w*\.(?:java|kt)$/i

/** Up to 20 files under src/main named like a health/status resource that the capped list left out. */
function healthNamedFiles(ctx: AppContext, read: readonly string[]): string[] {
  const seen = new Set(read)
  return ctx
    .sourceFiles(['.java', '.kt'], 20000)
    .filter(p => p.includes('src/main/') && !seen.has(p) && HEALTH_FILE.test(p))
    .slice(0, 20)
}

const SERVER_FILE =
  /(?:^|\/)\w*(?:Server|Web|Jetty|Application|App|Main|Config|Module|Rest|Api)\w*\.(?:java|kt)$/i

/**
 * The path the JAX-RS runtime is mounted at: `@ApplicationPath("api")` on the Application class, or a
 * Jersey/RESTEasy servlet added in code (`addServlet(new ServletHolder(new ServletContainer(cfg)), "/api/*")`).
 * Read from the sources already read and server/application-named files (up to 40 more).
 */
function jaxrsMapping(
  ctx: AppContext,
  read: readonly string[]
): { prefix: string; evidence: Evidence } | null {
  const seen = new Set(read)
  const extra = ctx
    .sourceFiles(['.java', '.kt'], 20000)
    .filter(p => p.includes('src/main/') && !seen.has(p) && SERVER_FILE.test(p))
    .slice(0, 40)
  for (const file of [...read, ...extra]) {
    const raw = ctx.tree.read(file)
    if (raw === null || !/@ApplicationPath|addServlet|ServletHolder/.test(raw)) continue
    const text = stripCComments(raw)
    const app = /@ApplicationPath\(\s*(?:value\s*=\s*)?"([^"]*)"\s*\)/.exec(text)
    const m = app ?? jaxrsServlet(text)
    if (!m) continue
    const prefix = joinRoute('', m[1]!)
    if (prefix === '/') continue
    const line = text.slice(0, m.index).split('\n').length
    return { prefix, evidence: { file, line, text: m[0].slice(0, 120) } }
  }
  return null
}

/**
 * Controllers of the Gradle modules this one depends on (`implementation project(":webserver")`): an app
 * module that only assembles others (a CLI that starts the server) serves the routes declared there.
 */
function dependencyControllers(ctx: AppContext): string[] {
  const build = ctx.read('build.gradle') ?? ctx.read('build.gradle.kts')
  if (!build) return []
  const names = [
    ...stripCComments(build).matchAll(
      /\b(?:implementation|api|runtimeOnly|compile)\s*\(?\s*project\(\s*(?:path\s*:\s*)?["']:([\w.:-]+)["']/g
    )
  ].map(m => m[1]!.replace(/:/g, '/'))
  if (names.length === 0) return []
  // Project paths are relative to the folder of settings.gradle(.kts), the build's root.
  let root = dirname(ctx.dir)
  for (
    let i = 0;
    i < 4 && !['settings.gradle', 'settings.gradle.kts'].some(f => ctx.tree.has(joinPath(root, f)));
    i++
  )
    root = dirname(root)
  const out: string[] = []
  for (const name of names.slice(0, 30))
    for (const f of ctx.tree.filesUnder(joinPath(root, name)))
      if (/\/src\/main\/.*(?:Controller|Resource|Routes?)\.(?:java|kt)$/.test(f.path) && out.length < 200)
        out.push(f.path)
  return out
}

const JAXRS_SERVLET = /\b(?:ServletContainer|HttpServletDispatcher|HttpServlet30Dispatcher)\b/

/** `addServlet(<holder of a Jersey/RESTEasy servlet>, "/api/*")`: the holder inline or a variable set to one. */
function jaxrsServlet(text: string): { 0: string; 1: string; index: number } | null {
  if (!JAXRS_SERVLET.test(text)) return null
  for (const m of text.matchAll(/\baddServlet(?:WithMapping)?\(\s*([^;]*?)\s*,\s*"(\/[^"*]*)\/?\*?"\s*\)/g)) {
    const holder = m[1]!
    const direct = JAXRS_SERVLET.test(holder)
    const variable =
      /^\w+$/.test(holder) && new RegExp(`\\b${holder}\\s*=\\s*[^;]*${JAXRS_SERVLET.source}`).test(text)
    if (direct || variable) return { 0: m[0], 1: m[2]!, index: m.index }
  }
  return null
}
