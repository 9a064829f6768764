// Start commands that run a Makefile target (Procfile `web: make run`, `CMD ["make", "serve"]`): make runs the
// target's recipe, and the recipe's last line is the process that stays running (`python -m manage runserver
// 0.0.0.0:8000`), so that is the command to report, with the recipe line as evidence. Prerequisites are build
// steps make finishes first. Variables the Makefile assigns at top level (`PORT ?= 9000`, `PYTHON := python3`)
// are filled in; a recipe that still needs a variable the Makefile does not assign is not followed.
import type { Evidence } from '../report.js'
import type { RepoFileReader } from './script-files.js'

const MAKEFILES = ['Makefile', 'makefile', 'GNUmakefile']

/** `make run`, `make -s serve`, `make -C server run`, `gmake start`: one target, options before it. */
const MAKE_COMMAND = /^(?:\S*\/)?g?make((?:\s+-[a-zA-Z-]+(?:\s+(?!-)\S+)??)*)\s+([A-Za-z0-9_][\w.-]*)\s*$/

/** The last recipe line of the target a lone `make <target>` command runs, or null. */
export function makeTargetCommand(
  command: string,
  baseDir: string,
  readFile: RepoFileReader
): { command: string; evidence: Evidence } | null {
  const m = MAKE_COMMAND.exec(command.trim())
  if (!m) return null
  const options = m[1]!.trim()
  // Only `-C dir` (run in another folder) and flags without a value (`-s`, `--no-print-directory`).
  const chdir = /(?:^|\s)-C\s+(\S+)/.exec(options)?.[1]
  if (options.replace(/(?:^|\s)-C\s+\S+/, '').match(/(?:^|\s)-[fIjlo]\b/)) return null
  const dir = chdir ? join(baseDir, chdir) : baseDir
  for (const name of MAKEFILES) {
    const path = dir === '.' ? name : `${dir}/${name}`
    const text = readFile(path)
    if (text === null) continue
    return recipeCommand(path, text, m[2]!)
  }
  return null
}

function join(base: string, rel: string): string {
  const parts = base === '.' ? [] : base.split('/')
  for (const p of rel.replace(/\/+$/, '').split('/')) {
    if (p === '' || p === '.') continue
    if (p === '..') parts.pop()
    else parts.push(p)
  }
  return parts.length ? parts.join('/') : '.'
}

function recipeCommand(
  path: string,
  text: string,
  target: string
): { command: string; evidence: Evidence } | null {
  const lines = text.split('\n')
  const variables = new Map<string, string>()
  for (const line of lines) {
    const v = /^(?:export\s+)?([A-Za-z_][\w]*)\s*(?:\?|:|::)?=\s*(.*?)\s*$/.exec(line)
    if (v && !variables.has(v[1]!)) variables.set(v[1]!, v[2]!.replace(/\s+#.*$/, ''))
  }
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const rule = new RegExp(`^(?:[\\w./-]+\\s+)*${escaped}(?:\\s+[\\w./-]+)*\\s*::?(?!=)(.*)$`)
  const start = lines.findIndex(l => rule.test(l))
  if (start < 0) return null
  // A recipe written on the rule line (`run: ; python app.py`) or on the tab-indented lines after it.
  const inline = /^[^;]*;\s*(.+)$/.exec(rule.exec(lines[start]!)![1]!)?.[1]
  let last: { text: string; line: number } | null = inline ? { text: inline, line: start + 1 } : null
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '') continue
    if (!line.startsWith('\t')) break
    let recipe = line.slice(1)
    const first = i
    while (recipe.endsWith('\\') && i + 1 < lines.length)
      recipe = `${recipe.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`
    if (/^\s*#/.test(recipe)) continue
    last = { text: recipe, line: first + 1 }
  }
  if (!last) return null
  const expanded = expand(last.text.replace(/^[@+-]+\s*/, ''), variables)
  if (expanded === null || expanded === '') return null
  return { command: expanded, evidence: { file: path, line: last.line, text: lines[last.line - 1]!.trim() } }
}

/** Stands for a `$$` while variables are filled in. */
const DOLLAR = '\uFFFF'

/** `$(VAR)`/`${VAR}` from the Makefile's assignments (`$(MAKE)` is make), `$$` to `$`; null if one is unknown. */
function expand(recipe: string, variables: ReadonlyMap<string, string>, depth = 0): string | null {
  if (depth > 4) return null
  let unknown = false
  const out = recipe.replace(
    /\$\$|\$\(([A-Za-z_]\w*)\)|\$\{([A-Za-z_]\w*)\}|\$\(/g,
    (all, a?: string, b?: string) => {
      if (all === '$$') return DOLLAR
      const name = a ?? b
      if (name === 'MAKE') return 'make'
      const value = name === undefined ? undefined : variables.get(name)
      if (value === undefined) {
        unknown = true
        return all
      }
      return expand(value, variables, depth + 1) ?? ((unknown = true), all)
    }
  )
  return unknown ? null : out.split(DOLLAR).join('$').trim()
}
