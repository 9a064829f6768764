// A .NET Aspire solution has no Dockerfile or compose file: its AppHost project (`Aspire.AppHost.Sdk`)
// composes the services in code (`builder.AddProject<Projects.WebApp>("webapp")…`). The one it exposes
// outside the application (`.WithExternalHttpEndpoints()`) is what users reach; when several are exposed
// (an identity server, the web front end), the front end is the one that references the most other
// projects (`.WithReference(basketApi)`): the others are services it calls.
import { basename, dirname, joinPath, type SourceTree } from '../tree.js'

export interface AspireFrontEnd {
  /** The app folder of the project. */
  dir: string
  /** Where the AppHost adds it. */
  file: string
  line: number
  references: number
}

interface Resource {
  variable: string | null
  project: string
  line: number
  chain: string
}

/** AppHost project folders: a .csproj on the Aspire AppHost SDK (or marked as an Aspire host). */
function appHostDirs(tree: SourceTree): string[] {
  return tree.files
    .filter(f => f.path.endsWith('.csproj'))
    .filter(f => {
      const text = tree.read(f.path) ?? ''
      return /Aspire\.AppHost\.Sdk|<IsAspireHost>\s*true\s*<\/IsAspireHost>/i.test(text)
    })
    .map(f => dirname(f.path))
}

/** `AddProject<Projects.Identity_API>("identity-api")` and its fluent chain up to the statement's end. */
function resources(text: string): Resource[] {
  const out: Resource[] = []
  const re = /(?:\bvar\s+(\w+)\s*=\s*)?\bbuilder\.AddProject<\s*Projects\.(\w+)\s*>\s*\(/g
  for (const m of text.matchAll(re)) {
    const end = text.indexOf(';', m.index)
    out.push({
      variable: m[1] ?? null,
      project: m[2]!,
      line: text.slice(0, m.index).split('\n').length,
      chain: text.slice(m.index, end < 0 ? undefined : end)
    })
  }
  return out
}

/** `Projects.Identity_API` names the project file `Identity.API.csproj` (dots and dashes become `_`). */
function projectDir(tree: SourceTree, appDirs: readonly string[], project: string): string | null {
  const matches = appDirs.filter(dir =>
    tree
      .filesIn(dir)
      .some(
        f =>
          f.path.endsWith('.csproj') &&
          basename(f.path).slice(0, -'.csproj'.length).replace(/[.-]/g, '_') === project
      )
  )
  return matches.length === 1 ? matches[0]! : null
}

/** The app folder an Aspire AppHost exposes as its front end, or null (no AppHost, or no single answer). */
export function aspireFrontEnd(tree: SourceTree, appDirs: readonly string[]): AspireFrontEnd | null {
  for (const host of appHostDirs(tree).slice(0, 3)) {
    for (const f of tree.filesIn(host)) {
      if (!f.path.endsWith('.cs')) continue
      const raw = tree.read(f.path)
      if (raw === null || raw.length > 200_000 || !raw.includes('AddProject<')) continue
      const text = raw.replace(/\/\/[^\n]*/g, '')
      const all = resources(text)
      const variables = new Set(all.map(r => r.variable).filter((v): v is string => v !== null))
      const external = all
        .filter(r => /\.WithExternalHttpEndpoints\(\s*\)/.test(r.chain))
        .map(r => ({
          r,
          references: [...r.chain.matchAll(/\.WithReference\(\s*(\w+)\s*\)/g)].filter(m =>
            variables.has(m[1]!)
          ).length
        }))
        .sort((a, b) => b.references - a.references)
      const [first, second] = external
      if (!first || (second && second.references === first.references)) continue
      const dir = projectDir(tree, appDirs, first.r.project)
      if (dir)
        return {
          dir,
          file: joinPath(host, basename(f.path)),
          line: first.r.line,
          references: first.references
        }
    }
  }
  return null
}
