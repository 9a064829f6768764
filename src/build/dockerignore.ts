// .dockerignore with the semantics of moby/patternmatcher, which BuildKit uses: patterns are cleaned
// paths relative to the context; `*` and `?` stop at '/', `**` spans directories; a pattern also
// excludes everything below a directory it matches; `!` re-includes; the last matching pattern wins.
// The one matcher for both readers of a build context: the build-context digest (every file the build
// sees) and the analyzer's scan (which skips directories the build cannot see at all).
import { posix } from 'node:path'

interface Pattern {
  source: string
  regex: RegExp
  exclusion: boolean
  /** Text before the first wildcard: used to decide whether an excluded directory may hold exceptions. */
  literalPrefix: string
}

export function parseDockerignore(text: string): string[] {
  const patterns: string[] = []
  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    const line = index === 0 ? rawLine.replace(/^\uFEFF/, '') : rawLine
    // Comments are recognised before trimming, exactly like BuildKit's reader.
    if (line.startsWith('#')) continue
    let pattern = line.trim()
    if (pattern === '') continue
    const invert = pattern.startsWith('!')
    if (invert) pattern = pattern.slice(1).trim()
    if (pattern.length > 0) {
      pattern = posix.normalize(pattern)
      if (pattern.length > 1 && pattern.endsWith('/')) pattern = pattern.slice(0, -1)
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1)
    }
    patterns.push(invert ? `!${pattern}` : pattern)
  }
  return patterns
}

const REGEX_SPECIAL = new Set(['.', '+', '(', ')', '|', '{', '}', '$', '^'])

function compile(pattern: string): RegExp {
  let re = '^'
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++
        if (pattern[i + 1] === '/') i++
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?'
      } else {
        re += '[^/]*'
      }
    } else if (ch === '?') {
      re += '[^/]'
    } else if (ch === '\\') {
      if (i + 1 < pattern.length) {
        i++
        re += `\\${pattern[i] as string}`
      } else {
        re += '\\\\'
      }
    } else if (ch === '[') {
      // filepath.Match class: `[^…]` or `[!…]`? Go uses '^' for negation; pass the class through.
      const end = pattern.indexOf(']', i + 1)
      if (end === -1) throw new Error(`invalid .dockerignore pattern "${pattern}": unterminated [`)
      re += pattern.slice(i, end + 1)
      i = end
    } else if (REGEX_SPECIAL.has(ch)) {
      re += `\\${ch}`
    } else {
      re += ch
    }
  }
  return new RegExp(`${re}$`)
}

export class DockerignoreMatcher {
  private readonly patterns: Pattern[]

  constructor(lines: string[]) {
    this.patterns = lines
      .filter(line => line !== '!' && line !== '')
      .map(line => {
        const exclusion = line.startsWith('!')
        const source = exclusion ? line.slice(1) : line
        return {
          source,
          regex: compile(source),
          exclusion,
          literalPrefix: source.split(/[*?[\\]/)[0] as string
        }
      })
  }

  /** True when `path` (slash-separated, relative to the context) is left out of the build context. */
  excludes(path: string): boolean {
    let matched = false
    for (const pattern of this.patterns) {
      // An exclusion only matters once matched, an inclusion only until matched.
      if (pattern.exclusion !== matched) continue
      if (this.matchesOrParentMatches(pattern, path)) matched = !pattern.exclusion
    }
    return matched
  }

  /**
   * Whether a path below the excluded directory `dir` might be brought back by a `!` pattern. Every
   * pattern that matches `dir` also matches everything below it, so only a `!` pattern after the last
   * one matching `dir` can re-include something there — and only one that can match a path under `dir`:
   * its literal start (the text before its first wildcard) lies under `dir`, or it has a wildcard and its
   * literal start is a prefix of `dir/` (a `!**` pattern, `!s*`). A plain `!.git` cannot reach `.github/`.
   */
  mayReinclude(dir: string): boolean {
    const prefix = `${dir}/`
    let last = -1
    this.patterns.forEach((pattern, index) => {
      if (this.matchesOrParentMatches(pattern, dir)) last = index
    })
    return this.patterns
      .slice(last + 1)
      .some(
        p =>
          p.exclusion &&
          (p.literalPrefix.startsWith(prefix) ||
            (p.literalPrefix !== p.source && prefix.startsWith(p.literalPrefix)))
      )
  }

  /** True when `dir` and everything below it are outside the build context: a walker need not enter it. */
  prunes(dir: string): boolean {
    return this.excludes(dir) && !this.mayReinclude(dir)
  }

  private matchesOrParentMatches(pattern: Pattern, path: string): boolean {
    if (pattern.regex.test(path)) return true
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) if (pattern.regex.test(parts.slice(0, i).join('/'))) return true
    return false
  }
}
