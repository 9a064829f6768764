// Which of a repository's apps is the one it deploys? Provider scores say how sure we are that a folder is
// an app, not which app ships: a repo with a Go API and a Nuxt frontend scores both highly. The repository
// says which one ships when a deployment recipe builds it:
// - the root Dockerfile builds the app whose sources its final image is made from (following `COPY --from`
//   and `FROM <stage>` back from the last stage: the Go API stage that copies the frontend's build output
//   is reached before the frontend stage that only produced it);
// - a compose file (at the root or in an app folder, not a dev/test variant) has a service built from it;
// - a .NET Aspire AppHost exposes it outside the application (its front end);
// - weakest, a JVM module that bundles two or more of the other app modules (an all-in-one jar).
//   A benchmark, load-test, e2e or perf harness (by its folder, file or service name) builds what it
//   measures or drives, which need not be what ships: it is no deployment recipe.
import { readDockerfile, dockerfileFactsIn } from './signals/dockerfile.js'
import { finalImageApps } from './signals/final-image-apps.js'
import { runtimeImageApps } from './signals/runtime-image-app.js'
import { assemblyModules } from './signals/assembly-modules.js'
import { rankAssemblies } from './signals/outermost-assembly.js'
import { aspireFrontEnd } from './signals/aspire-apphost.js'
import { azdServedApps } from './signals/azd-services.js'
import { copiesFromAppFolder, DOCKERFILE_FOLDERS, dockerfileIn } from './signals/shared.js'
import { firstDeployedGoMain } from './signals/go-main-dockerfiles.js'
import { runsProjectAssembly } from './signals/dotnet-assembly.js'
import {
  APP_MANIFESTS,
  builtDirs,
  buildsApp,
  COMPOSE_FILES,
  composeTargetsOf,
  isOwnApp
} from './signals/compose.js'
import { getPath, isRecord, parseYamlFile } from './signals/manifests.js'
import { pm2AppDirs, pm2EcosystemFile } from './signals/pm2-ecosystem.js'
import { multiProcessMember } from './signals/multi-process-image.js'
import { shipsStandaloneParent } from './signals/standalone-root.js'
import { finalStageMemberManifest } from './signals/final-stage-manifest.js'
import { rootScriptBuilds } from './signals/script-built-members.js'
import { workdirMember } from './signals/dockerfile-app.js'
import { wholeContextWorkdirFolder } from './signals/context-workdir.js'
import { workspaceMemberRunBy } from './signals/cargo-binary.js'
import { memberRunByImagePath } from './signals/image-run-file.js'
import { memberRunByBuiltPath } from './signals/image-run-built-file.js'
import { argNamedApp } from './signals/arg-named-app.js'
import { rootNixImage } from './signals/nix-image.js'
import { procfileMember } from './signals/procfile-member.js'
import { rootStartMember } from './signals/root-start-member.js'
import { rootImageBinMember } from './ecosystems/node/root-image-bin.js'
import { workflowPublishedApps } from './signals/workflow-published-images.js'
import { workflowImageModule } from './signals/workflow-image-module.js'
import { isNxApplicationProject } from './signals/nx-project-app.js'
import { publishedImageConsumer } from './signals/published-image-consumer.js'
import { mavenImageDockerfile } from './signals/maven-image-module.js'
import { joinPath, type SourceTree } from './tree.js'

export interface DeployEvidence {
  /**
   * Higher wins: 2 = built by the root Dockerfile, 1 = built by a compose service, 0.5 = the root app's
   * scripts build it into themselves.
   */
  strength: number
  /** Human-readable reason, e.g. `Dockerfile:42 COPY ./backend .`. */
  reason: string
}

