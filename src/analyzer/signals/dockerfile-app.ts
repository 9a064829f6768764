// The app folder a repository-root Dockerfile runs: the build-context folder its final stage (or a stage it
// builds on) copies into the WORKDIR it runs in — `WORKDIR /app` + `COPY api /app/` runs `api`, even when
// other stages build a frontend whose output is copied in from a stage. A platform file that deploys that
// Dockerfile (render.yaml `env: docker`) then describes that app.
import { dockerInstructions } from './dockerfile.js'
import { contextCopy, nextWorkdir, stageCopy, type ContextCopy } from './docker-copies.js'
import { DockerVars } from './dockerfile.js'
import { joinPath, type SourceTree } from '../tree.js'

interface Stage {
  workdir: string
  copies: ContextCopy[]
}

const slashed = (p: string): string => p.replace(/\/*$/, '/')

/**
 * The repository folder (relative to the build context `context`) the last stage of the Dockerfile copies into
 * its WORKDIR, when exactly one folder is; null otherwise (`COPY . .` names no folder).
 */
export function dockerfileRunsFolder(tree: SourceTree, path: string, context = '.'): string | null {
  // Once per tree: every member of a monorepo asks whether the root Dockerfile runs it (logto: 13 apps,
  // each planned more than once, re-reading one Dockerfile's stages each time — issue 16 item 12).
  let byKey = runsFolder.get(tree)
  if (!byKey) runsFolder.set(tree, (byKey = new Map()))
  const key = `${context}\0${path}`
  let folder = byKey.get(key)
  if (folder === undefined) byKey.set(key, (folder = dockerfileRunsFolderUncached(tree, path, context)))
  return folder
}
const runsFolder = new WeakMap<SourceTree, Map<string, string | null>>()

function dockerfileRunsFolderUncached(tree: SourceTree, path: string, context: string): string | null {
  const text = tree.read(path)
  if (text === null) return null
  const current = finalStage(text)
  if (!current) return null
  const workdir = slashed(current.workdir)
  const folders = new Set<string>()
  for (const copy of current.copies) {
    if (slashed(copy.dest) !== workdir || copy.sources.length !== 1) continue
    // `COPY deploy/docker/* /app/` copies the folder's contents like `COPY deploy/docker /app/` (its
    // subfolders flattened one level, which the image's own later COPYs usually restore).
    const source = copy.sources[0]!.replace(/^\.\//, '').replace(/\/\*$/, '').replace(/\/+$/, '')
    if (source === '' || source === '.' || /[*?$]/.test(source)) continue
    const folder = joinPath(context, source)
    if (tree.filesUnder(folder).length > 0) folders.add(folder)
  }
  return folders.size === 1 ? [...folders][0]! : null
}

/**
 * The last stage's WORKDIR and what it holds from the build context: its own COPYs, those of the stage it is
 * built FROM, and what `COPY --from=<stage>` brings (traced back to that stage's context copies).
 */
export function finalStage(text: string): Stage | null {
  const stages = new Map<string, Stage>()
  const vars = new DockerVars()
  let current: Stage | null = null
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'FROM') {
      const words = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)
      const parent = stages.get(vars.expand(words[0] ?? '').toLowerCase())
      current = { workdir: parent?.workdir ?? '/', copies: [...(parent?.copies ?? [])] }
      if (/^as$/i.test(words[1] ?? '') && words[2]) stages.set(words[2].toLowerCase(), current)
    } else if (ins.keyword === 'ARG' || ins.keyword === 'ENV') vars.define(ins.keyword, ins.args)
    else if (current && ins.keyword === 'WORKDIR')
      current.workdir = nextWorkdir(current.workdir, vars.expand(ins.args))
    else if (current && (ins.keyword === 'COPY' || ins.keyword === 'ADD')) {
      const copy = contextCopy(ins.args, current.workdir, s => vars.expand(s))
      if (copy) current.copies.push(copy)
      // `COPY --from=build /app /app`: what the build stage's own COPYs put in that folder (`COPY ./service ./`).
      else
        current.copies.push(
          ...stageCopy(
            ins.args,
            current.workdir,
            s => vars.expand(s),
            name => stages.get(name)
          )
        )
    }
  }
  return current
}

/**
 * The WORKDIR the final stage runs its command in (inherited through `FROM <stage>`), `/` when none is set;
 * ARG/ENV values expanded where the Dockerfile gives them.
 */
export function finalWorkdir(text: string): string {
  const stages = new Map<string, string>()
  const vars = new DockerVars()
  let workdir = '/'
  let stage: string | null = null
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'FROM') {
      const words = ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)
      workdir = stages.get(vars.expand(words[0] ?? '').toLowerCase()) ?? '/'
      stage = /^as$/i.test(words[1] ?? '') && words[2] ? words[2].toLowerCase() : null
    } else if (ins.keyword === 'ARG' || ins.keyword === 'ENV') vars.define(ins.keyword, ins.args)
    else if (ins.keyword === 'WORKDIR') workdir = nextWorkdir(workdir, vars.expand(ins.args))
    if (stage !== null) stages.set(stage, workdir)
  }
  return workdir
}

/**
 * The app folder (of `appDirs`, paths relative to the repository) the final WORKDIR is the image copy of:
 * `WORKDIR /home/app/packages/server` ends with the member path `packages/server`. Member paths of two
 * segments or more only — `/app/server` ending in a lone `server` folder is too common to prove anything;
 * null when no folder or several match.
 */
export function workdirMember(text: string, appDirs: readonly string[]): string | null {
  const workdir = finalWorkdir(text).replace(/\/+$/, '')
  const matches = appDirs.filter(dir => dir.split('/').length >= 2 && workdir.endsWith(`/${dir}`))
  return matches.length === 1 ? matches[0]! : null
}
