// docker-compose: the container port of the service built from the app directory (`ports: ["8080:3000"]`
// → 3000, `expose: [3000]`), PORT from its `environment`, and the path its `healthcheck` requests.
// A service is built from the app when its build context is the app directory, or its `build.dockerfile`
// lives there (`context: .` + `dockerfile: backend/Dockerfile` builds `backend`).
import type { SourceTree } from '../tree.js'
import { basename, dirname, joinPath, normalizePath } from '../tree.js'
import type { Candidate } from '../candidate.js'
import { keyEvidence } from './evidence.js'
import { parseDotenv } from './dotenv.js'
import { getPath, isRecord, parseTomlFile, parseYamlFile } from './manifests.js'
import { parsePort } from './ports.js'
import type { Warning } from '../report.js'
import { DEPLOY_FILE, DEV_DEPLOY_FILE, HEALTH } from '../precedence.js'
import { probeSendsBody } from './probe-method.js'
import { rootProbePath } from './root-probe.js'
import { finalImageLanguage } from './image-language.js'
import { fastcgiFrontPort } from './compose-fastcgi-front.js'

export const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml']

/**
 * Compose variants beside the standard names: `docker-compose.prod.yml`, `compose.dev.yaml`. They are read
 * after the standard files; a development/test variant may run a dev server, so it counts for less.
 */
const COMPOSE_VARIANT = /^(?:docker-)?compose[.-][\w.-]+\.ya?ml$/
const DEV_VARIANT = /(?:^|[.-])(?:dev|develop|development|local|test|tests|testing|ci|e2e)(?:[.-]|$)/

/**
 * Compose files named only for the environment they run (cookiecutter-django's `production.yml` beside
 * `local.yml`, built from `compose/production/django/Dockerfile`): such a name is a compose file only when
 * the file has a top-level `services:` map (a `production.yml` of settings is not one). `local`/`dev` ones are
 * development variants like `docker-compose.dev.yml`.
 */
const ENVIRONMENT_COMPOSE = /^(?:production|prod|staging|local|dev|development)\.ya?ml$/

/**
 * The compose files of these folders that exist: standard names first, then variants (sorted), then the
 * environment-named ones that hold `services:`.
 */
export function composeFilesIn(tree: SourceTree, dirs: string[]): string[] {
  return [...new Set(dirs)].flatMap(dir => {
    const files = tree.filesIn(dir).map(f => f.path)
    return [
      ...COMPOSE_FILES.map(n => joinPath(dir, n)).filter(p => tree.has(p)),
      ...files.filter(p => COMPOSE_VARIANT.test(basename(p)) && !COMPOSE_FILES.includes(basename(p))).sort(),
      ...files
        .filter(p => ENVIRONMENT_COMPOSE.test(basename(p)) && /^services\s*:/m.test(tree.read(p) ?? ''))
        // `production.yml` before `local.yml`: the deployment's command before the developer's.
        .sort(
          (a, b) =>
            Number(DEV_VARIANT.test(basename(a))) - Number(DEV_VARIANT.test(basename(b))) || (a < b ? -1 : 1)
        )
    ]
  })
}

