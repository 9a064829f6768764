// .dockerignore with the semantics of moby/patternmatcher, which BuildKit uses: patterns are cleaned
// paths relative to the context; `*` and `?` stop at '/', `**` spans directories; a pattern also
// excludes everything below a directory it matches; `!` re-includes; the last matching pattern wins.
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
    const parentParts = posix.dirname(path) === '.' ? [] : posix.dirname(path).split('/')
    let matched = false
    for (const pattern of this.patterns) {
      // An exclusion only matters once matched, an inclusion only until matched.
      if (pattern.exclusion !== matched) continue
      let match = pattern.regex.test(path)
      for (let i = 0; !match && i < parentParts.length; i++) {
        match = pattern.regex.test(parentParts.slice(0, i + 1).join('/'))
      }
      if (match) matched = !pattern.exclusion
    }
    return matched
  }

  /** Whether an excluded directory might contain a path that a `!` pattern brings back. */
  mayReinclude(dir: string): boolean {
    const prefix = `${dir}/`
    return this.patterns.some(
      p =>
        p.exclusion &&
        (p.literalPrefix.startsWith(prefix) || prefix.startsWith(p.literalPrefix) || p.literalPrefix === '')
    )
  }
}
