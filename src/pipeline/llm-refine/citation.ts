// An LLM answer counts only with proof: a file:line that exists in the tree and whose line contains the
// claimed value. A port must appear as a whole number (3000 does not prove 300); other values verbatim.
import type { Evidence } from '../../analyzer/report.js'
import type { SourceTree } from '../../analyzer/tree.js'

export type CitationCheck = { ok: true; evidence: Evidence } | { ok: false; reason: string }

export function checkCitation(
  tree: SourceTree,
  file: string,
  line: number,
  value: string | number
): CitationCheck {
  if (!tree.has(file)) return { ok: false, reason: `cited file ${file} does not exist` }
  const text = tree.read(file)
  if (text === null) return { ok: false, reason: `cited file ${file} is not readable text` }
  const lines = text.split(/\r?\n/)
  if (!Number.isInteger(line) || line < 1 || line > lines.length)
    return { ok: false, reason: `${file} has no line ${line} (it has ${lines.length})` }
  const cited = lines[line - 1]!
  const found =
    typeof value === 'number' ? new RegExp(`(^|[^0-9])${value}([^0-9]|$)`).test(cited) : cited.includes(value)
  if (!found) return { ok: false, reason: `${file}:${line} does not contain ${JSON.stringify(value)}` }
  return { ok: true, evidence: { file, line, text: cited.trim().slice(0, 200) } }
}
