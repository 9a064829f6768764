// A folder that is an app of its own (not a workspace shell) whose Dockerfile installs that folder's own
// manifest ships that folder: audiobookshelf's root Dockerfile runs `COPY index.js package* /server` and
// `node index.js`, and builds the Nuxt `client/` only in a stage whose output it copies as static files.
// The member built in a stage is an asset of the image, not the app it runs.
import type { SourceTree } from '../tree.js'
import { joinPath } from '../tree.js'
import { INSTALL_MANIFESTS, isOwnApp } from './compose.js'
import { dockerInstructions } from './dockerfile.js'
import { workspaceRootConfigs } from './turbo-package.js'

/** True when `dir` is an app of its own, no JS workspace root, and `dockerfileText` copies its manifest. */
export function shipsStandaloneParent(tree: SourceTree, dir: string, dockerfileText: string): boolean {
  if (!isOwnApp(tree, dir) || isJsWorkspaceRoot(tree, dir)) return false
  const manifests = INSTALL_MANIFESTS.filter(m => tree.has(joinPath(dir, m)))
  if (manifests.length === 0) return false
  for (const ins of dockerInstructions(dockerfileText)) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.args.startsWith('[')) continue
    if (/(?:^|\s)--from=/.test(ins.args)) continue
    const words = ins.args.split(/\s+/).filter(w => w && !w.startsWith('--'))
    for (const source of words.slice(0, -1)) {
      const name = source.replace(/^\.?\//, '')
      if (name.includes('/') || name.includes('$')) continue
      const glob = new RegExp(
        `^${name
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`
      )
      if (manifests.some(m => glob.test(m))) return true
    }
  }
  return false
}

/** A JS workspace shell: pnpm-workspace.yaml, a lerna/nx/turbo config, or `workspaces` in package.json. */
function isJsWorkspaceRoot(tree: SourceTree, dir: string): boolean {
  if (tree.has(joinPath(dir, 'pnpm-workspace.yaml'))) return true
  if (
    workspaceRootConfigs(
      f => tree.has(joinPath(dir, f)),
      f => tree.read(joinPath(dir, f))
    ).length > 0
  )
    return true
  return /"workspaces"\s*:/.test(tree.read(joinPath(dir, 'package.json')) ?? '')
}
