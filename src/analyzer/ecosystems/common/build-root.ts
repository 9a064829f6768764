// Multi-module builds (Maven modules, Gradle subprojects, Cargo workspaces, .NET solutions) build from
// their root: the reactor, settings.gradle, the workspace Cargo.toml or the solution needs every module's
// build file, so the Dockerfile copies all of them before the source to keep the dependency layer cached.
import { basename } from '../../tree.js'
import type { SourceTree } from '../../tree.js'
import type { AppContext } from '../../provider.js'
import type { Hints } from '../../hints.js'

/** Build output and dependency folders never hold a build file the build needs. */
const SKIP = /(^|\/)(node_modules|target|build|bin|obj|out|\.git|\.gradle|\.idea|\.vs)\//
const MAX_MANIFESTS = 200

/**
 * `buildRoot` and `buildManifests` (paths relative to the root) for a module of a multi-module build, or
 * an empty object when the app is not below a separate build root.
 */
export function buildRootHints(ctx: AppContext, root: string, isManifest: (name: string) => boolean): Hints {
  if (root === ctx.dir || (root !== '.' && !ctx.dir.startsWith(`${root}/`))) return {}
  return { buildRoot: root, buildManifests: [...rootManifests(ctx.tree, root, isManifest)] }
}

// Every member of one build root lists the same manifests: walk the root's files once per tree (a .NET
// solution of 30 projects walked its 5,000 files 30 times), the cheap name test before the path test.
const manifestsByTree = new WeakMap<SourceTree, Map<(name: string) => boolean, Map<string, string[]>>>()
function rootManifests(tree: SourceTree, root: string, isManifest: (name: string) => boolean): string[] {
  let byKind = manifestsByTree.get(tree)
  if (!byKind) manifestsByTree.set(tree, (byKind = new Map()))
  let byRoot = byKind.get(isManifest)
  if (!byRoot) byKind.set(isManifest, (byRoot = new Map()))
  const known = byRoot.get(root)
  if (known) return known
  const prefix = root === '.' ? '' : `${root}/`
  const manifests = tree
    .filesUnder(root)
    .map(file => file.path.slice(prefix.length))
    .filter(rel => isManifest(basename(rel)) && !SKIP.test(rel))
    .sort()
    .slice(0, MAX_MANIFESTS)
  byRoot.set(root, manifests)
  return manifests
}

export const MAVEN_MANIFEST = (name: string): boolean => name === 'pom.xml'
export const GRADLE_MANIFEST = (name: string): boolean =>
  /^(build|settings)\.gradle(\.kts)?$/.test(name) ||
  name === 'gradle.properties' ||
  name.endsWith('.versions.toml')
export const CARGO_MANIFEST = (name: string): boolean => name === 'Cargo.toml' || name === 'Cargo.lock'
export const DOTNET_MANIFEST = (name: string): boolean =>
  /\.(cs|fs|vb)proj$/.test(name) ||
  /^Directory\.(Build|Packages)\.(props|targets)$/.test(name) ||
  /^nuget\.config$/i.test(name) ||
  name === 'global.json'
