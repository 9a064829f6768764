// A root Procfile whose `web:` process runs one workspace member (`web: yarn workspace @acme/api start`,
// `web: npm start --workspace=packages/api`, `web: pnpm --filter api start`, `web: cd packages/api && npm
// start`): a Heroku-style platform builds the repository and serves that member, so the member is what the
// repository deploys (holdout33's Cypress dashboard: the root Procfile and app.json deploy the director of
// three service members). A worker-only Procfile, or one that runs the root's own scripts, names no member.
import { isRecord } from './manifests.js'
import { joinPath, normalizePath, type SourceTree } from '../tree.js'

export interface ProcfileMember {
  dir: string
  line: number
  text: string
}

/** Selectors of package managers' workspace commands: the captured word names a member (package or folder). */
const SELECTORS = [
  /\byarn\s+workspace\s+(['"]?)([@\w./-]+)\1/,
  /\b(?:npm|pnpm)\b[^\n;&|]*?\s(?:-w|--workspace)(?:=|\s+)(['"]?)([@\w./-]+)\1/,
  /\bpnpm\b[^\n;&|]*?\s(?:-F|--filter)(?:=|\s+)(['"]?)([@\w./-]+)\1/,
  /\b(?:npm|pnpm|yarn)\b[^\n;&|]*?\s(?:--prefix|--cwd|-C|--dir)(?:=|\s+)(['"]?)([\w./-]+)\1/,
  /^\s*cd\s+(['"]?)([\w./-]+)\1\s*&&/
]

export function procfileMember(tree: SourceTree, apps: readonly string[]): ProcfileMember | null {
  const text = tree.read('Procfile')
  if (text === null) return null
  const web = /^web:[ \t]*(.+)$/m.exec(text)
  if (!web) return null
  const command = web[1]!.trim()
  const line = text.slice(0, web.index).split('\n').length
  const dir = memberSelectedBy(tree, apps, command)
  return dir ? { dir, line, text: `web: ${command}` } : null
}

/** The member a workspace command selects (`yarn workspace @acme/api start`, `cd packages/api && …`), or null. */
export function memberSelectedBy(tree: SourceTree, apps: readonly string[], command: string): string | null {
  for (const selector of SELECTORS) {
    const m = selector.exec(command)
    if (!m) continue
    const dir = memberNamed(tree, apps, m[2]!)
    if (dir) return dir
  }
  return null
}

/** The app folder a selector names: its package.json name, else its path. */
function memberNamed(tree: SourceTree, apps: readonly string[], name: string): string | null {
  const asPath = normalizePath(name.replace(/^\.\//, '').replace(/\/+$/, ''))
  for (const dir of apps) {
    if (dir === '.') continue
    if (dir === asPath) return dir
    const pkg = tree.read(joinPath(dir, 'package.json'))
    if (pkg === null) continue
    try {
      const json: unknown = JSON.parse(pkg)
      if (isRecord(json) && json.name === name) return dir
    } catch {
      continue
    }
  }
  return null
}
