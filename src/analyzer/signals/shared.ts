// Cross-cutting signals every provider gets for free: read once per candidate directory by the core and
// merged into every app's fields (providers may also consult them, e.g. to respect a Procfile).
import { memberRunByImagePath } from './image-run-file.js'
import { mavenImageDockerfile } from './maven-image-module.js'
import { downloadsOwnRelease } from './release-download-image.js'
import { memberBuildOutputRun } from './image-built-file.js'
import { rootRailwayMemberHealth } from './railway-member.js'
import type { Warning } from '../report.js'
import type { SourceTree } from '../tree.js'
import { basename, dirname, joinPath } from '../tree.js'
import { memberScriptCommand } from './root-script.js'
import type { Candidate } from '../candidate.js'
import {
  composeFacts,
  composeFilesBuilding,
  composeFilesIn,
  composeFolderFiles,
  composeBuiltDockerfile,
  composeNamedDockerfile,
  isOwnApp
} from './compose.js'
import { shipsStandaloneParent } from './standalone-root.js'
import { resolveImagePath } from './image-path.js'
import { projectAssemblies, runsProjectAssembly } from './dotnet-assembly.js'
import { globCopiesFrom, runsFolderAssembly } from './solution-folder-dockerfile.js'
import { runsCompiledMemberEntry } from './compiled-member-entry.js'
import { runsProjectApphost } from './dotnet-apphost.js'
import { wholeContextWorkdirFolder } from './context-workdir.js'
import { cargoBinaries, workspaceMemberRunBy } from './cargo-binary.js'
import { contextCopySources, dockerfileFactsIn, dockerInstructions, readDockerfile } from './dockerfile.js'
import { NOT_A_DOCKERFILE } from './docker-context.js'
import { DEV_SERVER_COMMAND } from './dev-servers.js'
import { workflowBuiltDockerfile } from './workflow-dockerfile.js'
import { runsGoBinaryBuiltIn } from './go-built-binary.js'
import { goMainDockerfile } from './go-main-dockerfiles.js'
import { wholeContextRunsAppFile } from './whole-context-command.js'
import { wholeContextRunsGoMain } from './context-go-main.js'
import { dockerfileRunsFolder, workdirMember } from './dockerfile-app.js'
import { finalImageApps } from './final-image-apps.js'
import { runtimeImageApps } from './runtime-image-app.js'
import { DOTENV_FILES, parseDotenv, portFromDotenv, type EnvVar } from './dotenv.js'
import {
  readAppYaml,
  readFlyToml,
  readRailway,
  readAppRunner,
  readRenderYaml,
  type PlatformFacts
} from './platform-files.js'
import { readCloudronManifest } from './cloudron-manifest.js'
import { composeHostPortVariables } from './host-port-vars.js'
import { readDoAppSpec } from './do-app-spec.js'
import { readProcfile } from './procfile.js'
import { readK8sProbes } from './k8s-probes.js'
import { publishedImageHealth } from './published-image-health.js'
import { composeServiceCommand, deploymentArgs } from './deploy-args.js'
import { followStartScript } from './start-script.js'
import { PORT, START } from '../precedence.js'
import { runsFrontServer } from './front-server.js'
import { withoutLoopbackExpose } from './loopback-expose.js'
import { portFromCommand } from './ports.js'
import { serverDockerfileVariant } from './server-dockerfile-variant.js'

export interface SharedSignals {
  /** Existing Dockerfile for this app (repository-relative), or null. */
  dockerfile: string | null
  port: Candidate<number>[]
  startCommand: Candidate<string>[]
  buildCommand: Candidate<string>[]
  healthPath: Candidate<string>[]
  /**
   * The program the image runs bare when it needs arguments nothing in the repository gives (`ENTRYPOINT
   * ["/opt/x/bin/tabby"]`, no CMD, no compose `command:`): the app's own CLI may say which subcommand serves.
   */
  awaitsArguments?: string
  /** Variables from the app's .env* files (first file in DOTENV_FILES order wins per key). */
  env: Map<string, EnvVar>
  warnings: Warning[]
}

export const DOCKERFILE_NAMES = ['Dockerfile', 'dockerfile', 'Containerfile']

export function emptySignals(): SharedSignals {
  return {
    dockerfile: null,
    port: [],
    startCommand: [],
    buildCommand: [],
    healthPath: [],
    env: new Map(),
    warnings: []
  }
}

// Folders projects keep their Dockerfile in, relative to the app (built with the app folder as context).
// Paths are case-sensitive: the capitalised `Docker/` (FreshRSS-style PHP and .NET repositories) is listed too.
export const DOCKERFILE_FOLDERS = [
  'docker',
  'Docker',
  '.docker',
  'container',
  'build',
  'docker/production',
  'docker/prod',
  'infra/docker',
  'deploy',
  'deploy/docker',
  'deployment',
  'deployment/docker',
  'ops/docker',
  'src/main/docker',
  // Folders named for the Dockerfiles they keep (`docker-files/alpine.Dockerfile` beside
  // `docker-files/ubuntu.Dockerfile`): flavours of one image, built with the root as context.
  'dockerfiles',
  'docker-files',
  'docker_files'
]

/**
 * The Maven/Gradle convention (fabric8/jib docker plugins, Quarkus, Micronaut): `<module>/src/main/docker/
 * Dockerfile` is built with the module as context after `mvn package`/`gradle build`, from `target/` or
 * `build/` output that is not in the repository, so no COPY source proves it: the folder itself does.
 */
