// One .gitignore's rules as the scan applies them to the paths below its folder. Matching goes through the
// `ignore` package; what this module adds is speed on large trees (issue 16 item 12): every rule is a
// regular expression tested against every path, thousands of paths × dozens of rules per scan.
//
// A pattern without a slash (`*.log`, `node_modules`, `.env`, `build/`) matches a name at any depth, so its
// verdict depends on the file or folder name alone — the same `index.ts` or `package.json` in a hundred
// folders asks the same question. When a .gitignore has no negation (`!keep`), the order of its rules
// cannot change a verdict (a path is ignored when any rule matches), so those name rules are tested once
// per distinct name and remembered, and only the rules with a slash see the full path. With a negation the
// last matching rule decides across both kinds, and the whole file is tested in order as before.
// A rule with a slash is anchored at the .gitignore's folder and, without `**`, spans a fixed number of
// path segments (`*` never crosses a slash); a deeper path could only match through an ancestor folder,
// which the scan has already pruned — so paths deeper than the longest such rule skip them.
import ignore, { type Ignore } from 'ignore'

export interface IgnoreScope {
  /** The folder the .gitignore sits in ('.' = the root); its patterns are relative to it. */
  dir: string
  /** Every rule, in file order. */
  rules: Ignore
  /** Without negations: the slash-free rules (verdict by name, memoised) and the rest (by path). */
  split: {
    names: Ignore
    paths: Ignore | null
    /** Most path segments a `paths` rule can match (Infinity with `**` or anything unusual). */
    pathDepth: number
    byName: Map<string, boolean>
  } | null
}

/** Compiles a scope from the kept (bounded) pattern lines; throws when `ignore` rejects a pattern. */
export function ignoreScope(dir: string, patterns: readonly string[]): IgnoreScope {
  const rules = ignore().add(patterns as string[])
  if (patterns.some(p => p.startsWith('!'))) return { dir, rules, split: null }
  const names: string[] = []
  const paths: string[] = []
  // Conservative: anything with a slash before its end, or an escape, is matched on the full path.
  for (const p of patterns) (/^[^/\\]*\/?$/.test(p) ? names : paths).push(p)
  const rulesWithSlash = paths.filter(p => p.trim() !== '' && !p.startsWith('#'))
  return {
    dir,
    rules,
    split: {
      names: ignore().add(names),
      paths: rulesWithSlash.length > 0 ? ignore().add(paths) : null,
      pathDepth: Math.max(0, ...rulesWithSlash.map(segmentsOf)),
      byName: new Map()
    }
  }
}

/** Path segments a slash rule spans (`/dist` 1, `apps/web/build/` 3), or Infinity when not fixed. */
function segmentsOf(pattern: string): number {
  if (/\*\*|[\\[\s]/.test(pattern.trim())) return Infinity
  return pattern.trim().replace(/^\//, '').replace(/\/$/, '').split('/').length
}

/**
 * True when a scope ignores `path` (repository-relative). Scopes are ancestors of `path`, and the scan
 * never descends into an ignored folder, so no ancestor folder of `path` is ignored by any scope.
 */
export function isIgnored(scopes: readonly IgnoreScope[], path: string, isDir: boolean): boolean {
  for (const s of scopes) {
    // Scopes are ancestors of `path`, so the local path is a plain suffix.
    const local = s.dir === '.' ? path : path.slice(s.dir.length + 1)
    if (!s.split) {
      if (ignores(s.rules, isDir ? `${local}/` : local)) return true
      continue
    }
    const name = local.slice(local.lastIndexOf('/') + 1)
    const key = isDir ? `${name}/` : name
    let byName = s.split.byName.get(key)
    if (byName === undefined) s.split.byName.set(key, (byName = ignores(s.split.names, key)))
    if (byName) return true
    if (
      s.split.paths &&
      depthOf(local) <= s.split.pathDepth &&
      ignores(s.split.paths, isDir ? `${local}/` : local)
    )
      return true
  }
  return false
}

function depthOf(path: string): number {
  let n = 1
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) n++
  return n
}

function ignores(rules: Ignore, path: string): boolean {
  try {
    return rules.ignores(path)
  } catch {
    // `ignore` rejects a few exotic names (e.g. with a trailing backslash); keep such files.
    return false
  }
}
