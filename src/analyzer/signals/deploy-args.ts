// Arguments the project's own deployment files give an image that does not serve on its own: a CLI binary
// as ENTRYPOINT with no CMD (`ENTRYPOINT ["ntfy"]`), or a CMD that only prints help (`CMD ["--help"]`). The
// compose service or Kubernetes container that runs the image says the subcommand (`command: serve`,
// `args: [start]`), and that is how the app starts. A service runs the image when it is built from the app
// folder, or when its image is named for the program (`binwiederhier/ntfy` runs `ntfy`, `atuinsh/atuin`
// runs `atuin-server`).
import { parseAllDocuments } from 'yaml'
import type { Evidence } from '../report.js'
import type { SourceTree } from '../tree.js'
import { dirname, joinPath } from '../tree.js'
import { builtDirs, buildsApp, buildsOwnDockerfile, composeFilesIn, projectName } from './compose.js'
import { evidenceAt, keyEvidence } from './evidence.js'
import { deploymentComposeFiles } from './deployment-compose-files.js'
import { manifestFiles } from './k8s-probes.js'
import { getPath, isRecord, parseYamlFile, yamlTooCostly } from './manifests.js'

export interface DeployArgs {
  args: string
  source: string
  evidence: Evidence
}

/** `registry/org/ntfy:v2` names `ntfy`, and `atuinsh/atuin` names `atuin-server` (the image of its family). */
export function imageNamesProgram(image: unknown, program: string): boolean {
  if (typeof image !== 'string') return false
  const name = (image.split('/').pop() ?? '').replace(/[:@].*$/, '').toLowerCase()
  const prog = program.slice(program.lastIndexOf('/') + 1).toLowerCase()
  if (!name || !prog) return false
  return name === prog || prog.startsWith(`${name}-`) || name.startsWith(`${prog}-`)
}

/** A compose `command:` / Kubernetes `args:` value as one command line (list items joined). */
function argsText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(v => typeof v === 'string' || typeof v === 'number')
  )
    return value.map(v => (/\s/.test(String(v)) ? `'${String(v)}'` : String(v))).join(' ')
  return null
}

/** The arguments the app's compose service or Kubernetes container passes to `program`, or null. */
export function deploymentArgs(tree: SourceTree, dir: string, program: string): DeployArgs | null {
  return composeArgs(tree, dir, program) ?? kubernetesArgs(tree, dir, program)
}

function composeArgs(tree: SourceTree, dir: string, program: string): DeployArgs | null {
  return appServiceCommand(tree, dir, image => imageNamesProgram(image, program))
}

/**
 * The `command:` of the compose service that builds the app's folder, for an image whose Dockerfile runs
 * nothing of the app's (`ENTRYPOINT ["tini", "--"]` and no CMD): compose is then what starts it
 * (`command: sh docker-entrypoint.sh`). A service runs the app when it builds the app's folder, or pulls
 * the project's own published image (`image: acme/acme:v1` for a project named `acme`, with `build: .`
 * commented out); sidecars built from another Dockerfile of the folder and other images are not the app.
 */
export function composeServiceCommand(tree: SourceTree, dir: string): DeployArgs | null {
  const project = projectName(tree, dir)
  return appServiceCommand(
    tree,
    dir,
    (image, command) =>
      (project !== null && imageNamesProgram(image, project)) || runsOwnPackage(tree, dir, image, command)
  )
}

/**
 * A service pulling the image named for a package of the app folder whose command runs that package:
 * owllook's `image: howie6879/owllook` + `command: pipenv run gunicorn … owllook.server:app` beside the
 * `owllook/` Python package (no manifest names the project). Both the name and the command must agree.
 */
function runsOwnPackage(tree: SourceTree, dir: string, image: unknown, command: unknown): boolean {
  if (typeof image !== 'string') return false
  const name = (image.split('/').pop() ?? '').replace(/[:@].*$/, '')
  if (!/^[A-Za-z_]\w*$/.test(name) || !tree.has(joinPath(dir, `${name}/__init__.py`))) return false
  const text = argsText(command)
  return text !== null && new RegExp(`(?:^|[\\s/=])${name}[./:]`).test(text)
}

/**
 * The first `command:` of a compose service (the app folder's compose files, then the root's) that runs
 * the app: one that builds the app's folder, or, without `build:`, one whose image `pullsApp` accepts.
 * `postgres: {build: {context: ., dockerfile: Dockerfile.postgres}}` builds a sidecar image from the app's
 * folder: when the folder ships its own Dockerfile, that service does not run the app's image.
 */
