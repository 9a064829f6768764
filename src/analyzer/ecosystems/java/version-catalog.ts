// Gradle version catalogs: `gradle/libs.versions.toml` at the build's root names each library and plugin
// once (`spring-starter-actuator = { module = "org.springframework.boot:spring-boot-starter-actuator" }`),
// and build scripts use the generated accessors (`implementation libs.spring.starter.actuator`). The alias
// is the project's own choice, so the coordinate is read from the catalog instead of guessed from the name.
import { isRecord, parseTomlFile } from '../../signals/manifests.js'
import type { SourceTree } from '../../tree.js'
import { joinPath } from '../../tree.js'

export interface VersionCatalog {
  /** Normalised alias (`spring-starter-actuator`) → `group:artifact`. */
  libraries: Map<string, string>
  /** Normalised alias (`spring-boot`) → plugin id (`org.springframework.boot`). */
  plugins: Map<string, string>
}

const CATALOG = 'gradle/libs.versions.toml'
/** How many folders above the module are searched for the catalog (a build root rarely sits higher). */
const MAX_LEVELS = 4

/**
 * `spring.starter.actuator`, `spring-starter-actuator`, `spring_starter_actuator`: Gradle maps `-`, `_` and
 * `.` in an alias to the same accessor, so all three are one key.
 */
export function catalogKey(alias: string): string {
  return alias.replace(/[-_.]/g, '-').toLowerCase()
}

/** The catalog of the Gradle build `dir` belongs to: `dir/gradle/libs.versions.toml` or an ancestor's. */
export function versionCatalogFor(tree: SourceTree, dir: string): VersionCatalog | null {
  let current = dir
  for (let level = 0; level <= MAX_LEVELS; level++) {
    const path = joinPath(current, CATALOG)
    if (tree.has(path)) return readCatalog(tree, path)
    if (current === '.' || current === '') break
    const slash = current.lastIndexOf('/')
    current = slash < 0 ? '.' : current.slice(0, slash)
  }
  return null
}

function readCatalog(tree: SourceTree, path: string): VersionCatalog | null {
  const parsed = parseTomlFile(tree, path)
  if (!parsed?.ok || !isRecord(parsed.value)) return null
  const libraries = new Map<string, string>()
  const plugins = new Map<string, string>()
  const libs = parsed.value.libraries
  if (isRecord(libs))
    for (const [alias, entry] of Object.entries(libs)) {
      const coordinate = libraryCoordinate(entry)
      if (coordinate) libraries.set(catalogKey(alias), coordinate)
    }
  const plugs = parsed.value.plugins
  if (isRecord(plugs))
    for (const [alias, entry] of Object.entries(plugs)) {
      const id = typeof entry === 'string' ? entry.split(':')[0] : isRecord(entry) ? entry.id : undefined
      if (typeof id === 'string' && /^[\w.-]+$/.test(id)) plugins.set(catalogKey(alias), id)
    }
  return { libraries, plugins }
}

/** `"g:a:1.0"`, `{ module = "g:a" }`, `{ group = "g", name = "a" }` → `g:a`. */
function libraryCoordinate(entry: unknown): string | null {
  const module =
    typeof entry === 'string'
      ? entry
      : isRecord(entry) && typeof entry.module === 'string'
        ? entry.module
        : isRecord(entry) && typeof entry.group === 'string' && typeof entry.name === 'string'
          ? `${entry.group}:${entry.name}`
          : null
  const m = module ? /^([\w.-]+):([\w.-]+)/.exec(module) : null
  return m ? `${m[1]}:${m[2]}` : null
}
