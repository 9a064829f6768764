// One lexical pass over a JavaScript/TypeScript module for the route reader (routes.ts). It skips comments,
// string and template literals (with `${}` nesting) and regex literals, and records where the tokens the
// reader's patterns start with occur: keywords (`import`, `export`, `const` …), `=>`, `.get(`-style member
// calls, and the first identifier of each statement. The reader then runs each pattern once at those
// offsets (sticky) instead of over the whole text — about ten passes per module before, over megabytes of
// source in a monorepo (issue 16 item 12) — and a pattern can no longer match inside a string or a comment.
//
// `code` is the module with every comment blanked to spaces (line breaks kept): offsets and line numbers are
// the file's own, so evidence lines and bracket scans (code-spans.ts) read it as they read the source.

export interface JsLexed {
  /** The source with comments blanked: same length, same offsets, same line numbers. */
  code: string
  /** Start offsets of keyword tokens (whole identifiers; also after a `.`). */
  keywords: Record<Keyword, number[]>
  /** Offsets of `=>`. */
  arrows: number[]
  /** `.name` right after a `.`, for names the caller asked for: offset of the `.`, and the name. */
  members: { dot: number; name: string }[]
  /**
   * Where statements that open with a call start: the offset just past a line break, `;`, `{` or `}` (or
   * 0), when the first token after it (past spaces, tabs and comments on that line) is an identifier
   * directly followed by `(`, or `await`.
   */
  statements: number[]
  /** Identifiers right after `(` or `[` (whitespace and comments between allowed): [start, end] pairs. */
  openerIdents: number[]
}

export const KEYWORDS = [
  'import',
  'export',
  'module',
  'exports',
  'function',
  'const',
  'let',
  'var',
  'for',
  'new',
  'createRoute'
] as const
export type Keyword = (typeof KEYWORDS)[number]

/** Index in KEYWORDS of the keyword spelled by `source[i, j)`, or -1: by length and first letter first. */
function keywordAt(source: string, i: number, j: number): number {
  const len = j - i
  if (len < 3 || len > 11 || KEYWORD_FIRST[source.charCodeAt(i)] === 0) return -1
  const candidates = KEYWORDS_BY_LENGTH[len]!
  for (let k = 0; k < candidates.length; k++)
    if (source.startsWith(KEYWORDS[candidates[k]!]!, i)) return candidates[k]!
  return -1
}
/** Indexes in KEYWORDS of the keywords of each length. */
const KEYWORDS_BY_LENGTH: number[][] = Array.from({ length: 12 }, (_, len) =>
  KEYWORDS.flatMap((k, index) => (k.length === len ? [index] : []))
)

/** After these words an expression starts, so a `/` opens a regex literal (after other words it divides). */
const EXPRESSION_KEYWORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await'
])

const enum C {
  Tab = 9,
  Newline = 10,
  CarriageReturn = 13,
  Space = 32,
  DoubleQuote = 34,
  Dollar = 36,
  SingleQuote = 39,
  ParenOpen = 40,
  ParenClose = 41,
  Star = 42,
  Dot = 46,
  Slash = 47,
  Equals = 61,
  Greater = 62,
  SquareOpen = 91,
  Backslash = 92,
  SquareClose = 93,
  Backtick = 96,
  BraceOpen = 123,
  BraceClose = 125,
  Semicolon = 59
}

// ASCII character classes, looked up once per character in the hot loop.
const IDENT_START = 1
const IDENT_PART = 2
const CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  if (/[A-Za-z_$]/.test(ch)) CLASS[c] = IDENT_START | IDENT_PART
  else if (/[0-9]/.test(ch)) CLASS[c] = IDENT_PART
}
/** First letters of KEYWORDS: most identifiers are rejected on it. */
const KEYWORD_FIRST = new Uint8Array(128)
for (const k of KEYWORDS) KEYWORD_FIRST[k.charCodeAt(0)] = 1

function isIdentStart(c: number): boolean {
  return c < 128 && (CLASS[c]! & IDENT_START) !== 0
}

function isIdentPart(c: number): boolean {
  return c < 128 && (CLASS[c]! & IDENT_PART) !== 0
}

function isSpace(c: number): boolean {
  return c === C.Space || c === C.Tab || c === C.Newline || c === C.CarriageReturn || c === 11 || c === 12
}

