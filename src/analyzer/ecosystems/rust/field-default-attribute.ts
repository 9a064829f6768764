// A settings struct whose web-port field carries its default in a field attribute, the shape of derive
// macros that generate `Default` (smart-default's `#[default(8080)]` / `#[default = 8080]`) or a config
// loader (`#[default_value(10801)]` beside `#[env_key(PORT_KEY)]`):
//
//   #[derive(SmartDefault, Deserialize)]
//   pub struct Config {
//       #[default(8080)]
//       pub port: u16,
//
// The server binds `config.port`, so a deployment that sets nothing gets that literal. Read in the binary's
// crate and the crates it depends on by path, like `impl Default` (default-impl-port.ts). Only a web-port
// field name counts (`port`, `http_port`, `listen_port` …): `#[default(5432)] db_port` is another server's.
// clap's `#[arg(default_value_t = …)]` is the provider's CLI pattern, not this one.
import { evidenceAt } from '../../signals/evidence.js'
import { NOT_HTTP_PORT } from '../../signals/ports.js'
import { stripCComments } from '../common/provider-helpers.js'
import { PORT } from '../../precedence.js'
import type { Candidate } from '../../candidate.js'
import type { SourceTree } from '../../tree.js'

const FIELD_DEFAULT = new RegExp(
  String.raw`#\[(?:default|default_value)\s*(?:\(\s*${NOT_HTTP_PORT}(\d{2,5})\s*\)|=\s*${NOT_HTTP_PORT}(\d{2,5}))\s*\]` +
    String.raw`\s*(?:#\[[^\]\n]*\]\s*)*(?:pub(?:\([\w:]+\))?\s+)?(?:http_|web_|listen_|server_|api_)?port\s*:`,
  'g'
)

export function fieldDefaultAttributePort(tree: SourceTree, files: readonly string[]): Candidate<number>[] {
  const out: Candidate<number>[] = []
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !/#\[default(?:_value)?\s*[(=]/.test(raw)) continue
    const text = stripCComments(raw)
    for (const m of text.matchAll(FIELD_DEFAULT)) {
      const port = Number(m[1] ?? m[2])
      if (port < 80 || port > 65535) continue
      out.push({
        value: port,
        confidence: PORT.portDefault,
        source: 'port field default attribute',
        evidence: [evidenceAt(file, text, m.index)]
      })
      if (out.length >= 3) return out
    }
  }
  return out
}
