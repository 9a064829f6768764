// .dockerignore with the semantics of moby/patternmatcher, which BuildKit uses: patterns are cleaned
// paths relative to the context; `*` and `?` stop at '/', `**` spans directories; a pattern also
// excludes everything below a directory it matches; `!` re-includes; the last matching pattern wins.
// The one matcher for both readers of a build context: the build-context digest (every file the build
// sees) and the analyzer's scan (which skips directories the build cannot see at all).
import { posix } from 'node:path'

interface Pattern {
  source: string
  steps: Step[]
  exclusion: boolean
  /** Text before the first wildcard: used to decide whether an excluded directory may hold exceptions. */
  literalPrefix: string
  /**
   * The characters every match starts with (the leading literal steps, escapes resolved): a path that
   * does not start with them cannot match, nor can any of its parents, so the NFA need not run.
   */
  head: string
  /** The literal characters every match ends with: a path that does not contain them cannot match either. */
  tail: string
  /**
   * The longest run of literal characters between wildcards (`server/storage/` when the pattern is that
   * folder between two `**`): every match holds it, so a path without it cannot match either. A pattern
   * starting and ending with `**` has no head or tail, and ran the NFA on every folder of the walk.
   */
  middle: string
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

/** Caps on what a repository's ignore file can make us match against every path (issue 14: CPU bounds). */
export const MAX_IGNORE_PATTERNS = 2000
export const MAX_IGNORE_PATTERN_LENGTH = 1024

/**
 * `**` repeated across segments (`**` + `/**` …) matches exactly what one `**` matches: collapse the runs,
 * so a 47-byte line of ten `**` costs what `**` costs.
 */
export function collapseGlobstars(pattern: string): string {
  return pattern.replace(/(^|\/)\*\*(?:\/\*\*)+(?=\/|$)/g, '$1**')
}

/**
 * Keeps at most MAX_IGNORE_PATTERNS patterns of at most MAX_IGNORE_PATTERN_LENGTH characters (after
 * collapsing `**` runs) and says what it left out, so a hostile ignore file cannot cost unbounded CPU.
 */
export function boundPatterns(patterns: string[]): { kept: string[]; dropped: string | null } {
  const kept: string[] = []
  let tooLong = 0
  let tooMany = 0
  for (const raw of patterns) {
    const pattern = collapseGlobstars(raw)
    if (pattern.length > MAX_IGNORE_PATTERN_LENGTH) tooLong++
    else if (kept.length >= MAX_IGNORE_PATTERNS) tooMany++
    else kept.push(pattern)
  }
  const parts: string[] = []
  if (tooLong > 0) parts.push(`${tooLong} pattern(s) longer than ${MAX_IGNORE_PATTERN_LENGTH} characters`)
  if (tooMany > 0) parts.push(`${tooMany} pattern(s) beyond the first ${MAX_IGNORE_PATTERNS}`)
  return { kept, dropped: parts.length > 0 ? parts.join(' and ') : null }
}

/**
 * One step of a compiled pattern. Matching simulates all steps at once (a Thompson NFA), so the cost is
 * path length × pattern length whatever the pattern: no regex backtracking, no blow-up from `**` runs.
 */
type Step =
  | { kind: 'char'; ch: string }
  | { kind: 'one' } // `?`: any character but '/'
  | { kind: 'class'; re: RegExp } // `[…]`: one character
  | { kind: 'star' } // `*`: any run without '/'
  | { kind: 'any' } // trailing `**`: any run
  | { kind: 'dirs' } // `**/` (or `**` mid-pattern): nothing, or any run ending in '/'

function compile(pattern: string): Step[] {
  const steps: Step[] = []
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++
        if (pattern[i + 1] === '/') i++
        steps.push(i + 1 >= pattern.length ? { kind: 'any' } : { kind: 'dirs' })
      } else {
        steps.push({ kind: 'star' })
      }
    } else if (ch === '?') {
      steps.push({ kind: 'one' })
    } else if (ch === '\\') {
      i++
      steps.push({ kind: 'char', ch: i < pattern.length ? (pattern[i] as string) : '\\' })
    } else if (ch === '[') {
      // filepath.Match class; Go negates with '^', as a JS class does: pass the class through.
      const end = pattern.indexOf(']', i + 1)
      if (end === -1) throw new Error(`invalid .dockerignore pattern "${pattern}": unterminated [`)
      steps.push({ kind: 'class', re: new RegExp(`^${pattern.slice(i, end + 1)}$`) })
      i = end
    } else {
      steps.push({ kind: 'char', ch })
    }
  }
  return steps
}