export function deployEvidence(tree: SourceTree, appDirs: readonly string[]): Map<string, DeployEvidence> {
  const out = new Map<string, DeployEvidence>()
  const note = (dir: string, e: DeployEvidence): void => {
    const had = out.get(dir)
    if (!had || had.strength < e.strength) out.set(dir, e)
  }
  // A root that is an app of its own is what its Dockerfile builds (`COPY assets/package.json` there is a
  // step of the root app's build, not a deployment of `assets`).
  const rootIsApp = appDirs.includes('.') && isOwnApp(tree, '.')
  // Folders without a manifest (`.devcontainer`, `docker/php`, `public`) are build contexts, not apps.
  const ownApps = appDirs.filter(dir => dir !== '.' && isOwnApp(tree, dir))
  // An Nx application project (project.json, no package.json) is an app all the same for a compose service
  // that builds its own Dockerfile (nx-project-app.ts); the root image recipes above keep to manifests (a root
  // Dockerfile working in `dist/apps/api` builds the whole workspace, whose root app reads the shared libs).
  const composeApps = [
    ...ownApps,
    ...appDirs.filter(dir => dir !== '.' && !ownApps.includes(dir) && isNxApplicationProject(tree, dir))
  ]
  // A root Dockerfile that runs pm2 with an ecosystem file ships the members it lists: the first one leads.
  const pm2 = pm2Member(tree, ownApps)
  if (pm2) note(pm2.dir, { strength: 2, reason: pm2.reason })
  // The root Dockerfile's final stage runs its command in a member's copy (`WORKDIR /home/app/packages/server`,
  // `WORKDIR /app/apps/api`): that member ships, whatever library members the build stages also copied and
  // whether or not the workspace root counts as an app.
  const atWorkdir = pm2 ? null : rootWorkdirMember(tree, ownApps)
  if (atWorkdir) note(atWorkdir.dir, { strength: 2, reason: atWorkdir.reason })
  // So does an image whose start script runs several members as background jobs: the first job's member.
  const multi = pm2 ? null : multiProcessMember(tree, ownApps)
  if (multi) note(multi.dir, { strength: 2, reason: multi.reason })
  // So does an image whose command runs a member's file by its image path (`node /usr/app/server.js` after
  // `COPY --from=build /src/server /usr/app`), whatever root manifest a build stage installed for tooling.
  const ranFile = pm2 || atWorkdir || multi ? null : rootImageRunsMemberFile(tree, ownApps)
  if (ranFile) note(ranFile.dir, { strength: 2, reason: ranFile.reason })
  // A root app that is also a Cargo workspace (a Vite frontend whose package.json sits beside the workspace
  // Cargo.toml): a root Dockerfile whose final command runs one member's binary (`CMD ["./rustpad-server"]`)
  // ships that member; the frontend stage only produced the assets the final image copies.
  const rootAppCargo = rootIsApp && !pm2 && !atWorkdir && !ranFile ? rootAppCargoMember(tree, ownApps) : null
  if (rootAppCargo) note(rootAppCargo.dir, { strength: 2, reason: rootAppCargo.reason })
  // A root app whose Dockerfile's final stage installs one member's manifest as its own (`COPY
  // backend/package.json .` beside that member's build output) ships the member: the root's manifest was a
  // build-stage step, its client an asset the member serves (final-stage-manifest.ts).
  const memberManifest =
    rootIsApp && !pm2 && !atWorkdir && !ranFile && !rootAppCargo ? rootFinalStageMember(tree, ownApps) : null
  if (memberManifest) note(memberManifest.dir, { strength: 2, reason: memberManifest.reason })
  // …and a root app whose Dockerfile installs its own manifest is what that Dockerfile deploys, even when a
  // member (a frontend it builds in a stage) scores higher as an app.
  for (const name of rootIsApp && !pm2 && !atWorkdir && !ranFile && !rootAppCargo && !memberManifest
    ? ['Dockerfile', 'Containerfile']
    : []) {
    const text = tree.read(name)
    if (text === null) continue
    if (shipsStandaloneParent(tree, '.', text))
      note('.', { strength: 2, reason: `${name} installs the root's own manifest` })
    break
  }
  for (const name of rootIsApp || pm2 || atWorkdir ? [] : rootDockerfileNames(tree)) {
    const text = tree.read(name)
    if (text === null) continue
    // The command names the program it runs (`dotnet Squidex.dll`): the app that builds it is what ships,
    // whatever else a stage built and copied in (a frontend's assets).
    const ran = assemblyRunBy(tree, name, text, ownApps)
    if (ran) {
      note(ran.dir, { strength: 2, reason: `${name}:${ran.line} ${ran.text}` })
      break
    }
    // …on the runtime image of the app it runs, not of the frontend whose build output it copies.
    for (const built of runtimeImageApps(tree, text, ownApps, finalImageApps(text, ownApps)))
      note(built.dir, { strength: 2, reason: `${name}:${built.line} ${built.text}` })
    break
  }
  // No Dockerfile at the root: one kept in a root Dockerfile folder (`docker/Dockerfile`) and built with the
  // root as context (its COPY sources are root paths) is the repository's recipe all the same, a little
  // weaker than one at the root.
  const rootDockerfile = ['Dockerfile', 'Containerfile'].some(n => tree.has(n))
  const folderRecipe = rootIsApp || pm2 || rootDockerfile ? null : rootFolderDockerfile(tree)
  // Only one member: a stage that copies two (`./server` and `./collector`) does not say which one serves.
  const folderBuilt = folderRecipe
    ? runtimeImageApps(
        tree,
        folderRecipe.text,
        ownApps,
        finalImageApps(folderRecipe.text, ownApps, { wholeFolder: p => tree.has(p) })
      )
    : []
  if (folderRecipe && folderBuilt.length === 1)
    note(folderBuilt[0]!.dir, {
      strength: 1.5,
      reason: `${folderRecipe.path}:${folderBuilt[0]!.line} ${folderBuilt[0]!.text}`
    })
  // …and one that copies the whole context and works in a member's copy (`ADD . /src` + `WORKDIR /src/server`)
  // ships that member, also beside a root that is an app of its own (a development shell running both halves).
  const folderWorkdir = pm2 || atWorkdir || rootDockerfile ? null : rootFolderWorkdirMember(tree, ownApps)
  if (folderWorkdir) note(folderWorkdir.dir, { strength: 1.5, reason: folderWorkdir.reason })
  // A Cargo workspace image (`COPY . /src` then `cargo build --release`) copies no member folder by name:
  // its command names the program, and the one member that builds that binary ships
  // (`ENTRYPOINT ["warpgate"]` → the member whose package is warpgate, not the protocol crates it links).
  const cargoRecipe = rootIsApp || pm2 || folderBuilt.length > 0 ? null : rootCargoRecipe(tree)
  if (cargoRecipe) {
    const start = readDockerfile(cargoRecipe.path, cargoRecipe.text).startCommand[0]
    const member = start ? workspaceMemberRunBy(tree, '.', start.value) : null
    if (start && member && ownApps.includes(member)) {
      const line = start.evidence[0]?.line ?? 0
      note(member, {
        strength: cargoRecipe.path.includes('/') ? 1.5 : 2,
        reason: `${cargoRecipe.path}:${line} runs ${start.value.split(/\s+/)[0]}, the binary of ${member}`
      })
    }
  }
  // A root app whose scripts build one member (its frontend) ships it; weaker than any recipe. Roots that
  // build several members (server and client) or start through one are orchestration shells.
  const scriptedBuilds = rootIsApp ? rootScriptBuilds(tree, ownApps) : []
  const scripted = scriptedBuilds.length === 1 ? scriptedBuilds[0] : undefined
  if (scripted)
    note('.', { strength: 0.5, reason: `package.json scripts.${scripted.script} builds ${scripted.dir}` })
  // A root Dockerfile whose Gradle/Maven step names one module (`./gradlew :server:shadowJar`, `mvn -pl
  // server package`) ships that module, also when the root build (the aggregator) counts as an app.
  for (const name of ['Dockerfile', 'Containerfile']) {
    const text = tree.read(name)
    if (text === null) continue
    const lines = text.split('\n')
    const modules = [
      ...builtModules(lines, 0, lines.length),
      ...pnpmDeployedMembers(tree, lines, ownApps)
    ].filter(b => ownApps.includes(b.dir))
    if (new Set(modules.map(b => b.dir)).size === 1)
      note(modules[0]!.dir, { strength: 2, reason: `${name}:${modules[0]!.line} ${modules[0]!.text}` })
    break
  }
  // Go main packages each built by a Dockerfile kept elsewhere (`zarf/docker/dockerfile.<service>`): the one
  // the Makefile (else a compose file) builds first leads.
  const goMain = firstDeployedGoMain(tree, appDirs)
  if (goMain) note(goMain.dir, { strength: 2, reason: goMain.reason })
  // A root flake that builds a container image of the root's own Nix package (nix-image.ts): a recipe that
  // ships the root app, as strong as a compose service.
  const nixImage = rootIsApp ? rootNixImage(tree) : null
  if (nixImage)
    note('.', {
      strength: 1,
      reason: `${nixImage.file}:${nixImage.line} ${nixImage.text} builds an image of the root package`
    })
  // A Maven image module (`install/docker/pom.xml`, packaging pom) whose Dockerfile ships one module's war/jar
  // (maven-image-module.ts): that module is deployed, like a compose service's.
  for (const dir of ownApps) {
    const image = mavenImageDockerfile(tree, dir)
    if (image) note(dir, { strength: 1, reason: `${image} images its artifact` })
  }
  // A .NET Aspire AppHost's externally exposed front end, like a compose service.
  const aspire = aspireFrontEnd(tree, ownApps)
  if (aspire)
    note(aspire.dir, {
      strength: 1,
      reason: `${aspire.file}:${aspire.line} exposes it (WithExternalHttpEndpoints), referencing ${aspire.references} project(s)`
    })
  // The app images a CI workflow pushes (`docker/build-push-action`, `push: true`): the first pushed leads, the
  // others follow; below a compose service, above a bundling module or a root script's build.
  workflowPublishedApps(tree, ownApps).forEach((image, i) =>
    note(image.dir, { strength: i === 0 ? 0.8 : 0.7, reason: `${image.reason} (pushed by a workflow)` })
  )
  // A JVM module that bundles two or more of the other app modules (an all-in-one jar) is what a single
  // deployment ships; weaker than any recipe.
  // A layer that another assembly bundles (api inside app) is part of it: the outermost leads.
  for (const { assembly, strength } of rankAssemblies(assemblyModules(tree, ownApps)))
    note(assembly.dir, {
      strength,
      reason: `${assembly.file} bundles ${assembly.bundles.join(' and ')}`
    })
  // A user-facing compose file running the project's published images, one per app folder: the one service
  // depending on another of them is the consumer that ships in front (published-image-consumer.ts); below a
  // workflow push, above an assembly.
  const consumer = publishedImageConsumer(tree, ownApps)
  if (consumer)
    note(consumer.dir, {
      strength: 0.6,
      reason: `${consumer.file}:${consumer.line} services.${consumer.service} runs ${consumer.image}, depending on ${consumer.dependsOn}`
    })
  // A member's own fly.toml that serves HTTP (`[http_service]`, `[[services]]`) is how `fly deploy` ships that
  // folder: a deployment recipe, as strong as a compose service — beside a root that is no app of its own (a
  // root app's helper folder may be a small fly app of its own: an iframe host, a docs site).
  for (const dir of rootIsApp ? [] : ownApps) {
    const text = tree.read(joinPath(dir, 'fly.toml'))
    const served = text === null ? null : FLY_HTTP_SERVICE.exec(text)
    if (text !== null && served) {
      const line = text.slice(0, served.index).split('\n').length + (served[0].startsWith('\n') ? 1 : 0)
      note(dir, { strength: 1, reason: `${dir}/fly.toml:${line} ${served[0].trim()}` })
    }
  }
  // The one app an Azure Developer CLI azure.yaml deploys to a serving host: a recipe naming that project
  // alone, a little above a compose file that builds several alike.
  const azd = azdServedApps(tree, ownApps)
  if (azd.length === 1)
    note(azd[0]!.dir, {
      strength: 1.2,
      reason: `${azd[0]!.file} services.${azd[0]!.service} deploys ${azd[0]!.dir}`
    })
  // A Dockerfile outside the apps that packages the one its build argument names by default
  // (`ARG HAWKBIT_APP=hawkbit-update-server`): as strong as a compose service building it.
  const named = argNamedApp(tree, ownApps)
  if (named) note(named.dir, { strength: 1, reason: named.reason })
  // A root Procfile whose web process runs one member (`web: yarn workspace @acme/api start`) deploys it on a
  // Heroku-style platform: a recipe as strong as a compose service.
  const procfile = procfileMember(tree, ownApps)
  if (procfile) note(procfile.dir, { strength: 1, reason: `Procfile:${procfile.line} ${procfile.text}` })
  // A workspace root (no app of its own) whose `start` script runs one member: `npm start` at the root
  // starts it, a recipe a little weaker than a Procfile or a compose service.
  const rootStart = rootIsApp ? null : rootStartMember(tree, ownApps)
  if (rootStart) note(rootStart.dir, { strength: 0.9, reason: rootStart.reason })
  // A root image (any Dockerfile variant) that runs one CLI member's bin with a server subcommand
  // (`ENTRYPOINT ["/opt/app/packages/cli/bin/app"]`, or after `npm install -g @acme/cli`): its recipe.
  const imageBin = rootIsApp ? null : rootImageBinMember(tree, ownApps)
  if (imageBin)
    note(imageBin.dir, { strength: 1, reason: `${imageBin.file}:${imageBin.line} ${imageBin.text}` })
  // A workflow that images one JVM module with its build plugin (`./gradlew web:dockerBuild`, `mvn -pl api
  // jib:build`): the repository's recipe for that module, as strong as a compose service building it.
  const imaged = workflowImageModule(tree, ownApps)
  if (imaged) note(imaged.dir, { strength: 1, reason: `${imaged.file}:${imaged.line} ${imaged.text}` })
  // One aggregator image per compose file: its first service naming one leads.
  const aggregatorImaged = new Set<string>()
  for (const path of composePaths(tree, ownApps)) {
    if (isHarness(path)) continue
    const parsed = parseYamlFile(tree, path)
    if (!parsed?.ok) continue
    const services = getPath(parsed.value, 'services')
    if (!isRecord(services)) continue
    const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.'
    for (const [name, svc] of Object.entries(services)) {
      if (!isRecord(svc) || isHarness(name) || runsDevServer(svc)) continue
      const dirs = builtDirs(base, svc)
      // A service built from the root says nothing: the root is a workspace or the app itself (and then
      // it already wins ties as the shallowest app).
      for (const dir of composeApps)
        if (buildsApp(tree, dirs, dir))
          note(dir, { strength: 1, reason: `${path} services.${name} builds ${dir}` })
      // `image: powerjob/powerjob-server:latest` with no `build:` at the root: the project's published image
      // of its `powerjob-server/` build aggregator, whose only app module is what that image runs.
      const member =
        svc.build === undefined && base === '.' && !aggregatorImaged.has(path)
          ? aggregatorImageMember(tree, svc.image, ownApps)
          : null
      if (member) {
        aggregatorImaged.add(path)
        note(member, {
          strength: 1,
          reason: `${path} services.${name} runs ${String(svc.image)}, the image of ${member}'s build aggregator`
        })
      }
    }
  }
  return out
}

