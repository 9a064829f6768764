// Dockerfiles kept away from the Go main package they build (`zarf/docker/dockerfile.sales` with
// `WORKDIR /service/api/services/sales` + `go build`, `build/docker/api.Dockerfile` with
// `go build -o /bin/api ./cmd/api`): each makes that main package's folder an app, with the Dockerfile's facts.
import type { SourceTree } from '../tree.js'
import { basename, dirname, joinPath } from '../tree.js'
import { dockerInstructions, readDockerfile } from './dockerfile.js'
import { isOwnApp } from './compose.js'

/** `Dockerfile`, `Dockerfile.sales`, `dockerfile.auth`, `api.Dockerfile`, `Containerfile` (any case). */
const DOCKERFILE_NAME =
  /^(?:(?:dockerfile|containerfile)(?:[._-][\w.-]+)?|[\w.-]+\.(?:dockerfile|containerfile))$/i
/** Variants that build a development, test or debug image. */
const DEV_NAME = /(?:^|[._-])(?:dev|devel|development|local|test|tests|testing|ci|e2e|debug)(?:[._-]|$)/i

const cache = new WeakMap<SourceTree, Map<string, string>>()

/**
 * Folder → Dockerfile for every Go main package (below the root, inside a go.mod) built by a Dockerfile kept
 * outside it and outside every app folder. A folder built by several Dockerfiles takes the first path. The root main package is left to the
 * root app.
 */
export function goMainDockerfiles(tree: SourceTree): ReadonlyMap<string, string> {
  const known = cache.get(tree)
  if (known) return known
  const found = new Map<string, string>()
  cache.set(tree, found)
  if (!tree.files.some(f => basename(f.path) === 'go.mod')) return found
  const paths = tree.files
    .map(f => f.path)
    .filter(
      p =>
        DOCKERFILE_NAME.test(basename(p)) &&
        !DEV_NAME.test(basename(p).replace(/dockerfile|containerfile/gi, ''))
    )
    .sort()
  for (const path of paths) {
    const text = tree.read(path)
    // A Dockerfile in an app folder (the module root's own `Dockerfile` building `./cmd/hub`) is that app's.
    if (text === null || isOwnApp(tree, dirname(path))) continue
    const dir = builtMainFolder(tree, path, text)
    if (dir === null || dir === '.' || dir === dirname(path) || dirname(path).startsWith(`${dir}/`)) continue
    if (!found.has(dir)) found.set(dir, path)
  }
  // One such Dockerfile is its module's recipe (the module stays the app); several, each building another main
  // package of the same module (`dockerfile.sales`, `dockerfile.auth`), are several apps.
  const perModule = new Map<string, number>()
  for (const dir of found.keys()) {
    const root = moduleRootOf(tree, dir) ?? '.'
    perModule.set(root, (perModule.get(root) ?? 0) + 1)
  }
  for (const dir of [...found.keys()])
    if ((perModule.get(moduleRootOf(tree, dir) ?? '.') ?? 0) < 2) found.delete(dir)
  return found
}

/** The nearest folder at or above `dir` holding a go.mod, or null. */
function moduleRootOf(tree: SourceTree, dir: string): string | null {
  for (let at = dir; ; at = dirname(at)) {
    if (tree.has(joinPath(at, 'go.mod'))) return at
    if (at === '.') return null
  }
}

/** The Dockerfile kept elsewhere that builds the Go main package of `dir`, or null. */
export function goMainDockerfile(tree: SourceTree, dir: string): string | null {
  return goMainDockerfiles(tree).get(dir) ?? null
}

/**
 * The repository folder of the Go main package a Dockerfile's `go build` compiles: the package argument
 * (`./cmd/api`) under the WORKDIR in effect, else the WORKDIR itself, mapped onto the repository by the
 * longest path suffix that is a main-package folder. Several builds: the one named like the binary the image
 * runs (`CMD ["./sales"]` beside a built `admin` tool), else the last.
 */
