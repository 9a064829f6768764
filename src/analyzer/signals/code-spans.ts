// Tiny lexical helpers for route extractors: matching brackets, the end of a method chain, the receiver of a
// chained call, Ruby do…end blocks. They skip string literals (comments are stripped by the caller) and give
// up with -1/null rather than guess, so a malformed file yields fewer routes, never wrong prefixes.

const OPEN = '([{'
/**
 * How far one bracket or expression scan reads before giving up. Real call arguments and handler bodies are
 * far shorter; without a window, a hostile file of 100 KB of `app.get(` (every call unclosed) costs one
 * scan to the end of the file per call — quadratic, seconds to minutes.
 */
export const SCAN_WINDOW = 32 * 1024
/**
 * Characters all scans of one text may read together (16 passes over a 1 MiB file). Windows alone still
 * allow one window per call; the budget bounds the file: once spent, scans of that text give up (-1), so a
 * hostile file yields fewer routes, never a stuck analysis. Extractors work one file at a time, so the
 * budget follows the text last scanned.
 */
const SCAN_BUDGET = 16 * 1024 * 1024
let budgetText: string | null = null
let budgetLeft = SCAN_BUDGET

/**
 * The window for a function's body: a route-registration function (`function systemEndpoints(app) { … }`
 * with fifty handlers) runs past SCAN_WINDOW; one scan per function start, still bounded by the budget.
 */
export const BODY_WINDOW = 256 * 1024

/** How many characters a scan of `text` may read now (window and remaining budget). */
function allowance(text: string, window = SCAN_WINDOW): number {
  if (text !== budgetText) {
    budgetText = text
    budgetLeft = SCAN_BUDGET
  }
  return Math.min(window, budgetLeft)
}

function spent(chars: number): void {
  budgetLeft = Math.max(0, budgetLeft - Math.abs(chars))
}
const CLOSE = ')]}'

/** Index just past the string literal starting at `i` (quote char at `i`). */
function skipString(text: string, i: number): number {
  // Character codes, not one-character strings: these loops run over every source file a route reader sees.
  const q = text.charCodeAt(i)
  const multiline = q === BACKTICK || q === DOUBLE_QUOTE
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === BACKSLASH) j++
    else if (c === q) return j + 1
    else if (c === NEWLINE && !multiline) return j
  }
  return text.length
}

const [PAREN_OPEN, PAREN_CLOSE, SQUARE_OPEN, SQUARE_CLOSE, BRACE_OPEN, BRACE_CLOSE] = [
  40, 41, 91, 93, 123, 125
]
const [DOUBLE_QUOTE, SINGLE_QUOTE, BACKTICK, BACKSLASH, NEWLINE, SEMICOLON] = [34, 39, 96, 92, 10, 59]

function isOpenCode(c: number): boolean {
  return c === PAREN_OPEN || c === SQUARE_OPEN || c === BRACE_OPEN
}

function isCloseCode(c: number): boolean {
  return c === PAREN_CLOSE || c === SQUARE_CLOSE || c === BRACE_CLOSE
}

function isQuoteCode(c: number): boolean {
  return c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACKTICK
}

function isQuote(c: string | undefined): boolean {
  return c === '"' || c === "'" || c === '`'
}

/**
 * Brackets of `pairsText` already matched by a scan of matchClose that was asked to remember them (not in
 * Rust mode), open → close. A scan from a bracket reads every bracket inside it as code, and a scan from one
 * of those would read the same characters the same way up to the same close: functionsOf asks for every
 * nested function body of a module, each scanned again inside its parents'. The answer is taken only where
 * that scan's own window and budget reach the close, and the budget is charged as that scan would have been.
 * Only scans asked to remember pay for it (a stack and a map entry per bracket: a third more per scan).
 */
let pairsText: string | null = null
let pairs = new Map<number, number>()

/** Index of the bracket closing the one at `open`, or -1. */
/**
 * `rust`: single quotes start lifetimes, not strings. `remember`: keep the brackets matched on the way for
 * later calls on the same text (and answer from those kept).
 */
