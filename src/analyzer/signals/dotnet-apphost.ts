// `dotnet publish ./backend/Api/Api.csproj -o /app/publish` then `CMD ["./Cleanuparr"]` (holdout30 cleanuparr):
// a published .NET app is started through its apphost, the native executable named after the assembly
// (`<AssemblyName>Cleanuparr</AssemblyName>`), not with `dotnet Cleanuparr.dll`. An image whose command runs an
// executable of that name, built by a `dotnet publish` of the Dockerfile, runs the project.
import type { SourceTree } from '../tree.js'
import { basename } from '../tree.js'
import { projectAssemblies } from './dotnet-assembly.js'
import { dropExecWrappers } from './script-handover.js'

/** `./Cleanuparr`, `/app/Cleanuparr --urls …`: the executable a command starts, when it has no extension. */
function apphostName(command: string): string | null {
  const first = dropExecWrappers(command.trim().slice(0, 2000))[0] ?? ''
  const name = basename(first.replace(/^["']|["']$/g, ''))
  return /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/.test(name) && !/\.(?:dll|sh|py|js)$/i.test(name)
    ? name
    : null
}

/** True when `command` runs the apphost of one of `dir`'s projects and the Dockerfile publishes .NET code. */
export function runsProjectApphost(
  tree: SourceTree,
  dir: string,
  command: string,
  dockerfile: string
): boolean {
  if (!/\bdotnet\s+publish\b/.test(dockerfile)) return false
  const name = apphostName(command)
  if (name === null || name === 'dotnet') return false
  return projectAssemblies(tree, dir).some(a => a === name)
}
