// A settings model's server section: `class ServerConfig(BaseModel): host: Optional[str] = None; port: int =
// 5000` in a config schema module (`schema/config/server.py`) that sits past the first sources read for ports.
// Only a `port` field of a class named for the server (ServerConfig, HttpSettings, WebOptions, AppConfig …):
// the same module's `class OnlineCheckConfig: port: int = 53` (a DNS check) or a database section is another
// service's port.
import type { Candidate } from '../../candidate.js'
import { evidenceAt } from '../../signals/evidence.js'
import { NOT_HTTP_PORT } from '../../signals/ports.js'
import { PORT } from '../../precedence.js'
import type { AppContext } from '../../provider.js'

/** Modules whose path says they hold settings. */
const SETTINGS_PATH =
  /(?:^|\/)(?:config|configs|settings|schema|schemas|conf)(?:\/|\.py$)|(?:^|\/)\w*(?:config|settings)\.py$/
/** Classes of the server's own settings. */
const SERVER_CLASS =
  /^(?:Server|Http|HTTP|Web|WebServer|App|Api|API)(?:Config|Settings|Options|Section|Model)?$/
const PORT_FIELD = new RegExp(
  `^([ \\t]+)(?:port|http_port|server_port|web_port|PORT)\\s*:\\s*int\\s*=\\s*${NOT_HTTP_PORT}(\\d{2,5})\\s*(?:#.*)?$`,
  'gm'
)
/** At most this many settings modules are read. */
const MAX_FILES = 40

export function serverConfigPorts(ctx: AppContext, sources: readonly string[]): Candidate<number>[] {
  return serverConfigFields(ctx, sources).server
}

/**
 * The server sections' port fields, and (as `file:line`) the port fields of the other classes of the same
 * settings modules — another service's section (`class DatabaseSettings: port: int = 5433`), which a port
 * pattern reading any `port: int = N` field would take for the app's.
 */
export function serverConfigFields(
  ctx: AppContext,
  sources: readonly string[]
): { server: Candidate<number>[]; others: Set<string> } {
  const out: Candidate<number>[] = []
  const others = new Set<string>()
  for (const path of sources.filter(p => SETTINGS_PATH.test(p)).slice(0, MAX_FILES)) {
    const text = ctx.tree.read(path)
    if (text === null || !/\bport\s*:\s*int\b/i.test(text)) continue
    for (const m of text.matchAll(PORT_FIELD)) {
      const owner = enclosingClass(text, m.index, m[1]!.length)
      if (!owner || !SERVER_CLASS.test(owner)) {
        if (owner) others.add(`${path}:${evidenceAt(path, text, m.index).line}`)
        continue
      }
      out.push({
        value: Number(m[2]),
        confidence: PORT.weakLiteral,
        source: `${owner} settings port field`,
        evidence: [evidenceAt(path, text, m.index + m[1]!.length)]
      })
    }
  }
  return { server: out, others: out.length > 0 ? others : new Set() }
}

/** The name of the class whose body holds the line at `index` (indented by `indent`), or null. */
function enclosingClass(text: string, index: number, indent: number): string | null {
  const before = text.slice(0, index).split('\n').reverse()
  for (const line of before) {
    const m = /^([ \t]*)(class|def)\s+(\w+)/.exec(line)
    if (!m || m[1]!.length >= indent) continue
    return m[2] === 'class' ? m[3]! : null
  }
  return null
}
