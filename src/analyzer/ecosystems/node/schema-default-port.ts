// A config schema (Joi, zod, yup) whose port key carries the default the server listens on when the config
// file sets none:
//
//   const schema = Joi.object({
//     address: Joi.string().ip({ cidr: 'forbidden' }).default('::'),
//     port: Joi.number().default(3000),
//     dlna: dlnaOptions.default(…),
//
// A schema module often holds other services' port keys too (a DLNA listener's `port: Joi.number()…
// .default(3011)`, a torrent client's 9091): the server's is the top-level schema's, which composes the
// nested ones and so is declared after them — the last port default of the file. Database, broker and mail
// ports are skipped. Stronger than a bare `port: 80` option (a client's request options).
import { NOT_HTTP_PORT } from '../../signals/ports.js'
import { evidenceAt, stripJsComments } from '../../signals/evidence.js'
import { PORT } from '../../precedence.js'
import type { Candidate } from '../../candidate.js'
import type { SourceTree } from '../../tree.js'

const SCHEMA_IMPORT =
  /\bfrom\s+['"](?:joi|@hapi\/joi|zod|yup)['"]|\brequire\(\s*['"](?:joi|@hapi\/joi|zod|yup)['"]\s*\)/
/** `port: Joi.number().integer().min(1).default(3000)`, `PORT: z.coerce.number().default(8080)` (one line). */
const PORT_DEFAULT = new RegExp(
  String.raw`^[ \t]*['"]?(?:port|PORT|httpPort|serverPort|HTTP_PORT|SERVER_PORT)['"]?\s*:\s*(?:Joi|joi|z|yup)\.[^\n]*?\.default\(\s*['"]?${NOT_HTTP_PORT}(\d{2,5})['"]?\s*\)`,
  'gm'
)

export function schemaDefaultPort(tree: SourceTree, files: readonly string[]): Candidate<number>[] {
  const out: Candidate<number>[] = []
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !raw.includes('.default(') || !SCHEMA_IMPORT.test(raw)) continue
    const text = stripJsComments(raw)
    const found = [...text.matchAll(PORT_DEFAULT)].filter(m => Number(m[1]) >= 80 && Number(m[1]) <= 65535)
    const last = found[found.length - 1]
    if (!last) continue
    out.push({
      value: Number(last[1]),
      confidence: PORT.portDefault,
      source: `${file} config schema port default`,
      evidence: [evidenceAt(file, text, last.index)]
    })
  }
  return out
}
