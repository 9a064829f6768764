// Which app folders a multi-stage Dockerfile's final image is made from: follow `COPY --from=<stage>` and
// `FROM <stage>` back from the last stage to the first stage that copies app folders from the build
// context. The Go API stage that copies the frontend's build output is reached before the frontend stage
// that only produced it, so the API is what the image ships.
import { dockerInstructions } from './dockerfile.js'

/** A COPY/ADD of a stage: the stage it copies from (`--from=`, lower-cased), its source paths, its line. */
export interface StageCopy {
  from: string | null
  sources: string[]
  line: number
  text: string
}

/** Reads a COPY/ADD instruction's `--from=` stage and source paths (the last path is the destination). */
export function stageCopy(ins: { args: string; line: number; text: string }): StageCopy {
  const words = ins.args.split(/\s+/).filter(w => w !== '')
  const from = words.find(w => w.startsWith('--from='))?.slice('--from='.length) ?? null
  const paths = words.filter(w => !w.startsWith('--'))
  // JSON form `COPY ["a", "b"]` is rare for sources of an app folder; its words still parse as paths.
  const sources = paths.slice(0, -1).map(p => p.replace(/^\[?"?|"?,?\]?$/g, ''))
  return { from: from?.toLowerCase() ?? null, sources, line: ins.line, text: ins.text }
}

interface Stage {
  name: string | null
  base: string
  copies: StageCopy[]
}

function parseStages(text: string): Stage[] {
  const stages: Stage[] = []
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'FROM') {
      const words = ins.args.split(/\s+/).filter(w => !w.startsWith('--'))
      const as = words.findIndex(w => w.toLowerCase() === 'as')
      stages.push({
        base: (words[0] ?? '').toLowerCase(),
        name: as >= 0 ? (words[as + 1]?.toLowerCase() ?? null) : null,
        copies: []
      })
    } else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && stages.length > 0) {
      stages.at(-1)!.copies.push(stageCopy(ins))
    }
  }
  return stages
}

/**
 * The app folders whose sources the final image is built from, with the COPY that shows it. With
 * `wholeFolder` (which says what is a file), a COPY counts only when it takes the app folder itself or a
 * file at its top (its manifest), and the stage the final one is built `FROM` (the image's own body) is
 * followed before the stages it only copies artifacts out of.
 */
export function finalImageApps(
  text: string,
  appDirs: readonly string[],
  options: { wholeFolder?: (path: string) => boolean } = {}
): { dir: string; line: number; text: string }[] {
  const stages = parseStages(text)
  const byRef = (ref: string): number => {
    const i = stages.findIndex(s => s.name === ref)
    if (i >= 0) return i
    return /^\d+$/.test(ref) && Number(ref) < stages.length ? Number(ref) : -1
  }
  const queue = stages.length > 0 ? [stages.length - 1] : []
  const seen = new Set<number>()
  while (queue.length > 0) {
    const index = queue.shift()!
    if (seen.has(index)) continue
    seen.add(index)
    const stage = stages[index]!
    const found: { dir: string; line: number; text: string }[] = []
    const froms: number[] = []
    for (const copy of stage.copies) {
      if (copy.from !== null) {
        const from = byRef(copy.from)
        if (from >= 0) froms.push(from)
        continue
      }
      for (const source of copy.sources) {
        const dir = appFolderOf(source, appDirs, options.wholeFolder)
        if (dir && !found.some(f => f.dir === dir)) found.push({ dir, line: copy.line, text: copy.text })
      }
    }
    if (found.length > 0) return found
    const parent = byRef(stage.base)
    if (options.wholeFolder) {
      queue.unshift(...froms)
      if (parent >= 0) queue.unshift(parent)
    } else {
      queue.push(...froms)
      if (parent >= 0) queue.push(parent)
    }
  }
  return []
}

/** `./backend/go.mod` → `backend` when `backend` is an app folder (the deepest one containing the path). */
function appFolderOf(
  source: string,
  appDirs: readonly string[],
  isFile?: (path: string) => boolean
): string | null {
  const path = source.replace(/^\.\//, '').replace(/\/+$/, '')
  if (path === '' || path === '.' || path.includes('..') || path.includes('$')) return null
  let best: string | null = null
  for (const dir of appDirs) {
    if (dir === '.') continue
    // With a test for files (`wholeFolder`), only the folder itself or a file at its top (`backend/go.mod`)
    // counts: a data folder inside it (`internal-packages/clickhouse/schema`) is copied for another app.
    const inside = isFile
      ? path === dir ||
        (path.startsWith(`${dir}/`) && !path.slice(dir.length + 1).includes('/') && isFile(path))
      : path === dir || path.startsWith(`${dir}/`)
    if (inside && (best === null || dir.length > best.length)) best = dir
  }
  return best
}
