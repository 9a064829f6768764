// Plugs that answer a path chosen by a guard on a module attribute rather than a literal in the match:
//
//   @default_status_path "/status/alive"
//   @status_paths [@default_status_path, "/status/health"]
//   def call(%{request_path: path} = conn, _) when path in @status_paths do
//
// (also `when path == @health_path`). The attribute's strings are the paths the plug answers.
import { evidenceAt, stripHashComments } from '../../signals/evidence.js'
import { healthRank } from '../../signals/health.js'
import { addCandidate, sortCandidates } from '../../signals/ports.js'
import { HEALTH } from '../../precedence.js'
import type { Candidate } from '../../candidate.js'
import type { SourceTree } from '../../tree.js'

const GUARDED_CALL =
  /\bdef\s+call\(\s*%(?:(?:Plug\.)?Conn)?\{[^}]*?\brequest_path:\s*(\w+)\s*\}[^)]*\)\s*when\s+(\w+)\s+(in|==)\s+@(\w+)/g

/** Module attributes holding a path or a list of paths (items may name other such attributes). */
function pathAttributes(text: string): Map<string, string[]> {
  const raw = new Map<string, string>()
  for (const m of text.matchAll(/^[ \t]*@(\w+)\s+("(?:\/[^"\n]*)"|\[[^\]]*\])/gm)) raw.set(m[1]!, m[2]!)
  const resolved = new Map<string, string[]>()
  const resolve = (name: string, depth: number): string[] => {
    const cached = resolved.get(name)
    if (cached) return cached
    const value = raw.get(name)
    if (value === undefined || depth > 4) return []
    const items = value.startsWith('[') ? value.slice(1, -1).split(',') : [value]
    const paths = items.flatMap(item => {
      const t = item.trim()
      const literal = /^"(\/[^"]*)"$/.exec(t)
      if (literal) return [literal[1]!]
      const ref = /^@(\w+)$/.exec(t)
      return ref ? resolve(ref[1]!, depth + 1) : []
    })
    resolved.set(name, paths)
    return paths
  }
  for (const name of raw.keys()) resolve(name, 0)
  return resolved
}

/** Health paths of plugs in `files` whose `call/2` guard tests the request path against an attribute. */
export function guardedPlugHealth(tree: SourceTree, files: readonly string[]): Candidate<string>[] {
  const found: { c: Candidate<string>; rank: number }[] = []
  const list: Candidate<string>[] = []
  for (const file of files) {
    const raw = tree.read(file)
    if (raw === null || !raw.includes('request_path')) continue
    const text = stripHashComments(raw)
    const attributes = pathAttributes(text)
    for (const m of text.matchAll(GUARDED_CALL)) {
      if (m[1] !== m[2]) continue
      const paths = m[3] === '==' ? (attributes.get(m[4]!) ?? []).slice(0, 1) : (attributes.get(m[4]!) ?? [])
      for (const path of paths) {
        const rank = healthRank(path)
        if (rank < 0) continue
        const before = list.length
        addCandidate(list, {
          value: path,
          confidence: HEALTH.route,
          source: `${file} plug matching request_path ${m[3]} @${m[4]}`,
          evidence: [evidenceAt(file, text, m.index)]
        })
        if (list.length > before) found.push({ c: list[list.length - 1]!, rank })
      }
    }
  }
  found.sort((a, b) => a.rank - b.rank)
  return sortCandidates(
    found.map(({ c }, i) => ({ ...c, confidence: Math.max(0.5, c.confidence - i * 0.01) }))
  )
}
