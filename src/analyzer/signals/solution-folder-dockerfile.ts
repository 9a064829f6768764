// A .NET solution keeps its image recipe in a Dockerfile folder of the solution (`back-end/deploy/Dockerfile`,
// built with `back-end/` as context), while the web project sits two folders further down
// (`back-end/src/Api/Api.csproj`). The recipe names no project folder in its command: it publishes inside a
// stage (`WORKDIR /source/src/Api` + `dotnet publish`) and runs the assembly (`dotnet Api.dll`, often through
// a `./start.sh` that execs it). The assembly this folder's project builds, run by a Dockerfile whose context
// is provably the ancestor (a COPY source, globs included — `COPY *.sln .`, `COPY src/<star>/<star>.csproj ./` — that
// exists there and not beside the Dockerfile), makes that recipe the project's.
// (The COPY globs above are written `src/<star>/<star>.csproj` where a comment cannot hold them.)
import { contextCopySources } from './dockerfile.js'
import { projectAssemblies, runsProjectAssembly } from './dotnet-assembly.js'
import { followStartScript } from './start-script.js'
import type { SourceTree } from '../tree.js'

/**
 * True when `dir` holds a .NET project and `command` runs its assembly, directly or through a script of the
 * build context `context` it runs (`./start.sh` → `exec dotnet Api.dll`).
 */
export function runsFolderAssembly(tree: SourceTree, dir: string, context: string, command: string): boolean {
  if (projectAssemblies(tree, dir).length === 0) return false
  if (runsProjectAssembly(tree, dir, command)) return true
  const followed = followStartScript(command, context, path => tree.read(path))
  return followed !== null && runsProjectAssembly(tree, dir, followed.command)
}

// A glob COPY source (`*.sln`, `src/<star>/<star>.csproj`) as a path pattern: `*` and `?` stay inside one segment.
function globPattern(source: string): RegExp {
  const body = source
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
  return new RegExp(`^${body}$`)
}

/**
 * Whether a COPY source of the Dockerfile at `dockerfileDir` is a glob matching files of `context` and none
 * beside the Dockerfile: the build context is `context`. Plain sources are copiesFromAppFolder's proof.
 */
export function globCopiesFrom(
  tree: SourceTree,
  context: string,
  dockerfileDir: string,
  text: string
): boolean {
  const matches = (base: string, pattern: RegExp): boolean =>
    tree.filesUnder(base).some(f => pattern.test(base === '.' ? f.path : f.path.slice(base.length + 1)))
  for (const source of contextCopySources(text)) {
    if (!/[*?]/.test(source) || /[$:]/.test(source)) continue
    const pattern = globPattern(source)
    if (matches(context, pattern) && !matches(dockerfileDir, pattern)) return true
  }
  return false
}
