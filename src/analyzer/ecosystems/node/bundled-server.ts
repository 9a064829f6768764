// One package that bundles its client and its server (flood: Vite builds the React UI and the server into
// dist/, every dependency is a devDependency because the bundle carries them, and `start` runs `node
// dist/index.js`): Vite only builds files, while what runs is the server framework the sources import
// (fastify). Its start script running a built file with node proves a server runs, not a static build; the
// framework it imports names the app (holdout35 flood: fastify, read as a Vite SPA).
import type { AppContext } from '../../provider.js'
import type { FrameworkMatch } from '../common/framework-score.js'
import type { PackageJson } from './manifest.js'
import type { NodeFrameworkSpec } from './frameworks.js'

/** `node [flags] dist/index.js` in a start script: the file node runs. */
const NODE_RUNS = /(?:^|[\s;&])node\s+(?:-[-\w=.]+\s+)*(?:\.\/)?([\w@./-]+\.[cm]?js)\b/

export interface BundledServer {
  match: FrameworkMatch<NodeFrameworkSpec>
  /** The built file the start script runs. */
  file: string
  /** The source file importing the server framework. */
  importedBy: string
}

/**
 * The server framework of a package whose best match only builds files (Vite) while its start script runs a
 * built file with node (absent from the repository: the build makes it) and its sources import that
 * framework; null otherwise.
 */
export function bundledServer(
  ctx: AppContext,
  pkg: PackageJson | null,
  matches: readonly FrameworkMatch<NodeFrameworkSpec>[]
): BundledServer | null {
  const top = matches[0]
  if (!pkg || !top || top.spec.kind !== 'static') return null
  const file = NODE_RUNS.exec(pkg.scripts.start ?? '')?.[1]
  if (!file || ctx.has(file)) return null
  const servers = matches.filter(m => m.spec.kind === 'server')
  if (servers.length === 0) return null
  for (const source of ctx.sourceFiles(['.ts', '.js', '.mts', '.mjs', '.cjs'], 400)) {
    if (
      /(?:^|\/)(?:tests?|__tests__|e2e|fixtures|scripts)\//.test(source) ||
      /\.(?:test|spec)\./.test(source)
    )
      continue
    const text = ctx.tree.read(source) ?? ''
    for (const match of servers) {
      const imported = match.spec.dependencies.some(d => {
        const name = d.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
        return new RegExp(`(?:from\\s+|require\\(\\s*|import\\(\\s*)['"]${name}['"]`).test(text)
      })
      if (imported) return { match, file, importedBy: source }
    }
  }
  return null
}
