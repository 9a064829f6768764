// Evidence helpers: turn a regex match inside a file into `file:line: text` proof.
import type { Evidence } from '../report.js'
import { blankBlockComments, dropHashComments, dropLineComments } from './line-comments.js'
import { mayMatch } from './regex-literals.js'

const MAX_EVIDENCE_TEXT = 160

/** 1-based line number and trimmed text of the line containing `index`. */
export function lineAt(text: string, index: number): { line: number; text: string } {
  let line = 1
  let start = 0
  if (text.length >= LINE_INDEX_MIN_CHARS) {
    // Many matches in one large file: binary-search its line starts instead of counting from the top.
    const starts = lineStarts(text)
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= index) lo = mid
      else hi = mid - 1
    }
    line = lo + 1
    start = starts[lo]!
  } else {
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      line++
      start = i + 1
    }
  }
  let end = text.indexOf('\n', start)
  if (end === -1) end = text.length
  return { line, text: clip(text.slice(start, end).trim()) }
}

// Line starts of the larger texts evidence was taken from (a line starts at 0 and after each '\n'), bounded
// like the stripped-comment caches below. All live for one analysis (see resetTextCaches).
const LINE_INDEX_MIN_CHARS = 4096

// The text of the last lookup. Callers ask for many lines of one text in a row; `===` on the very string
// object is a pointer compare, where a Map lookup of an equal but distinct string (two identical files, or
// a file read again) compares every character on every call. Rebinding to the caller's object after one
// such compare keeps the rest of its lookups cheap.
let lastText: string | null = null
let lastStarts: number[] = []

function lineStarts(text: string): number[] {
  if (text !== lastText) lastStarts = lineIndex.get(text, computeLineStarts)
  lastText = text
  return lastStarts
}

function computeLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/**
 * Lines `begin`…`end - 1` (0-based) of `text` joined by '\n', as `text.split('\n').slice(begin, end)` would
 * give, without splitting a large file once per caller (route readers ask for a few lines per route).
 */
export function lineRange(text: string, begin: number, end: number): string {
  if (text.length < LINE_INDEX_MIN_CHARS) return text.split('\n').slice(begin, end).join('\n')
  const starts = lineStarts(text)
  const from = Math.max(0, begin)
  const to = Math.min(end, starts.length)
  if (from >= to) return ''
  return text.slice(starts[from]!, to < starts.length ? starts[to]! - 1 : text.length)
}

