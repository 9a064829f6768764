// One .gitignore's rules as the scan applies them to the paths below its folder. Matching goes through the
// `ignore` package; what this module adds is speed on large trees (issue 16 item 12): every rule is a
// regular expression tested against every path, thousands of paths × dozens of rules per scan.
//
// A pattern without a slash (`*.log`, `node_modules`, `.env`, `build/`) matches a name at any depth, so its
// verdict depends on the file or folder name alone — the same `index.ts` or `package.json` in a hundred
// folders asks the same question. When a .gitignore has no negation (`!keep`), the order of its rules
// cannot change a verdict (a path is ignored when any rule matches), so those name rules are tested once
// per distinct name and remembered, and only the rules with a slash see the full path. With a negation the
// last matching rule decides across both kinds: a path no slash rule can reach (below) takes the name
// rules' verdict, remembered by name the same way; any other path is tested against the whole file in
// order.
// A rule with a slash is anchored at the .gitignore's folder and, without `**`, spans a fixed number of
// path segments (`*` never crosses a slash); a deeper path could only match through an ancestor folder,
// which the scan has already pruned — so paths deeper than the longest such rule skip them. Such a rule
// whose first segment is a plain name (`frontend/build`, `/dist`) can only match paths that start with
// that name (case-insensitively, as `ignore` matches), so slash rules are grouped by first segment and a
// path meets only its own group and the rules that start with a wildcard.
import ignore, { type Ignore } from 'ignore'

export interface IgnoreScope {
  /** The folder the .gitignore sits in ('.' = the root); its patterns are relative to it. */
  dir: string
  /** Every rule, in file order. */
  rules: Ignore
  /** The slash-free rules (verdict by name, memoised) and the rest (by path). */
  split: {
    /** The file has a negation: a path a slash rule may reach is tested against `rules` whole. */
    negated: boolean
    names: Ignore
    /** Slash rules by their first segment, lower-cased (null key: a first segment with a wildcard …). */
    paths: Map<string | null, PathRules>
    /** Most path segments any slash rule can match (Infinity with `**` or anything unusual). */
    pathDepth: number
    byName: Map<string, boolean>
  }
}

interface PathRules {
  rules: Ignore
  /** Most path segments one of these rules can match. */
  depth: number
}

/** Compiles a scope from the kept (bounded) pattern lines; throws when `ignore` rejects a pattern. */
export function ignoreScope(dir: string, patterns: readonly string[]): IgnoreScope {
  const rules = ignore().add(patterns as string[])
  const names: string[] = []
  const paths: string[] = []
  // Conservative: anything with a slash before its end, or an escaped slash, is matched on the full path.
  for (const p of patterns) (/^(?:[^/\\]|\\[^/])*\/?$/.test(p) ? names : paths).push(p)
  const rulesWithSlash = paths.filter(p => p.trim() !== '' && !p.startsWith('#'))
  const groups = new Map<string | null, string[]>()
  for (const p of rulesWithSlash) {
    const key = firstName(p)
    let list = groups.get(key)
    if (!list) groups.set(key, (list = []))
    list.push(p)
  }
  return {
    dir,
    rules,
    split: {
      negated: patterns.some(p => p.startsWith('!')),
      names: ignore().add(names),
      paths: new Map(
        [...groups].map(([key, list]) => [
          key,
          { rules: ignore().add(list), depth: Math.max(...list.map(segmentsOf)) }
        ])
      ),
      pathDepth: Math.max(0, ...rulesWithSlash.map(segmentsOf)),
      byName: new Map()
    }
  }
}

/**
 * The lower-cased first segment of a slash rule when it is a plain name (letters, digits, `.`, `_`, `-`:
 * it matches only a path segment equal to it ignoring ASCII case), else null (wildcards, escapes …).
 */
function firstName(pattern: string): string | null {
  const m = /^\/?([A-Za-z0-9._-]+)(?:\/|$)/.exec(pattern)
  return m ? m[1]!.toLowerCase() : null
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
    const split = s.split
    const target = isDir ? `${local}/` : local
    let own: PathRules | undefined
    let wild: PathRules | undefined
    const depth = split.paths.size === 0 ? Infinity : depthOf(local)
    if (depth <= split.pathDepth) {
      const slash = local.indexOf('/')
      own = split.paths.get((slash < 0 ? local : local.slice(0, slash)).toLowerCase())
      if (own && depth > own.depth) own = undefined
      wild = split.paths.get(null)
      if (wild && depth > wild.depth) wild = undefined
    }
    // With a negation, the order of a name rule and a slash rule that both match decides: the whole file.
    if (split.negated && (own || wild)) {
      if (ignores(s.rules, target)) return true
      continue
    }
    const name = local.slice(local.lastIndexOf('/') + 1)
    const key = isDir ? `${name}/` : name
    let byName = split.byName.get(key)
    if (byName === undefined) split.byName.set(key, (byName = ignores(split.names, key)))
    if (byName) return true
    if (own && ignores(own.rules, target)) return true
    if (wild && ignores(wild.rules, target)) return true
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
