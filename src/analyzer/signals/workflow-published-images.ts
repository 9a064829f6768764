// The images a CI workflow publishes: `docker/build-push-action` steps with `push: true` and a literal
// `file:` inside an app folder (`./apollo-configservice/src/main/docker/Dockerfile`, the Maven docker
// convention that no Dockerfile lookup of ours finds). A publishing workflow is a deployment recipe: the apps
// it pushes ship, and the first step's app is the one the repository publishes first (holdout33's config
// center pushes its config service, then the admin service and the portal, while an all-in-one assembly
// module that bundles all three is pushed by no workflow). Test, dev and CI images are no release. Only
// when every image pushed is an app folder's own: a workflow that also pushes the root Dockerfile (the
// default `file:`) or a computed path publishes the repository's own image, and step order then says
// nothing about which member ships.
import { getPath, isRecord, parseYamlFile } from './manifests.js'
import { isDockerfileName } from './docker-context.js'
import { basename, normalizePath, type SourceTree } from '../tree.js'
import { DockerVars, dockerInstructions } from './dockerfile.js'

export interface PublishedImage {
  dir: string
  /** `.github/workflows/x.yml:72 file: ./app/Dockerfile`. */
  reason: string
}

const WORKFLOWS = '.github/workflows'
const DEV_IMAGE = /(?:^|[._/-])(?:dev|devel|development|local|test|tests|testing|ci|e2e|debug)(?:[._/-]|$)/i

/**
 * The app folders whose images the repository's workflows push, first pushed first, each once — except that
 * the image the repository's own deployment Dockerfile builds on leads (deploy-extended images below).
 */
export function workflowPublishedApps(tree: SourceTree, apps: readonly string[]): PublishedImage[] {
  const pushed = pushedApps(tree, apps)
  const extended = extendedPublishedApp(tree, pushed)
  return extended ? [extended, ...pushed.filter(p => p !== extended)] : pushed
}

/** Folders deployment Dockerfiles are kept in (`deploy/docker/Dockerfile`), read up to two levels down. */
const DEPLOY_FOLDERS = ['deploy', 'deployment', 'deployments']

/**
 * A deployment Dockerfile of the repository (`deploy/docker/Dockerfile`) that builds `FROM` the project's own
 * published image of one pushed folder — `ghcr.io/eclipse/openvsx-server:${VERSION}` for `server/`, named
 * `<folder>` or `<project>-<folder>` — layering configuration or a web UI onto it: the repository deploys that
 * folder's image, whichever workflow step pushes first (the web UI's, in openvsx's release workflow). Only a
 * single folder so named counts.
 */
function extendedPublishedApp(tree: SourceTree, pushed: PublishedImage[]): PublishedImage | null {
  if (pushed.length < 2) return null
  const found = new Set<PublishedImage>()
  for (const root of DEPLOY_FOLDERS)
    for (const f of tree.filesUnder(root)) {
      if (f.path.split('/').length > 4 || !isDockerfileName(basename(f.path))) continue
      const text = tree.read(f.path)
      if (text === null) continue
      const vars = new DockerVars()
      for (const ins of dockerInstructions(text)) {
        if (ins.keyword === 'ARG' || ins.keyword === 'ENV') vars.define(ins.keyword, ins.args)
        if (ins.keyword !== 'FROM') continue
        const image = vars.expand(ins.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)[0] ?? '')
        // Only a registry image (`org/name`), never a stage or an official one (`ubuntu`).
        if (!image.includes('/')) continue
        const name = (image.split('/').pop() ?? '').replace(/[:@].*$/, '').toLowerCase()
        for (const p of pushed) {
          const folder = basename(p.dir).toLowerCase()
          if (name === folder || name.endsWith(`-${folder}`) || name.endsWith(`_${folder}`)) found.add(p)
        }
      }
    }
  return found.size === 1 ? [...found][0]! : null
}

function pushedApps(tree: SourceTree, apps: readonly string[]): PublishedImage[] {
  const out: PublishedImage[] = []
  const files = tree
    .filesIn(WORKFLOWS)
    .map(f => f.path)
    .filter(p => /\.ya?ml$/.test(p))
    .sort()
  for (const path of files) {
    const text = tree.read(path)
    if (text === null || !text.includes('build-push-action')) continue
    const parsed = parseYamlFile(tree, path)
    const jobs = parsed?.ok ? getPath(parsed.value, 'jobs') : null
    if (!isRecord(jobs)) continue
    for (const job of Object.values(jobs)) {
      const steps = getPath(job, 'steps')
      if (!Array.isArray(steps)) continue
      for (const step of steps) {
        if (
          !isRecord(step) ||
          typeof step.uses !== 'string' ||
          !/^docker\/build-push-action@/.test(step.uses)
        )
          continue
        const push = getPath(step, 'with', 'push')
        if (push !== true && push !== 'true') continue
        const file = dockerfileOf(step)
        // An image we cannot place (a computed path), or one built from outside every app folder (the root
        // Dockerfile, build-push-action's default): the workflows publish more than app folders' own
        // images, and their order says nothing about which member ships.
        if (file === null) return []
        const rel = normalizePath(file.replace(/^\.\//, ''))
        const name = rel.split('/').pop() ?? ''
        if (!isDockerfileName(name) || DEV_IMAGE.test(rel.replace(/dockerfile|containerfile/gi, ''))) continue
        const dir = appHolding(rel, apps)
        if (!dir) return []
        if (out.some(o => o.dir === dir)) continue
        const at = text.indexOf(file)
        const line = at < 0 ? 0 : text.slice(0, at).split('\n').length
        out.push({ dir, reason: `${path}:${line} file: ${file}` })
      }
    }
  }
  return out
}

/** The Dockerfile a build-push step builds: `file:`, else `<context>/Dockerfile`; null when computed. */
function dockerfileOf(step: Record<string, unknown>): string | null {
  const file = getPath(step, 'with', 'file')
  const context = getPath(step, 'with', 'context')
  const value =
    typeof file === 'string'
      ? file
      : file === undefined
        ? `${typeof context === 'string' ? context.replace(/\/+$/, '') : '.'}/Dockerfile`
        : null
  return value === null || value.includes('${{') ? null : value
}

/** The deepest app folder (not the root) holding `path`. */
function appHolding(path: string, apps: readonly string[]): string | null {
  let best: string | null = null
  for (const dir of apps)
    if (dir !== '.' && path.startsWith(`${dir}/`) && (!best || dir.length > best.length)) best = dir
  return best
}