/** Lexes `source`; `memberNames` are the member names recorded after a `.` (route methods). */
export function lexJs(source: string, memberNames: ReadonlySet<string>): JsLexed {
  const found: number[][] = KEYWORDS.map(() => [])
  // First letters and longest length of `memberNames`: most member names are rejected without a slice.
  const memberFirst = new Uint8Array(128)
  let memberLength = 0
  for (const name of memberNames) {
    if (name.charCodeAt(0) < 128) memberFirst[name.charCodeAt(0)] = 1
    memberLength = Math.max(memberLength, name.length)
  }
  const arrows: number[] = []
  const members: { dot: number; name: string }[] = []
  const statements: number[] = []
  const openerIdents: number[] = []
  // Comments found, as [start, end) pairs, blanked at the end.
  const comments: number[] = []
  const n = source.length
  // Brace depth inside each open template substitution (`${ … }`), innermost last.
  const templates: number[] = []
  // Whether a `/` here starts a regex literal (an expression may start) rather than dividing.
  let regexAllowed = true
  // Offset a statement would start at (just past a break), or -1 once a token followed it on its line.
  let statementStart = 0
  // The last significant character was `(` or `[`.
  let afterOpener = false
  // The last token was this word (not after a `.`), else -1: `return /re/` lexes a regex, `x / 2` divides.
  let wordStart = -1
  let wordEnd = -1
  let i = 0

  while (i < n) {
    const c = source.charCodeAt(i)
    if (c === C.Newline || c === C.CarriageReturn) {
      statementStart = i + 1
      i++
      continue
    }
    if (c === C.Space || c === C.Tab) {
      // Indentation comes in runs.
      i++
      while (i < n && (source.charCodeAt(i) === C.Space || source.charCodeAt(i) === C.Tab)) i++
      continue
    }
    if (isSpace(c)) {
      // Only spaces and tabs may sit between a statement's start and its first token.
      statementStart = -1
      i++
      continue
    }
    if (c === C.Slash) {
      const next = source.charCodeAt(i + 1)
      if (next === C.Slash) {
        const end = source.indexOf('\n', i)
        const stop = end < 0 ? n : end
        comments.push(i, stop)
        i = stop
        continue
      }
      if (next === C.Star) {
        const end = source.indexOf('*/', i + 2)
        const stop = end < 0 ? n : end + 2
        comments.push(i, stop)
        // A comment spanning lines leaves a line break behind: a statement may start after it. (Looked for
        // forward first: backward from a one-line comment would read the whole line before it.)
        const firstBreak = source.indexOf('\n', i)
        if (firstBreak >= 0 && firstBreak < stop) statementStart = source.lastIndexOf('\n', stop - 1) + 1
        i = stop
        continue
      }
      if (regexAllowed || (wordStart >= 0 && EXPRESSION_KEYWORDS.has(source.slice(wordStart, wordEnd)))) {
        const end = regexEnd(source, i)
        if (end > 0) {
          i = end
          statementStart = -1
          afterOpener = false
          regexAllowed = false
          continue
        }
      }
    }
    const start = statementStart
    statementStart = -1
    const wasAfterOpener = afterOpener
    afterOpener = false
    wordStart = -1
    if (isIdentStart(c)) {
      let j = i + 1
      for (; j < n; j++) {
        const d = source.charCodeAt(j)
        if (d >= 128 || (CLASS[d]! & IDENT_PART) === 0) break
      }
      // Only statements that open with a call (`name(`, `await name(`) are asked for.
      if (
        start >= 0 &&
        (source.charCodeAt(j) === C.ParenOpen || (j - i === 5 && source.startsWith('await', i)))
      )
        statements.push(start)
      if (wasAfterOpener) openerIdents.push(i, j)
      const dot = i > 0 && source.charCodeAt(i - 1) === C.Dot
      if (dot && memberFirst[c] === 1 && j - i <= memberLength) {
        const name = source.slice(i, j)
        if (memberNames.has(name)) members.push({ dot: i - 1, name })
      }
      // After a `.` too: `module.exports` is read at its `exports`.
      const keyword = keywordAt(source, i, j)
      if (keyword >= 0) found[keyword]!.push(i)
      // Whether this word lets a regex literal follow is settled only if a `/` comes next (rare).
      regexAllowed = false
      wordStart = dot ? -1 : i
      wordEnd = j
      i = j
      continue
    }
    if (c === C.SingleQuote || c === C.DoubleQuote) {
      i = quotedEnd(source, i)
      regexAllowed = false
      continue
    }
    if (c === C.Backtick) {
      i = templateBody(source, i + 1, templates)
      // Inside `${`: an expression starts (a regex may), and the statement-call pattern read its `{` as
      // the `{` that opens a block, so a call right after it counts as one (`${wire(app)}`).
      regexAllowed = enteredSubstitution(source, i)
      statementStart = regexAllowed ? i : -1
      continue
    }
    if (c === C.BraceOpen) {
      if (templates.length > 0) templates[templates.length - 1]!++
      statementStart = i + 1
    } else if (c === C.BraceClose) {
      if (templates.length > 0 && templates[templates.length - 1] === 0) {
        templates.pop()
        i = templateBody(source, i + 1, templates)
        regexAllowed = enteredSubstitution(source, i)
        statementStart = regexAllowed ? i : -1
        continue
      }
      if (templates.length > 0) templates[templates.length - 1]!--
      statementStart = i + 1
    } else if (c === C.Semicolon) statementStart = i + 1
    else if (c === C.Equals && source.charCodeAt(i + 1) === C.Greater) {
      arrows.push(i)
      regexAllowed = true
      i += 2
      continue
    }
    afterOpener = c === C.ParenOpen || c === C.SquareOpen
    regexAllowed = c !== C.ParenClose && c !== C.SquareClose && !(c >= 48 && c <= 57)
    if (c >= 48 && c <= 57) {
      // A number (with its letters and dots: `1e3`, `0x1F`, `1.5`), which a `/` after divides.
      let j = i + 1
      while (j < n && (isIdentPart(source.charCodeAt(j)) || source.charCodeAt(j) === C.Dot)) j++
      i = j
      continue
    }
    i++
  }
  const [imp, exp, mod, cjs, fn, con, le, va, fo, ne, cr] = found as [number[], ...number[][]]
  const keywords: Record<Keyword, number[]> = {
    import: imp,
    export: exp!,
    module: mod!,
    exports: cjs!,
    function: fn!,
    const: con!,
    let: le!,
    var: va!,
    for: fo!,
    new: ne!,
    createRoute: cr!
  }
  return { code: blank(source, comments), keywords, arrows, members, statements, openerIdents }
}