export function clip(s: string, max = MAX_EVIDENCE_TEXT): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`
}

export function evidenceAt(file: string, text: string, index: number): Evidence {
  const { line, text: lineText } = lineAt(text, index)
  return { file, line, text: lineText }
}

/** Whole-file evidence (line 0), e.g. "the lockfile exists". */
export function fileEvidence(file: string, text = 'file present'): Evidence {
  return { file, line: 0, text: clip(text) }
}

export interface LineMatch {
  match: RegExpExecArray
  evidence: Evidence
}

/** Every match of `regex` (made global) in `text`, each with its evidence line. */
export function matchAll(file: string, text: string, regex: RegExp, limit = 50): LineMatch[] {
  // Most patterns need a literal most files lack (`ListenAndServe(`, `Port`): one `includes` instead of a
  // search that tries every position.
  if (!mayMatch(regex, text)) return []
  // One global copy per pattern, reused (from the start of the text) instead of compiling one per file.
  let re = globalCopies.get(regex)
  if (!re) {
    re = new RegExp(regex.source, regex.global ? regex.flags : `${regex.flags}g`)
    globalCopies.set(regex, re)
  }
  re.lastIndex = 0
  const out: LineMatch[] = []
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    out.push({ match: m, evidence: evidenceAt(file, text, m.index) })
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}

const globalCopies = new WeakMap<RegExp, RegExp>()

/** First match of `regex` in `text` with its evidence, or null. */
export function matchFirst(file: string, text: string, regex: RegExp): LineMatch | null {
  return matchAll(file, text, regex, 1)[0] ?? null
}

const MAX_KEY_PATTERNS = 2048
const keyPatterns = new Map<string, RegExp>()

/** Evidence for a JSON/YAML/TOML key: the first line where `"key"` / `key:` / `key =` appears, else line 0. */
export function keyEvidence(file: string, text: string, key: string): Evidence {
  let re = keyPatterns.get(key)
  if (!re) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    re = new RegExp(`(?:"${escaped}"\\s*:|^[ \\t]*['"]?${escaped}['"]?\\s*[:=])`, 'm')
    // Keys come from code and from manifests (dependency names): bounded like the caches below.
    if (keyPatterns.size >= MAX_KEY_PATTERNS) keyPatterns.clear()
    keyPatterns.set(key, re)
  }
  const m = re.exec(text)
  return m ? evidenceAt(file, text, m.index) : fileEvidence(file, key)
}

/**
 * What one analysis derives from a text (comment-stripped copies, line starts), kept so port, route and
 * health readers that read the same source files derive each once. Keyed by the text itself: within one
 * analysis the tree hands out one cached string per file, so a lookup compares by identity. Bounded (a
 * long-lived process holds at most a few analyses' worth), and emptied when an analysis starts
 * (resetTextCaches).
 */
class TextCache<T> {
  // By length, then compared (`===`: the same string object is one pointer compare): a Map keyed by the
  // texts themselves hashes every character of each new text on its first lookup, which was a tenth of a
  // large Go module's analysis.
  private readonly values = new Map<number, { text: string; value: T }[]>()
  private chars = 0

  get(text: string, derive: (text: string) => T): T {
    const same = this.values.get(text.length)
    if (same) for (const e of same) if (e.text === text) return e.value
    const out = derive(text)
    if (this.chars + text.length > MAX_CACHED_CHARS) this.clear()
    const list = this.values.get(text.length)
    if (list) list.push({ text, value: out })
    else this.values.set(text.length, [{ text, value: out }])
    this.chars += text.length
    return out
  }

  clear(): void {
    this.values.clear()
    this.chars = 0
  }
}

const MAX_CACHED_CHARS = 16 * 1024 * 1024
const lineIndex = new TextCache<number[]>()
const strippedJs = new TextCache<string>()
const strippedC = new TextCache<string>()

/** Spaces for every character but newlines (a comment blanked, line numbers kept). */
function blankKeepingLines(comment: string): string {
  return comment
    .split('\n')
    .map(line => ' '.repeat(line.length))
    .join('\n')
}

/** Removes `//` and `/* *\/` comments so commented-out code is not taken as proof (keeps line numbers). */
export function stripJsComments(text: string): string {
  return strippedJs.get(text, withoutJsComments)
}

function withoutJsComments(text: string): string {
  // Each pattern needs its literal (`/*`, `//`): most files have no block comment, many no line comment.
  let out = text
  if (out.includes('/*')) out = blankBlockComments(out)
  if (out.includes('//')) out = dropLineComments(out, ':\'"`\\')
  return out
}

/**
 * Line-preserving removal of `//` and `/* *\/` comments for C-like languages (Go, Java, C#, Rust, PHP). The
 * .NET port, route and health readers strip each source file three times: cached like stripJsComments.
 */
export function stripCComments(text: string): string {
  return strippedC.get(text, t => {
    let out = t
    if (out.includes('/*')) out = out.replace(/\/\*[\s\S]*?\*\//g, blankKeepingLines)
    if (out.includes('//')) out = dropLineComments(out, ':"\'\\')
    return out
  })
}

/**
 * Empties the text-keyed caches; analyze() calls it first. A key left by an earlier analysis of the same
 * file is an equal but distinct string, and a Map compares such keys character by character on every
 * lookup: a second analysis of a 1 MiB route file in one process (the Lambda, the dashboard, benches)
 * took 5–8 s instead of 0.15 s, one full compare per route line.
 */
export function resetTextCaches(): void {
  lineIndex.clear()
  lastText = null
  lastStarts = []
  strippedJs.clear()
  strippedC.clear()
}

/** Removes `#` comments (Python, Ruby, shell, YAML, TOML), keeping line numbers. */
export function stripHashComments(text: string): string {
  return dropHashComments(text)
}