export const JVM_MODULE_DOCKER_FOLDER = 'src/main/docker'
const JVM_MODULE_MANIFESTS = ['pom.xml', 'build.gradle', 'build.gradle.kts']

/**
 * `Dockerfile.prod`, `Containerfile.release`, `prod.Dockerfile`, `docker/default.dockerfile`, and the
 * hyphenated `Dockerfile-alpine` / `Dockerfile-build` naming (Ory's `.docker/`), and the underscored
 * `dockerfile_hub` / `Dockerfile_agent` one (beszel's `internal/`).
 */
const DOCKERFILE_VARIANT =
  /^(?:(?:Dockerfile|Containerfile)[._-][\w.-]+|[\w.-]+\.(?:Dockerfile|Containerfile))$/i
/**
 * Variants that build a development or test image, or a Windows container (Fargate runs Linux ones),
 * never the one the app ships.
 */
const DEV_DOCKERFILE =
  /(?:^|[._-])(?:dev|devel|develop|development|local|test|tests|testing|ci|e2e|debug|windows|nanoserver)(?:[._-]|$)/i
/**
 * Variants named for the image that ships (`Dockerfile.linux` beside `Dockerfile.windows`; Quarkus'
 * `Dockerfile.jvm` beside `Dockerfile.native`, which needs a GraalVM native build first).
 */
const PRODUCTION_DOCKERFILE =
  /(?:^|[._-])(?:prod|production|release|default|main|app|server|web|linux|jvm)(?:[._-]|$)/i

/**
 * The Dockerfile of a folder: a standard name (Dockerfile, Containerfile), else a production-looking
 * variant (`Dockerfile.prod`, `prod.Dockerfile`, `default.Dockerfile`); with `anyVariant`, else the only
 * variant that is no dev/test one. Variant candidates must run something (CMD/ENTRYPOINT or a web-server
 * image): `Dockerfile.builder` stages that only compile are not the app.
 */
export function dockerfileIn(tree: SourceTree, dir: string, anyVariant = false): string | null {
  const standard = DOCKERFILE_NAMES.map(n => joinPath(dir, n)).find(p => tree.has(p))
  if (standard) return standard
  const { production, variants } = dockerfileVariants(tree, dir)
  // One variant per shipped member (`Dockerfile.client.production`, `Dockerfile.server.production`): the
  // server's leads (server-dockerfile-variant.ts).
  const server = serverDockerfileVariant(variants)
  if (server) return server
  if (production.length > 0) return production[0]!
  return anyVariant && variants.length === 1 ? variants[0]! : null
}

function hasDockerfileVariant(tree: SourceTree, dir: string): boolean {
  return tree
    .filesIn(dir)
    .some(f => DOCKERFILE_VARIANT.test(basename(f.path)) && !NOT_A_DOCKERFILE.test(f.path))
}

/** A variant that builds a development or test image (`Dockerfile.dev`, `local.Dockerfile`). */
function isDevDockerfile(path: string): boolean {
  return DEV_DOCKERFILE.test(basename(path).replace(/dockerfile|containerfile/gi, ''))
}

/** The variants of a folder that run something and build no dev/test image; the production-named ones. */
function dockerfileVariants(tree: SourceTree, dir: string): { production: string[]; variants: string[] } {
  const stem = (path: string): string => basename(path).replace(/dockerfile|containerfile/gi, '')
  const variants = tree
    .filesIn(dir)
    .map(f => f.path)
    .filter(p => DOCKERFILE_VARIANT.test(basename(p)) && !NOT_A_DOCKERFILE.test(p))
    .filter(p => !DEV_DOCKERFILE.test(stem(p)))
    .filter(p => {
      const text = tree.read(p)
      return text !== null && dockerfileRuns(p, text)
    })
    .sort()
  const project = projectNames(tree, dir)
  const named = (p: string): boolean =>
    PRODUCTION_DOCKERFILE.test(stem(p)) ||
    project.has(
      stem(p)
        .replace(/^[._-]+|[._-]+$/g, '')
        .toLowerCase()
    )
  return { production: variants.filter(named), variants }
}

/**
 * The name a folder's project goes by: its package.json `name`, without an npm scope. A Dockerfile variant
 * named after the project (`Dockerfile.kaneo` beside `"name": "kaneo"`) builds the image the project
 * publishes, like a production-named one; other variants (`Dockerfile.postgres`) build helper images.
 */
