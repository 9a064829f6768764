// An image that runs `dotnet Squidex.dll` runs the project whose assembly is `Squidex`: that names the app a
// repository-root Dockerfile ships even when its build stage copies a whole parent folder (`COPY backend .`,
// `dotnet publish src/Squidex/Squidex.csproj`) and another stage builds a frontend whose output is copied in.
import type { SourceTree } from '../tree.js'
import { basename } from '../tree.js'
import { dropExecWrappers } from './script-handover.js'

/** `dotnet Squidex.dll`, `dotnet /app/Api.dll --urls …`: the assembly the dotnet host runs. */
export function dotnetAssemblyRun(command: string): string | null {
  const words = dropExecWrappers(command.trim().slice(0, 2000))
  if (basename(words[0] ?? '') !== 'dotnet') return null
  const m = /^["']?(?:\S*\/)?([\w.-]+)\.dll["']?$/i.exec(words[1] ?? '')
  return m ? m[1]! : null
}

const PROJECT_FILE = /\.(?:cs|fs|vb)proj$/i

/** The assembly names of the project files directly in `dir`: `<AssemblyName>`, else the file's name. */
export function projectAssemblies(tree: SourceTree, dir: string): string[] {
  return tree
    .filesIn(dir)
    .filter(f => PROJECT_FILE.test(f.path))
    .map(f => {
      const declared = /<AssemblyName>\s*([^<\s]+)\s*<\/AssemblyName>/.exec(tree.read(f.path) ?? '')?.[1]
      return declared ?? basename(f.path).replace(PROJECT_FILE, '')
    })
}

/** True when `command` runs the assembly one of `dir`'s project files builds. */
export function runsProjectAssembly(tree: SourceTree, dir: string, command: string): boolean {
  const assembly = dotnetAssemblyRun(command)
  return (
    assembly !== null && projectAssemblies(tree, dir).some(a => a.toLowerCase() === assembly.toLowerCase())
  )
}