/** The project's own name: package.json `name` (without scope), else pyproject's `[project]`/`[tool.poetry]`. */
export function projectName(tree: SourceTree, dir: string): string | null {
  const pkg = tree.read(joinPath(dir, 'package.json'))
  const fromPkg = pkg ? /"name"\s*:\s*"(?:@[^/"]+\/)?([^"]+)"/.exec(pkg)?.[1] : undefined
  if (fromPkg) return fromPkg
  const pyproject = tree.read(joinPath(dir, 'pyproject.toml'))
  const section = pyproject
    ? /^\[(?:project|tool\.poetry)\][^[]*?^name\s*=\s*["']([^"']+)["']/m.exec(pyproject)
    : null
  if (section) return section[1]!
  // Arrays before the name (`authors = [{…}]`, `classifiers = […]`) end the quick read: parse the table.
  if (pyproject === null) return null
  const parsed = parseTomlFile(tree, joinPath(dir, 'pyproject.toml'))
  const name = parsed?.ok
    ? (getPath(parsed.value, 'project', 'name') ?? getPath(parsed.value, 'tool', 'poetry', 'name'))
    : undefined
  return typeof name === 'string' ? name : null
}

/**
 * Folders kept for compose files (`docker-compose/docker-compose.yml` beside the `glances.conf` it mounts):
 * read like the app folder's own, for the services that build the app or run the project's published image.
 */
export const COMPOSE_FOLDERS = ['docker-compose', 'compose']

/** The compose files of the app folder's compose folders. */
export function composeFolderFiles(tree: SourceTree, dir: string): string[] {
  return composeFilesIn(
    tree,
    COMPOSE_FOLDERS.map(f => joinPath(dir, f))
  )
}

/**
 * A service without `build:` that runs the project's own published image: `image: nicolargo/glances:latest-full`
 * for a project named Glances (its package name, case aside) — the compose file a project ships for users.
 */
function runsProjectImage(image: unknown, project: string | null): boolean {
  if (typeof image !== 'string' || project === null) return false
  const repo = image
    .split('/')
    .pop()
    ?.replace(/[:@].*$/, '')
    .toLowerCase()
  return repo !== undefined && repo !== '' && repo === project.toLowerCase()
}

/** `${APP_PORT:-8080}` / `${APP_PORT-8080}` → `8080`; other text unchanged. */
function interpolateDefault(text: string): string {
  return text.replace(/^\$\{\w+:?-([^}]*)\}$/, '$1')
}

/**
 * Container side of a compose port entry: "8080:3000" → 3000, "127.0.0.1:8000:8080" → 8080,
 * "${APP_PORT:-8000}:8080" → 8080, "8000:${PORT:-3000}" → 3000, "3000/tcp" → 3000, {target: 3000} → 3000.
 * A lone `${VAR:-N}` (no host side) stays unknown: the variable decides it.
 */
function containerPort(entry: unknown): number | null {
  if (typeof entry === 'number') return parsePort(entry)
  if (isRecord(entry))
    return parsePort(typeof entry.target === 'string' ? interpolateDefault(entry.target) : entry.target)
  if (typeof entry !== 'string') return null
  // Split on the colons outside `${…}` so a default (`${A:-8000}`) stays one segment.
  const segments = entry
    .trim()
    .replace(/\/(tcp|udp|sctp)$/, '')
    .split(/:(?![^{]*\})/)
  const last = segments.pop() ?? ''
  const container = segments.length > 0 ? interpolateDefault(last) : last
  return parsePort(container.split('-')[0])
}

export interface ComposeFacts {
  port: Candidate<number>[]
  healthPath: Candidate<string>[]
}

/** The directory a compose service builds: its context, or the folder of its Dockerfile inside the context. */
export function builtDirs(base: string, svc: Record<string, unknown>): string[] {
  // A `build:` mapping without `context` builds the compose file's own folder (Compose spec default).
  const context =
    typeof svc.build === 'string'
      ? svc.build
      : isRecord(svc.build)
        ? (getPath(svc, 'build', 'context') ?? '.')
        : undefined
  if (typeof context !== 'string') return []
  const contextDir = normalizePath(joinPath(base, context))
  const dockerfile = getPath(svc, 'build', 'dockerfile')
  return typeof dockerfile === 'string' && dockerfile.includes('/')
    ? [contextDir, dirname(normalizePath(joinPath(contextDir, dockerfile)))]
    : [contextDir]
}

/**
 * The `build.target` stages the root compose files build a Dockerfile with (`dockerfile:
 * ./dockerfiles/Dockerfile`, `target: web-server`): a multi-target file whose services each pick their stage.
 */
export function composeTargetsOf(tree: SourceTree, dockerfile: string): Set<string> {
  const targets = new Set<string>()
  for (const path of composeFilesIn(tree, ['.'])) {
    const parsed = parseYamlFile(tree, path)
    const services = parsed?.ok ? getPath(parsed.value, 'services') : undefined
    if (!isRecord(services)) continue
    for (const raw of Object.values(services)) {
      if (!isRecord(raw)) continue
      // `build: {<<: *build, target: web-server}`: YAML merge keys are not resolved by the parser.
      const svc = { ...raw, build: isRecord(raw.build) ? withMergeKeys(raw.build) : raw.build }
      const target = getPath(svc, 'build', 'target')
      const [context] = builtDirs(dirname(path), svc)
      const file = getPath(svc, 'build', 'dockerfile')
      if (typeof target !== 'string' || context === undefined) continue
      const built = normalizePath(joinPath(context, typeof file === 'string' ? file : 'Dockerfile'))
      if (built === dockerfile) targets.add(target.toLowerCase())
    }
  }
  return targets
}

/** A mapping with its YAML merge keys (`<<: *anchor`, nested) spread under its own keys. */
function withMergeKeys(value: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const merged = value['<<']
  if (merged === undefined || depth > 4) return value
  const { '<<': _, ...own } = value
  const bases = (Array.isArray(merged) ? merged : [merged])
    .filter(isRecord)
    .map(b => withMergeKeys(b, depth + 1))
  return Object.assign({}, ...bases, own)
}

/**
 * Services building different Dockerfiles from the app folder (production.yml's django, nginx and postgres
 * images, all `context: .`): only those whose image runs the folder's language describe the app.
 */
function ownLanguageServices(
  tree: SourceTree,
  appDir: string,
  base: string,
  services: [string, Record<string, unknown>][]
): [string, Record<string, unknown>][] {
  const fileOf = (svc: Record<string, unknown>): string | null => {
    const [context] = builtDirs(base, svc)
    const dockerfile = getPath(svc, 'build', 'dockerfile')
    return context === undefined
      ? null
      : normalizePath(joinPath(context, typeof dockerfile === 'string' ? dockerfile : 'Dockerfile'))
  }
  const files = [...new Set(services.map(([, svc]) => fileOf(svc)).filter((f): f is string => f !== null))]
  if (files.length < 2) return services
  const ours = new Set(ownLanguageImages(tree, appDir, files))
  return services.filter(([, svc]) => {
    const file = fileOf(svc)
    return file === null || ours.has(file)
  })
}

/** Manifests that install a folder's app: an image that copies one into its working folder installs that app. */
export const INSTALL_MANIFESTS = [
  'package.json',
  'pyproject.toml',
  'requirements.txt',
  'go.mod',
  'Cargo.toml',
  'Gemfile',
  'composer.json'
]

/** Manifests that make a folder an app of its own (then a Dockerfile there builds that app). */
export const APP_MANIFESTS = [
  ...INSTALL_MANIFESTS,
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'mix.exs',
  // A django project's root (dependencies in `requirements/*.txt`, no requirements.txt or pyproject).
  'manage.py'
]

/**
 * The Dockerfile's folder is the more specific claim: `context: .` + `dockerfile: backend/Dockerfile`
 * builds `backend`, not the root — unless that folder is no app of its own (`docker/Dockerfile`).
 */
export function buildsApp(tree: SourceTree, dirs: string[], appDir: string): boolean {
  const [context, dockerfileDir] = dirs
  if (context === undefined) return false
  if (dockerfileDir === undefined || dockerfileDir === context) return context === appDir
  if (dockerfileDir === appDir) return true
  return context === appDir && !isOwnApp(tree, dockerfileDir)
}

/** True when `dir` holds a manifest that makes it an app of its own. */
export function isOwnApp(tree: SourceTree, dir: string): boolean {
  return (
    APP_MANIFESTS.some(m => tree.has(joinPath(dir, m))) ||
    tree.filesIn(dir).some(f => /\.(cs|fs)proj$/.test(f.path))
  )
}

/**
 * `registry/org/<folder name>:tag` names the image of the app folder `dir`; so does `org/<project>-<folder>`
 * run by a service named after the folder (`web: {image: flomp/wanderer-web}` for `web/`), the way a
 * repository publishing one image per folder names them.
 */
function imageNames(image: unknown, dir: string, service: string): boolean {
  if (typeof image !== 'string') return false
  const repo = image
    .split('/')
    .pop()
    ?.replace(/[:@].*$/, '')
  const folder = dir.split('/').pop()!
  if (repo === undefined || repo === '') return false
  return (
    repo === folder || (service === folder && (repo.endsWith(`-${folder}`) || repo.endsWith(`_${folder}`)))
  )
}

/** The service builds the folder's default Dockerfile (no `dockerfile:` key, or Dockerfile/Containerfile). */
export function buildsOwnDockerfile(svc: Record<string, unknown>): boolean {
  const dockerfile = getPath(svc, 'build', 'dockerfile')
  if (typeof dockerfile !== 'string') return true
  return /^(?:Dockerfile|dockerfile|Containerfile)$/.test(dockerfile.split('/').pop() ?? '')
}

/**
 * A healthcheck `test` (exec list or CMD-SHELL string) as one command line. Variables the service's own
 * `environment` sets are replaced (`$$ISSO_ENDPOINT/info` with `ISSO_ENDPOINT: http://isso.local:8080`: the
 * `$$` leaves the expansion to the container's shell, which has that environment).
 */
function healthcheckText(test: unknown, env: ReadonlyMap<string, string> = new Map()): string {
  const text = Array.isArray(test) ? test.join(' ') : typeof test === 'string' ? test : ''
  return text.replace(/\$\$?(?:\{(\w+)\}|(\w+))/g, (whole, braced?: string, bare?: string) => {
    return env.get((braced ?? bare)!) ?? whole
  })
}

/** A service's `environment` (a map or a `KEY=value` list) as name → value. */
function serviceEnvironment(env: unknown): Map<string, string> {
  const out = new Map<string, string>()
  if (Array.isArray(env))
    for (const e of env) {
      const m = typeof e === 'string' ? /^(\w+)=(.*)$/.exec(e) : null
      if (m) out.set(m[1]!, m[2]!)
    }
  else if (isRecord(env))
    for (const [k, v] of Object.entries(env))
      if (typeof v === 'string' || typeof v === 'number') out.set(k, String(v))
  return out
}

/** `["CMD", "curl", "-f", "http://localhost:8000/api/health/"]` or a CMD-SHELL string → `/api/health/`. */
export function healthcheckPath(test: unknown, env?: ReadonlyMap<string, string>): string | null {
  const text = healthcheckText(test, env)
  const m = /https?:\/\/[^/\s"']+(\/[^\s"'|;)]*)/.exec(text)
  return m && m[1] !== '/' && !probeSendsBody(text) ? m[1]! : null
}

export function composeFacts(
  tree: SourceTree,
  appDir: string,
  composePaths: string[],
  warnings: Warning[]
): ComposeFacts {
  const out: Candidate<number>[] = []
  const healthPath: Candidate<string>[] = []
  for (const path of composePaths) {
    const parsed = parseYamlFile(tree, path)
    if (!parsed) continue
    if (!parsed.ok) {
      warnings.push(parsed.warning)
      continue
    }
    const services = getPath(parsed.value, 'services')
    if (!isRecord(services)) continue
    const text = tree.read(path) ?? ''
    const base = dirname(path)
    const confidence = DEV_VARIANT.test(basename(path)) ? DEV_DEPLOY_FILE : DEPLOY_FILE
    const entries = Object.entries(services).filter((e): e is [string, Record<string, unknown>] =>
      isRecord(e[1])
    )
    const allServices = entries
    let built = entries.filter(([, svc]) => buildsApp(tree, builtDirs(base, svc), appDir))
    // A multi-module build pushes one image per module (jib, spring-boot:build-image) and the compose file
    // runs them by name: `image: org/spring-petclinic-customers-service` is the module of that folder.
    if (built.length === 0 && appDir !== base && appDir !== '.')
      built = entries.filter(([name, svc]) => svc.build === undefined && imageNames(svc.image, appDir, name))
    // A compose folder's file for users runs the project's published image (`image: acme/glances`).
    if (built.length === 0 && COMPOSE_FOLDERS.includes(basename(base)) && dirname(base) === appDir) {
      const project = projectName(tree, appDir)
      built = entries.filter(([, svc]) => svc.build === undefined && runsProjectImage(svc.image, project))
    }
    // `mail: {build: {context: ., dockerfile: mailcatcher.Dockerfile}}` builds a sidecar image from the
    // same folder: when another service builds the app's own Dockerfile, the sidecar's ports are not ours.
    const ownImage = built.filter(([, svc]) => buildsOwnDockerfile(svc))
    // Services that only build another Dockerfile of a folder that has its own (`dev.Dockerfile` running
    // the dev server on 3000) describe a development image, not the one the app ships.
    const shipsOwn = ['Dockerfile', 'Containerfile'].some(n => tree.has(joinPath(appDir, n)))
    const chosen = ownLanguageServices(
      tree,
      appDir,
      base,
      ownImage.length > 0 ? ownImage : shipsOwn ? [] : built
    )
    for (const [name, svc] of chosen) {
      const test = getPath(svc, 'healthcheck', 'test')
      const serviceEnv = serviceEnvironment(svc.environment)
      const health = healthcheckPath(test, serviceEnv)
      if (health)
        healthPath.push({
          value: health,
          confidence,
          source: `${path} services.${name}.healthcheck`,
          evidence: [keyEvidence(path, text, 'healthcheck')]
        })
      // A check of the root URL (`curl -f http://localhost:8000`): the app's home page is its probe, ranked
      // below any health route the code declares (root-probe.ts).
      else if (rootProbePath(healthcheckText(test, serviceEnv)))
        healthPath.push({
          value: '/',
          confidence: HEALTH.rootProbe,
          source: `${path} services.${name}.healthcheck of the root URL`,
          evidence: [keyEvidence(path, text, 'healthcheck')]
        })
      const entries = [
        ...(Array.isArray(svc.ports) ? svc.ports : []),
        ...(Array.isArray(svc.expose) ? svc.expose : [])
      ]
      for (const entry of entries) {
        const port = containerPort(entry)
        if (port !== null)
          out.push({
            value: port,
            confidence,
            source: `${path} services.${name}.ports`,
            evidence: [keyEvidence(path, text, 'ports')]
          })
      }
      // php-fpm publishing nothing, with an nginx service in front passing PHP to it (compose-fastcgi-front.ts).
      if (entries.length === 0) {
        const front = fastcgiFrontPort(tree, path, text, base, name, allServices, confidence)
        if (front) out.push(front)
      }
      const env = svc.environment
      const envPort = Array.isArray(env)
        ? env.map(e => (typeof e === 'string' ? /^PORT=(\d+)$/.exec(e)?.[1] : undefined)).find(Boolean)
        : isRecord(env)
          ? env.PORT
          : undefined
      const port = parsePort(envPort)
      if (port !== null)
        out.push({
          value: port,
          confidence,
          source: `${path} services.${name}.environment.PORT`,
          evidence: [keyEvidence(path, text, 'PORT')],
          setsEnv: ['PORT']
        })
    }
  }
  return { port: out, healthPath }
}

/**
 * A Dockerfile variant of the app folder that a compose file builds it with (`build: {context: ./apps/api,
 * dockerfile: Dockerfile.api}`): the folder has no standard Dockerfile, and the variant's name says nothing
 * of production (`api`), yet the deployment file names it. Development compose files and variants named
 * for development (`Dockerfile.dev`) do not count. A variant that runs a front server (`Dockerfile.nginx-*`
 * beside `Dockerfile.django-*`, both built by one compose file) is the proxy in front of the app: it is
 * chosen only when the compose files name no other. Returns the variant's path, or null.
 */
export function composeNamedDockerfile(
  tree: SourceTree,
  appDir: string,
  isDevVariant: (path: string) => boolean,
  runsFrontServer: (path: string) => boolean = () => false
): string | null {
  let front: string | null = null
  for (const path of composeFilesIn(tree, ['.', appDir])) {
    if (DEV_VARIANT.test(basename(path))) continue
    const parsed = parseYamlFile(tree, path)
    if (!parsed?.ok) continue
    const services = getPath(parsed.value, 'services')
    if (!isRecord(services)) continue
    for (const svc of Object.values(services)) {
      if (!isRecord(svc)) continue
      const dockerfile = getPath(svc, 'build', 'dockerfile')
      if (typeof dockerfile !== 'string') continue
      const [context] = builtDirs(dirname(path), svc)
      if (context === undefined) continue
      const file = normalizePath(joinPath(context, withVariableDefaults(dockerfile)))
      if (dirname(file) !== appDir || !tree.has(file) || isDevVariant(file)) continue
      if (!runsFrontServer(file)) return file
      front ??= file
    }
  }
  return front
}

/**
 * Compose files kept beside the app's Dockerfile (in its folder or a folder above it, below the app folder)
 * that build that very Dockerfile: PowerDNS-Admin's docker/docker-compose.yml builds `context: ..`,
 * `dockerfile: docker/common/Dockerfile.app` and maps `9191:80`. Such a service runs the image the app
 * ships, so its ports and healthcheck are the app's; compose files there that build other images are not read.
 */
export function composeFilesBuilding(tree: SourceTree, appDir: string, dockerfile: string): string[] {
  const dirs: string[] = []
  for (let d = dirname(dockerfile); d !== appDir && d !== '.' && d !== ''; d = dirname(d)) dirs.push(d)
  return composeFilesIn(tree, dirs).filter(path => {
    const parsed = parseYamlFile(tree, path)
    const services = parsed?.ok ? getPath(parsed.value, 'services') : undefined
    if (!isRecord(services)) return false
    return Object.values(services).some(svc => {
      if (!isRecord(svc)) return false
      const named = getPath(svc, 'build', 'dockerfile')
      const [context] = builtDirs(dirname(path), svc)
      return (
        typeof named === 'string' &&
        context !== undefined &&
        normalizePath(joinPath(context, withVariableDefaults(named))) === dockerfile
      )
    })
  })
}

/**
 * A Dockerfile outside the app folder that a compose service builds the app folder with (`context: ./`,
 * `dockerfile: ./dockerfiles/python${PYTHON_VERSION}/Dockerfile`), variables interpolated as compose does:
 * from the `.env` file beside the compose file, then the `${VAR:-default}` defaults. Development compose
 * files and variants do not count, nor a Dockerfile in a folder that is an app of its own. Null when the
 * compose files name none, or name several different ones.
 */
export function composeBuiltDockerfile(
  tree: SourceTree,
  appDir: string,
  isDevVariant: (path: string) => boolean
): string | null {
  const found = new Set<string>()
  for (const path of composeFilesIn(tree, ['.', appDir])) {
    if (DEV_VARIANT.test(basename(path))) continue
    const parsed = parseYamlFile(tree, path)
    const services = parsed?.ok ? getPath(parsed.value, 'services') : undefined
    if (!isRecord(services)) continue
    const envPath = joinPath(dirname(path), '.env')
    const envText = tree.read(envPath)
    const env =
      envText === null
        ? new Map<string, string>()
        : new Map([...parseDotenv(envPath, envText)].map(([k, v]) => [k, v.value]))
    for (const svc of Object.values(services)) {
      if (!isRecord(svc)) continue
      const dockerfile = getPath(svc, 'build', 'dockerfile')
      const [context] = builtDirs(dirname(path), svc)
      if (typeof dockerfile !== 'string' || context !== appDir) continue
      const named = withVariableDefaults(
        dockerfile.replace(
          /\$\{(\w+)\}|\$(\w+)/g,
          (whole, a?: string, b?: string) => env.get((a ?? b)!) ?? whole
        )
      )
      if (/\$/.test(named)) continue
      const file = normalizePath(joinPath(context, named))
      if (dirname(file) === appDir || !tree.has(file) || isDevVariant(file)) continue
      if (isOwnApp(tree, dirname(file))) continue
      found.add(file)
    }
  }
  if (found.size === 1) return [...found][0]!
  // cookiecutter-django's production.yml builds django, postgres, nginx, redis … all from `context: .`:
  // the one whose final image runs the folder's own language is the app's.
  const ours = ownLanguageImages(tree, appDir, [...found])
  return ours.length === 1 ? ours[0]! : null
}

/** The interpreter image group (image-language.ts) a folder's manifests call for, or null. */
function folderImageGroup(tree: SourceTree, dir: string): string | null {
  const has = (name: string): boolean => tree.has(joinPath(dir, name))
  if (
    ['requirements.txt', 'pyproject.toml', 'setup.py', 'Pipfile', 'manage.py'].some(has) ||
    tree.filesIn(joinPath(dir, 'requirements')).some(f => f.path.endsWith('.txt'))
  )
    return 'python'
  if (has('Gemfile')) return 'ruby'
  if (has('composer.json')) return 'php'
  if (has('package.json')) return 'javascript'
  return null
}

/**
 * Of several Dockerfiles services build from one folder, those whose final image runs the folder's own
 * language (`FROM python:3.10-alpine` for a django folder, not the `FROM nginx`, `FROM postgres` or the node
 * sidecar's image beside it); all of them when the folder's language is unknown or no image matches.
 */
function ownLanguageImages(tree: SourceTree, appDir: string, dockerfiles: readonly string[]): string[] {
  const group = folderImageGroup(tree, appDir)
  if (group === null) return [...dockerfiles]
  const ours = dockerfiles.filter(f => {
    const text = tree.read(f)
    return text !== null && finalImageLanguage(f, text)?.group === group
  })
  return ours.length > 0 ? ours : [...dockerfiles]
}

/** Compose interpolation with the defaults it would use: `Dockerfile.django-${OS:-debian}` → `…-debian`. */
function withVariableDefaults(value: string): string {
  return value.replace(/\$\{\w+:?-([^}]*)\}/g, '$1')
}