export function matchClose(
  text: string,
  open: number,
  rust = false,
  window = SCAN_WINDOW,
  remember = false
): number {
  if (!OPEN.includes(text[open] ?? '')) return -1
  const reach = allowance(text, window)
  if (remember && !rust) {
    if (text !== pairsText) {
      pairsText = text
      pairs = new Map()
    }
    const known = pairs.get(open)
    if (known !== undefined && known - open < reach) {
      spent(known - open)
      return known
    }
  }
  const opened: number[] | null = remember && !rust ? [] : null
  let depth = 0
  const end = Math.min(text.length, open + reach)
  for (let i = open; i < end; i++) {
    // NaN out of range (`open` < 0), matching nothing, as `text[i]` (undefined) did.
    const c = text.charCodeAt(i)
    if (isQuoteCode(c) && !isRustLifetime(text, i, rust)) {
      i = skipString(text, i) - 1
      continue
    }
    if (isOpenCode(c)) {
      depth++
      opened?.push(i)
    } else if (isCloseCode(c)) {
      depth--
      const o = opened?.pop()
      if (o !== undefined) pairs.set(o, i)
      if (depth === 0) {
        spent(i - open)
        return i
      }
    }
  }
  spent(end - open)
  return -1
}

// In Rust `'a` / `&'static str` is a lifetime, not a string; only `'x'` / `'\\n'` char literals are quoted.
function isRustLifetime(text: string, i: number, rust: boolean): boolean {
  return rust && text[i] === "'" && !/^'(?:\\.|[^\\'])'/.test(text.slice(i, i + 4))
}

/** Index of the first `{` at or after `from` (before any `;`), or -1. */
export function nextBrace(text: string, from: number, limit = 400, rust = false): number {
  for (let i = from; i < Math.min(text.length, from + limit); i++) {
    const c = text[i]
    if (c === '{') return i
    if (c === ';') return -1
    if (isQuote(c) && !isRustLifetime(text, i, rust)) i = skipString(text, i) - 1
  }
  return -1
}

/**
 * End of the expression that starts at `from`: the first bracket that closes one opened before `from`, or a
 * `;` at depth 0. A method chain `web::scope("/api").service(a).service(b)` inside `cfg.service( … )` ends
 * at the `)` closing `cfg.service(`.
 */
export function expressionEnd(text: string, from: number, rust = false): number {
  let depth = 0
  const end = Math.min(text.length, from + allowance(text))
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i)
    if (isQuoteCode(c) && !isRustLifetime(text, i, rust)) {
      i = skipString(text, i) - 1
      continue
    }
    if (isOpenCode(c)) depth++
    else if (isCloseCode(c)) {
      if (depth === 0) return (spent(i - from), i)
      depth--
    } else if (c === SEMICOLON && depth === 0) return (spent(i - from), i)
  }
  spent(end - from)
  return text.length
}

/**
 * `expressionEnd(text, from) < limit`, reading no further than `limit`: past it the end can only be at or
 * after `limit`. (The scan's budget is charged for what is read.)
 */
export function expressionEndsBefore(text: string, from: number, limit: number): boolean {
  let depth = 0
  const end = Math.min(text.length, from + allowance(text))
  for (let i = from; i < end; i++) {
    if (i >= limit) return (spent(i - from), false)
    const c = text.charCodeAt(i)
    if (isQuoteCode(c)) {
      i = skipString(text, i) - 1
      continue
    }
    if (isOpenCode(c)) depth++
    else if (isCloseCode(c)) {
      if (depth === 0) return (spent(i - from), i < limit)
      depth--
    } else if (c === SEMICOLON && depth === 0) return (spent(i - from), i < limit)
  }
  spent(end - from)
  return false
}

/** Index of the bracket of kind `open` that encloses `index` (innermost), or -1. */
export function enclosingOpen(text: string, index: number, open = '('): number {
  const close = CLOSE[OPEN.indexOf(open)]!
  let depth = 0
  const stop = Math.max(0, index - allowance(text))
  for (let i = index - 1; i >= stop; i--) {
    const c = text[i]
    if (c === close) depth++
    else if (c === open) {
      if (depth === 0) return (spent(index - i), i)
      depth--
    }
  }
  spent(index - stop)
  return -1
}

/**
 * The receiver of a chained call whose `.` is at `dot`: walks back over `.name(…)` links and returns the
 * chain's base (`router` in `router.get(…).post(…)`, `Router` in `express.Router().get(…)`) and where the
 * whole chain starts. Generic arguments and `::`/`->` separators are allowed.
 */
