// A Dockerfile kept in a project's Dockerfile folder (`docker/Dockerfile`, `deploy/Dockerfile`) that is built
// with the enclosing folder as its context is that project's image, not an app of the `docker` folder: the
// repository root (or the app above) is built, only the recipe lives apart. The Dockerfile-only provider
// asks this before reporting such a folder as an app; a folder whose Dockerfile uses its own files (an
// nginx image with its config beside it) stays an app.
import { getPath, isRecord, parseYamlFile } from './manifests.js'
import { builtDirs, composeFilesIn } from './compose.js'
import { copiesFromAppFolder } from './shared.js'
import type { SourceTree } from '../tree.js'

/**
 * True when `dir`'s Dockerfile (at `dockerfile`) builds `enclosing`: it COPYs sources found in `enclosing` and
 * not in `dir`, or a compose file in either folder builds it with another folder as the context
 * (`context: ..`, `dockerfile: docker/Dockerfile`).
 */
export function buildsEnclosingFolder(
  tree: SourceTree,
  dir: string,
  dockerfile: string,
  enclosing: string
): boolean {
  const text = tree.read(dockerfile)
  if (text !== null && copiesFromAppFolder(tree, enclosing, dir, text)) return true
  for (const path of composeFilesIn(tree, [dir, enclosing])) {
    const parsed = parseYamlFile(tree, path)
    const services = parsed?.ok ? getPath(parsed.value, 'services') : undefined
    if (!isRecord(services)) continue
    const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.'
    for (const svc of Object.values(services)) {
      if (!isRecord(svc)) continue
      const [context, dockerfileDir] = builtDirs(base, svc)
      if (context !== undefined && context !== dir && dockerfileDir === dir) return true
    }
  }
  return false
}
