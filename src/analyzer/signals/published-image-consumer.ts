// A compose file the project ships for users (a distribution's `docker-compose.yaml`, kept anywhere in the
// repository) that runs the project's own published images by name, one per app module:
// `image: apache/shenyu-bootstrap:latest` and `image: apache/shenyu-admin:latest`, folders `shenyu-bootstrap/`
// and `shenyu-admin/` (holdout42 shenyu). Nothing is built there, so the compose rule of deploy-evidence.ts
// (services built from a folder) says nothing; the images' names say which folders they run, and
// `depends_on` says which service is the consumer: the gateway depends on its admin service (it syncs its
// rules from it) — the other is its back end. The one such service that depends on another of them leads;
// none or several consumers say nothing. A browser client (a folder whose package.json has a UI library and
// no server framework) depends on its API at run time but is not what ships in front of it (holdout2 novu:
// `…/novu/web` depends on `…/novu/api`, the API is the app): it is no consumer. Test, e2e, example and
// benchmark compose files are harnesses, not deployments.
import { basename, joinPath, type SourceTree } from '../tree.js'
import { COMPOSE_FILES } from './compose.js'
import { getPath, isRecord, parseYamlFile } from './manifests.js'

const HARNESS =
  /(?:^|[/._-])(?:bench|benchmarks?|load-?tests?|perf|e2e|integrat\w*|tests?|testing|harness|examples?|samples?|demos?)(?:[/._-]|$)/i

export interface ImageConsumer {
  dir: string
  file: string
  line: number
  service: string
  image: string
  dependsOn: string
}

/** The app folder a published image is named for (`org/<folder-name>[:tag]`), when exactly one matches. */
function imageFolder(image: unknown, ownApps: readonly string[]): string | null {
  if (typeof image !== 'string' || !image.includes('/') || image.includes('$')) return null
  const name = (image.split('/').pop() ?? '').replace(/[:@].*$/, '')
  const dirs = ownApps.filter(d => d !== '.' && basename(d) === name)
  return dirs.length === 1 ? dirs[0]! : null
}

const UI_LIBRARIES = /^(?:react|react-dom|vue|@angular\/core|svelte|solid-js|preact)$/
const SERVER_PACKAGES =
  /^(?:express|fastify|koa|hono|@nestjs\/core|next|nuxt|@remix-run\/\w+|@sveltejs\/kit|@hapi\/hapi|h3|elysia)$/

/** A folder whose package.json depends on a UI library and on no server framework: a browser client. */
function browserClient(tree: SourceTree, dir: string): boolean {
  const text = tree.read(joinPath(dir, 'package.json'))
  if (text === null) return false
  let deps: string[]
  try {
    const pkg = JSON.parse(text) as {
      dependencies?: Record<string, string>
      devDependencies?: Record<string, string>
    }
    deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]
  } catch {
    return false
  }
  return deps.some(d => UI_LIBRARIES.test(d)) && !deps.some(d => SERVER_PACKAGES.test(d))
}

/** Names a service's depends_on lists (list or map form). */
function dependsOn(svc: Record<string, unknown>): string[] {
  const deps = svc.depends_on
  if (Array.isArray(deps)) return deps.filter((d): d is string => typeof d === 'string')
  return isRecord(deps) ? Object.keys(deps) : []
}

/** The app whose published image is the one consumer in a user-facing compose file, else null. */
export function publishedImageConsumer(tree: SourceTree, ownApps: readonly string[]): ImageConsumer | null {
  const found = new Map<string, ImageConsumer>()
  if (ownApps.filter(d => d !== '.').length < 2) return null
  for (const { path } of tree.files) {
    if (!COMPOSE_FILES.includes(basename(path)) || HARNESS.test(path)) continue
    const parsed = parseYamlFile(tree, path)
    if (!parsed?.ok) continue
    const services = getPath(parsed.value, 'services')
    if (!isRecord(services)) continue
    const imaged = new Map<string, string>()
    for (const [name, svc] of Object.entries(services)) {
      if (!isRecord(svc) || svc.build !== undefined) continue
      const dir = imageFolder(svc.image, ownApps)
      if (dir) imaged.set(name, dir)
    }
    if (new Set(imaged.values()).size < 2) continue
    const consumers = [...imaged].flatMap(([name, dir]) => {
      const svc = services[name] as Record<string, unknown>
      const dep = dependsOn(svc).find(d => imaged.has(d) && imaged.get(d) !== dir)
      return dep && !browserClient(tree, dir) ? [{ name, dir, dep, image: String(svc.image) }] : []
    })
    if (consumers.length !== 1) continue
    const c = consumers[0]!
    const text = tree.read(path) ?? ''
    const line = text.split('\n').findIndex(l => /^\s*image\s*:/.test(l) && l.includes(c.image)) + 1
    found.set(c.dir, { dir: c.dir, file: path, line, service: c.name, image: c.image, dependsOn: c.dep })
  }
  return found.size === 1 ? [...found.values()][0]! : null
}
