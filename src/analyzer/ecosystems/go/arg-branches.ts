// A CLI that listens on one address when given arguments and on another otherwise (`serve [domain]`:
// `if len(args) > 0 { addr = "0.0.0.0:80" } else { addr = "127.0.0.1:8090" }`) runs, as deployed, without
// them: the default on the no-argument path outranks a value assigned only on the with-arguments path.
import type { Candidate } from '../../candidate.js'
import type { SourceTree } from '../../tree.js'
import { DEMOTION } from '../../precedence.js'

/** A condition true when the command got positional arguments: `len(args) > 0`, `flag.NArg() > 0`. */
const ARGS_PRESENT =
  /\blen\(\s*(?!os\.)(?:\w+\.)?[Aa]rgs(?:\(\))?\s*\)\s*(?:>\s*0|!=\s*0|>=\s*1)|\blen\(\s*os\.Args\s*\)\s*(?:>\s*1|!=\s*1|>=\s*2)|\bN[Aa]rgs?\(\)\s*(?:>\s*0|!=\s*0|>=\s*1)/
/** A condition true when it got none: `len(args) == 0`, `flag.NArg() == 0`, `len(os.Args) < 2`. */
const ARGS_ABSENT =
  /\blen\(\s*(?!os\.)(?:\w+\.)?[Aa]rgs(?:\(\))?\s*\)\s*(?:==\s*0|<\s*1)|\blen\(\s*os\.Args\s*\)\s*(?:==\s*1|<\s*2|<=\s*1)|\bN[Aa]rgs?\(\)\s*(?:==\s*0|<\s*1)/

/** Index of the `{` opening the block that encloses `pos`, or -1. */
function enclosingOpen(text: string, pos: number): number {
  let depth = 0
  for (let i = pos - 1; i >= 0; i--) {
    const ch = text[i]
    if (ch === '}') depth++
    else if (ch === '{') {
      if (depth === 0) return i
      depth--
    }
  }
  return -1
}

/** The text of the line up to `pos` (a block header: `if len(args) > 0 `, `} else `). */
function headerBefore(text: string, pos: number): string {
  return text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos)
}

/** Where code sits relative to the nearest enclosing argument-count test: that test's `{`, and which side. */
export interface ArgumentBranch {
  /** Offset of the `{` opening the if-branch of the test (both sides of one test share it). */
  test: number
  withArguments: boolean
}

/**
 * The nearest enclosing block (up to the function) that is a side of an argument-count test: the then-branch
 * of `if len(args) > 0 {` (with arguments) or of `if len(args) == 0 {` (without), or the `} else {` of one.
 */
export function argumentBranch(text: string, pos: number): ArgumentBranch | null {
  for (let open = enclosingOpen(text, pos); open >= 0; open = enclosingOpen(text, open)) {
    const header = headerBefore(text, open)
    if (/\bfunc\b/.test(header)) return null
    if (/^\s*\}\s*else\s*$/.test(header)) {
      // `} else {`: the `}` closes the if-branch; its header holds the condition this branch negates.
      const ifOpen = enclosingOpen(text, text.lastIndexOf('}', open))
      const test = ifOpen >= 0 ? headerBefore(text, ifOpen) : ''
      if (ARGS_PRESENT.test(test)) return { test: ifOpen, withArguments: false }
      if (ARGS_ABSENT.test(test)) return { test: ifOpen, withArguments: true }
    } else if (/\bif\b/.test(header)) {
      if (ARGS_PRESENT.test(header)) return { test: open, withArguments: true }
      if (ARGS_ABSENT.test(header)) return { test: open, withArguments: false }
    }
  }
  return null
}

function lineOffset(text: string, line: number): number {
  let pos = 0
  for (let n = 1; n < line && pos >= 0; n++) pos = text.indexOf('\n', pos) + 1 || -1
  return Math.max(pos, 0)
}

/**
 * Demotes a port candidate every code sighting of which sits on the with-arguments side of an argument-count
 * test whose other side assigns another candidate (see argumentBranch): the no-argument default ranks first.
 * A port assigned only when arguments are given, with nothing on the other side, keeps its rank (the
 * arguments may be a subcommand). `preprocess` is the one findPorts used (it keeps line numbers).
 */
export function argumentPathLast(
  tree: SourceTree,
  found: Candidate<number>[],
  preprocess: (text: string) => string
): Candidate<number>[] {
  const texts = new Map<string, string | null>()
  const source = (file: string): string | null => {
    if (!texts.has(file)) {
      const raw = tree.read(file)
      texts.set(file, raw === null ? null : preprocess(raw))
    }
    return texts.get(file)!
  }
  const branches = found.map(c =>
    c.evidence
      .filter(e => e.line > 0)
      .map(e => {
        const text = source(e.file)
        return { file: e.file, at: text === null ? null : argumentBranch(text, lineOffset(text, e.line)) }
      })
  )
  const noArguments = branches
    .flat()
    .filter(b => b.at !== null && !b.at.withArguments)
    .map(b => `${b.file}:${b.at!.test}`)
  return found.map((c, i) => {
    const sightings = branches[i]!
    const demote =
      sightings.length > 0 &&
      sightings.every(b => b.at?.withArguments === true && noArguments.includes(`${b.file}:${b.at.test}`))
    return demote ? { ...c, confidence: c.confidence - DEMOTION.indirect } : c
  })
}