/**
 * From just past a backtick or a substitution's `}`: past the closing backtick, or past a `${` (whose depth
 * it pushes on `templates`).
 */
function templateBody(source: string, from: number, templates: number[]): number {
  for (let j = from; j < source.length; j++) {
    const c = source.charCodeAt(j)
    if (c === C.Backslash) j++
    else if (c === C.Backtick) return j + 1
    else if (c === C.Dollar && source.charCodeAt(j + 1) === C.BraceOpen) {
      templates.push(0)
      return j + 2
    }
  }
  return source.length
}

/** Whether templateBody stopped at `i` just past a `${` (else past the closing backtick). */
function enteredSubstitution(source: string, i: number): boolean {
  return i >= 2 && source.charCodeAt(i - 1) === C.BraceOpen && source.charCodeAt(i - 2) === C.Dollar
}

/** Past the closing quote of the string at `i`; an unclosed string ends at its line break. */
function quotedEnd(source: string, i: number): number {
  const q = source.charCodeAt(i)
  for (let j = i + 1; j < source.length; j++) {
    const c = source.charCodeAt(j)
    if (c === C.Backslash) j++
    else if (c === q) return j + 1
    else if (c === C.Newline) return j
  }
  return source.length
}

/**
 * Past the flags of the regex literal whose `/` is at `i`, or -1 when none closes on this line within
 * REGEX_WINDOW characters (then the `/` is taken as division: a wrong guess costs one token, never the rest
 * of the file; the window keeps a minified one-line file of unclosed `/`s linear).
 */
function regexEnd(source: string, i: number): number {
  let inClass = false
  const end = Math.min(source.length, i + REGEX_WINDOW)
  for (let j = i + 1; j < end; j++) {
    const c = source.charCodeAt(j)
    if (c === C.Newline || c === C.CarriageReturn) return -1
    if (c === C.Backslash) j++
    else if (c === C.SquareOpen) inClass = true
    else if (c === C.SquareClose) inClass = false
    else if (c === C.Slash && !inClass) {
      let k = j + 1
      while (k < source.length && isIdentPart(source.charCodeAt(k))) k++
      return k
    }
  }
  return -1
}

const REGEX_WINDOW = 1024

/** `source` with the [start, end) spans in `comments` replaced by spaces, line breaks kept. */
function blank(source: string, comments: number[]): string {
  if (comments.length === 0) return source
  const parts: string[] = []
  let at = 0
  for (let k = 0; k < comments.length; k += 2) {
    const start = comments[k]!
    const end = comments[k + 1]!
    parts.push(source.slice(at, start))
    // A line comment holds no line break; a block comment keeps each of its own.
    let from = start
    // Each line of the comment becomes spaces (a callback-free `replace(/[^\n]+/g, …)`: JSDoc blocks
    // span many lines, and most modules hold several).
    for (let nl = source.indexOf('\n', from); nl >= 0 && nl < end; nl = source.indexOf('\n', from)) {
      parts.push(spaces(nl - from), '\n')
      from = nl + 1
    }
    parts.push(spaces(end - from))
    at = end
  }
  parts.push(source.slice(at))
  return parts.join('')
}

/** `n` spaces; the short runs comments need come from a table. */
function spaces(n: number): string {
  if (n < SPACES.length) return SPACES[n]!
  return ' '.repeat(n)
}
const SPACES = Array.from({ length: 161 }, (_, n) => ' '.repeat(n))

/**
 * Matches of the sticky pattern `re` starting at `anchors` (ascending offsets), as a global scan of the
 * whole text would list them: one that starts inside an earlier match is not a match of that scan.
 */
export function anchoredMatches(text: string, anchors: readonly number[], re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let end = 0
  for (const at of anchors) {
    if (at < end) continue
    re.lastIndex = at
    const m = re.exec(text)
    if (!m) continue
    out.push(m)
    end = at + Math.max(1, m[0].length)
  }
  return out
}