export function chainBase(text: string, dot: number): { base: string; start: number } | null {
  let i = dot
  for (let guard = 0; guard < 64; guard++) {
    let j = i - 1
    while (j >= 0 && /\s/.test(text[j]!)) j--
    if (text[j] === ')') {
      const open = matchOpen(text, j)
      if (open < 0) return null
      j = open - 1
      while (j >= 0 && /\s/.test(text[j]!)) j--
      if (text[j] === '>' && text[j - 1] !== '-') {
        // Generic call `Router::<S>::new()` / `foo<T>()`: skip the type arguments.
        const lt = text.lastIndexOf('<', j)
        if (lt < 0) return null
        j = lt - 1
      }
    }
    let end = j + 1
    while (j >= 0 && /[\w$]/.test(text[j]!)) j--
    const name = text.slice(j + 1, end)
    if (!name) return null
    // Another link before this one?
    let k = j
    while (k >= 0 && /\s/.test(text[k]!)) k--
    if (
      text[k] === '.' ||
      (text[k] === ':' && text[k - 1] === ':') ||
      (text[k] === '>' && text[k - 1] === '-')
    ) {
      const sepStart = text[k] === '.' ? k : k - 1
      // `new X()` / `express.Router()`: `express` is a namespace, the chain base is still the call.
      i = sepStart
      end = sepStart
      continue
    }
    const start = /\bnew\s*$/.test(text.slice(Math.max(0, j - 4), j + 1)) ? text.lastIndexOf('new', j) : j + 1
    return { base: name, start }
  }
  return null
}

/** Index of the bracket opening the one closing at `close`, or -1. */
export function matchOpen(text: string, close: number): number {
  const kind = CLOSE.indexOf(text[close] ?? '')
  if (kind < 0) return -1
  let depth = 0
  const stop = Math.max(0, close - allowance(text))
  for (let i = close; i >= stop; i--) {
    const c = text[i]
    if (c === CLOSE[kind]) depth++
    else if (c === OPEN[kind]) {
      depth--
      if (depth === 0) return (spent(close - i), i)
    }
  }
  spent(close - stop)
  return -1
}

/**
 * The name a chain starting at `start` is assigned to: `const api = …`, `api := …`, `let api = …`,
 * `api = …`, `$api = …`; null when the chain is not the right-hand side of an assignment.
 */
export function assignedName(text: string, start: number): string | null {
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start)
  const m =
    /(?:^|[\s;(])(?:(?:export\s+)?(?:const|let|var|val|auto)\s+(?:mut\s+)?)?\$?([A-Za-z_]\w*)\s*(?::\s*[\w.<>[\], *&']+)?\s*:?=\s*(?:await\s+)?$/.exec(
      line
    )
  return m ? m[1]! : null
}

/** Index of the `end` closing a Ruby block whose `do` (or opening keyword) is at `open`, or -1. */
export function rubyBlockEnd(text: string, open: number): number {
  const re = /\b(do|end)\b|^[ \t]*(?:if|unless|case|def|class|module|begin|while|until|for)\b/gm
  re.lastIndex = open
  let depth = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === 'end') {
      depth--
      if (depth === 0) return m.index
    } else depth++
  }
  return -1
}

/** Line-independent test: is `index` inside [start, end)? */
export function within(index: number, span: { start: number; end: number }): boolean {
  return index >= span.start && index < span.end
}

/** Top-level comma-separated arguments between `from` and `to`, trimmed, with their start index. */
export function splitArgs(text: string, from: number, to: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = []
  let start = from
  for (let i = from; i <= to; i++) {
    if (i < to && '([{'.includes(text[i]!)) {
      const close = matchClose(text, i)
      if (close < 0 || close > to) return out
      i = close
      continue
    }
    if (i < to && (text[i] === '"' || text[i] === "'" || text[i] === '`')) {
      // The literal runs to the next same quote unless the expression from inside it ends first: only
      // whether it ends before that quote matters, so the scan stops there (expressionEnd read on to the
      // end of the call, for every literal of it: a route call with a long inline handler, over and over).
      const q = text.indexOf(text[i]!, i + 1)
      i = q < 0 || expressionEndsBefore(text, i + 1, q) ? to : q
      continue
    }
    if (i === to || text[i] === ',') {
      const raw = text.slice(start, i)
      const lead = raw.length - raw.trimStart().length
      if (raw.trim()) out.push({ text: raw.trim(), start: start + lead })
      start = i + 1
    }
  }
  return out
}