/** Build aggregators of the JVM: their manifest lists modules, they run nothing themselves. */
const AGGREGATOR_MANIFESTS = [
  { file: 'pom.xml', modules: /<modules>/ },
  { file: 'settings.gradle', modules: /\binclude\b/ },
  { file: 'settings.gradle.kts', modules: /\binclude\b/ }
]

/**
 * The app module a compose service's published image runs when the image is named for a build aggregator
 * folder (`org/<folder>[:tag]`, a folder holding a pom.xml with `<modules>` or a settings.gradle with
 * `include`) that is no app itself and holds exactly one app module (`powerjob-server/powerjob-server-starter`
 * beside library modules): null otherwise.
 */
function aggregatorImageMember(tree: SourceTree, image: unknown, ownApps: readonly string[]): string | null {
  if (typeof image !== 'string' || !image.includes('/')) return null
  const folder = (image.split('/').pop() ?? '').replace(/[:@].*$/, '')
  if (!folder || /[$]/.test(folder) || ownApps.includes(folder)) return null
  const aggregates = AGGREGATOR_MANIFESTS.some(m => m.modules.test(tree.read(joinPath(folder, m.file)) ?? ''))
  if (!aggregates) return null
  const modules = ownApps.filter(dir => dir.startsWith(`${folder}/`))
  return modules.length === 1 ? modules[0]! : null
}

