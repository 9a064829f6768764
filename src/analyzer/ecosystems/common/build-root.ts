// Multi-module builds (Maven modules, Gradle subprojects, Cargo workspaces, .NET solutions) build from
// their root: the reactor, settings.gradle, the workspace Cargo.toml or the solution needs every module's
// build file, so the Dockerfile copies all of them before the source to keep the dependency layer cached.
import { basename } from '../../tree.js'
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
  const prefix = root === '.' ? '' : `${root}/`
  const manifests = ctx.tree
    .filesUnder(root)
    .map(file => file.path.slice(prefix.length))
    .filter(rel => !SKIP.test(rel) && isManifest(basename(rel)))
    .sort()
    .slice(0, MAX_MANIFESTS)
  return { buildRoot: root, buildManifests: manifests }
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
