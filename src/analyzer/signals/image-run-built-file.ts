// The member whose build output a root Dockerfile's command runs by a path relative to its WORKDIR: a
// workspace image builds one member in a stage (`WORKDIR /app/apps/api` + `RUN bun run build`), copies its
// output into the final stage (`COPY --from=builder /app/apps/api/dist ./apps/api/dist`) and runs it from the
// workspace root (`CMD ["bun", "run", "apps/api/dist/index.js"]`, `node packages/server/build/main.js`). The
// file is a build output, so it is not in the repository: the copies traced back give its repository path,
// and the member folder holding that path ships (image-run-file.ts does the same for absolute paths to
// files the repository has).
import { joinPath, type SourceTree } from '../tree.js'
import { copiedFrom } from './docker-copies.js'
import { finalStage } from './dockerfile-app.js'
import { dockerfileFactsIn } from './dockerfile.js'
import type { RunMemberFile } from './image-run-file.js'

/** A relative path to a script or module a runtime runs (`apps/api/dist/index.js`, `./server/main.py`). */
const RELATIVE_SCRIPT = /^(?:\.\/)?[\w@.-]+(?:\/[\w@.-]+)+\.(?:[cm]?js|ts|py)$/

/**
 * The one member of `members` (not `.`) whose folder holds the file the Dockerfile at `path` runs by a path
 * relative to its final WORKDIR, traced through the final stage's copies; else null.
 */
export function memberRunByBuiltPath(
  tree: SourceTree,
  path: string,
  members: readonly string[]
): RunMemberFile | null {
  const text = tree.read(path)
  if (text === null) return null
  const start = dockerfileFactsIn(tree, path, text).startCommand[0]
  const stage = start ? finalStage(text) : null
  if (!start || !stage) return null
  // The Dockerfile's own command: one read out of a script it runs may be a background job among several
  // members' (`node frontend/server.js &` then `cd backend && npm run prod`; multi-process-image.ts).
  if (start.evidence.some(e => e.file !== path)) return null
  const context = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.'
  const workdir = stage.workdir.replace(/\/+$/, '')
  const found = start.value
    .split(/\s+/)
    .filter(word => RELATIVE_SCRIPT.test(word))
    .flatMap(word => copiedFrom(`${workdir}/${word.replace(/^\.\//, '')}`, stage.copies))
    .map(file => joinPath(context, file))
    // A file copied into a folder is no folder (`COPY src/package.json src/pnpm-lock.yaml ./` offers
    // `src/pnpm-lock.yaml/.output/…` for every path under the WORKDIR).
    .filter(file => !ancestors(file).some(dir => tree.has(dir)))
    .flatMap(file => {
      const owner = members
        .filter(dir => dir !== '.' && file.startsWith(`${dir}/`))
        .sort((a, b) => b.length - a.length)[0]
      return owner ? [{ dir: owner, file }] : []
    })
  if (found.length === 0 || new Set(found.map(f => f.dir)).size !== 1) return null
  const at = start.evidence.find(e => e.file === path) ?? start.evidence[0]
  return { ...found[0]!, line: at?.line ?? 0, text: at?.text ?? start.value }
}

/** `a/b/c.js` → `a`, `a/b`. */
function ancestors(path: string): string[] {
  const parts = path.split('/')
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'))
}
