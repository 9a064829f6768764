// Whether the root .dockerignore may prune the analyzer's walk. It does (scan.ts) because the analysis
// describes what the image is built from: folders the build context leaves out (test data, examples,
// docs, local fixtures) are not the app and must not add candidate apps or signals. But some projects'
// root context is an allow-list of prebuilt release artifacts (`*`, then `!app-linux-*`, `!LICENSE`,
// `!entrypoint.sh`): the Dockerfile COPYs a binary CI built, and that context says nothing about where
// the source is. Applied to the walk it hid every source folder, so the repository's own app vanished
// (a Go module without a main package, no version, no health route). Such a context is recognised by
// keeping no folder of the repository and none of its root manifests. A folder the context keeps only for
// the Dockerfile's own support files (Quarkus generates `*`, `!target/quarkus-app/*`,
// `!src/main/docker/include/*`: the entrypoint scripts beside `src/main/docker/Dockerfile.jvm`) holds no
// source the image is built from, so it counts as left out.
import type { DockerignoreMatcher } from '../build/dockerignore.js'
import { DOCKERFILE_FOLDERS } from './signals/shared.js'

/**
 * Root files that declare an app's sources (the providers' manifests, kept here as names only: the scan
 * knows no ecosystem). A context keeping one of them holds the app's source.
 */
const SOURCE_MANIFEST = new RegExp(
  '^(?:package\\.json|deno\\.jsonc?|go\\.mod|go\\.work|Cargo\\.toml|pyproject\\.toml|requirements\\.txt|' +
    'Pipfile|setup\\.py|Gemfile|gems\\.rb|composer\\.json|pom\\.xml|build\\.gradle(?:\\.kts)?|mix\\.exs|' +
    '.+\\.(?:csproj|fsproj|sln))$'
)

/** A root entry as the walk lists it. */
export interface RootEntry {
  name: string
  isDirectory: boolean
}

/**
 * True when the root .dockerignore's context holds only artifacts: every folder at the root is pruned
 * (folders in `skipped`, such as node_modules, do not count) and no root source manifest is kept. A
 * repository without folders is never such a context (there is nothing for the rule to give back).
 */
export function isArtifactContext(
  matcher: DockerignoreMatcher,
  entries: readonly RootEntry[],
  skipped: ReadonlySet<string>
): boolean {
  const folders = entries.filter(e => e.isDirectory && !skipped.has(e.name))
  if (folders.length === 0) return false
  if (folders.some(f => !matcher.prunes(f.name) && !keepsOnlyDockerSupport(matcher, f.name))) return false
  return !entries.some(e => !e.isDirectory && SOURCE_MANIFEST.test(e.name) && !matcher.excludes(e.name))
}

/**
 * The folder is left out but for paths inside a Dockerfile folder (`src/main/docker/`, `docker/`): what
 * the context brings back there are the image's scripts and configuration, not the app's sources.
 */
function keepsOnlyDockerSupport(matcher: DockerignoreMatcher, folder: string): boolean {
  if (!matcher.excludes(folder)) return false
  const kept = matcher.reincludedPrefixes(folder)
  return (
    kept.length > 0 &&
    kept.every(prefix =>
      DOCKERFILE_FOLDERS.some(d => d.split('/')[0] === folder && prefix.startsWith(`${d}/`))
    )
  )
}