/** The member the root Dockerfile's final WORKDIR is the copy of, with the reason. */
function rootWorkdirMember(
  tree: SourceTree,
  ownApps: readonly string[]
): { dir: string; reason: string } | null {
  for (const name of rootDockerfileNames(tree)) {
    const text = tree.read(name)
    if (text === null) continue
    const dir = workdirMember(text, ownApps)
    return dir ? { dir, reason: `${name} runs its command in WORKDIR …/${dir}` } : null
  }
  return null
}

/** The member whose manifest the root Dockerfile's final stage installs in its WORKDIR, with the proof. */
function rootFinalStageMember(
  tree: SourceTree,
  ownApps: readonly string[]
): { dir: string; reason: string } | null {
  for (const name of ['Dockerfile', 'Containerfile']) {
    const text = tree.read(name)
    if (text === null) continue
    const copy = finalStageMemberManifest(text, ownApps)
    return copy ? { dir: copy.dir, reason: `${name}:${copy.line} ${copy.text} (its final stage)` } : null
  }
  return null
}

/** The member whose file the root Dockerfile's command runs by its image path, with the proof. */
function rootImageRunsMemberFile(
  tree: SourceTree,
  ownApps: readonly string[]
): { dir: string; reason: string } | null {
  for (const name of rootDockerfileNames(tree)) {
    // …or a member's build output by a path relative to the WORKDIR (image-run-built-file.ts).
    const ran = memberRunByImagePath(tree, name, ownApps) ?? memberRunByBuiltPath(tree, name, ownApps)
    return ran ? { dir: ran.dir, reason: `${name}:${ran.line} runs ${ran.file}` } : null
  }
  return null
}

