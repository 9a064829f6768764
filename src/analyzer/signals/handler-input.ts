// A load balancer's probe sends no query, path parameter or body: a NestJS handler that binds one
// (`@Get('/moltbook/status') status(@Query('apiKey') key: string)`), or a Fastify route whose schema requires
// one (`app.get('/status', { schema: { querystring: Req } }, handler)`), reports on something the caller
// names — a third-party account, a job — not on the app, however health-like its path reads.
import type { Evidence } from '../report.js'
import type { GateVerdict } from './health-gate.js'

/** Parameter decorators that bind a named piece of request input to the handler. */
const INPUT_DECORATOR = /@(Query|Param|Body)\(\s*['"`]/
/** How far below the route decorator the handler's signature may end. */
const SIGNATURE_LINES = 12

/** A Fastify route schema's input keys. */
const SCHEMA_INPUT = /\b(querystring|params)\s*:/
/** Where a Fastify route's options end and its handler begins. */
const HANDLER_START = /=>|\bfunction\b|\bhandler\s*:/

/** Gated when the route on `route.line` has a handler that binds named request input. */
export function inputGate(route: Evidence, lines: readonly string[]): GateVerdict | null {
  return nestInput(route, lines) ?? fastifySchemaInput(route, lines)
}

/** `.get('/status', { schema: { querystring: … } }, handler)`: the options before the handler. */
function fastifySchemaInput(route: Evidence, lines: readonly string[]): GateVerdict | null {
  const first = lines[route.line - 1] ?? ''
  if (!/\.(?:get|route)\(/.test(first)) return null
  let schema = false
  for (let i = route.line - 1; i < lines.length && i < route.line + SIGNATURE_LINES; i++) {
    const line = lines[i]!
    if (line.length > 2000) return null
    if (HANDLER_START.test(line)) return null
    if (/\bschema\s*:/.test(line)) schema = true
    const m = schema ? SCHEMA_INPUT.exec(line) : null
    if (m) return { gated: true, reason: `its route schema requires ${m[1]}`, evidence: { ...route } }
  }
  return null
}

function nestInput(route: Evidence, lines: readonly string[]): GateVerdict | null {
  if (!/@(?:Get|All|Head)\(/.test(lines[route.line - 1] ?? '')) return null
  let signature = ''
  for (let i = route.line; i < lines.length && i < route.line + SIGNATURE_LINES; i++) {
    const line = lines[i]!
    if (line.length > 2000) return null
    // The next route decorator: this handler's signature ended without a body we could see.
    if (/^\s*@(?:Get|Post|Put|Patch|Delete|All|Head)\(/.test(line)) break
    const body = line.indexOf('{')
    signature += body >= 0 ? line.slice(0, body) : line
    if (body >= 0) break
  }
  const m = INPUT_DECORATOR.exec(signature)
  return m
    ? { gated: true, reason: `its handler needs request input (@${m[1]})`, evidence: { ...route } }
    : null
}
