// Health candidates that a load balancer cannot use, dropped before the field is resolved. A route found in
// the app's source only names a health check when an anonymous GET reaches it:
// - a route with a parameterised sibling (`/status` beside `/status/:slug`, `status/{id}`, `status/<slug>`)
//   is a collection of pages or resources (a status-page feature), not a probe;
// - a handler that requires a signed-in user answers 401/403/302 to the probe: a Django view whose
//   `permission_classes` demand authentication (`IsAuthenticated`, `IsAdminUser`, `IsAuthenticatedOr…` —
//   but not `IsAuthenticatedOrReadOnly`, which lets GETs through) or whose bases/decorators demand a login,
//   a PHP controller or action under `#[IsGranted(…)]` / `@IsGranted` / `@Security`, a JAX-RS/Spring
//   handler or class under `@RolesAllowed` / `@PreAuthorize` / `@Secured` / `@Authenticated` (unless the
//   handler says `@PermitAll`), an Express/Koa route with an auth middleware before its handler;
// - a NestJS handler that binds named request input (`@Query('apiKey')`): a probe sends none;
// - a JS/TS route that serves Prometheus metrics (a Nest controller that `extends PrometheusController`, a
//   handler answering `register.metrics()`): a scrape target named `/status`, not a liveness answer.
// Candidates from the project's deployment files (HEALTHCHECK, probes) are not passed here: they are
// declared, not inferred.
import type { Candidate } from '../candidate.js'
import type { Evidence } from '../report.js'
import { globalAuthInterceptor } from './spring-interceptor-gate.js'
import { inputGate } from './handler-input.js'

export interface GateReader {
  read(path: string): string | null
  /** The app's source files with one of `extensions` (bounded by the caller). */
  sourceFiles(extensions: string[]): string[]
  /** Every file path of the app (to resolve an import to its module file). */
  paths(): readonly string[]
}

export interface GateVerdict {
  gated: boolean
  reason: string
  evidence?: Evidence
}

/** `candidates` without the ones whose route is gated or parameterised; `dropped` says why, for the report. */
export function ungatedHealth(
  candidates: Candidate<string>[],
  reader: GateReader
): { kept: Candidate<string>[]; dropped: { candidate: Candidate<string>; verdict: GateVerdict }[] } {
  const kept: Candidate<string>[] = []
  const dropped: { candidate: Candidate<string>; verdict: GateVerdict }[] = []
  for (const c of candidates) {
    const verdict = c.value === null ? null : gateOf(c, reader)
    if (verdict?.gated) dropped.push({ candidate: c, verdict })
    else kept.push(c)
  }
  return { kept, dropped }
}

function gateOf(c: Candidate<string>, reader: GateReader): GateVerdict | null {
  // The route's own line is the last source-file line of the evidence chain (prefixes come first).
  const route = [...c.evidence].reverse().find(e => e.line > 0 && SOURCE.test(e.file))
  if (!route) return null
  const text = reader.read(route.file)
  if (text === null) return null
  const lines = text.split('\n')
  const offset = lines.slice(0, route.line - 1).reduce((n, l) => n + l.length + 1, 0)
  return (
    parameterisedSibling(c.value, route, text) ??
    (route.file.endsWith('.py')
      ? pythonGate(route, lines, reader)
      : route.file.endsWith('.php')
        ? phpGate(route, text, offset)
        : /\.(?:java|kt)$/.test(route.file)
          ? (jvmGate(route, text, offset) ?? interceptorGate(reader, c.value))
          : /\.[cm]?[jt]s$/.test(route.file)
            ? (middlewareGate(route, c.value) ?? inputGate(route, lines) ?? metricsGate(route, text, lines))
            : null)
  )
}

const SOURCE = /\.(?:py|php|java|kt|[cm]?[jt]s)$/

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

const RESOURCE_NOUNS = new Set(['status', 'heartbeat', 'ping', 'up', 'alive'])

/** `/status` beside a route `…/status/:slug`, `…/status/{id}`, `…/status/<slug>` in the same file. */
function parameterisedSibling(path: string, route: Evidence, text: string): GateVerdict | null {
  const last = path.split('/').filter(Boolean).pop()
  // Only generic nouns: `/health/:check` beside `/health` is the same probe per component.
  if (!last || !RESOURCE_NOUNS.has(last.toLowerCase())) return null
  // The literal as the route line writes it (`"/status"`, `"^status/"`): the sibling must extend exactly
  // it, so `/jobs/status/:id` elsewhere in the file says nothing about `/status`.
  const own = new RegExp(`["'\`]([^"'\`\\n]*\\b${escapeRegex(last)})/?\\$?["'\`]`).exec(route.text)
  if (!own) return null
  const re = new RegExp(`["'\`]${escapeRegex(own[1]!)}/(?::\\w|\\{\\w|<(?:\\w+:)?\\w)[^"'\`\\n]*["'\`]`)
  const m = re.exec(text)
  if (!m) return null
  const line = text.slice(0, m.index).split('\n').length
  return {
    gated: true,
    reason: `'${path}' has a parameterised sibling route (${m[0]}): a collection of pages, not a health check`,
    evidence: { file: route.file, line, text: text.split('\n')[line - 1]!.trim().slice(0, 160) }
  }
}

