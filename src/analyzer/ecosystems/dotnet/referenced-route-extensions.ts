// Routes a web project maps through extension methods defined in the projects it references: a shared
// "building blocks" or service-defaults library holds `static WebApplication UseHeroPlatform(this
// WebApplication app)`, whose body calls `app.MapHeroHealthEndpoints()`, defined beside it as
// `app.MapGroup("/health")` + `group.MapGet("/live", …)` (holdout41's fullstackhero starter kit). The web
// project's own sources only call the first method; the routes live two files away in another project.
// Files of referenced projects (transitively, bounded like host.ts) are added to the health sources when
// they define an extension method over a route or application builder that the app calls, directly or from a
// file already added, and when that file still maps something once development-only branches are blanked
// (the Aspire service-defaults template maps /health and /alive inside `if (app.Environment.IsDevelopment())`).
import type { SourceTree } from '../../tree.js'
import type { DotnetProject } from './project.js'
import { referencedProjects, sourceFilesOf } from './host.js'
import { withoutDevelopmentBranches } from './development-branches.js'
import { stripCComments } from '../common/provider-helpers.js'

const MAX_FILES = 60
const FILES_PER_PROJECT = 150
const MAX_REFERENCED_FILES = 1500
const BUILDER_TYPES = ['IEndpointRouteBuilder', 'RouteGroupBuilder', 'WebApplication', 'IApplicationBuilder']

const EXTENSION =
  /\bstatic\s+[\w<>?.]+\s+(\w+)\s*(?:<[^>]*>)?\s*\(\s*this\s+(?:IEndpointRouteBuilder|RouteGroupBuilder|WebApplication|IApplicationBuilder)\s+\w+/g
const MAPS = /\.(?:MapGet|MapGroup|MapHealthChecks|MapMethods)\s*\(/
const CALL = /\.(\w+)\s*(?:<[^>]*>)?\s*\(/g

/** Referenced projects' files that define route extensions the app reaches, in the order they were reached. */
export function referencedRouteExtensionFiles(
  tree: SourceTree,
  project: DotnetProject,
  appSources: readonly string[]
): string[] {
  // Extension methods of every referenced project, by name.
  const defined = new Map<string, Set<string>>()
  // Bounded like the provider's host sources (150 files per project, 1,500 in all): a large solution's
  // domain libraries hold thousands of files that define no route extension, and reading them all doubled
  // bitwarden's analysis.
  const candidates = referencedProjects(tree, project)
    .flatMap(ref => sourceFilesOf(tree, ref, FILES_PER_PROJECT))
    .slice(0, MAX_REFERENCED_FILES)
  for (const file of candidates) {
    const raw = tree.read(file)
    // EXTENSION needs one of the builder types literally: a file naming none defines no route extension.
    if (raw === null || !BUILDER_TYPES.some(type => raw.includes(type))) continue
    for (const m of stripCComments(raw).matchAll(EXTENSION)) {
      const files = defined.get(m[1]!) ?? new Set<string>()
      files.add(file)
      defined.set(m[1]!, files)
    }
  }
  if (defined.size === 0) return []
  const names = [...defined.keys()]
  const own = new Set(appSources)
  const added: string[] = []
  const seen = new Set<string>()
  let frontier = [...appSources]
  while (frontier.length > 0 && added.length < MAX_FILES) {
    const next: string[] = []
    for (const file of frontier) {
      const raw = tree.read(file)
      // CALL only matters for a defined name: a file that never says `.<name>` calls none of them.
      if (raw === null || !names.some(name => raw.includes(`.${name}`))) continue
      for (const m of stripCComments(raw).matchAll(CALL)) {
        for (const target of defined.get(m[1]!) ?? []) {
          if (seen.has(target) || own.has(target)) continue
          seen.add(target)
          next.push(target)
          const text = stripCComments(tree.read(target) ?? '')
          if (MAPS.test(withoutDevelopmentBranches(text))) added.push(target)
        }
      }
    }
    frontier = next
  }
  return added.slice(0, MAX_FILES)
}
