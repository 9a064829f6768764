// The executable that hosts ASP.NET Core from libraries: a console project (`<OutputType>Exe`, plain
// `Microsoft.NET.Sdk`) whose ProjectReferences bring in the web parts — a host library that builds the web
// host (`ConfigureWebHost`, `WebHost.CreateDefaultBuilder`, `WebApplication.CreateBuilder`, `UseKestrel`) and
// Web SDK or AspNetCore-referencing libraries with the controllers. That executable is the app (Sonarr's
// NzbDrone.Console → NzbDrone.Host → Sonarr.Http); its routes and port defaults live in the referenced
// projects' sources.
import type { SourceTree } from '../../tree.js'
import { dirname } from '../../tree.js'
import { evidenceAt } from '../../signals/evidence.js'
import type { Evidence } from '../../report.js'
import { parseProject, type DotnetProject } from './project.js'

/** How far and how wide references are followed: a solution's dependency graph, not the NuGet world. */
const MAX_DEPTH = 4
const MAX_PROJECTS = 40

const WEB_HOST =
  /\b(?:ConfigureWebHost(?:Defaults)?|WebHost\.CreateDefaultBuilder|WebApplication\.Create(?:Builder|SlimBuilder)?|UseKestrel)\s*\(/

export interface WebHostReferences {
  /** The referenced projects, nearest first (the executable itself excluded). */
  projects: DotnetProject[]
  /** The line that builds the web host, in a referenced project's source. */
  hostEvidence: Evidence
}

/** The projects `project` references, transitively (test projects left out), nearest first; bounded. */
export function referencedProjects(tree: SourceTree, project: DotnetProject): DotnetProject[] {
  const seen = new Set([project.file])
  const out: DotnetProject[] = []
  let frontier = project.projectRefs
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = []
    for (const file of frontier) {
      if (seen.has(file) || seen.size > MAX_PROJECTS) continue
      seen.add(file)
      const text = tree.read(file)
      if (text === null) continue
      const ref = parseProject(file, text)
      if (ref.isTest) continue
      out.push(ref)
      next.push(...ref.projectRefs)
    }
    frontier = next
  }
  return out
}

/** Projects an executable references (transitively), with the web host one of them builds, or null. */
export function webHostReferences(tree: SourceTree, exe: DotnetProject): WebHostReferences | null {
  const projects = referencedProjects(tree, exe)
  const isWeb = (p: DotnetProject): boolean =>
    p.sdk.startsWith('Microsoft.NET.Sdk.Web') ||
    [...p.deps.keys()].some(k => /^Microsoft\.AspNetCore(?:\.|$)/.test(k))
  if (!projects.some(isWeb)) return null
  for (const project of projects) {
    for (const path of sourceFilesOf(tree, project)) {
      const at = webHostAt(tree, path)
      if (at >= 0) return { projects, hostEvidence: evidenceAt(path, tree.read(path) ?? '', at) }
    }
  }
  return null
}

/** Per tree, where each source file builds the web host (-1: nowhere). */
const webHostIndex = new WeakMap<SourceTree, Map<string, number>>()

/**
 * Where `path` builds the web host, or -1. The executables of a solution reference the same libraries
 * (bitwarden's fourteen reference Core, SharedWeb, Infrastructure …): each file is searched once per tree,
 * not once per executable (issue 16 item 12).
 */
function webHostAt(tree: SourceTree, path: string): number {
  let known = webHostIndex.get(tree)
  if (!known) webHostIndex.set(tree, (known = new Map()))
  let at = known.get(path)
  if (at === undefined) known.set(path, (at = WEB_HOST.exec(tree.read(path) ?? '')?.index ?? -1))
  return at
}

/** C#/F# sources of a project's folder, without build output. */
export function sourceFilesOf(tree: SourceTree, project: DotnetProject, limit = 300): string[] {
  return tree
    .filesUnder(dirname(project.file))
    .map(f => f.path)
    .filter(p => /\.(?:cs|fs)$/.test(p) && !/(^|\/)(bin|obj)\//.test(p))
    .slice(0, limit)
}