/** DRF permission classes that refuse an anonymous GET (`IsAuthenticatedOrReadOnly` lets it through). */
const DRF_GATE =
  /\bpermission_classes\s*=\s*[[(]\s*(?:[\w.]+\.)?(IsAuthenticated(?!OrReadOnly)\w*|IsAdminUser)\b/
const DJANGO_LOGIN_BASES =
  /\b(?:LoginRequiredMixin|PermissionRequiredMixin|UserPassesTestMixin|StaffRequiredMixin)\b/
const DJANGO_LOGIN_DECORATORS =
  /@(?:[\w.]+\.)?(?:login_required|permission_required|staff_member_required|user_passes_test)\b/

/** A FastAPI dependency that authenticates the caller: `Depends(get_current_user)`, `Security(oauth2_scheme)`. */
const FASTAPI_AUTH_DEPENDENCY =
  /\b(?:Depends|Security)\(\s*(?:[\w.]+\.)?(\w*(?:auth|token|user|login|permission|scope|security|session_id|api_key|apikey|credential)\w*)/i
/** Parameter types FastAPI reads from the query string when no default is given. */
const QUERY_SCALAR = /^(?:date|datetime|time|int|float|str|bool|UUID|uuid\.UUID|Decimal)$/

/**
 * A decorated FastAPI handler (`@router.get("/health")` then `async def h(…)`) that a probe cannot call:
 * it depends on an authenticated caller, or takes a query parameter without a default (holdout34 endurain:
 * garmin/router.py:139 `/health` wants `start_date: date, end_date: date` and
 * `Depends(auth_security.get_sub_from_access_token)`; FastAPI answers 422/401).
 */
function fastapiHandlerGate(route: Evidence, lines: string[]): GateVerdict | null {
  if (!/^\s*@\w+\.(?:get|api_route|head)\(/.test(lines[route.line - 1] ?? '')) return null
  const after = lines.slice(route.line - 1, route.line + 40).join('\n')
  const def = /^[ \t]*(?:async[ \t]+)?def[ \t]+\w+[ \t]*\(/m.exec(after)
  if (!def) return null
  // The parameter list, to its closing parenthesis (annotations nest brackets and calls).
  let depth = 0
  let end = -1
  for (let i = def.index + def[0].length - 1; i < after.length; i++) {
    const ch = after[i]
    if (ch === '(' || ch === '[') depth++
    else if (ch === ')' || ch === ']') depth--
    if (depth === 0) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const params = after.slice(def.index + def[0].length, end)
  const defLine = route.line + after.slice(0, def.index).split('\n').length - 1
  const at = (needle: string): Evidence => {
    const offset = after.indexOf(needle, def.index)
    const line = route.line + after.slice(0, offset).split('\n').length - 1
    return { file: route.file, line, text: (lines[line - 1] ?? '').trim().slice(0, 160) }
  }
  const auth = FASTAPI_AUTH_DEPENDENCY.exec(params)
  if (auth)
    return {
      gated: true,
      reason: `the handler depends on an authenticated caller (${auth[1]})`,
      evidence: at(auth[0])
    }
  // Split at top-level commas.
  const parts: string[] = []
  let cur = ''
  depth = 0
  for (const ch of params) {
    if (ch === '(' || ch === '[') depth++
    else if (ch === ')' || ch === ']') depth--
    if (ch === ',' && depth === 0) {
      parts.push(cur)
      cur = ''
    } else cur += ch
  }
  parts.push(cur)
  for (const part of parts) {
    const m = /^\s*(\w+)\s*:\s*([\w.]+)\s*$/.exec(part)
    if (m && QUERY_SCALAR.test(m[2]!))
      return {
        gated: true,
        reason: `the handler requires the query parameter ${m[1]} (${m[2]}): a probe sends none`,
        evidence: { file: route.file, line: defLine, text: (lines[defLine - 1] ?? '').trim().slice(0, 160) }
      }
  }
  return null
}

/** The view a Django `path(…)`/`re_path(…)` line names, resolved to its class or function in the app. */
function pythonGate(route: Evidence, lines: string[], reader: GateReader): GateVerdict | null {
  const fastapi = fastapiHandlerGate(route, lines)
  if (fastapi) return fastapi
  const call = lines.slice(route.line - 1, route.line + 5).join('\n')
  const view =
    /(\w+)\.as_view\(/.exec(call)?.[1] ??
    /^\s*(?:re_)?path\(\s*(?:r?["'][^"']*["'])\s*,\s*(?:\w+\.)*(\w+)\s*[,)]/.exec(call)?.[1]
  // Django Channels: `path("ws/status/", StatusConsumer.as_asgi())` routes a websocket, never a GET.
  const consumer = /(\w+)\.as_asgi\(/.exec(call)
  if (consumer)
    return {
      gated: true,
      reason: `${consumer[1]} is a websocket consumer (as_asgi), not an HTTP GET`,
      evidence: route
    }
  if (!view || view === 'include') return null
  for (const file of viewFiles(route.file, lines.join('\n'), view, reader)) {
    const text = reader.read(file)
    if (text === null) continue
    const cls = new RegExp(`^class\\s+${view}\\s*\\(([^)]*)\\)\\s*:`, 'm').exec(text)
    if (cls) {
      const rest = text.slice(cls.index + cls[0].length)
      const end = /\n(?=\S)/.exec(rest)
      const body = rest.slice(0, end ? end.index : rest.length)
      const drf = DRF_GATE.exec(body)
      const bases = DJANGO_LOGIN_BASES.exec(cls[1]!)
      const hit = drf ?? bases
      if (!hit) return null
      const at = drf ? cls.index + cls[0].length + drf.index : cls.index
      return gated(file, text, at, `view ${view} requires a signed-in user (${hit[1] ?? hit[0]})`)
    }
    const fn = new RegExp(`((?:^@[^\\n]*\\n)*)^(?:async\\s+)?def\\s+${view}\\s*\\(`, 'm').exec(text)
    if (fn) {
      const deco = DJANGO_LOGIN_DECORATORS.exec(fn[1]!)
      return deco ? gated(file, text, fn.index, `view ${view} requires a signed-in user (${deco[0]})`) : null
    }
  }
  return null
}

/**
 * Where a view class or function may be defined: the route file, the module it is imported from
 * (`from netbox.api.views import StatusView` → `…/netbox/api/views.py`), then the app's other Python files.
 */
function viewFiles(file: string, text: string, view: string, reader: GateReader): string[] {
  const out = [file]
  const imports = new RegExp(
    `^from\\s+([\\w.]+)\\s+import\\s+(?:\\([^)]*?|[^\\n(]*?)\\b${view}\\b`,
    'm'
  ).exec(text)
  if (imports) {
    const module = imports[1]!.replace(/^\.+/, '').replace(/\./g, '/')
    for (const path of reader.paths())
      if (path.endsWith(`${module}.py`) || path.endsWith(`${module}/__init__.py`)) out.push(path)
  }
  for (const path of reader.sourceFiles(['.py'])) if (!out.includes(path)) out.push(path)
  return out
}

const PHP_GATE = /(?:#\[|@)(?:IsGranted|Security)\s*\(/

/** A Symfony action or its controller class under `#[IsGranted(…)]` / `@IsGranted` / `@Security`. */
function phpGate(route: Evidence, text: string, offset: number): GateVerdict | null {
  // The action: its attributes and docblock run from the previous member's end to `function`.
  const before = text.slice(0, offset)
  const memberStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('}'), before.lastIndexOf('{'))
  const after = text.slice(offset)
  const fn = /\bfunction\s+\w+/.exec(after)
  const action = text.slice(memberStart + 1, offset + (fn ? fn.index : 0))
  const own = PHP_GATE.exec(action)
  if (own) return gated(route.file, text, memberStart + 1 + own.index, 'the action requires a granted role')
  const cls = /\b(?:final\s+|abstract\s+|readonly\s+)*class\s+\w+[^{]*\{/g
  let head: RegExpExecArray | null = null
  for (let m = cls.exec(text); m && m.index < offset; m = cls.exec(text)) head = m
  if (!head) return null
  const prior = text.slice(0, head.index)
  const attrsStart = Math.max(prior.lastIndexOf(';'), prior.lastIndexOf('}'))
  const onClass = PHP_GATE.exec(prior.slice(attrsStart + 1))
  return onClass
    ? gated(route.file, text, attrsStart + 1 + onClass.index, 'the controller requires a granted role')
    : null
}

const JVM_GATE = /@(?:RolesAllowed|PreAuthorize|Secured|Authenticated|DenyAll)\b/

/** A JAX-RS/Spring handler (or its class, unless the handler is `@PermitAll`) that demands a role. */
function jvmGate(route: Evidence, text: string, offset: number): GateVerdict | null {
  const before = text.slice(0, offset)
  const memberStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('}'), before.lastIndexOf('{'))
  const brace = text.indexOf('{', offset)
  const annotations = text.slice(memberStart + 1, brace < 0 ? undefined : brace)
  const own = JVM_GATE.exec(annotations)
  if (own) return gated(route.file, text, memberStart + 1 + own.index, `the handler requires ${own[0]}`)
  if (/@PermitAll\b/.test(annotations)) return null
  const cls = /\b(?:class|object)\s+\w+/.exec(text)
  if (!cls || cls.index > offset) return null
  const onClass = JVM_GATE.exec(text.slice(0, cls.index).replace(/^[\s\S]*;/, ''))
  return onClass
    ? gated(
        route.file,
        text,
        text.slice(0, cls.index).lastIndexOf(onClass[0]),
        `the class requires ${onClass[0]}`
      )
    : null
}

/** Every route of a Spring MVC app whose all-paths interceptor demands an Authorization header. */
function interceptorGate(reader: GateReader, path: string): GateVerdict | null {
  const found = globalAuthInterceptor(reader)
  // A preHandle that names the route (`if (path == "/health") return true`) lets it through.
  if (!found || found.preHandle.includes(`"${path}"`)) return null
  return {
    gated: true,
    reason: 'an interceptor registered for every path demands an Authorization header',
    evidence: found.registration
  }
}

const AUTH_MIDDLEWARE =
  /\b(?:(?:require|ensure|is|check|verify)_?(?:Auth\w*|Authenticated|LoggedIn|Login|User|Admin|Token|Session)|authenticate\w*|authorize\w*|passport\.authenticate|auth(?:Required|Middleware|Guard)?)\s*[(,]/

/** `router.get('/status', requireAuth, handler)`: an auth middleware between the path and the handler. */
function middlewareGate(route: Evidence, path: string): GateVerdict | null {
  const last = path.split('/').filter(Boolean).pop() ?? ''
  const at = route.text.indexOf(last)
  // Between the path and the handler only: `isAuthenticated(req)` inside the handler is no middleware.
  const tail = at < 0 ? '' : route.text.slice(at + last.length).split(/=>|\bfunction\b|\basync\b/)[0]!
  const m = AUTH_MIDDLEWARE.exec(tail)
  return m
    ? { gated: true, reason: `the route runs ${m[0].replace(/\s*[(,]$/, '')} first`, evidence: route }
    : null
}

/** A controller class serving prom-client metrics, or a handler answering a registry's `metrics()`. */
const PROMETHEUS_CONTROLLER = /\bclass\s+\w+\s+extends\s+PrometheusController\b/
const METRICS_ANSWER = /\b(?:register|registry|\w+\.register|\w+Registry)\.metrics\(\s*\)/
function metricsGate(route: Evidence, text: string, lines: string[]): GateVerdict | null {
  const routeAt = lines.slice(0, route.line - 1).reduce((n, l) => n + l.length + 1, 0)
  const cls = PROMETHEUS_CONTROLLER.exec(text)
  if (cls && cls.index < routeAt)
    return gated(
      route.file,
      text,
      cls.index,
      'the route is a Prometheus metrics controller, a scrape target, not a health check'
    )
  const handler = handlerText(text, routeAt)
  const m = handler === null ? null : METRICS_ANSWER.exec(handler.text)
  if (!handler || !m) return null
  return gated(
    route.file,
    text,
    handler.start + m.index,
    `the route answers ${m[0]}: Prometheus metrics, a scrape target, not a health check`
  )
}

/**
 * The handler of the route declared at `at`: a decorator's method body (`@Get() index() { … }`), else the
 * route call's own parentheses (`app.get('/status', async (req, res) => { … })`); null when unbalanced.
 */
function handlerText(text: string, at: number): { text: string; start: number } | null {
  const window = text.slice(at, at + 4000)
  const decorator = /^\s*@\w+\([^)]*\)/.exec(window)
  const open = decorator
    ? (() => {
        const sig = /\n\s*(?:public\s+|async\s+)*\w+\s*\([^)]*(?:\([^)]*\)[^)]*)*\)\s*(?::\s*[^{]+)?\{/.exec(
          window
        )
        return sig ? sig.index + sig[0].length - 1 : -1
      })()
    : window.indexOf('(')
  if (open < 0) return null
  const [opener, closer] = window[open] === '{' ? ['{', '}'] : ['(', ')']
  let depth = 0
  for (let i = open; i < window.length; i++) {
    if (window[i] === opener) depth++
    else if (window[i] === closer && --depth === 0)
      return { text: window.slice(open, i + 1), start: at + open }
  }
  return null
}

function gated(file: string, text: string, index: number, reason: string): GateVerdict {
  const line = text.slice(0, index).split('\n').length
  return {
    gated: true,
    reason,
    evidence: { file, line, text: (text.split('\n')[line - 1] ?? '').trim().slice(0, 160) }
  }
}