function appServiceCommand(
  tree: SourceTree,
  dir: string,
  pullsApp: (image: unknown, command: unknown) => boolean
): DeployArgs | null {
  const own = composeFilesIn(tree, [dir, '.'])
  // Compose files of a deployment folder speak only through services that build the app's folder.
  const kept = deploymentComposeFiles(tree).filter(p => !own.includes(p))
  for (const path of [...own, ...kept]) {
    const builtOnly = !own.includes(path)
    const parsed = parseYamlFile(tree, path)
    if (!parsed?.ok) continue
    const services = getPath(parsed.value, 'services')
    if (!isRecord(services)) continue
    const jobs = oneShotServices(services)
    for (const [name, svc] of Object.entries(services)) {
      if (!isRecord(svc) || jobs.has(name)) continue
      const runs =
        svc.build !== undefined
          ? (buildsOwnDockerfile(svc) || !shipsOwnDockerfile(tree, dir)) &&
            buildsApp(tree, builtDirs(dirname(path), svc), dir)
          : !builtOnly && pullsApp(svc.image, svc.command)
      const args = runs ? argsText(svc.command) : null
      if (args)
        return {
          args,
          source: `${path} services.${name}.command`,
          evidence: keyAfter(path, tree.read(path) ?? '', name, 'command')
        }
    }
  }
  return null
}

/**
 * Services another service waits for to finish (`depends_on: {migrate: {condition:
 * service_completed_successfully}}`): one-shot jobs run from the app's image (migrations, seeding), never
 * the server, whatever order the file lists them in.
 */
export function oneShotServices(services: Record<string, unknown>): Set<string> {
  const jobs = new Set<string>()
  for (const svc of Object.values(services)) {
    const deps = isRecord(svc) ? svc.depends_on : undefined
    if (!isRecord(deps)) continue
    for (const [dep, spec] of Object.entries(deps))
      if (isRecord(spec) && spec.condition === 'service_completed_successfully') jobs.add(dep)
  }
  return jobs
}

function shipsOwnDockerfile(tree: SourceTree, dir: string): boolean {
  return ['Dockerfile', 'Containerfile'].some(n => tree.has(joinPath(dir, n)))
}

function kubernetesArgs(tree: SourceTree, dir: string, program: string): DeployArgs | null {
  const files = [...new Set([...manifestFiles(tree, dir), ...(dir === '.' ? [] : manifestFiles(tree, '.'))])]
  for (const path of files) {
    const text = tree.read(path)
    if (text === null || !/^[ \t]*-?\s*args\s*:/m.test(text) || yamlTooCostly(text)) continue
    let docs: unknown[]
    try {
      docs = parseAllDocuments(text, { prettyErrors: false, logLevel: 'error' }).map(d =>
        d.errors.length > 0 ? null : d.toJS()
      )
    } catch {
      continue
    }
    for (const doc of docs) {
      for (const container of containersOf(doc)) {
        if (!imageNamesProgram(container.image, program) || !keepsEntrypoint(container.command, program))
          continue
        const args = argsText(container.args)
        if (args)
          return {
            args,
            source: `${path} container args`,
            evidence: argsEvidence(path, text)
          }
      }
    }
  }
  return null
}

/**
 * Whether a container's `command:` leaves the image's program in place: none, or the program itself
 * (`command: [/hanko]` + `args: [serve, all]`, written out to be explicit). Another command replaces it.
 */
function keepsEntrypoint(command: unknown, program: string): boolean {
  if (command === undefined || command === null) return true
  const words = Array.isArray(command)
    ? command
    : typeof command === 'string'
      ? command.trim().split(/\s+/)
      : []
  const base = (w: unknown): string => String(w).slice(String(w).lastIndexOf('/') + 1)
  return words.length === 1 && base(words[0]) === base(program)
}

/** The `args:` line of a container (`- args:` when it opens the list item). */
function argsEvidence(file: string, text: string): Evidence {
  const m = /^[ \t]*(?:-\s+)?args\s*:/m.exec(text)
  return m ? evidenceAt(file, text, m.index) : keyEvidence(file, text, 'args')
}

/** Evidence for `key:` inside the block of `section:` (the service's own `command:`, not another's). */
function keyAfter(file: string, text: string, section: string, key: string): Evidence {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const start = new RegExp(`^[ \\t]*['"]?${escape(section)}['"]?\\s*:`, 'm').exec(text)
  if (!start) return keyEvidence(file, text, key)
  const re = new RegExp(`^[ \\t]*${escape(key)}\\s*:`, 'gm')
  re.lastIndex = start.index
  const m = re.exec(text)
  return m ? evidenceAt(file, text, m.index) : keyEvidence(file, text, key)
}

/** Every `containers:` entry of a Kubernetes object (Deployment, StatefulSet, Pod, CronJob …). */
function containersOf(value: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > 8 || value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap(v => containersOf(v, depth + 1))
  const out: Record<string, unknown>[] = []
  for (const [key, v] of Object.entries(value)) {
    if (key === 'containers' && Array.isArray(v)) out.push(...v.filter(isRecord))
    else out.push(...containersOf(v, depth + 1))
  }
  return out
}
