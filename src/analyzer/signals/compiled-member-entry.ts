// A workspace root's Dockerfile that ships one member's compiled TypeScript without naming the member in its
// command: the build stage copies the member (`COPY api api` in WORKDIR /opt/traduora) and builds it, the
// member's tsconfig writes its output outside the member (`"outDir": "../dist"` → /opt/traduora/dist), the last
// stage copies that output into its WORKDIR (`COPY --from=builder /opt/traduora/dist/ /opt/traduora/`) and
// runs a file of it (`node src/main.js`, often through its entrypoint script). The source of that file
// (`api/src/main.ts`) proves which member the image runs — a second member with its own `src/main.ts` (an
// Angular client) compiles elsewhere.
import { dockerInstructions, DockerVars } from './dockerfile.js'
import { nextWorkdir } from './docker-copies.js'
import { getPath, parseJsoncFile } from './manifests.js'
import { joinPath, normalizePath, type SourceTree } from '../tree.js'

interface Copy {
  from: string | null
  source: string
  dest: string
}
interface Stage {
  workdir: string
  copies: Copy[]
}

const abs = (path: string): string => `/${normalizePath(path)}`
const under = (path: string, dir: string): string | null => {
  const d = dir.replace(/\/+$/, '')
  return path === d ? '' : path.startsWith(`${d}/`) ? path.slice(d.length + 1) : null
}

/** The Dockerfile's stages by name (and the last one), with each single-source COPY's absolute destination. */
function stagesOf(text: string): { named: Map<string, Stage>; last: Stage | null } {
  const named = new Map<string, Stage>()
  const vars = new DockerVars()
  let current: Stage | null = null
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'FROM') {
      const words = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)
      const parent = named.get(vars.expand(words[0] ?? '').toLowerCase())
      current = { workdir: parent?.workdir ?? '/', copies: [...(parent?.copies ?? [])] }
      if (/^as$/i.test(words[1] ?? '') && words[2]) named.set(words[2].toLowerCase(), current)
    } else if (ins.keyword === 'ARG' || ins.keyword === 'ENV') vars.define(ins.keyword, ins.args)
    else if (current && ins.keyword === 'WORKDIR')
      current.workdir = nextWorkdir(current.workdir, vars.expand(ins.args))
    else if (
      current &&
      (ins.keyword === 'COPY' || ins.keyword === 'ADD') &&
      !ins.args.trim().startsWith('[')
    ) {
      const from = /(?:^|\s)--from=(\S+)/.exec(ins.args)?.[1]?.toLowerCase() ?? null
      const words = vars
        .expand(ins.args)
        .split(/\s+/)
        .filter(w => w && !w.startsWith('--'))
      if (words.length !== 2) continue
      const dest = abs(nextWorkdir(current.workdir, words[1]!))
      current.copies.push({ from, source: words[0]!, dest })
    }
  }
  return { named, last: current }
}

/** The member's TypeScript output folder (tsconfig `outDir`), relative to the member; null when none is set. */
function outDirOf(tree: SourceTree, dir: string): { outDir: string; rootDir: string | null } | null {
  for (const name of ['tsconfig.build.json', 'tsconfig.json']) {
    const parsed = parseJsoncFile(tree, joinPath(dir, name))
    if (!parsed?.ok) continue
    const outDir = getPath(parsed.value, 'compilerOptions', 'outDir')
    const rootDir = getPath(parsed.value, 'compilerOptions', 'rootDir')
    if (typeof outDir === 'string') return { outDir, rootDir: typeof rootDir === 'string' ? rootDir : null }
  }
  return null
}

/**
 * True when the command (`node src/main.js`) of the Dockerfile with `text`, built with `context` as its
 * context, runs the compiled output of member `dir`'s TypeScript source.
 */
export function runsCompiledMemberEntry(
  tree: SourceTree,
  context: string,
  dir: string,
  text: string,
  command: string
): boolean {
  const entry = /^(?:\S*\/)?node\s+(?:-\S+\s+)*([\w./-]+)\.[cm]?js(?:\s|$)/.exec(command.trim())?.[1]
  if (!entry || dir === context) return false
  const member = context === '.' ? dir : dir.slice(context.length + 1)
  const compiled = outDirOf(tree, dir)
  if (!compiled) return false
  const { named, last } = stagesOf(text)
  if (!last) return false
  const imagePath = abs(entry.startsWith('/') ? entry : nextWorkdir(last.workdir, entry))
  for (const copy of [...last.copies].reverse()) {
    const rest = copy.from ? under(imagePath, copy.dest) : null
    const builder = copy.from ? named.get(copy.from) : undefined
    if (rest === null || !builder) continue
    const builtPath = abs(joinPath(nextWorkdir(builder.workdir, copy.source), rest))
    // Where the build stage put the member's folder (`COPY api api`, `COPY ./api/ /app/api/`).
    for (const own of builder.copies) {
      if (own.from !== null || normalizePath(own.source) !== normalizePath(member)) continue
      const outDir = abs(joinPath(own.dest, compiled.outDir))
      const inOut = under(builtPath, outDir)
      if (inOut === null || inOut === '') continue
      const roots = compiled.rootDir ? [compiled.rootDir] : ['.', 'src']
      if (roots.some(root => tree.has(joinPath(dir, normalizePath(joinPath(root, `${inOut}.ts`))))))
        return true
    }
    return false
  }
  return false
}
