// Small helpers shared by the Python, Go, JVM, Ruby, PHP, Rust, .NET and Elixir providers: candidate
// construction, version files, framework ranking over a dependency set and command templates.
import type { Evidence } from '../../report.js'
import type { FrameworkSpec } from '../../framework.js'
import {
  scoreFrameworks,
  type DependencyInfo,
  type DependencySet,
  type FrameworkMatch
} from './framework-score.js'
import { evidenceAt, fileEvidence } from '../../signals/evidence.js'
import type { AppContext } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'

export function candidate<T>(
  value: T,
  confidence: number,
  source: string,
  evidence: Evidence[]
): Candidate<T> {
  return { value, confidence, source, evidence: evidence.slice(0, 3) }
}

/** `{{name}}` placeholders → values. Unknown placeholders are left as they are so a bug is visible. */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole))
}

/** Adds a dependency; a runtime declaration wins over a dev-only one, the first evidence is kept. */
export function addDependency(deps: DependencySet, name: string, info: DependencyInfo): void {
  const existing = deps.get(name)
  if (!existing || (existing.dev && !info.dev)) deps.set(name, info)
}

/** Frameworks ranked against the dependency set, with evidence paths relative to the app. */
export function rankFrameworks<S extends FrameworkSpec>(
  ctx: AppContext,
  specs: readonly S[],
  deps: DependencySet
): FrameworkMatch<S>[] {
  return scoreFrameworks(
    specs,
    deps,
    rel => ctx.has(rel),
    rel => fileEvidence(ctx.path(rel))
  )
}

/** The directories to look in for version pins: the app, its workspace root, the repository root. */
export function pinDirs(ctx: AppContext): string[] {
  return [...new Set([ctx.dir, ctx.workspace?.root ?? ctx.dir, '.'])]
}

/**
 * First meaningful line of a one-value version file (`.python-version`, `.ruby-version`, `rust-toolchain`),
 * looked up in `dirs` nearest first. `clean` turns the raw line into the version (or null to reject it).
 */
export function versionFile(
  ctx: AppContext,
  dirs: string[],
  name: string,
  clean: (line: string) => string | null = line => line
): Candidate<string> | null {
  for (const dir of dirs) {
    const path = dir === '.' ? name : `${dir}/${name}`
    const text = ctx.tree.read(path)
    if (text === null) continue
    const m = /^[ \t]*([^\s#][^\n#]*?)[ \t]*(?:#.*)?$/m.exec(text)
    if (!m) continue
    const value = clean(m[1]!)
    if (value) return candidate(value, CONFIDENCE.declared, name, [evidenceAt(path, text, m.index)])
  }
  return null
}

/** Evidence for a dependency: the manifest line that declares it (falls back to the whole file). */
export function dependencyEvidence(deps: DependencySet, names: Iterable<string>): Evidence[] {
  const out: Evidence[] = []
  for (const n of names) {
    const d = deps.get(n)
    if (d && out.length < 3) out.push(d.evidence)
  }
  return out
}

/** Runtime (non-dev) dependency names, for the resources heuristic. */
export function runtimeDependencyNames(deps: DependencySet): string[] {
  return [...deps].filter(([, d]) => !d.dev).map(([n]) => n)
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// Line-preserving removal of `//` and `/* */` comments for C-like languages, cached for one analysis.
export { stripCComments } from '../../signals/evidence.js'