/** The workspace member whose binary the root Dockerfile of a root app runs, with the reason. */
function rootAppCargoMember(
  tree: SourceTree,
  ownApps: readonly string[]
): { dir: string; reason: string } | null {
  if (!/^\[workspace\]/m.test(tree.read('Cargo.toml') ?? '')) return null
  // The root is an app of another ecosystem too (its package.json); a workspace root that is an app only by
  // its Cargo.toml and Dockerfile is left to the scores.
  if (!APP_MANIFESTS.some(m => m !== 'Cargo.toml' && tree.has(m))) return null
  for (const name of ['Dockerfile', 'Containerfile']) {
    const text = tree.read(name)
    if (text === null) continue
    const start = readDockerfile(name, text).startCommand[0]
    const member = start ? workspaceMemberRunBy(tree, '.', start.value) : null
    if (!start || !member || !ownApps.includes(member)) return null
    const line = start.evidence[0]?.line ?? 0
    return {
      dir: member,
      reason: `${name}:${line} runs ${start.value.split(/\s+/)[0]}, the binary of ${member}`
    }
  }
  return null
}

/**
 * The image recipe of a Cargo workspace root that is no app of its own: its root Dockerfile, else the one of
 * its first root Dockerfile folder (`docker/Dockerfile`) that runs something. Null without a workspace.
 */