function projectNames(tree: SourceTree, dir: string): Set<string> {
  const pkg = /"name"\s*:\s*"(?:@[^/"]+\/)?([^"]+)"/.exec(tree.read(joinPath(dir, 'package.json')) ?? '')
  return new Set(pkg ? [pkg[1]!.toLowerCase()] : [])
}

/**
 * The Dockerfiles a folder offers the app, best first: its standard one when that runs something; else its
 * production-named variants, else (none is named so) every variant — each one that runs something and builds
 * no dev/test image. A standard one that runs nothing (a bare php-fpm image, a development base that compose
 * starts with its own command) so leaves its turn to the variants that do (`docker/Dockerfile-standalone` runs
 * Caddy + php-fpm under supervisord; `Dockerfile.autobuild` ends in `CMD ["/app/docker/start.sh"]`).
 * `idleStandard` says the folder has a standard Dockerfile that runs nothing. Several unnamed variants
 * (`.docker/Dockerfile-alpine`, `Dockerfile-distroless-static` that COPY a binary released elsewhere,
 * `Dockerfile-build` that compiles the repository) are told apart by the caller's proof that one builds from
 * the app folder.
 */
function runnableDockerfiles(tree: SourceTree, dir: string): { paths: string[]; idleStandard: boolean } {
  const standard = DOCKERFILE_NAMES.map(n => joinPath(dir, n)).find(p => tree.has(p))
  if (standard && runsSomething(tree, standard)) return { paths: [standard], idleStandard: false }
  const { production, variants } = dockerfileVariants(tree, dir)
  // Production-named variants that fail the proof leave the others out too (`Dockerfile.make` beside
  // `Dockerfile.server.*` is a build-tool image, not the app).
  return { paths: production.length > 0 ? production : variants, idleStandard: standard !== undefined }
}

/**
 * Whether the Dockerfile at `path` with `text` has a start command, read without the repository's scripts
 * (so from the two alone): every app of a monorepo asks it of the same Dockerfiles — bitwarden's twenty
 * apps read its Dockerfiles that way hundreds of times.
 */
function dockerfileRuns(path: string, text: string): boolean {
  const known = dockerfileRunsByPath.get(path)
  if (known !== undefined && known.text === text) return known.runs
  // An fpm base image's own php-fpm serves FastCGI only: a sibling image that starts a server is preferred.
  const runs = readDockerfile(path, text).startCommand.some(
    c => c.value !== 'php-fpm' || !c.source.endsWith('image default command')
  )
  if (dockerfileRunsByPath.size >= 4096) dockerfileRunsByPath.clear()
  dockerfileRunsByPath.set(path, { text, runs })
  return runs
}
const dockerfileRunsByPath = new Map<string, { text: string; runs: boolean }>()

/** Whether a Dockerfile's last stage runs something (CMD/ENTRYPOINT or a web-server image). */
function runsSomething(tree: SourceTree, path: string): boolean {
  const text = tree.read(path)
  return text !== null && dockerfileRuns(path, text)
}

/** Whether a Dockerfile's command (its ENTRYPOINT script followed) runs a front server (nginx, caddy …). */
function dockerfileRunsFrontServer(tree: SourceTree, path: string): boolean {
  const text = tree.read(path)
  if (text === null) return false
  const start = dockerfileFactsIn(tree, path, text).startCommand[0]
  return start !== undefined && runsFrontServer(start.value)
}

/**
 * The app's Dockerfile: its own, or one kept in a `docker/` folder that is no app of its own and is built
 * with the app folder as context — proven by a COPY/ADD source that exists in the app folder (`COPY
 * ./src`, `COPY docker/entry.sh`). Its last stage must run something (CMD/ENTRYPOINT or a web-server
 * image), or building it without `--target` would not give the app.
 */
export function appDockerfile(tree: SourceTree, dir: string): string | null {
  // In the app's own folder nothing proves which of several variants builds the app: only a single one takes
  // the turn of a standard Dockerfile that runs nothing.
  const runnable = runnableDockerfiles(tree, dir)
  const own =
    (runnable.idleStandard && runnable.paths.length === 1 ? runnable.paths[0]! : null) ??
    dockerfileIn(tree, dir) ??
    // Compose files are read only for a folder that holds a variant for one to name.
    (hasDockerfileVariant(tree, dir)
      ? (composeNamedDockerfile(tree, dir, isDevDockerfile, path => dockerfileRunsFrontServer(tree, path)) ??
        sourceBuildingVariant(tree, dir, runnable.paths))
      : null)
  if (own) return own
  const goMain = goMainDockerfile(tree, dir)
  if (goMain) return goMain
  if (!isOwnApp(tree, dir)) return null
  for (const folder of DOCKERFILE_FOLDERS) {
    const sub = joinPath(dir, folder)
    const paths = runnableDockerfiles(tree, sub).paths
    if (paths.length === 0 || isOwnApp(tree, sub)) continue
    for (const path of paths) {
      const text = tree.read(path)
      if (text === null || !dockerfileRuns(path, text)) continue
      if (folder === JVM_MODULE_DOCKER_FOLDER && JVM_MODULE_MANIFESTS.some(m => tree.has(joinPath(dir, m))))
        return path
      if (copiesFromAppFolder(tree, dir, sub, text)) return path
      // …or installs the project's own published release (release-download-image.ts).
      if (downloadsOwnRelease(tree, dir, text)) return path
    }
  }
  return (
    // A Maven image module (`install/docker/pom.xml`, packaging pom) that ships this module's war/jar.
    mavenImageDockerfile(tree, dir) ??
    // A compose service that builds this folder names its Dockerfile, kept wherever (`dockerfiles/python314/`).
    composeBuiltDockerfile(tree, dir, isDevDockerfile) ??
    nestedFolderDockerfile(tree, dir) ??
    parentDockerfileBuilding(tree, dir) ??
    parentFolderDockerfileBuilding(tree, dir) ??
    ancestorDockerfileRunning(tree, dir) ??
    // Kept where no convention looks (`internal/dockerfile_hub`): the one serving image a workflow builds.
    workflowBuiltDockerfile(tree, dir)
  )
}

/**
 * Several unnamed variants in a member's own folder (`bin/core/aio.Dockerfile`, `single-arch.Dockerfile`,
 * `multi-arch.Dockerfile`), built with the repository root as context: the one that copies the member's whole
 * folder (`COPY ./bin/core ./bin/core`, then `cargo build -p …`) builds the app from its source; the others
 * package binaries built elsewhere (`COPY --from=ghcr.io/…/binaries /core …`) and only copy single files of
 * the folder (`COPY ./bin/core/starship.toml /`). Only a single such variant speaks for the app.
 */
function sourceBuildingVariant(tree: SourceTree, dir: string, variants: readonly string[]): string | null {
  if (dir === '.' || variants.length < 2) return null
  const folder = dir.replace(/\/+$/, '')
  const building = variants.filter(path => {
    const text = tree.read(path)
    return (
      text !== null &&
      contextCopySources(text).some(source => source.replace(/^\.\//, '').replace(/\/+$/, '') === folder)
    )
  })
  return building.length === 1 ? building[0]! : null
}

/** Top folders that keep Dockerfiles one or two folders further down (`docker/build/x86_64/Dockerfile`). */
export const NESTED_DOCKERFILE_ROOTS = ['docker', '.docker', 'deploy', 'deployment', 'build']

/**
 * A Dockerfile kept one or two folders below the app's `docker/` folder (per architecture or per flavour:
 * `docker/build/x86_64/Dockerfile` beside `docker/ci/x86_64/Dockerfile`), built with the app folder as context
 * — the same COPY proof as appDockerfile, so a CI image that only packages a released binary is not it. Paths
 * with a development or CI folder in them are skipped; only a single proven one counts.
 */
function nestedFolderDockerfile(tree: SourceTree, dir: string): string | null {
  for (const top of NESTED_DOCKERFILE_ROOTS) {
    const base = joinPath(dir, top)
    if (isOwnApp(tree, base)) continue
    const found = tree
      .filesUnder(base)
      .map(f => f.path)
      .filter(p => {
        const below = p.slice(base.length + 1).split('/')
        return (
          (below.length === 2 || below.length === 3) &&
          DOCKERFILE_NAMES.includes(below[below.length - 1]!) &&
          !below.slice(0, -1).some(folder => DEV_DOCKERFILE.test(folder))
        )
      })
      .sort()
    const proven = found.filter(path => {
      const folder = dirname(path)
      if (isOwnApp(tree, folder)) return false
      const text = tree.read(path)
      if (text === null || !dockerfileRuns(path, text)) return false
      return copiesFromAppFolder(tree, dir, folder, text)
    })
    // Two flavours that both build the app (`docker/single-process`, `docker/multi-process`): which one
    // ships is the deployer's choice, so neither speaks for the app — unless exactly one folder is named for
    // the image that serves (`deployment/docker/server` beside `runner/` and `dredd/`, a worker and an API
    // test image built from the same source), or they agree on what the app needs from an image
    // (`.docker/alpine/Dockerfile` beside `.docker/debian/Dockerfile`: the same command and ports on another
    // base distribution); then the first speaks for both.
    if (proven.length === 1) return proven[0]!
    if (proven.length > 0) {
      const serving = proven.filter(p => PRODUCTION_DOCKERFILE.test(basename(dirname(p))))
      if (serving.length === 1) return serving[0]!
      return flavoursAgree(tree, proven) ? proven[0]! : null
    }
  }
  return null
}

/**
 * Dockerfiles that run the same command on the same exposed ports (base images aside). Commands are read
 * through the scripts they run: `CMD /scripts/init` in both `single-process/` and `multi-process/` starts
 * puma in one and a process supervisor in the other.
 */
function flavoursAgree(tree: SourceTree, paths: readonly string[]): boolean {
  const shape = (path: string): string => {
    const facts = dockerfileFactsIn(tree, path, tree.read(path) ?? '')
    return JSON.stringify([facts.startCommand[0]?.value, facts.port.map(p => p.value).sort()])
  }
  const first = shape(paths[0]!)
  return paths.every(path => shape(path) === first)
}

/**
 * A member's image built from a Dockerfile kept in its parent's Dockerfile folder (`docker/Dockerfile` of a
 * workspace whose root holds no Dockerfile), with the parent as context (COPY sources are the parent's
 * paths), whose final image is made from this member: `COPY ./backend ./` in the stage the last stage copies
 * from, while a frontend stage only produced assets the backend embeds (see final-image-apps.ts).
 */
function parentFolderDockerfileBuilding(tree: SourceTree, dir: string): string | null {
  if (dir === '.') return null
  const slash = dir.lastIndexOf('/')
  const parent = slash < 0 ? '.' : dir.slice(0, slash)
  if (DOCKERFILE_NAMES.some(n => tree.has(joinPath(parent, n)))) return null
  const member = dir.slice(slash + 1)
  for (const folder of DOCKERFILE_FOLDERS) {
    const sub = joinPath(parent, folder)
    const path = dockerfileIn(tree, sub)
    if (!path || isOwnApp(tree, sub)) continue
    const text = tree.read(path)
    if (text === null || !dockerfileRuns(path, text)) continue
    // `ADD . /src` + `WORKDIR /src/server`: the image runs in this member's copy of the whole context.
    if (wholeContextWorkdirFolder(text) === member && !tree.has(joinPath(sub, member))) return path
    if (!copiesFromAppFolder(tree, parent, sub, text)) continue
    const siblings = contextCopySources(text)
      .map(source => source.replace(/^\.\//, '').split('/')[0]!)
      .filter(first => first && !/[$*?]/.test(first) && isOwnApp(tree, joinPath(parent, first)))
    const built = finalImageApps(text, [...new Set(siblings)], {
      wholeFolder: p => tree.has(joinPath(parent, p))
    })
    if (built.length === 1 && built[0]!.dir === member) return path
  }
  return null
}

/**
 * A multi-target Dockerfile kept in the app's `docker/` folder (built with `--target release`, the last
 * stage uploads artifacts): not the app's Dockerfile (appDockerfile wants a last stage that runs), but its
 * stages build on the runtime the app runs on. Same COPY proof as appDockerfile.
 */
export function appFolderDockerfile(tree: SourceTree, dir: string): string | null {
  if (!isOwnApp(tree, dir)) return null
  for (const folder of DOCKERFILE_FOLDERS) {
    const sub = joinPath(dir, folder)
    const path = dockerfileIn(tree, sub, true)
    if (!path || isOwnApp(tree, sub)) continue
    const text = tree.read(path)
    if (text !== null && copiesFromAppFolder(tree, dir, sub, text)) return path
  }
  return null
}

/**
 * The nearest ancestor's Dockerfile when its command runs this folder and no other app folder:
 * `CMD node ./dist/src/backend/index.js` at a workspace root runs the `src/backend` member's build
 * (Puter); `cd /data/apps/web && next start` beside `cd apps/worker …` names two apps and stays the root's.
 */
function ancestorDockerfileRunning(tree: SourceTree, dir: string): string | null {
  if (dir === '.') return null
  let ancestor = dir
  while (ancestor !== '.') {
    const slash = ancestor.lastIndexOf('/')
    ancestor = slash < 0 ? '.' : ancestor.slice(0, slash)
    // A production-named variant stands in for a missing standard one (`Dockerfile.server` at a workspace root).
    const path = dockerfileIn(tree, ancestor)
    if (!path) {
      const folder = folderDockerfileRunningBinary(tree, ancestor, dir)
      if (folder) return folder
      continue
    }
    const text = tree.read(path)
    // Read with the repository's scripts: `ENTRYPOINT ["/entrypoint.sh"]` + `CMD ["run"]` runs the program
    // the script execs (`/app/lldap run`), which is what names the member.
    const command = text === null ? undefined : dockerfileFactsIn(tree, path, text).startCommand[0]?.value
    if (!command) return null
    const member = ancestor === '.' ? dir : dir.slice(ancestor.length + 1)
    const apps = new Set<string>()
    for (const token of withRootScript(tree, ancestor, command).split(/[\s"'`;&|=]+/)) {
      const segments = token.split('/').filter(s => s !== '' && s !== '.' && s !== '..')
      // Every run of two or more segments that is an app folder under the ancestor (`src/backend`).
      for (let i = 0; i < segments.length; i++)
        for (let j = i + 2; j <= Math.min(segments.length, i + 6); j++) {
          const candidate = segments.slice(i, j).join('/')
          if (isOwnApp(tree, joinPath(ancestor, candidate))) apps.add(candidate)
        }
    }
    if (apps.size === 0 && runsCargoPackage(tree, dir, text!, command)) return path
    if (apps.size === 0 && packagesJvmMainClass(tree, ancestor, dir)) return path
    // `ENTRYPOINT ["dotnet", "Squidex.dll"]`: the image runs the assembly this folder's project builds.
    if (apps.size === 0 && runsProjectAssembly(tree, dir, command)) return path
    // `CMD ["./Cleanuparr"]` after `dotnet publish …/Cleanuparr.Api.csproj`: the project's apphost.
    if (apps.size === 0 && runsProjectApphost(tree, dir, command, text!)) return path
    // `WORKDIR /home/app/packages/server` + `CMD yarn start-prod`: the command runs in the member's copy.
    if (apps.size === 0 && workdirMember(text!, [member]) === member) return path
    // `COPY src/backend /app` in a builder stage, `COPY --from=builder /app /app` + `WORKDIR /app` in the last:
    // the command (`uvicorn impress.asgi:application`) runs the member's copy, though it names no folder.
    if (apps.size === 0 && dockerfileRunsFolder(tree, path, ancestor) === dir) return path
    // `node src/main.js` in the WORKDIR the member's tsconfig outDir (`../dist`) was copied to from the build stage.
    if (apps.size === 0 && runsCompiledMemberEntry(tree, ancestor, dir, text!, command)) return path
    // `ENTRYPOINT ["/app/photoview"]`: the binary a stage's `go build -o photoview` made in the member's copy.
    if (apps.size === 0 && runsGoBinaryBuiltIn(tree, dir, path, text!, command)) return path
    // `CMD ["node", "index.cjs"]` after `COPY --from=builder /app/packages/server/dist/index.cjs ./index.cjs`:
    // the bundle the member's build made (image-built-file.ts).
    if (apps.size === 0 && memberBuildOutputRun(tree, path, [dir])) return path
    return apps.size === 1 && apps.has(member) ? path : null
  }
  return null
}

/**
 * A Dockerfile in a Dockerfile folder of the ancestor (`docker/Dockerfile` of a Cargo workspace) whose command
 * runs the binary this member's Cargo package builds (`exec kellnr start "$@"` in its entrypoint): the image
 * installs that release and ships the member, though it copies none of its sources.
 */
function folderDockerfileRunningBinary(tree: SourceTree, ancestor: string, dir: string): string | null {
  const cargo = cargoBinaries(tree, dir).length > 0
  if (!cargo && projectAssemblies(tree, dir).length === 0) return null
  for (const folder of DOCKERFILE_FOLDERS) {
    const sub = joinPath(ancestor, folder)
    if (isOwnApp(tree, sub)) continue
    for (const path of runnableDockerfiles(tree, sub).paths) {
      const text = tree.read(path)
      const command = text === null ? undefined : dockerfileFactsIn(tree, path, text).startCommand[0]?.value
      if (!command) continue
      if (cargo && workspaceMemberRunBy(tree, ancestor, command) === dir) return path
      // A .NET solution folder's `deploy/Dockerfile` running this project's assembly (solution-folder-dockerfile.ts).
      if (
        !cargo &&
        runsFolderAssembly(tree, dir, ancestor, command) &&
        (copiesFromAppFolder(tree, ancestor, sub, text!) || globCopiesFrom(tree, ancestor, sub, text!))
      )
        return path
    }
  }
  return null
}

/** Main-class declarations of a JVM build file: Gradle `mainClass = "…"`, `mainClassName`, `Main-Class`, POM `<mainClass>`. */
const MAIN_CLASS =
  /\b(?:mainClass(?:Name)?|Main-Class|start-class)["']?\s*(?:=|:|\.set\(|>)\s*["']?([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+)["'<]/g

/**
 * A JVM build root that packages the application of one member: its build file names the main class
 * (`mainClassName = "io.kestra.cli.App"` with the `application`/shadow plugins) and the class's source is in
 * `dir` (`cli/src/main/java/io/kestra/cli/App.java`). The root's Dockerfile, which runs what that build
 * produces, ships the member.
 */
function packagesJvmMainClass(tree: SourceTree, root: string, dir: string): boolean {
  for (const name of ['build.gradle', 'build.gradle.kts', 'pom.xml']) {
    const text = tree.read(joinPath(root, name))
    if (text === null) continue
    for (const m of text.matchAll(MAIN_CLASS)) {
      const file = m[1]!.replace(/\./g, '/')
      for (const lang of ['java', 'kotlin', 'scala', 'groovy'])
        for (const ext of ['java', 'kt', 'scala', 'groovy'])
          if (tree.has(joinPath(dir, `src/main/${lang}/${file}.${ext}`))) return true
    }
  }
  return false
}

/**
 * `npm run start` / `pnpm start` / `yarn start` at a workspace root, with the root script it runs appended
 * (`cd packages/core && npm start`): the member folder is named there, not in the Dockerfile.
 */
function withRootScript(tree: SourceTree, root: string, command: string): string {
  const m = /^(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)\s*$/.exec(command.trim())
  const text = m ? tree.read(joinPath(root, 'package.json')) : null
  if (!m || text === null) return command
  try {
    const scripts = (JSON.parse(text) as { scripts?: Record<string, unknown> }).scripts
    const script = scripts?.[m[1]!]
    return typeof script === 'string' ? `${command} ${script}` : command
  } catch {
    return command
  }
}

/**
 * A Cargo workspace root's Dockerfile that builds this member (`cargo build --release -p meilisearch`, or
 * `--bin`) and runs its binary (`CMD /bin/meilisearch`): the member's package name is both.
 */
function runsCargoPackage(tree: SourceTree, dir: string, text: string, command: string): boolean {
  const manifest = tree.read(joinPath(dir, 'Cargo.toml'))
  const name = manifest ? /^\[package\][^[]*?^name\s*=\s*"([\w-]+)"/m.exec(manifest)?.[1] : undefined
  if (!name) return false
  // `tini -- /bin/x`, `dumb-init /bin/x`: the init wrapper runs the program after it.
  const words = command.trim().split(/\s+/)
  while (words.length > 1 && /^(?:tini|dumb-init|exec|--|-\w+)$/.test(basename(words[0]!))) words.shift()
  const program = basename(words[0] ?? '')
  const builds = new RegExp(
    `\\bcargo\\s+(?:build|install)\\b[^\\n]*?(?:-p|--package|--bin)[\\s=]+${name}(?![\\w-])`
  )
  return program === name && builds.test(text)
}

/**
 * A Dockerfile one level up that builds this folder and no other app folder beside it: `COPY src ./`,
 * `COPY src/package.json src/pnpm-lock.yaml ./` (wg-easy keeps its Nuxt app in src/ and the Dockerfile at
 * the repository root), or a final stage that copies that folder's build out of a build stage. Its last
 * stage must run something, as above.
 */
function parentDockerfileBuilding(tree: SourceTree, dir: string): string | null {
  if (dir === '.') return null
  const slash = dir.lastIndexOf('/')
  const parent = slash < 0 ? '.' : dir.slice(0, slash)
  const name = dir.slice(slash + 1)
  const path = DOCKERFILE_NAMES.map(n => joinPath(parent, n)).find(p => tree.has(p))
  const text = path ? tree.read(path) : null
  if (!path || text === null || !dockerfileRuns(path, text)) return null
  // Its command runs this folder's file by its image path (`node /usr/app/server.js`, image-run-file.ts):
  // whatever root manifest a build stage installed, the image is this folder's.
  if (memberRunByImagePath(tree, path, [dir])) return path
  if (shipsStandaloneParent(tree, parent, text)) return null
  const folders = new Set<string>()
  for (const ins of dockerInstructions(text)) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.args.startsWith('[')) continue
    const fromStage = /(?:^|\s)--from=/.test(ins.args)
    const words = ins.args.split(/\s+/).filter(w => !w.startsWith('--'))
    for (const source of words.slice(0, -1)) {
      // `COPY src ./` names the folder first; `COPY --from=build /opt/app/web-app/build …` (a build stage
      // that copied the whole context) names it inside the stage's path.
      const segments = source.replace(/^\.\//, '').split('/')
      const named = fromStage ? segments.filter(s => s && s !== '.' && s !== '..') : segments.slice(0, 1)
      for (const first of named)
        if (first && first !== '.' && isOwnApp(tree, joinPath(parent, first))) folders.add(first)
    }
  }
  if (folders.size === 1 && folders.has(name)) return path
  // Several app folders (a client built in one stage, the server copied in another): the one the final stage
  // copies into the directory its command runs in is the app the image serves.
  if (folders.has(name) && folderInFinalWorkdir(tree, parent, text) === name) return path
  return folders.has(name) && parent === '.' && allInOneImageApp(tree, text, [...folders]) === name
    ? path
    : null
}

/**
 * The member an all-in-one root image runs, when its stages build several (a frontend into static files, the
 * backend, shared packages): the one app of the final image's runtime language among the stages it is made
 * from (`FROM eclipse-temurin` running the Gradle member's jar beside the Angular member's files,
 * runtime-image-app.ts), or, on another base, the one member whose build output the final stage copies out
 * of a build stage (`COPY --from=build /tunarr/server/bin …`). Null when neither names exactly one.
 */
function allInOneImageApp(tree: SourceTree, text: string, apps: readonly string[]): string | null {
  const found = finalImageApps(text, apps, { wholeFolder: p => tree.has(p) })
  if (found.length === 0) return null
  const runtime = runtimeImageApps(tree, text, apps, found)
  if (runtime.length === 1) return runtime[0]!.dir
  const copied = finalStageOutputOf(
    text,
    found.map(f => f.dir)
  )
  return copied.length === 1 ? copied[0]! : null
}

/** Members (one folder deep) named by a path segment of the final stage's `COPY --from=<stage>` sources. */
function finalStageOutputOf(text: string, members: readonly string[]): string[] {
  const instructions = dockerInstructions(text)
  let start = -1
  instructions.forEach((ins, i) => {
    if (ins.keyword === 'FROM') start = i
  })
  const out = new Set<string>()
  for (const ins of instructions.slice(start + 1)) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.args.startsWith('[')) continue
    if (!/(?:^|\s)--from=/.test(ins.args)) continue
    const words = ins.args.split(/\s+/).filter(w => w && !w.startsWith('--'))
    for (const source of words.slice(0, -1))
      for (const segment of source.split('/')) if (members.includes(segment)) out.add(segment)
  }
  return [...out]
}

/**
 * The app folder the final stage copies from the build context into its WORKDIR (`COPY ./backend /app` +
 * `WORKDIR /app`), when exactly one is; a build copied out of another stage (`COPY --from=…`) or into a
 * subfolder (`/app/static`) does not count. Copying the folder's manifest or its sources in
 * (`COPY backend/pyproject.toml backend/pdm.lock /app/`, `COPY backend/src/ /app/`) counts as that folder:
 * the image runs its project from the WORKDIR all the same.
 */
function folderInFinalWorkdir(tree: SourceTree, parent: string, text: string): string | null {
  const instructions = dockerInstructions(text)
  let start = 0
  instructions.forEach((ins, i) => {
    if (ins.keyword === 'FROM') start = i
  })
  let workdir = '/'
  const copies: { sources: string[]; dest: string }[] = []
  for (const ins of instructions.slice(start + 1)) {
    if (ins.keyword === 'WORKDIR') workdir = resolveImagePath(workdir, ins.args.trim())
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.args.startsWith('[')) continue
    if (/(?:^|\s)--from=/.test(ins.args)) continue
    const words = ins.args.split(/\s+/).filter(w => !w.startsWith('--'))
    if (words.length < 2) continue
    copies.push({ sources: words.slice(0, -1), dest: resolveImagePath(workdir, words[words.length - 1]!) })
  }
  const found = new Set<string>()
  for (const { sources, dest } of copies) {
    if (dest !== workdir) continue
    for (const source of sources) {
      const path = source.replace(/^\.\//, '').replace(/\/+$/, '')
      if (!path || /[$*?]/.test(path)) continue
      // A lone file at the context root (`COPY hypercorn.toml /app/`) is no app folder.
      const first = path.split('/')[0]!
      if (isOwnApp(tree, joinPath(parent, first))) found.add(first)
    }
  }
  return found.size === 1 ? [...found][0]! : null
}

export function copiesFromAppFolder(tree: SourceTree, dir: string, sub: string, text: string): boolean {
  const exists = (base: string, rel: string): boolean => {
    const path = joinPath(base, rel.replace(/^\.\//, '').replace(/\/+$/, ''))
    return tree.has(path) || tree.filesUnder(path).length > 0
  }
  // Sources with the Dockerfile's ARG/ENV values expanded (`${DOCKER_FILES_BASE_PATH}deployment/…`).
  for (const source of contextCopySources(text)) {
    if (source === '.' || source === './' || source === '' || /[$*?:]/.test(source)) continue
    if (exists(dir, source) && !exists(sub, source)) return true
  }
  // `COPY . .` proves nothing by itself; the file its command runs does (whole-context-command.ts).
  // …nor does the binary it runs, when a Go main package `cmd/<binary>` is named for it (context-go-main.ts).
  return wholeContextRunsAppFile(tree, dir, sub, text) || wholeContextRunsGoMain(tree, dir, sub, text)
}

export function readSharedSignals(tree: SourceTree, dir: string): SharedSignals {
  const s = emptySignals()
  const dockerfile = appDockerfile(tree, dir)
  if (dockerfile) {
    s.dockerfile = dockerfile
    const text = tree.read(dockerfile)
    if (text !== null) {
      const facts = readDockerfile(
        dockerfile,
        text,
        file => tree.read(file),
        folder => tree.filesUnder(folder).map(f => f.path)
      )
      if (
        facts.awaitsArguments &&
        !completeWithDeploymentArgs(tree, dir, facts.awaitsArguments, facts.startCommand)
      )
        s.awaitsArguments = facts.awaitsArguments
      // `EXPOSE 9000 80` where the start scripts' folder binds 9000 on loopback only: 80 is the web port.
      const started = facts.startCommand[0]?.evidence ?? []
      facts.port = facts.port.map(p => withoutLoopbackExpose(tree, p, started))
      // A workspace root's `CMD pnpm start` whose root script runs this member's script: the member's.
      const image = facts.startCommand[0]
      const handed = image ? memberScriptCommand(tree, dirname(dockerfile), dir, image.value) : null
      if (image && handed) {
        image.value = handed.command
        image.source = `${image.source} → root package.json script`
        image.evidence = [...image.evidence, handed.evidence]
      }
      if (facts.startCommand.length === 0) {
        const composed = composeStarted(tree, dir)
        if (composed) {
          s.startCommand.push(composed)
          const port = portFromCommand(composed.value)
          if (port !== null)
            s.port.push({
              value: port,
              confidence: PORT.deployFile,
              source: composed.source,
              evidence: composed.evidence
            })
        }
      }
      s.port.push(...facts.port)
      s.startCommand.push(...facts.startCommand)
      s.healthPath.push(...facts.healthPath)
    }
  }
  const procfile = joinPath(dir, 'Procfile')
  const procText = tree.read(procfile)
  if (procText !== null) {
    const facts = readProcfile(procfile, procText, file => tree.read(file))
    s.port.push(...facts.port)
    s.startCommand.push(...facts.startCommand)
  }
  // `'${APP_PORT:-80}:80'` in the compose file: APP_PORT publishes the host port (host-port-vars.ts).
  const hostOnly = composeHostPortVariables(tree, [dir, '.'])
  for (const [name, confidence] of DOTENV_FILES) {
    const path = joinPath(dir, name)
    const text = tree.read(path)
    if (text === null) continue
    const vars = parseDotenv(path, text)
    for (const [k, v] of vars) if (!s.env.has(k)) s.env.set(k, v)
    const port = portFromDotenv(path, vars, confidence, hostOnly)
    if (port) s.port.push(port)
  }
  // The compose files of the app folder and the root, and those beside the app's Dockerfile that build it
  // (docker/docker-compose.yml building docker/common/Dockerfile.app with `context: ..`).
  const composeFiles = [
    ...new Set([
      ...composeFilesIn(tree, [dir, '.']),
      ...composeFolderFiles(tree, dir),
      ...(s.dockerfile ? composeFilesBuilding(tree, dir, s.dockerfile) : [])
    ])
  ]
  const compose = composeFacts(tree, dir, composeFiles, s.warnings)
  s.port.push(...compose.port)
  s.healthPath.push(...compose.healthPath)
  // No service builds the folder: the healthcheck of the one that pulls its published image
  // (published-image-health.ts).
  if (compose.healthPath.length === 0) s.healthPath.push(...publishedImageHealth(tree, dir))
  const probes = readK8sProbes(tree, dir)
  s.port.push(...probes.port)
  s.healthPath.push(...probes.healthPath)
  const platform: PlatformFacts = {
    port: s.port,
    startCommand: s.startCommand,
    buildCommand: s.buildCommand,
    healthPath: s.healthPath
  }
  readFlyToml(tree, dir, platform, s.warnings)
  readRenderYaml(tree, dir, platform, s.warnings)
  readAppYaml(tree, dir, platform, s.warnings)
  readRailway(tree, dir, platform, s.warnings)
  // A root railway file that deploys this member through a root script (railway-member.ts).
  const railwayHealth = rootRailwayMemberHealth(tree, dir, s.warnings)
  if (railwayHealth) s.healthPath.push(railwayHealth)
  readAppRunner(tree, dir, platform, s.warnings)
  readDoAppSpec(tree, dir, platform, s.warnings)
  readCloudronManifest(tree, dir, platform, s.warnings)
  return s
}

/**
 * An image that runs nothing of the app's on its own (`ENTRYPOINT ["tini", "--"]`, no CMD) starts with the
 * `command:` of the compose service that builds it; a command that runs a repository script
 * (`sh docker-entrypoint.sh`) is followed to the server the script execs.
 */
function composeStarted(tree: SourceTree, dir: string): Candidate<string> | null {
  const found = composeServiceCommand(tree, dir)
  if (!found) return null
  const followed = followStartScript(found.args, dir, file => tree.read(file))
  const value = followed ? followed.command : found.args
  return {
    value,
    // A development server (`manage.py runserver`, `flask run`, `--reload`) in a plain compose file is a
    // developer's environment: the Procfile's `web:` or the framework's production server ranks above it.
    confidence: DEV_SERVER_COMMAND.test(` ${value}`) ? START.guess : START.deployConfig,
    source: followed ? `${found.source} runs ${followed.evidence.file}` : found.source,
    evidence: followed ? [found.evidence, followed.evidence] : [found.evidence]
  }
}

/**
 * A Dockerfile whose program needs a subcommand (`ENTRYPOINT ["ntfy"]`, no CMD) starts as the project's
 * compose service or Kubernetes container runs it (`command: serve`): that command, with both lines as proof.
 */
function completeWithDeploymentArgs(
  tree: SourceTree,
  dir: string,
  program: string,
  commands: Candidate<string>[]
): boolean {
  const found = deploymentArgs(tree, dir, program)
  const image = commands[0]
  if (!found || !image) return false
  image.value = `${image.value} ${found.args}`
  image.confidence = START.deployConfig
  image.source = `${image.source} with the arguments of ${found.source}`
  image.evidence = [...image.evidence, found.evidence]
  return true
}
