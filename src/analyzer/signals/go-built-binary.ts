// A repository-root Dockerfile that builds a Go module member in place and runs that binary: a build stage
// copies the member (`COPY api /app/api`), builds it in its copy (`WORKDIR /app/api` + `go build -o photoview
// .`), and the last stage copies the binary out (`COPY --from=api /app/api/photoview /app/photoview`) and runs it
// (`ENTRYPOINT ["/app/photoview"]`). Traced back through the copies, the binary is `api/photoview`: a file the
// repository does not hold, in the member's folder, named by a `go build -o`. The image ships that member
// (its EXPOSE, ENV and command are the member's), though the command names no folder.
import { dirname, joinPath, type SourceTree } from '../tree.js'
import { copiedFrom } from './docker-copies.js'
import { finalStage } from './dockerfile-app.js'

const PATH_DIRS = ['/usr/local/bin', '/usr/bin', '/bin', '/usr/local/sbin', '/usr/sbin', '/sbin']

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** True when the Dockerfile at `path` (text `text`, command `command`) runs the binary `go build` made in `dir`. */
export function runsGoBinaryBuiltIn(
  tree: SourceTree,
  dir: string,
  path: string,
  text: string,
  command: string
): boolean {
  if (!tree.has(joinPath(dir, 'go.mod')) || !/\bgo\s+build\b/.test(text)) return false
  const stage = finalStage(text)
  if (!stage) return false
  const context = dirname(path)
  for (const word of command.split(/\s+/)) {
    // A binary installed on the PATH is run by its name (`CMD ["/usr/local/bin/server"]` reads `server`).
    const paths = word.startsWith('/')
      ? [word]
      : /^[\w.-]+$/.test(word)
        ? PATH_DIRS.map(d => `${d}/${word}`)
        : []
    for (const source of paths.flatMap(p => copiedFrom(p, stage.copies))) {
      const file = joinPath(context, source)
      // A file the repository holds is a copied source (a script), not a build output.
      if (tree.has(file) || dirname(file) !== dir) continue
      const name = file.slice(file.lastIndexOf('/') + 1)
      if (
        new RegExp(String.raw`\bgo\s+build\b[^\n]*?\s-o\s+(?:\./)?${escapeRegex(name)}(?=[\s;&|]|$)`).test(
          text
        )
      )
        return true
    }
  }
  return false
}