/**
 * NFA states: 2*i = before step i; 2*i+1 = inside a `dirs` step i (consumed some of its run, which must
 * end in '/'). Adds `state` and everything reachable from it without consuming a character.
 */
function addState(steps: Step[], set: Uint8Array, state: number): void {
  if (set[state]) return
  set[state] = 1
  if (state % 2 === 1) return
  const step = steps[state / 2]
  if (step && (step.kind === 'star' || step.kind === 'any' || step.kind === 'dirs'))
    addState(steps, set, state + 2)
}

/**
 * Whether the pattern matches `path` or one of its parent directories (a pattern that matches a directory
 * excludes everything below it): the whole path in one pass, checking for a match at every '/'.
 */
function matchesPathOrParent(steps: Step[], path: string): boolean {
  const size = 2 * steps.length + 2
  const accept = 2 * steps.length
  let current = new Uint8Array(size)
  let next = new Uint8Array(size)
  addState(steps, current, 0)
  for (let p = 0; p < path.length; p++) {
    const c = path[p] as string
    if (c === '/' && current[accept]) return true
    next.fill(0)
    for (let s = 0; s < accept; s++) {
      if (!current[s]) continue
      const i = s >> 1
      const step = steps[i] as Step
      if (s % 2 === 1) {
        // Inside `dirs`: keep consuming; a '/' may end the run.
        next[s] = 1
        if (c === '/') addState(steps, next, s + 1)
        continue
      }
      switch (step.kind) {
        case 'char':
          if (c === step.ch) addState(steps, next, s + 2)
          break
        case 'one':
          if (c !== '/') addState(steps, next, s + 2)
          break
        case 'class':
          if (step.re.test(c)) addState(steps, next, s + 2)
          break
        case 'star':
          if (c !== '/') addState(steps, next, s)
          break
        case 'any':
          addState(steps, next, s)
          break
        case 'dirs':
          if (c === '/') addState(steps, next, s + 2)
          next[s + 1] = 1
          break
      }
    }
    if (!next.includes(1)) return false
    ;[current, next] = [next, current]
  }
  return current[accept] === 1
}

export class DockerignoreMatcher {
  private readonly patterns: Pattern[]
  /** What the caps left out (null when nothing was): callers warn with it. */
  readonly dropped: string | null

  constructor(lines: string[]) {
    const { kept, dropped } = boundPatterns(lines)
    this.dropped = dropped
    this.patterns = kept
      .filter(line => line !== '!' && line !== '')
      .map(line => {
        const exclusion = line.startsWith('!')
        const source = exclusion ? line.slice(1) : line
        const steps = compile(source)
        return {
          source,
          steps,
          exclusion,
          literalPrefix: source.split(/[*?[\\]/)[0] as string,
          head: literalHead(steps),
          tail: literalTail(steps),
          middle: longestLiteral(steps)
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
    return this.reincluding(dir).length > 0
  }

  /**
   * The literal starts (text before the first wildcard) of the `!` patterns that may bring back a path
   * below the excluded directory `dir` (see mayReinclude): `src/main/docker/include/` for
   * `!src/main/docker/include/*` under `src`.
   */
  reincludedPrefixes(dir: string): string[] {
    return this.reincluding(dir).map(p => p.literalPrefix)
  }

  private reincluding(dir: string): Pattern[] {
    const prefix = `${dir}/`
    let last = -1
    this.patterns.forEach((pattern, index) => {
      if (this.matchesOrParentMatches(pattern, dir)) last = index
    })
    return this.patterns
      .slice(last + 1)
      .filter(
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
    return (
      path.startsWith(pattern.head) &&
      path.includes(pattern.tail) &&
      path.includes(pattern.middle) &&
      matchesPathOrParent(pattern.steps, path)
    )
  }
}

/** The literal characters a compiled pattern starts with (up to its first wildcard or class). */
function literalHead(steps: Step[]): string {
  let head = ''
  for (const step of steps) {
    if (step.kind !== 'char') break
    head += step.ch
  }
  return head
}

/** The literal characters a compiled pattern ends with (after its last wildcard or class). */
/** The longest run of consecutive literal steps (the first of equal length), '' when there is none. */
function longestLiteral(steps: Step[]): string {
  let longest = ''
  let run = ''
  for (const step of steps) {
    if (step.kind === 'char') {
      run += step.ch
      if (run.length > longest.length) longest = run
    } else run = ''
  }
  return longest
}

function literalTail(steps: Step[]): string {
  let tail = ''
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as Step
    if (step.kind !== 'char') break
    tail = step.ch + tail
  }
  return tail
}
