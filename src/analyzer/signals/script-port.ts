// The port an entrypoint script makes its server listen on, computed in the script from the platform's
// variables with a default: `PORT="${APP_PORT:-8000}"` then `exec gunicorn -b "0.0.0.0:${PORT}" app:app`,
// `exec uvicorn … --port "${SERVER_PORT:-9000}"`, or `export PORT=${HTTP_PORT:-3000}` before `exec node
// server.js` (the server reads PORT from its environment). Evidence is the script's own lines: the one that
// starts the server and the assignment the value came from. A PORT the script sets for something else (the
// database it waits for, a mail or metrics port) is not exported to the server or names that protocol.
import type { Evidence } from '../report.js'
import { clip } from './evidence.js'
import { parsePort, portFromCommand } from './ports.js'
import { expandScriptVariables } from './start-script.js'

export interface ScriptPort {
  port: number
  source: string
  evidence: Evidence[]
  /** The variables the script exports to the server with this port (`export PORT=3400`). */
  setsEnv?: readonly string[]
}

/** Variables named for another protocol or service: their port is not the web server's. */
const OTHER_SERVICE =
  /(?:SMTP|MAIL|IMAP|POP3?|METRICS|PROMETHEUS|PROM|STATSD|DB|DATABASE|POSTGRES|PG|MYSQL|MARIADB|REDIS|MONGO|AMQP|RABBIT|KAFKA|NATS|GRPC|DEBUG|INSPECT|ADMIN|LDAP|SSH|FTP|DNS|MQTT)/i

const ASSIGNMENT = /^\s*(export\s+)?([A-Za-z_]\w*)=(\S*)\s*$/

/**
 * A default exported only when the platform gave none: `[ $PORT ] || export PORT=3000` (travis-api's
 * script/server), `[ -n "$PORT" ] || export PORT=3000`, `[ -z "$PORT" ] && export PORT=3000`,
 * `test -z "$PORT" && export PORT=3000`.
 */
const DEFAULT_EXPORT =
  /^\s*(?:\[\[?\s+(?:-n\s+)?"?\$\{?PORT\}?"?\s+\]\]?\s*\|\||(?:\[\[?|test)\s+-z\s+"?\$\{?PORT\}?"?\s*\]?\]?\s*&&)\s*export\s+PORT=["']?(\d{1,5})["']?\s*(?:#.*)?$/

/**
 * The port the script's final command (`finalLine`, 1-based; `command` is that command as already expanded)
 * binds, or the PORT the script exports to it; null when the script sets neither.
 */
export function scriptPort(
  path: string,
  text: string,
  finalLine: number,
  command: string
): ScriptPort | null {
  const lines = text.split('\n')
  const before = lines.slice(0, finalLine - 1)
  const final: Evidence = { file: path, line: finalLine, text: clip(lines[finalLine - 1]?.trim() ?? '') }
  const bound = portFromCommand(command)
  if (bound !== null) {
    // The assignments of the variables the command line names whose value holds the port.
    const raw = lines[finalLine - 1] ?? ''
    const named = new Set([...raw.matchAll(/\$\{?(\w+)/g)].map(m => m[1]!))
    const assignments: Evidence[] = []
    before.forEach((l, i) => {
      const m = ASSIGNMENT.exec(l)
      if (m && named.has(m[2]!) && expandScriptVariables(`$${m[2]}`, text, i + 2).includes(String(bound)))
        assignments.push({ file: path, line: i + 1, text: clip(l.trim()) })
    })
    return {
      port: bound,
      source: `entrypoint script ${path} starts the server on it`,
      evidence: [final, ...assignments.slice(-1)]
    }
  }
  // `export PORT=…` (or `PORT=…` and `export PORT`) before the server starts: its environment's PORT.
  let assigned: { index: number; value: string; exported: boolean; fallback?: number } | null = null
  let exportedLater = false
  before.forEach((l, i) => {
    const m = ASSIGNMENT.exec(l)
    const fallback = DEFAULT_EXPORT.exec(l)
    if (m && m[2] === 'PORT') {
      assigned = { index: i, value: m[3]!, exported: m[1] !== undefined }
      exportedLater = false
    } else if (fallback) {
      assigned = { index: i, value: fallback[1]!, exported: true, fallback: Number(fallback[1]) }
    } else if (/^\s*export\s+(?:\w+\s+)*PORT(?:\s|$)/.test(l)) exportedLater = true
  })
  const found = assigned as { index: number; value: string; exported: boolean; fallback?: number } | null
  if (!found || !(found.exported || exportedLater)) return null
  const sources = [...found.value.matchAll(/\$\{?(\w+)/g)].map(m => m[1]!)
  if (sources.some(name => OTHER_SERVICE.test(name))) return null
  const port =
    found.fallback !== undefined
      ? parsePort(String(found.fallback))
      : parsePort(expandScriptVariables('$PORT', text, found.index + 2))
  if (port === null) return null
  return {
    port,
    source: `PORT exported by the entrypoint script ${path}`,
    evidence: [{ file: path, line: found.index + 1, text: clip(lines[found.index]!.trim()) }, final],
    setsEnv: ['PORT']
  }
}
