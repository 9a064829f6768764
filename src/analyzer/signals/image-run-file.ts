// The member folder whose file a root Dockerfile's command runs by its image path: sqlpad-style images build
// in a stage that copies the whole repository (`WORKDIR /src` + `COPY . .`), keep one member in the final
// stage (`COPY --from=build /src/server /usr/app`) and run it by an absolute path (`node /usr/app/server.js`,
// directly or from an entrypoint script), after a `WORKDIR` for data elsewhere. Tracing that path back through
// the copies gives the repository file (`server/server.js`), hence the member that ships — even when the root
// has a package.json of its own (lint tooling) that an earlier stage installed.
import { joinPath, type SourceTree } from '../tree.js'
import { copiedFrom } from './docker-copies.js'
import { finalStage } from './dockerfile-app.js'
import { dockerfileFactsIn } from './dockerfile.js'

export interface RunMemberFile {
  /** The member folder (one of the given app folders). */
  dir: string
  /** The repository file the command runs. */
  file: string
  line: number
  text: string
}

/** The one member of `members` holding the file the Dockerfile at `path` runs by absolute path; else null. */
export function memberRunByImagePath(
  tree: SourceTree,
  path: string,
  members: readonly string[]
): RunMemberFile | null {
  const text = tree.read(path)
  if (text === null) return null
  const start = dockerfileFactsIn(tree, path, text).startCommand[0]
  const stage = start ? finalStage(text) : null
  if (!start || !stage) return null
  const context = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.'
  const files = start.value
    .split(/\s+/)
    .filter(word => word.startsWith('/') && !word.endsWith('/'))
    .flatMap(word => copiedFrom(word, stage.copies))
    .map(file => joinPath(context, file))
    .filter(file => tree.has(file))
  const found = files.flatMap(file => {
    const owner = members
      .filter(dir => dir !== '.' && file.startsWith(`${dir}/`))
      .sort((a, b) => b.length - a.length)[0]
    return owner ? [{ dir: owner, file }] : []
  })
  if (found.length === 0 || new Set(found.map(f => f.dir)).size !== 1) return null
  const at = start.evidence.find(e => e.file === path) ?? start.evidence[0]
  return { ...found[0]!, line: at?.line ?? 0, text: at?.text ?? start.value }
}