function rootCargoRecipe(tree: SourceTree): { path: string; text: string } | null {
  if (!/^\[workspace\]/m.test(tree.read('Cargo.toml') ?? '')) return null
  for (const name of ['Dockerfile', 'Containerfile']) {
    const text = tree.read(name)
    if (text !== null) return { path: name, text }
  }
  for (const folder of DOCKERFILE_FOLDERS) {
    if (isOwnApp(tree, folder)) continue
    const path = dockerfileIn(tree, folder)
    const text = path ? tree.read(path) : null
    if (!path || text === null || readDockerfile(path, text).startCommand.length === 0) continue
    // A multi-target file whose compose services build other stages than its last (`target: web-server`
    // beside a trailing `cli` stage): the last stage's binary is not what the repository deploys.
    const targets = composeTargetsOf(tree, path)
    const last = lastStageName(text)
    if (targets.size > 0 && (last === null || !targets.has(last) || targets.size > 1)) continue
    return { path, text }
  }
  return null
}

/** The `AS name` of a Dockerfile's last stage (lower case), or null. */
function lastStageName(text: string): string | null {
  const froms = [...text.matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?\S+(?:\s+AS\s+(\S+))?/gim)]
  return froms.at(-1)?.[1]?.toLowerCase() ?? null
}

/**
 * The root Dockerfile's names: the standard ones, else the one production-named variant (`Dockerfile.server`
 * at a workspace root that keeps no plain Dockerfile).
 */
function rootDockerfileNames(tree: SourceTree): string[] {
  if (['Dockerfile', 'Containerfile'].some(n => tree.has(n))) return ['Dockerfile', 'Containerfile']
  const variant = dockerfileIn(tree, '.')
  return variant ? [variant] : []
}

/**
 * The evidence that applies to `dir`: its own, or that of an enclosing app folder (a compose service that
 * builds the Cargo workspace `server` deploys its binary crate `server/svix-server`). The root's evidence
 * applies to the root only.
 */
