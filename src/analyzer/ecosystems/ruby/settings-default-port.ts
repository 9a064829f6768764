// A Puma port whose fallback is a setting of the app: `ENV.fetch("PORT", App::Config.web_server.default_port)`,
// `port ENV.fetch("PORT") { Settings.config.http_port }`. The setting's default is declared in a settings DSL
// of the app (dry-configurable `setting :http_port, default: 4567`, ActiveSupport `config_accessor :port,
// default: 3000`, schema DSLs with a block: `group :web_server do integer :default_port do default 5000`):
// that default is the port the server binds while PORT is unset.
import type { Candidate } from '../../candidate.js'
import type { SourceTree } from '../../tree.js'
import { evidenceAt, stripHashComments } from '../../signals/evidence.js'
import { parsePort } from '../../signals/ports.js'
import { PORT } from '../../precedence.js'

/** `ENV.fetch("PORT", A::B.group.key)` or `ENV.fetch("PORT") { A.group.key }`, `ENV["PORT"] || A.key`. */
const SETTING_FALLBACK =
  /ENV(?:\.fetch\s*\(?\s*["']([A-Z_]*PORT)["']\s*(?:,\s*|\)\s*\{\s*)|\[\s*["']([A-Z_]*PORT)["']\s*\]\s*\|\|\s*)((?:[A-Z]\w*(?:::[A-Z]\w*)*)(?:\.\w+)+)/g

/** Declarations of a setting named `key` whose default is a port. */
const INLINE_DEFAULT = (key: string): RegExp =>
  new RegExp(String.raw`^[ \t]*\w+[ \t(]+:${key}\b[^\n]*?\bdefault:\s*["']?(\d{2,5})\b`, 'gm')
const BLOCK_START = (key: string): RegExp =>
  new RegExp(String.raw`^([ \t]*)\w+[ \t(]+:${key}\b[^\n]*\bdo\b`, 'gm')
const BLOCK_DEFAULT = /^[ \t]*default\s*\(?\s*["']?(\d{2,5})\b/

/**
 * The port default of the setting a Puma config falls back to, from the app's Ruby files; null when the
 * fallback is no setting, or no file declares it with a numeric default (inside the group the chain names).
 */
export function settingsDefaultPort(
  tree: SourceTree,
  pumaFiles: readonly string[],
  rubyFiles: readonly string[]
): Candidate<number> | null {
  for (const puma of pumaFiles) {
    const raw = tree.read(puma)
    if (raw === null || !raw.includes('ENV')) continue
    const code = stripHashComments(raw)
    for (const m of code.matchAll(SETTING_FALLBACK)) {
      const env = (m[1] ?? m[2])!
      const names = m[3]!.split('.').slice(1)
      const key = names[names.length - 1]!
      // `config`/`settings` accessors are the DSL's own readers, not groups.
      const group = names
        .slice(0, -1)
        .filter(n => !/^(?:config|settings|instance|new)$/.test(n))
        .pop()
      const found = declaredDefault(tree, rubyFiles, key, group)
      if (!found) continue
      return {
        value: found.port,
        confidence: PORT.portDefault,
        source: `${puma} ENV.fetch("${env}", ${m[3]}) (its default in ${found.file})`,
        evidence: [evidenceAt(puma, code, m.index), found.evidence],
        replacedBy: [env]
      }
    }
  }
  return null
}

function declaredDefault(
  tree: SourceTree,
  files: readonly string[],
  key: string,
  group: string | undefined
): { port: number; file: string; evidence: ReturnType<typeof evidenceAt> } | null {
  if (!/^\w+$/.test(key)) return null
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !raw.includes(`:${key}`)) continue
    const code = stripHashComments(raw)
    for (const m of code.matchAll(INLINE_DEFAULT(key))) {
      const port = parsePort(m[1])
      if (port !== null && inGroup(code, m.index, group))
        return { port, file, evidence: evidenceAt(file, code, m.index) }
    }
    for (const m of code.matchAll(BLOCK_START(key))) {
      if (!inGroup(code, m.index, group)) continue
      const found = blockDefault(code, m.index, m[1]!.length)
      if (found) return { port: found.port, file, evidence: evidenceAt(file, code, found.index) }
    }
  }
  return null
}

/** The `default N` line inside the `do … end` block starting at `start` (indented deeper than `indent`). */
function blockDefault(code: string, start: number, indent: number): { port: number; index: number } | null {
  let offset = code.indexOf('\n', start) + 1
  while (offset > 0 && offset < code.length) {
    const end = code.indexOf('\n', offset)
    const line = code.slice(offset, end < 0 ? code.length : end)
    const depth = /^[ \t]*/.exec(line)![0].length
    if (line.trim() !== '' && depth <= indent) return null
    const m = BLOCK_DEFAULT.exec(line)
    const port = m ? parsePort(m[1]) : null
    if (port !== null) return { port, index: offset }
    if (end < 0) break
    offset = end + 1
  }
  return null
}

/**
 * Whether the declaration at `index` sits inside a `<word> :group do` block (the nearest less-indented block
 * opener above it names the group); without a group any place counts.
 */
function inGroup(code: string, index: number, group: string | undefined): boolean {
  if (group === undefined) return true
  const lineStart = code.lastIndexOf('\n', index - 1) + 1
  let indent = /^[ \t]*/.exec(code.slice(lineStart))![0].length
  let cursor = lineStart - 1
  while (cursor > 0 && indent > 0) {
    const start = code.lastIndexOf('\n', cursor - 1) + 1
    const line = code.slice(start, cursor)
    cursor = start - 1
    const depth = /^[ \t]*/.exec(line)![0].length
    if (line.trim() === '' || depth >= indent) continue
    const opener = /^[ \t]*\w+[ \t(]+:(\w+)\b[^\n]*\bdo\b/.exec(line)
    if (opener) return opener[1] === group
    indent = depth
  }
  return false
}
