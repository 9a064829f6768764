// .dockerignore with Docker's own semantics (moby patternmatcher), not .gitignore's: a pattern matches the
// whole path from the context root, `*` and `?` never cross `/`, `**` spans directories, and a pattern that
// matches a directory matches everything under it. Later patterns win; `!` re-includes. So the common
// allow-list `*` + `!src` keeps all of src/ (gitignore rules would drop src/api/ again through `*`).

interface Rule {
  regex: RegExp
  exclude: boolean
  /** The pattern's text before its first wildcard: a `!` rule re-includes only paths under it. */
  literal: string
}

function patternRegex(pattern: string): RegExp {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++
        if (pattern[i + 1] === '/') {
          i++
          out += '(?:.*/)?'
        } else out += '.*'
      } else out += '[^/]*'
    } else if (c === '?') out += '[^/]'
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1)
      if (end < 0) out += '\\['
      else {
        out += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`
        i = end
      }
    } else if (c === '\\' && i + 1 < pattern.length) out += `\\${pattern[++i]}`
    else out += c.replace(/[.+^${}()|\]\\]/g, '\\$&')
  }
  return new RegExp(`^${out}$`)
}

/** Returns a predicate: is this repository-relative path excluded from the build context? */
export function dockerignoreMatcher(text: string): (path: string) => boolean {
  const rules: Rule[] = []
  for (const raw of text.split('\n')) {
    let line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const exclude = !line.startsWith('!')
    if (!exclude) line = line.slice(1).trim()
    line = line.replace(/^(?:\.?\/)+/, '').replace(/\/+$/, '')
    if (line === '' || line === '.') continue
    try {
      rules.push({ regex: patternRegex(line), exclude, literal: line.split(/[*?[\\]/, 1)[0]! })
    } catch {
      // An unparsable pattern excludes nothing (Docker would reject the file; we only read the tree).
    }
  }
  return path => {
    const parts = path.split('/').filter(Boolean)
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'))
    let excluded = false
    let last = -1
    rules.forEach((rule, i) => {
      if (prefixes.some(p => rule.regex.test(p))) {
        excluded = rule.exclude
        last = i
      }
    })
    // Docker still walks an excluded directory when a later `!` rule can re-include something inside it
    // (`*` then `!src/**` keeps src/routes/health.ts), so such a directory is not dropped as a whole.
    if (excluded && rules.slice(last + 1).some(r => !r.exclude && r.literal.startsWith(`${path}/`)))
      return false
    return excluded
  }
}
