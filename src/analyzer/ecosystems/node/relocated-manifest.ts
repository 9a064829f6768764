// A package.json kept in a subfolder that describes the app in the folder above: NodeBB keeps its manifest in
// install/package.json (`"start": "node loader.js"`, `"main": "app.js"`), has none at the repository root,
// and its own image copies it there (`cp install/package.json .`) before `npm install`. The files the
// manifest starts are at the root, not in install/. A generated image built in install/ has no loader.js;
// one built at the root without the copy has no manifest. The generator builds from the folder above with
// the manifest copied in.
import type { SourceTree } from '../../tree.js'
import { dirname, joinPath, normalizePath } from '../../tree.js'
import type { PackageJson } from './manifest.js'

export interface RelocatedManifest {
  /** The folder the app runs in: the manifest folder's parent (`.`). */
  root: string
  /** The start entry the manifest names, relative to that folder (`loader.js`). */
  entry: string
  /** Where the manifest names it (the start script, else `main`). */
  key: 'scripts.start' | 'main'
}

/** The file a `node <file>` start script runs (`node loader.js`, `node --max-old-space-size=4096 app.js`). */
function startFile(script: string | undefined): string | null {
  if (!script) return null
  const m = /^node\s+(?:--?[\w-]+(?:=\S+)?\s+)*([\w./-]+\.[cm]?js)\b/.exec(script.trim())
  return m ? m[1]! : null
}

/**
 * The folder above `dir` when `dir`'s package.json names a start entry that is missing from `dir` but present
 * in its parent, and the parent has no package.json of its own; else null. The parent must not hold a
 * manifest: then the subfolder would be a package of its own.
 */
export function relocatedManifest(tree: SourceTree, dir: string, pkg: PackageJson): RelocatedManifest | null {
  if (dir === '.' || dir === '') return null
  const root = dirname(dir)
  if (tree.has(joinPath(root, 'package.json'))) return null
  const main = typeof pkg.json.main === 'string' ? pkg.json.main : undefined
  // The start script's file decides when there is one; `main` only without it.
  const start = startFile(pkg.scripts.start)
  const [file, key]: [string | null, RelocatedManifest['key']] = start
    ? [start, 'scripts.start']
    : [main ?? null, 'main']
  if (!file || file.startsWith('/') || file.split('/').includes('..')) return null
  const entry = normalizePath(file)
  if (tree.has(joinPath(dir, entry)) || !tree.has(joinPath(root, entry))) return null
  return { root, entry, key }
}
