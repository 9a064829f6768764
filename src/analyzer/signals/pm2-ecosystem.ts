// A root Dockerfile that runs pm2 (`pm2-runtime start ecosystem.config.js`) ships the apps its ecosystem
// file lists: each entry's `cwd` is a member folder (`cwd: "./packages/back-end"`). The first entry is the
// process the file leads with — the app the image is built around (the API before the UI it serves, a
// worker after them).
import type { SourceTree } from '../tree.js'
import { joinPath } from '../tree.js'

/** `pm2-runtime start ecosystem.config.js`, `pm2 start process.json --no-daemon`, `node …/pm2/bin/pm2-runtime x.yml`. */
const PM2_RUN =
  /(?:^|[\s/])pm2(?:-runtime|-docker)?\s+(?:(?:start|startOrReload|reload)\s+)?(?:--?[\w-]+\s+)*(["']?)([\w./-]+\.(?:config\.[cm]?js|json|ya?ml|[cm]?js))\1/
const CWD = /\bcwd\s*["']?\s*:\s*["'](?:\.\/)?([\w./@-]+?)\/?["']/g
const MAX_ECOSYSTEM_BYTES = 128 * 1024

/** The ecosystem file a start command runs pm2 with, as a repository path (relative to `dir`), or null. */
export function pm2EcosystemFile(command: string, dir: string, tree: SourceTree): string | null {
  const m = PM2_RUN.exec(command)
  if (!m) return null
  const path = joinPath(dir, m[2]!.replace(/^\.\//, ''))
  return tree.has(path) ? path : null
}

/** The member folders an ecosystem file's apps run in (`cwd`), in file order, relative to the repository. */
export function pm2AppDirs(tree: SourceTree, file: string, dir: string): string[] {
  const text = tree.read(file)
  if (text === null || text.length > MAX_ECOSYSTEM_BYTES) return []
  const out: string[] = []
  for (const m of text.matchAll(CWD)) {
    const rel = m[1]!
    if (rel.includes('..') || rel.startsWith('/')) continue
    const member = joinPath(dir, rel)
    if (member !== dir && !out.includes(member)) out.push(member)
  }
  return out
}
