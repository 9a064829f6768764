// An app that binds Kestrel itself with a port it computes — `options.ListenAnyIP(Settings.UiPort)`,
// `options.Listen(IPAddress.Any, httpPort)` — listens on that value's default, wherever the solution sets it:
//
//   string uiPortVariable = Environment.GetEnvironmentVariable("ETV_UI_PORT");
//   if (!int.TryParse(uiPortVariable, out int uiPort)) { uiPort = 8409; }
//   UiPort = uiPort;
//
// or `public static int UiPort { get; set; } = 8409;` / `const int UiPort = 8409;`. ASPNETCORE_HTTP_PORTS and
// the base image's 8080 do not apply: Listen* replaces them.
import type { Candidate } from '../../candidate.js'
import type { Evidence } from '../../report.js'
import type { SourceTree } from '../../tree.js'
import { evidenceAt } from '../../signals/evidence.js'
import { NOT_HTTP_PORT } from '../../signals/ports.js'
import { PORT } from '../../precedence.js'

/** `ListenAnyIP(Settings.UiPort)`, `Listen(IPAddress.Any, httpPort)`: the port argument as a name. */
const LISTEN_COMPUTED =
  /\.Listen(?:AnyIP|Localhost)?\(\s*(?:IPAddress\.\w+\s*,\s*|[\w.]*[aA]ddress\w*\s*,\s*)?((?:\w+\.)*([A-Za-z_]\w*))\s*[,)]/

/** Names that hold another protocol's port (HTTPS, metrics, gRPC …): not the HTTP listener's. */
const OTHER_PROTOCOL = /(?:https|tls|ssl|metric|grpc|smtp|ssh|debug|admin)/i

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `name = 8409;`, `int name { get; set; } = 8409;`, `const int name = 8409;` in `text`. */
function literalDefault(text: string, name: string): RegExpExecArray | null {
  return new RegExp(
    String.raw`(?:^|[^\w.])${escape(name)}\s*(?:\{[^}]*\}\s*)?=\s*${NOT_HTTP_PORT}(\d{2,5})\s*;`,
    'm'
  ).exec(text)
}

/**
 * The default of the port a computed Kestrel Listen* call binds, read from the host's sources and the
 * projects it references (`projectDirs`), with the Listen call and the assignment as evidence.
 */
export function kestrelListenPort(
  tree: SourceTree,
  sources: readonly string[],
  projectDirs: readonly string[]
): Candidate<number> | null {
  for (const path of sources) {
    const text = tree.read(path)
    if (text === null || !text.includes('.Listen')) continue
    const listen = LISTEN_COMPUTED.exec(text)
    if (!listen || OTHER_PROTOCOL.test(listen[1]!) || /^\d/.test(listen[2]!)) continue
    const name = listen[2]!
    const found = findDefault(tree, sources, projectDirs, name)
    if (!found) continue
    return {
      value: found.port,
      confidence: PORT.portDefault,
      source: `Kestrel ${listen[0].replace(/\s*[,)]$/, ')').replace(/^\./, '')} default`,
      evidence: [evidenceAt(path, text, listen.index + 1), ...found.evidence]
    }
  }
  return null
}

function findDefault(
  tree: SourceTree,
  sources: readonly string[],
  projectDirs: readonly string[],
  name: string
): { port: number; evidence: Evidence[] } | null {
  const files = [
    ...new Set([
      ...sources,
      ...projectDirs.flatMap(dir =>
        tree
          .filesUnder(dir)
          .map(f => f.path)
          .filter(p => p.endsWith('.cs') && !/(^|\/)(bin|obj)\//.test(p))
      )
    ])
  ].slice(0, 3000)
  for (const path of files) {
    const text = tree.read(path)
    if (text === null || !text.includes(name)) continue
    const direct = literalDefault(text, name)
    if (direct) return { port: Number(direct[1]), evidence: [evidenceAt(path, text, direct.index)] }
    // `UiPort = uiPort;` then the local's literal fallback in the same file (`uiPort = 8409;`).
    const via = new RegExp(String.raw`(?:^|[^\w.])${escape(name)}\s*=\s*([A-Za-z_]\w*)\s*;`, 'm').exec(text)
    if (!via || via[1] === name) continue
    const local = literalDefault(text, via[1]!)
    if (local)
      return {
        port: Number(local[1]),
        evidence: [evidenceAt(path, text, local.index), evidenceAt(path, text, via.index)]
      }
  }
  return null
}
