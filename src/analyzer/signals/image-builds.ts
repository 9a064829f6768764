// Images the repository builds itself: `docker buildx build -f docker/base.dockerfile -t acme/app:base2
// --target base2 .` in a package.json script, a Makefile or a workflow step. An app Dockerfile that builds
// `FROM acme/app:base2` runs on what that other Dockerfile (up to that stage) builds, so its runtime is read
// there. Shell scripts at the root or in `scripts/` count too (`docker build -t acme/base -f Dockerfile.base
// .`). Only commands that name their tag count: an image pulled from a registry says nothing here.
import type { Evidence } from '../report.js'
import { joinPath, type SourceTree } from '../tree.js'
import { evidenceAt } from './evidence.js'

/** One `docker build` of the repository: the Dockerfile, the stage it stops at and the command line. */
export interface ImageBuild {
  dockerfile: string
  target: string | null
  evidence: Evidence
}

/** Files whose commands run from the repository root. */
const COMMAND_FILES = ['package.json', 'Makefile', 'makefile', 'justfile']
const WORKFLOWS = '.github/workflows'
const SCRIPT_FOLDERS = ['scripts']

const cache = new WeakMap<SourceTree, Map<string, ImageBuild>>()

/** The repository's own build of `image` (`acme/app:base2`, `docker.io/acme/app` = `acme/app:latest`), or null. */
export function projectImageBuild(tree: SourceTree, image: string): ImageBuild | null {
  let builds = cache.get(tree)
  if (!builds) cache.set(tree, (builds = readBuilds(tree)))
  return builds.get(normalImage(image)) ?? null
}

function readBuilds(tree: SourceTree): Map<string, ImageBuild> {
  const out = new Map<string, ImageBuild>()
  const files = [
    ...COMMAND_FILES.filter(f => tree.has(f)),
    // Shell scripts at the root or in scripts/ (`scripts/build-images.sh`), run from the root like the above.
    ...['.', ...SCRIPT_FOLDERS].flatMap(dir =>
      tree
        .filesIn(dir)
        .map(f => f.path)
        .filter(p => p.endsWith('.sh'))
    ),
    ...tree
      .filesIn(WORKFLOWS)
      .map(f => f.path)
      .filter(p => /\.ya?ml$/.test(p))
  ]
  for (const file of files) {
    const text = tree.read(file)
    if (text === null || !/docker\s+(?:buildx\s+)?build\b/.test(text)) continue
    for (const m of text.matchAll(/docker\s+(?:buildx\s+)?build\b[^\n"&;|]*/g)) {
      const build = parseBuild(m[0])
      if (!build || !tree.has(build.dockerfile)) continue
      const evidence = evidenceAt(file, text, m.index)
      for (const tag of build.tags)
        if (!out.has(tag)) out.set(tag, { dockerfile: build.dockerfile, target: build.target, evidence })
    }
  }
  return out
}

/** `-f x -t a -t b --target s ctx` → the Dockerfile (from the root), the tags and the target. */
function parseBuild(command: string): { dockerfile: string; tags: string[]; target: string | null } | null {
  const words = command.trim().split(/\s+/).slice(2)
  if (words[0] === 'build') words.shift()
  let file: string | null = null
  let target: string | null = null
  const tags: string[] = []
  const positional: string[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/^["']|["']$/g, '')
    const [flag, inline] =
      w.startsWith('--') && w.includes('=')
        ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]
        : [w, null]
    const value = (): string => inline ?? (words[++i] ?? '').replace(/^["']|["']$/g, '')
    if (flag === '-f' || flag === '--file') file = value()
    else if (flag === '-t' || flag === '--tag') tags.push(normalImage(value()))
    else if (flag === '--target') target = value()
    else if (
      /^--(?:platform|build-arg|build-context|label|cache-from|cache-to|output|secret|ssh|progress|builder|network|add-host|annotation|attest|allow|iidfile|metadata-file|shm-size|ulimit|memory|cpuset-cpus|cpu-shares)$/.test(
        flag
      ) &&
      inline === null
    )
      i++
    else if (!w.startsWith('-')) positional.push(w)
  }
  // Variables (`$IMAGE:$TAG`) name no fixed image.
  const fixed = tags.filter(t => !t.includes('$'))
  const context = positional[0] ?? '.'
  if (fixed.length === 0 || context.includes('$') || /^[a-z]+:\/\//.test(context)) return null
  const dockerfile = clean(file ?? joinPath(clean(context), 'Dockerfile'))
  return file?.includes('$') ? null : { dockerfile, tags: fixed, target }
}

function clean(path: string): string {
  const p = path.replace(/^\.\//, '').replace(/\/$/, '')
  return p === '' ? '.' : p
}

/** `docker.io/library/x` = `x`, no tag = `:latest`, digest dropped. */
export function normalImage(image: string): string {
  let name = image
    .replace(/@sha256:[0-9a-f]+$/i, '')
    .replace(/^docker\.io\//, '')
    .replace(/^library\//, '')
  if (!/:[\w][\w.-]*$/.test(name.slice(name.lastIndexOf('/') + 1))) name += ':latest'
  return name.toLowerCase()
}