export function builtMainFolder(tree: SourceTree, path: string, text: string): string | null {
  let workdir = '/'
  const built: string[] = []
  for (const ins of dockerInstructions(text)) {
    const op = ins.keyword.toUpperCase()
    if (op === 'FROM') workdir = '/'
    else if (op === 'WORKDIR') {
      const arg = ins.args.trim().replace(/^["']|["']$/g, '')
      workdir = arg.startsWith('/') ? arg : `${workdir.replace(/\/$/, '')}/${arg}`
    } else if (op === 'RUN') {
      for (const m of ins.args.matchAll(/\bgo\s+build\b([^&|;\n]*)/g)) {
        const args = stripFlags(m[1]!)
        const pkg = args.find(a => a.startsWith('.') || a.startsWith('/')) ?? '.'
        const target = pkg.startsWith('/') ? pkg : `${workdir.replace(/\/$/, '')}/${pkg}`
        const dir = repoMainFolder(tree, target)
        if (dir !== null) built.push(dir)
      }
    }
  }
  if (built.length === 0) return null
  const start = readDockerfile(path, text).startCommand[0]?.value.split(/\s+/)[0]
  const binary = start ? basename(start.replace(/["'[\],]/g, '')) : ''
  return built.find(d => basename(d) === binary) ?? built[built.length - 1]!
}

/** The build's arguments without flags and their values (`-o bin/x`, `-ldflags "…"`, `-trimpath`). */
function stripFlags(args: string): string[] {
  const words = args.match(/"[^"]*"|'[^']*'|\S+/g) ?? []
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w.startsWith('-')) {
      if (
        !w.includes('=') &&
        /^--?(?:o|ldflags|gcflags|tags|mod|p|buildmode|asmflags|modfile|pkgdir|installsuffix|overlay|pgo)$/.test(
          w
        )
      )
        i++
      continue
    }
    if (/^[\\>]/.test(w)) break
    out.push(w)
  }
  return out
}

/** A container path (`/service/api/services/sales`, `/app/./cmd/api/...`) as the main-package folder it names. */
function repoMainFolder(tree: SourceTree, target: string): string | null {
  const segments = target
    .replace(/\/\.\.\.$/, '')
    .split('/')
    .filter(s => s !== '' && s !== '.')
  if (segments.some(s => s === '..' || /[$*{]/.test(s))) return null
  for (let i = 0; i < segments.length; i++) {
    const dir = segments.slice(i).join('/')
    if (isGoMainFolder(tree, dir)) return dir
  }
  return isGoMainFolder(tree, '.') ? '.' : null
}

function isGoMainFolder(tree: SourceTree, dir: string): boolean {
  const mains = tree
    .filesIn(dir)
    .filter(f => f.path.endsWith('.go') && !f.path.endsWith('_test.go'))
    .some(f => /^package\s+main\b/m.test(tree.read(f.path) ?? ''))
  return mains && moduleRootOf(tree, dir) !== null
}

const MAKEFILES = ['Makefile', 'makefile', 'GNUmakefile']

/**
 * The main-package folder whose Dockerfile the repository builds first: the earliest mention of one of those
 * Dockerfiles' paths in the root Makefile (`docker build -f zarf/docker/dockerfile.sales` under `build: sales
 * metrics auth`), else in a compose file. Null when none is mentioned or only one such folder exists.
 */
export function firstDeployedGoMain(
  tree: SourceTree,
  appDirs: readonly string[]
): { dir: string; reason: string } | null {
  const built = [...goMainDockerfiles(tree)].filter(([dir]) => appDirs.includes(dir))
  if (built.length < 2) return null
  const files = [
    ...MAKEFILES.filter(m => tree.has(m)),
    ...tree.files
      .map(f => f.path)
      .filter(p => /(?:^|[/._-])(?:docker-)?compose[\w.-]*\.ya?ml$/i.test(basename(p)))
  ]
  for (const file of files) {
    const text = tree.read(file)
    if (text === null) continue
    let best: { dir: string; at: number; path: string } | null = null
    for (const [dir, path] of built) {
      const at = mentionOf(text, path)
      if (at >= 0 && (best === null || at < best.at)) best = { dir, at, path }
    }
    if (best) {
      const line = text.slice(0, best.at).split('\n').length
      return { dir: best.dir, reason: `${file}:${line} builds ${best.path} first` }
    }
  }
  return null
}

/** Where a path is named as a whole word (not `dockerfile.sales` inside `dockerfile.sales-admin`), or -1. */
function mentionOf(text: string, path: string): number {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const m = new RegExp(`(?:^|[\\s"'=/.])${escaped}(?![\\w.-])`).exec(text)
  return m ? m.index + m[0].length - path.length : -1
}
