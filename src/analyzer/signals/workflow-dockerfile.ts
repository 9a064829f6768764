// The image a CI workflow builds, when the app keeps its Dockerfile where no convention looks: beszel builds
// `internal/dockerfile_hub` with `docker/build-push-action` (`file: ${{ matrix.dockerfile }}`, the matrix
// listing `dockerfile: ./internal/dockerfile_hub` beside four agent images) and `context: ./`. The workflow
// names the file and the context; of several images, only one that serves (EXPOSE and a command) is the app:
// agents and workers expose nothing. An image that EXPOSEs nothing still is the app when it is the only one the
// workflows build with a command (PowerDNS-Admin's `docker/common/Dockerfile.app`, whose entrypoint script
// passes gunicorn its `--bind`).
import { joinPath, normalizePath, type SourceTree } from '../tree.js'
import { isDockerfileName } from './docker-context.js'
import { readDockerfile } from './dockerfile.js'

const WORKFLOWS = '.github/workflows'
/** `file: ./internal/dockerfile_hub`, `dockerfile: docker/Dockerfile.web` (a literal path, not an expression). */
const DOCKERFILE_KEY = /^[\s-]*(?:file|dockerfile):[ \t]*["']?([\w./-]+)["']?[ \t]*(?:#.*)?$/gm
/** `context: ./`, `context: apps/web`. */
const CONTEXT_KEY = /^[\s-]*context:[ \t]*["']?([^"'\s#]+)["']?/gm
/** Images for development, tests or CI tooling, never the one the app ships (`Dockerfile.dev`, `docker/test/Dockerfile`). */
const DEV_IMAGE = /(?:^|[._/-])(?:dev|devel|development|local|test|tests|testing|ci|e2e|debug)(?:[._/-]|$)/i

/**
 * The one Dockerfile the repository's workflows build with `dir` as context that serves something (EXPOSE and
 * a command), or, when none EXPOSEs, the only one that runs a command; null when several do. Contexts are read per workflow file: no `context:` at all means
 * the repository root (build-push-action's default is the checkout).
 */
export function workflowBuiltDockerfile(tree: SourceTree, dir: string): string | null {
  const serving = new Set<string>()
  const running = new Set<string>()
  for (const file of tree.filesIn(WORKFLOWS)) {
    if (!/\.ya?ml$/.test(file.path)) continue
    const text = tree.read(file.path)
    if (text === null || !/(?:file|dockerfile):/.test(text)) continue
    const contexts = [...text.matchAll(CONTEXT_KEY)].map(m => normalizePath(m[1]!.replace(/\/+$/, '')) || '.')
    const buildsDir = contexts.length === 0 ? dir === '.' : contexts.includes(dir)
    if (!buildsDir) continue
    for (const m of text.matchAll(DOCKERFILE_KEY)) {
      const path = normalizePath(m[1]!.replace(/^\.\//, ''))
      const name = path.split('/').pop() ?? ''
      if (!isDockerfileName(name) || DEV_IMAGE.test(path.replace(/dockerfile|containerfile/gi, ''))) continue
      // A path from the repository root; some workflows give it from the context.
      const resolved = tree.has(path) ? path : tree.has(joinPath(dir, path)) ? joinPath(dir, path) : null
      if (!resolved || running.has(resolved)) continue
      const source = tree.read(resolved)
      if (source === null) continue
      const facts = readDockerfile(resolved, source)
      if (facts.startCommand.length === 0) continue
      running.add(resolved)
      if (facts.port.some(p => p.source === 'Dockerfile EXPOSE')) serving.add(resolved)
    }
  }
  if (serving.size === 1) return [...serving][0]!
  return serving.size === 0 && running.size === 1 ? [...running][0]! : null
}