export function evidenceFor(
  evidence: ReadonlyMap<string, DeployEvidence>,
  dir: string
): DeployEvidence | undefined {
  let best = evidence.get(dir)
  for (const [at, e] of evidence) {
    if (at !== '.' && dir.startsWith(`${at}/`) && (!best || e.strength > best.strength)) best = e
  }
  return best
}

/**
 * The Dockerfile of the first root Dockerfile folder (`docker/`, `build/`, `deploy/` …, no app of its own)
 * that runs something and is built with the repository root as context: a COPY source exists at the root
 * and not beside the Dockerfile.
 */
/** The member a root Dockerfile folder's image runs in, its whole context copied (see context-workdir.ts). */
function rootFolderWorkdirMember(
  tree: SourceTree,
  ownApps: readonly string[]
): { dir: string; reason: string } | null {
  for (const folder of DOCKERFILE_FOLDERS) {
    if (isOwnApp(tree, folder)) continue
    const path = dockerfileIn(tree, folder)
    const text = path ? tree.read(path) : null
    if (!path || text === null) continue
    const member = wholeContextWorkdirFolder(text)
    if (member !== null && ownApps.includes(member))
      return { dir: member, reason: `${path} copies the whole context and works in ${member}` }
  }
  return null
}

function rootFolderDockerfile(tree: SourceTree): { path: string; text: string } | null {
  for (const folder of DOCKERFILE_FOLDERS) {
    if (isOwnApp(tree, folder)) continue
    const path = dockerfileIn(tree, folder)
    const text = path ? tree.read(path) : null
    if (!path || text === null || readDockerfile(path, text).startCommand.length === 0) continue
    if (copiesFromAppFolder(tree, '.', folder, text)) return { path, text }
  }
  return null
}

/** The first member folder of the ecosystem file the root Dockerfile runs pm2 with, with the proof. */
function pm2Member(tree: SourceTree, ownApps: readonly string[]): { dir: string; reason: string } | null {
  for (const name of ['Dockerfile', 'Containerfile']) {
    const text = tree.read(name)
    if (text === null) continue
    const start = dockerfileFactsIn(tree, name, text).startCommand[0]
    const file = start ? pm2EcosystemFile(start.value, '.', tree) : null
    const dir = file ? pm2AppDirs(tree, file, '.').find(d => ownApps.includes(d)) : undefined
    if (!start || !file || !dir) return null
    const line = start.evidence[start.evidence.length - 1]?.line ?? 0
    return { dir, reason: `${name}:${line} runs pm2 with ${file}, whose first app runs in ${dir}` }
  }
  return null
}

/** A fly.toml section that routes HTTP to the machine. */
const FLY_HTTP_SERVICE = /(?:^|\n)[ \t]*\[(?:http_service|\[services\])\][ \t]*(?=\r?\n|$)/

/**
 * A service whose command starts a development server (`npm run dev`, `mise run dev`, `vite`, `uvicorn
 * --reload`) is a developer's environment in a plain compose file, not how the app ships.
 */
const DEV_SERVER =
  /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?dev\b|\bmise\s+run\s+dev\b|\b(?:next|nuxt|astro|vite)\s+dev\b|\bnodemon\b|\s--reload\b/

function runsDevServer(svc: Record<string, unknown>): boolean {
  const command = svc.command
  const text = Array.isArray(command) ? command.join(' ') : typeof command === 'string' ? command : ''
  return DEV_SERVER.test(` ${text}`)
}

/** Words of a path or service name that make it a test/benchmark harness, not a deployment. */
const HARNESS =
  /(?:^|[/._-])(?:bench|benchmarks?|benchmarking|load-?tests?|load-?testing|stress-?tests?|perf|performance|e2e|integration-tests?|tests?|testing|harness)(?:[/._-]|$)/i

/** True for a compose file path or service name of a benchmark/test harness (`dex/benchmark/compose.yaml`). */
export function isHarness(pathOrName: string): boolean {
  return HARNESS.test(pathOrName)
}

/** Standard compose files at the root and in each app folder (variants are dev/test/prod flavours: skipped). */
function composePaths(tree: SourceTree, appDirs: readonly string[]): string[] {
  const dirs = new Set(['.', ...appDirs])
  return [...dirs].flatMap(dir => COMPOSE_FILES.map(n => joinPath(dir, n)).filter(p => tree.has(p)))
}

