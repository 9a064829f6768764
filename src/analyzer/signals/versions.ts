// Runtime pins that every ecosystem shares: asdf `.tool-versions`, mise (`mise.toml`, `.mise.toml`) and
// Jetify devbox (`devbox.json` packages `nodejs@24.12.0`).
// Looked up in the app directory first, then in the enclosing workspace root and the repository root.
import type { SourceTree } from '../tree.js'
import { joinPath } from '../tree.js'
import type { Candidate } from '../candidate.js'
import { CONFIDENCE } from '../candidate.js'
import { evidenceAt } from './evidence.js'

/**
 * Finds a pinned version for one of `tools` (e.g. ['nodejs', 'node']) in .tool-versions / mise.toml / devbox.json of
 * each directory in `dirs` (nearest first). Returns at most one candidate.
 */
export function toolVersion(tree: SourceTree, dirs: string[], tools: string[]): Candidate<string> | null {
  const names = tools.map(t => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  for (const dir of unique(dirs)) {
    const tv = joinPath(dir, '.tool-versions')
    const tvText = tree.read(tv)
    if (tvText) {
      const m = new RegExp(`^[ \\t]*(?:${names})\\s+([^\\s#]+)`, 'm').exec(tvText)
      if (m)
        return {
          value: m[1]!,
          confidence: CONFIDENCE.declared,
          source: '.tool-versions',
          evidence: [evidenceAt(tv, tvText, m.index)]
        }
    }
    for (const f of ['mise.toml', '.mise.toml']) {
      const p = joinPath(dir, f)
      const text = tree.read(p)
      if (!text) continue
      const m = new RegExp(
        `^[ \\t]*["']?(?:${names})["']?\\s*=\\s*(?:["']([^"']+)["']|\\[\\s*["']([^"']+)["'])`,
        'm'
      ).exec(text)
      if (m)
        return {
          value: (m[1] ?? m[2])!,
          confidence: CONFIDENCE.declared,
          source: f,
          evidence: [evidenceAt(p, text, m.index)]
        }
    }
    const devbox = devboxVersion(tree, joinPath(dir, 'devbox.json'), names)
    if (devbox) return devbox
  }
  return null
}

/**
 * devbox.json lists Nix packages as `"nodejs@24.12.0"` (or `{ "nodejs": "24" }`); the package's own line is
 * the evidence. `@latest` and unversioned entries pin nothing.
 */
function devboxVersion(tree: SourceTree, path: string, names: string): Candidate<string> | null {
  const text = tree.read(path)
  if (!text) return null
  const m =
    new RegExp(`["'](?:${names})@(\\d[^"'\\s]*)["']`).exec(text) ??
    new RegExp(`["'](?:${names})["']\\s*:\\s*["'](\\d[^"'\\s]*)["']`).exec(text)
  return m
    ? {
        value: m[1]!,
        confidence: CONFIDENCE.declared,
        source: 'devbox.json',
        evidence: [evidenceAt(path, text, m.index)]
      }
    : null
}

function unique(list: string[]): string[] {
  return [...new Set(list)]
}
