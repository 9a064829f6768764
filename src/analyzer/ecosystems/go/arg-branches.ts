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

/**
 * Whether the code at `pos` runs only when the command got positional arguments: some enclosing block (up to
 * the function) is the then-branch of an arguments-present test, or the else-branch of an arguments-absent one.
 */
export function onlyWithArguments(text: string, pos: number): boolean {
  for (let open = enclosingOpen(text, pos); open >= 0; open = enclosingOpen(text, open)) {
    const header = headerBefore(text, open)
    if (/\bfunc\b/.test(header)) return false
    const elseOf = /^\s*\}\s*else\s*$/.exec(header)
    if (elseOf) {
      // `} else {`: the `}` closes the if-branch; its header holds the condition this branch negates.
      const close = text.lastIndexOf('}', open)
      const ifOpen = enclosingOpen(text, close)
      if (ifOpen >= 0 && ARGS_ABSENT.test(headerBefore(text, ifOpen))) return true
    } else if (/\bif\b/.test(header) && ARGS_PRESENT.test(header)) return true
  }
  return false
}

function lineOffset(text: string, line: number): number {
  let pos = 0
  for (let n = 1; n < line && pos >= 0; n++) pos = text.indexOf('\n', pos) + 1 || -1
  return Math.max(pos, 0)
}

/**
 * Demotes port candidates every code sighting of which sits on the with-arguments path (see
 * onlyWithArguments), so the no-argument default ranks first. `preprocess` is the one findPorts used (it
 * keeps line numbers); candidates without code evidence are left as they are.
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
  return found.map(c => {
    const lines = c.evidence.filter(e => e.line > 0)
    if (lines.length === 0) return c
    const withArgs = lines.every(e => {
      const text = source(e.file)
      return text !== null && onlyWithArguments(text, lineOffset(text, e.line))
    })
    return withArgs ? { ...c, confidence: c.confidence - DEMOTION.indirect } : c
  })
}