/**
 * `./gradlew :server:api:bootJar` (a Gradle project path, `:` separated) and `mvn -pl server/api package`
 * (Maven's project list): the module folder a build step builds, as a repository path.
 */
const GRADLE_COMMAND = /\bgradlew?\b(.*)$/
const GRADLE_TASK_PATH = /\s:((?:[\w.-]+:)*[\w.-]+):[A-Za-z]\w*/g
const MAVEN_PROJECTS = /\bmvnw?\b[^\n]*?\s(?:-pl|--projects)[\s=]+([\w./-]+)/g

/** Module folders the build steps on lines [from, to) name (heredoc lines included), with the line naming each. */
function builtModules(
  lines: readonly string[],
  from: number,
  to: number
): { dir: string; line: number; text: string }[] {
  const out: { dir: string; line: number; text: string }[] = []
  for (let i = from; i < to && i < lines.length; i++) {
    const line = lines[i]!
    if (line.length > 2000) continue
    const gradle = GRADLE_COMMAND.exec(line)?.[1] ?? ''
    for (const m of gradle.matchAll(GRADLE_TASK_PATH))
      out.push({ dir: m[1]!.replace(/:/g, '/'), line: i + 1, text: line.trim() })
    for (const m of line.matchAll(MAVEN_PROJECTS))
      for (const dir of m[1]!.split(','))
        out.push({ dir: dir.replace(/^\.\//, ''), line: i + 1, text: line.trim() })
  }
  return out
}

// `pnpm deploy --filter=@scope/api --prod /prod/api`, `pnpm --filter api deploy out`: the member pnpm copies
// (with its production dependencies) into a folder the image runs.
const PNPM_DEPLOY = /\bpnpm\b[^\n&|;]*?\sdeploy\b[^\n&|;]*/
const PNPM_FILTER = /(?:^|\s)(?:--filter|-F)(?:=|\s+)['"]?([^\s'"]+)/g

/**
 * Workspace members a `pnpm deploy` step names by package name or folder (`./api`), with the line naming each
 * (only members of `appDirs` whose package.json carries that name).
 */
function pnpmDeployedMembers(
  tree: SourceTree,
  lines: readonly string[],
  appDirs: readonly string[]
): { dir: string; line: number; text: string }[] {
  const out: { dir: string; line: number; text: string }[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.length > 2000 || !line.includes('deploy')) continue
    // Each pnpm command of the line (`pnpm install && pnpm deploy --filter=api out`).
    for (const [deploy] of line.matchAll(/\bpnpm\b[^\n&|;]*/g)) {
      if (!PNPM_DEPLOY.test(deploy)) continue
      for (const m of deploy.matchAll(PNPM_FILTER)) {
        const filter = m[1]!
        const dir = filter.startsWith('.')
          ? filter.replace(/^\.\/?/, '').replace(/\/+$/, '') || '.'
          : appDirs.find(d => packageName(tree, d) === filter)
        if (dir) out.push({ dir, line: i + 1, text: line.trim() })
      }
    }
  }
  return out
}

function packageName(tree: SourceTree, dir: string): string | undefined {
  const text = tree.read(joinPath(dir, 'package.json'))
  if (text === null) return undefined
  try {
    const json: unknown = JSON.parse(text)
    return isRecord(json) && typeof json.name === 'string' ? json.name : undefined
  } catch {
    return undefined
  }
}

/**
 * The one app folder whose project builds the assembly the Dockerfile's command runs (`dotnet Squidex.dll`),
 * with the instruction that runs it; null when the command runs no such assembly or several folders build one.
 */
function assemblyRunBy(
  tree: SourceTree,
  path: string,
  text: string,
  appDirs: readonly string[]
): { dir: string; line: number; text: string } | null {
  const start = dockerfileFactsIn(tree, path, text).startCommand[0]
  if (!start) return null
  const dirs = appDirs.filter(dir => runsProjectAssembly(tree, dir, start.value))
  const at = start.evidence.find(e => e.file === path) ?? start.evidence[0]
  return dirs.length === 1 && at ? { dir: dirs[0]!, line: at.line, text: at.text } : null
}
