// go.mod and go.work: the module path, Go version, toolchain and requirements; the workspace's modules.
import type { Evidence } from '../../report.js'
import type { DependencySet } from '../common/framework-score.js'
import { evidenceAt } from '../../signals/evidence.js'
import { addDependency } from '../common/provider-helpers.js'

export interface GoMod {
  module: string | null
  go: { value: string; evidence: Evidence } | null
  toolchain: { value: string; evidence: Evidence } | null
  deps: DependencySet
}

/** Parses go.mod: module path, `go` and `toolchain` directives, requirements (`// indirect` ones count as dev). */
export function parseGoMod(path: string, text: string): GoMod {
  const deps: DependencySet = new Map()
  const mod = /^module\s+(\S+)/m.exec(text)
  const go = /^go\s+(\d+(?:\.\d+){0,2})\s*$/m.exec(text)
  const toolchain = /^toolchain\s+go(\d+(?:\.\d+){0,2}\S*)\s*$/m.exec(text)
  const lineOf = (index: number): Evidence => evidenceAt(path, text, index)
  const requireLine =
    /^\s*(?:require\s+)?([A-Za-z0-9][\w.\-~]*\.[\w.\-~]+(?:\/[\w.\-~+]+)*)\s+(v\S+)(\s*\/\/\s*indirect)?/
  let inRequire = false
  let offset = 0
  for (const line of text.split('\n')) {
    const index = offset
    offset += line.length + 1
    const trimmed = line.trim()
    if (/^require\s*\(/.test(trimmed)) {
      inRequire = true
      continue
    }
    if (inRequire && trimmed.startsWith(')')) {
      inRequire = false
      continue
    }
    if (!inRequire && !trimmed.startsWith('require ')) continue
    const m = requireLine.exec(trimmed)
    if (m) addDependency(deps, m[1]!, { dev: Boolean(m[3]), version: m[2], evidence: lineOf(index) })
  }
  return {
    module: mod ? mod[1]! : null,
    go: go ? { value: go[1]!, evidence: lineOf(go.index) } : null,
    toolchain: toolchain ? { value: toolchain[1]!, evidence: lineOf(toolchain.index) } : null,
    deps
  }
}

/** Directories listed by `use` in go.work (single-line and block forms), relative to the go.work folder. */
export function parseGoWork(text: string): string[] {
  const out: string[] = []
  const clean = text.replace(/\/\/[^\n]*/g, '')
  for (const block of clean.matchAll(/^use\s*\(([\s\S]*?)\)/gm)) {
    for (const line of block[1]!.split('\n')) if (line.trim()) out.push(line.trim())
  }
  for (const single of clean.matchAll(/^use\s+([^\s(][^\n]*)$/gm)) out.push(single[1]!.trim())
  return out.map(
    p =>
      p
        .replace(/^["']|["']$/g, '')
        .replace(/^\.\/?/, '')
        .replace(/\/$/, '') || '.'
  )
}
