// A settings struct whose web-port field names its serde default function, and that function returns a literal:
//
//   #[serde(default = "default_port")]
//   #[default(default_port())]
//   pub port: u16,
//   …
//   fn default_port() -> u16 {
//       5000
//   }
//
// The server binds `args.port`, so a deployment that configures nothing gets that literal. defaultFnPort
// (default-impl-port.ts) reads only functions named for the web listener, since a bare `default_port()` is
// as often an LDAP or database client's; here the function is tied to the field by the attribute, and the
// field must be a web-port field (`port`, `http_port`, `listen_port` …, never `ldap_port`/`db_port`) with an
// integer type. Client ports a `port` field of another protocol's settings defaults to (389, 5432, 6379 …)
// are skipped, like defaultFnPort's.
import { evidenceAt } from '../../signals/evidence.js'
import { stripCComments } from '../common/provider-helpers.js'
import { isWebPortDefault } from './default-impl-port.js'
import { PORT } from '../../precedence.js'
import type { Candidate } from '../../candidate.js'
import type { SourceTree } from '../../tree.js'

const FIELD = new RegExp(
  String.raw`#\[serde\([^\]\n]*?\bdefault\s*=\s*"(\w+)"[^\]\n]*\)\]` +
    String.raw`\s*(?:#\[[^\]\n]*\]\s*)*(?:pub(?:\([\w:]+\))?\s+)?(?:http_|web_|listen_|server_|api_)?port\s*:\s*` +
    String.raw`(u16|u32|u64|i32|i64|usize|Option<\s*(?:u16|u32|u64|i32|i64|usize)\s*>|[A-Z]\w*)\s*,`,
  'g'
)

/**
 * The literal a default function returns: `{ 5000 }` for an integer field; for an `Option` or a port type of
 * the app's own (`port: ListeningPort` whose default is `ListeningPort { ports: Left(8008) }`, holdout42
 * tuwunel), a short constructor expression holding exactly one integer and reading nothing (no env, parse).
 */
function returnedLiteral(text: string, fn: string, integer: boolean): { port: number; index: number } | null {
  if (integer) {
    const m = new RegExp(String.raw`\bfn\s+${fn}\s*\(\s*\)\s*->\s*\w+\s*\{\s*(\d{2,5})\s*\}`).exec(text)
    return m ? { port: Number(m[1]), index: m.index } : null
  }
  const m = new RegExp(
    String.raw`\bfn\s+${fn}\s*\(\s*\)\s*->\s*[\w<>\s]+\{([^{}]{0,120}(?:\{[^{}]{0,120}\}[^{}]{0,40})?)\}`
  ).exec(text)
  if (!m || /\b(?:env|var|parse|from_str|unwrap\w*|read\w*)\b/.test(m[1]!)) return null
  const numbers = m[1]!.match(/\b\d+\b/g) ?? []
  return numbers.length === 1 && /^\d{2,5}$/.test(numbers[0]!)
    ? { port: Number(numbers[0]), index: m.index }
    : null
}

export function serdeDefaultPort(tree: SourceTree, files: readonly string[]): Candidate<number>[] {
  const out: Candidate<number>[] = []
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !/#\[serde\([^\]\n]*default\s*=/.test(raw)) continue
    const text = stripCComments(raw)
    for (const m of text.matchAll(FIELD)) {
      const fn = returnedLiteral(text, m[1]!, /^[ui]\d|^usize$/.test(m[2]!))
      if (!fn) continue
      const port = fn.port
      if (!isWebPortDefault(port)) continue
      out.push({
        value: port,
        confidence: PORT.portDefault,
        source: `port field serde default ${m[1]}()`,
        evidence: [evidenceAt(file, text, fn.index)]
      })
      if (out.length >= 3) return out
    }
  }
  return out
}
