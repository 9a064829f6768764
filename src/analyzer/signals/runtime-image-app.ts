// An all-in-one image whose build stages make both halves of an app: a Node stage builds the frontend (Vue,
// Angular) into static files, another stage builds or resolves the backend, and the final stage, on the
// backend's runtime image (`FROM python:3.13-alpine`, `FROM eclipse-temurin:21-jre-alpine`), copies the
// frontend's output and runs the backend (holdout34: endurain's FastAPI + Vue image, booklore's Spring Boot +
// Angular image behind nginx). Following the stages back from the final one reaches the frontend stage first
// (it is copied first), but the image cannot run a Node app: what it runs is the app whose language its
// runtime image is for. When the apps the stage walk found include none of that language, the one app of
// that language among the stages the final image is made from ships instead.
import { DockerVars, dockerInstructions } from './dockerfile.js'
import { stageCopy, type StageCopy } from './final-image-apps.js'
import { joinPath, type SourceTree } from '../tree.js'

export interface ImageApp {
  dir: string
  line: number
  text: string
}

/** Runtime image families: the official images of a language's runtime, and the manifests of its apps. */
const RUNTIMES: { language: string; image: RegExp; manifests: readonly string[] }[] = [
  {
    language: 'java',
    image:
      /^(?:docker\.io\/)?(?:(?:library\/)?(?:eclipse-temurin|openjdk|amazoncorretto|ibm-semeru-runtimes)|azul\/zulu-openjdk[\w-]*|bellsoft\/liberica[\w-]*|gcr\.io\/distroless\/java[\w-]*)(?::|@|$)/,
    manifests: ['pom.xml', 'build.gradle', 'build.gradle.kts']
  },
  {
    language: 'python',
    image: /^(?:docker\.io\/)?(?:library\/)?python(?::|@|$)/,
    manifests: ['pyproject.toml', 'requirements.txt', 'setup.py', 'Pipfile']
  },
  {
    language: 'ruby',
    image: /^(?:docker\.io\/)?(?:library\/)?ruby(?::|@|$)/,
    manifests: ['Gemfile']
  },
  {
    language: 'php',
    image: /^(?:docker\.io\/)?(?:library\/)?php(?::|@|$)/,
    manifests: ['composer.json']
  },
  {
    language: 'javascript',
    image: /^(?:docker\.io\/)?(?:(?:library\/)?node|oven\/bun|denoland\/deno)(?::|@|$)/,
    manifests: ['package.json', 'deno.json', 'deno.jsonc']
  }
]

interface Stage {
  name: string | null
  /** The base as written (a stage name or an image), lower case and expanded. */
  base: string
  /** The image the stage finally rests on, through stage aliases. */
  image: string
  copies: StageCopy[]
}

function parseStages(text: string): Stage[] {
  const stages: Stage[] = []
  const vars = new DockerVars()
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
      vars.define(ins.keyword, ins.args)
    } else if (ins.keyword === 'FROM') {
      const words = ins.args.split(/\s+/).filter(w => w !== '' && !w.startsWith('--'))
      const base = vars.expand(words[0] ?? '').toLowerCase()
      const as = words.findIndex(w => w.toLowerCase() === 'as')
      const parent = stages.find(s => s.name === base)
      stages.push({
        name: as >= 0 ? (words[as + 1]?.toLowerCase() ?? null) : null,
        base,
        image: parent ? parent.image : base,
        copies: []
      })
    } else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && stages.length > 0) {
      stages.at(-1)!.copies.push(stageCopy(ins))
    }
  }
  return stages
}

/** The deepest app folder (never the root) holding a COPY source path. */
function appOf(source: string, apps: readonly string[]): string | null {
  const path = source.replace(/^\.\//, '').replace(/\/+$/, '')
  if (path === '' || path === '.' || path.includes('..') || path.includes('$')) return null
  let best: string | null = null
  for (const dir of apps)
    if (dir !== '.' && (path === dir || path.startsWith(`${dir}/`)) && (!best || dir.length > best.length))
      best = dir
  return best
}

/**
 * `found` (the apps the final-image walk settled on) unless the final stage runs on a language runtime image
 * none of them is written in while exactly one app of that language is copied into a stage the final image
 * is made from: then that app, with the COPY that brings it in.
 */
export function runtimeImageApps(
  tree: SourceTree,
  text: string,
  apps: readonly string[],
  found: ImageApp[]
): ImageApp[] {
  const stages = parseStages(text)
  const last = stages.at(-1)
  if (!last || found.length === 0) return found
  const runtime = RUNTIMES.find(r => r.image.test(last.image))
  if (!runtime) return found
  const written = (dir: string): boolean => runtime.manifests.some(m => tree.has(joinPath(dir, m)))
  if (found.some(f => written(f.dir))) return found
  // Every stage the final image is made from: its own body, its parents, the stages it copies out of.
  const byRef = (ref: string): number => {
    const i = stages.findIndex(s => s.name === ref)
    if (i >= 0) return i
    return /^\d+$/.test(ref) && Number(ref) < stages.length ? Number(ref) : -1
  }
  const queue = [stages.length - 1]
  const seen = new Set<number>()
  const matches: ImageApp[] = []
  while (queue.length > 0) {
    const index = queue.shift()!
    if (seen.has(index)) continue
    seen.add(index)
    const stage = stages[index]!
    for (const copy of stage.copies) {
      if (copy.from !== null) {
        const from = byRef(copy.from)
        if (from >= 0) queue.push(from)
        continue
      }
      for (const source of copy.sources) {
        const dir = appOf(source, apps)
        if (dir && written(dir) && !matches.some(m => m.dir === dir))
          matches.push({ dir, line: copy.line, text: copy.text })
      }
    }
    const parent = byRef(stage.base)
    if (parent >= 0) queue.push(parent)
  }
  return matches.length === 1 ? matches : found
}
