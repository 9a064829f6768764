// A workspace root's Dockerfile that runs a root package.json script (`CMD ["pnpm", "start"]` in the
// repository root's WORKDIR) whose script hands over to one member (`pnpm --filter ./apps/server run
// start:prod`, `cd packages/core && npm start`, `npm run start -w server`, `yarn workspace @x/server start`):
// in the member, that is the member's own script. Reported as such, since `pnpm start` read in the member
// would name the member's `start` (often its development server).

import type { Evidence } from '../report.js'
import type { SourceTree } from '../tree.js'
import { joinPath } from '../tree.js'
import { keyEvidence } from './evidence.js'

const RUN = /^(npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)\s*$/

/**
 * The member-level command for `command` run at `root` (the Dockerfile's folder) when the root script it
 * names runs script S of the member `dir` and nothing else: `<manager> run S` with the root script as
 * evidence. Null otherwise.
 */
export function memberScriptCommand(
  tree: SourceTree,
  root: string,
  dir: string,
  command: string
): { command: string; evidence: Evidence } | null {
  if (root === dir) return null
  const m = RUN.exec(command.trim())
  if (!m) return null
  const rootPath = joinPath(root, 'package.json')
  const scripts = scriptsOf(tree.read(rootPath))
  const script = scripts?.[m[2]!]
  if (typeof script !== 'string') return null
  const member = root === '.' ? dir : dir.startsWith(`${root}/`) ? dir.slice(root.length + 1) : null
  if (member === null) return null
  const name = nameOf(tree.read(joinPath(dir, 'package.json')))
  const target = memberScript(script, member, name)
  if (!target || !(target in (scriptsOf(tree.read(joinPath(dir, 'package.json'))) ?? {}))) return null
  const manager = m[1]!
  // The same script name in the member (`cd packages/core && npm start` for `npm run start`): as written.
  const run =
    target === m[2] ? command.trim() : target === 'start' ? `${manager} start` : `${manager} run ${target}`
  return { command: run, evidence: keyEvidence(rootPath, tree.read(rootPath)!, m[2]!) }
}

/** The member script a root script runs, when it runs one script of `member` (by folder or package name). */
function memberScript(script: string, member: string, name: string | null): string | null {
  const s = script.trim()
  if (/&&|\|\||;/.test(s.replace(/^cd\s+\S+\s*&&\s*/, ''))) return null
  const isMember = (sel: string): boolean => {
    const v = sel
      .replace(/^["']|["']$/g, '')
      .replace(/^\.\//, '')
      .replace(/\/+$/, '')
    return v === member || (name !== null && v === name)
  }
  const cd = /^cd\s+(\S+)\s*&&\s*(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)\s*$/.exec(s)
  if (cd) return isMember(cd[1]!) ? cd[2]! : null
  const words = s.split(/\s+/)
  if (!/^(?:npm|pnpm|yarn|bun)$/.test(words[0]!)) return null
  let selector: string | null = null
  let target: string | null = null
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    const flag = /^(--filter|-F|--dir|-C|-w|--workspace|--cwd)(?:=(.+))?$/.exec(w)
    if (flag) {
      // Two selectors (`--filter api --filter worker`) run the script in both: no single member's.
      if (selector !== null) return null
      selector = flag[2] ?? words[++i] ?? null
      continue
    }
    if (words[0] === 'yarn' && w === 'workspace' && selector === null && target === null) {
      selector = words[++i] ?? null
      continue
    }
    if ((w === 'run' || w === 'run-script') && target === null) continue
    // Another option or a second word (arguments to the script): not a plain hand-over.
    if (w.startsWith('-') || target !== null) return null
    target = w
  }
  return selector !== null && target !== null && isMember(selector) ? target : null
}

function scriptsOf(text: string | null): Record<string, unknown> | null {
  const manifest = parse(text)
  const scripts = manifest?.scripts
  return scripts && typeof scripts === 'object' ? (scripts as Record<string, unknown>) : null
}

function nameOf(text: string | null): string | null {
  const name = parse(text)?.name
  return typeof name === 'string' ? name : null
}

function parse(text: string | null): Record<string, unknown> | null {
  if (text === null) return null
  try {
    const v = JSON.parse(text) as unknown
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}
