// A settings struct whose `Default` impl holds the listen port: the server binds `settings.port`, and the
// value a deployment that configures nothing gets is the literal there —
//
//   impl Default for Settings {
//       fn default() -> Settings {
//           Settings { port: 8000, host: "127.0.0.1".to_string(), statsd_port: 8125, … }
//
// Read in the binary's crate and the settings crates it depends on by path (path-dependencies.ts). Only
// a web-port field name counts (`port`, `http_port`, `listen_port` …), never `statsd_port`/`metrics_port`.
// Serde's field default functions (`fn _default_http_listen() -> … { …, 8888)) }`) are read the same way
// (defaultFnPort).
import { evidenceAt } from '../../signals/evidence.js'
import { matchClose, nextBrace } from '../../signals/code-spans.js'
import { stripCComments } from '../common/provider-helpers.js'
import { PORT } from '../../precedence.js'
import type { Candidate } from '../../candidate.js'
import type { SourceTree } from '../../tree.js'

const DEFAULT_IMPL = /\bimpl\s+Default\s+for\s+(\w+)\s*(?:<[^>{]*>)?\s*\{/g
const PORT_FIELD = /(?<![\w.])(?:http_|web_|listen_|server_|api_)?port\s*:\s*(\d{2,5})\s*,/

export function defaultImplPort(tree: SourceTree, files: readonly string[]): Candidate<number>[] {
  const out: Candidate<number>[] = []
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !raw.includes('impl Default for')) continue
    const text = stripCComments(raw)
    for (const m of text.matchAll(DEFAULT_IMPL)) {
      const open = nextBrace(text, m.index + m[0].length - 1, 2, true)
      const close = open < 0 ? -1 : matchClose(text, open, true)
      if (close < 0) continue
      const field = PORT_FIELD.exec(text.slice(open, close))
      if (!field) continue
      const port = Number(field[1])
      if (port < 80 || port > 65535) continue
      out.push({
        value: port,
        confidence: PORT.portDefault,
        source: `${m[1]} Default impl port`,
        evidence: [evidenceAt(file, text, open + field.index)]
      })
      if (out.length >= 3) return out
    }
  }
  return out
}

/**
 * Serde's field defaults are functions named for the field (`#[serde(default = "_default_http_listen")]`):
 *
 *   pub fn _default_http_listen() -> ListenEndpoint {
 *       ListenEndpoint::from(SocketAddr::new(Ipv6Addr::UNSPECIFIED.into(), 8888))
 *   }
 *
 * A function named for the web listener's default (`default_http_listen`, `default_http_port`, `default_bind_addr`;
 * a bare `default_port()` is as often an LDAP or database client's)
 * whose one-expression body ends on a port (`, 8888)`, `":8080"`, `{ 3000 }`) gives it. Another protocol's
 * (`_default_ssh_listen`, `default_metrics_port`) is not the web port.
 */
const DEFAULT_FN = new RegExp(
  String.raw`\bfn\s+_?default_(?:(?:http|web|server|api)_(?:listen|listen_addr|listen_address|addr|address|bind|bind_addr|port|socket_addr)|listen|listen_addr|listen_address|bind|bind_addr|bind_address)\s*\(\s*\)\s*->\s*[\w:<>&' ]+\{`,
  'g'
)
const BODY_PORT = /(?:^\s*|,\s*|:)(\d{2,5})\b[^,]*$/

export function defaultFnPort(tree: SourceTree, files: readonly string[]): Candidate<number>[] {
  const out: Candidate<number>[] = []
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !/\bfn\s+_?default_/.test(raw)) continue
    const text = stripCComments(raw)
    for (const m of text.matchAll(DEFAULT_FN)) {
      const open = m.index + m[0].length - 1
      const close = matchClose(text, open, true)
      if (close < 0 || close - open > 300) continue
      const body = text.slice(open + 1, close).replace(/[\s)"]+$/, '')
      const found = BODY_PORT.exec(body)
      if (!found) continue
      const port = Number(found[1])
      if (!isWebPortDefault(port)) continue
      out.push({
        value: port,
        confidence: PORT.portDefault,
        source: `${/fn\s+(\w+)/.exec(m[0])![1]}() default`,
        evidence: [evidenceAt(file, text, m.index)]
      })
      if (out.length >= 3) return out
    }
  }
  return out
}

/** Database, cache, mail and directory ports a client setting's `port` or `default_port()` defaults to. */
const NOT_WEB = new Set([25, 389, 465, 587, 636, 3306, 5432, 6379, 27017, 9042, 11211])

/** A default port literal that can be a web listener's: 80–65535 and no client port of NOT_WEB. */
export function isWebPortDefault(port: number): boolean {
  return port >= 80 && port <= 65535 && !NOT_WEB.has(port)
}
