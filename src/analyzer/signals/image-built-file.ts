// The member whose build output a root Dockerfile's final image runs: a workspace image builds every package
// in a stage (`COPY . .`, `pnpm --filter @x/server run build`), copies one bundle into the final stage
// (`COPY --from=builder /app/packages/app-server/dist-node/index.cjs ./index.cjs`) and runs it by a path
// relative to its WORKDIR (`CMD ["node", "index.cjs"]`). The bundle is not in the repository (it is built),
// but the path it was built at is inside one member's folder: that member is the image's app.
import type { SourceTree } from '../tree.js'
import { copiedFrom, nextWorkdir } from './docker-copies.js'
import { finalStage } from './dockerfile-app.js'
import { dockerfileFactsIn } from './dockerfile.js'

/** Programs that run a script or bundle file given as their first non-option argument. */
const JS_RUNNERS = /^(?:\S*\/)?(?:node|nodejs|bun|deno)$/

/** The one member of `members` (never the root) whose built file the Dockerfile at `path` runs; else null. */
export function memberBuildOutputRun(
  tree: SourceTree,
  path: string,
  members: readonly string[]
): { dir: string; file: string; line: number; text: string } | null {
  const text = tree.read(path)
  if (text === null) return null
  const start = dockerfileFactsIn(tree, path, text).startCommand[0]
  const stage = start ? finalStage(text) : null
  if (!start || !stage) return null
  const words = start.value.trim().split(/\s+/)
  if (!JS_RUNNERS.test(words[0] ?? '')) return null
  // deno's `run` subcommand; options (with their values glued by `=`) come before the file.
  const rest = words.slice(1).filter(w => w !== 'run')
  const file = rest.find(w => !w.startsWith('-'))
  if (!file || file.includes('$')) return null
  const imagePath = file.startsWith('/') ? file : nextWorkdir(stage.workdir, file)
  const context = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.'
  // Every package folder a traced path lies in: a command whose file the copies may have put there from two
  // members' folders (`COPY services/api /srv` and `COPY services/worker /srv`) names neither.
  const owners = new Set<string>()
  let found: string | null = null
  for (const traced of copiedFrom(imagePath, stage.copies)) {
    const repoPath = context === '.' ? traced : `${context}/${traced}`
    const owner = packageFolderOf(tree, repoPath)
    if (owner) {
      owners.add(owner)
      found = repoPath
    }
  }
  const owner = [...owners][0]
  if (owners.size !== 1 || !found || !owner || !members.includes(owner)) return null
  const at = start.evidence.find(e => e.file === path) ?? start.evidence[0]
  return { dir: owner, file: found, line: at?.line ?? 0, text: at?.text ?? start.value }
}

/** The deepest folder above `path` (never the root) that holds a package.json. */
function packageFolderOf(tree: SourceTree, path: string): string | null {
  const parts = path.split('/')
  for (let i = parts.length - 1; i > 0; i--) {
    const dir = parts.slice(0, i).join('/')
    if (tree.has(`${dir}/package.json`)) return dir
  }
  return null
}
