// Node.js (and, through runtime: 'bun', Bun) apps: package.json dependencies scored against framework data,
// start/build commands from scripts, ports and health routes from source, workspaces for monorepos.
import { readDockerfile } from '../../signals/dockerfile.js'
import { isRecord } from '../../signals/manifests.js'
import type { Warning } from '../../report.js'
import { fileEvidence } from '../../signals/evidence.js'
import { NODE_FRAMEWORKS, FRONTEND_LIBRARIES } from './frameworks.js'
import { scoreFrameworks } from '../common/framework-score.js'
import { nodeWorkspaces, readPackageJson, type PackageJson } from './manifest.js'
import { nxProject, nxStandaloneProject } from './nx.js'
import type { AppContext, Detection, Provider } from '../../provider.js'
import type { JsRuntime, NodeData } from './data.js'
import { usedByWorkspaceMember } from './workspace.js'
import { DELEGATING } from './commands.js'
import { rootImageBin } from './root-image-bin.js'
import { planJs } from './plan.js'
import { withoutToollessConfigs } from './tool-configs.js'
import { rootDockerfileRunsEntry } from './dockerfile-run-member.js'
import { scriptRunByOwnImage } from './image-script.js'
import { controlScript } from './control-script.js'
import { workspaceRootConfigs } from '../../signals/turbo-package.js'
import { ownImageRunsPackageFile } from './own-image-entry.js'

const ENTRY_FILES = [
  'server',
  'index',
  'app',
  'main',
  'src/server',
  'src/index',
  'src/main',
  'src/app'
].flatMap(b => ['js', 'mjs', 'cjs', 'ts', 'mts'].map(e => `${b}.${e}`))
const SERVER_CODE = /\.listen\(|createServer\(|\b(?:Bun|Deno)\.serve\(|\bserve\(\s*\{|\bnew Elysia\(/
// Scripts that delegate to other workspace packages: the root itself serves nothing.
export function isBunProject(ctx: AppContext, pkg: PackageJson | null): boolean {
  if (pkg && (pkg.deps.has('elysia') || pkg.deps.has('@types/bun') || pkg.deps.has('bun-types'))) return true
  if (pkg && /^bun\s/.test(pkg.scripts.start ?? '')) return true
  const installedByBun =
    ctx.has('bun.lockb') ||
    ctx.has('bun.lock') ||
    ctx.has('bunfig.toml') ||
    (typeof pkg?.json.packageManager === 'string' && pkg.json.packageManager.startsWith('bun@'))
  // Bun only as the package manager of an app that declares the Node it runs on (engines.node; morphic:
  // bun.lock, engines 22.x, an image FROM node:22 running `next start`) is a Node app installed with bun.
  if (!installedByBun) return false
  const engines = pkg?.json.engines
  return !(isRecord(engines) && typeof engines.node === 'string') || finalImageIsBun(ctx)
}

/** The app's Dockerfile ends on an oven/bun image: whatever engines says, Bun runs it. */
function finalImageIsBun(ctx: AppContext): boolean {
  const path = ctx.signals.dockerfile
  const text = path ? ctx.tree.read(path) : null
  const froms = text ? [...text.matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)] : []
  const last = froms[froms.length - 1]?.[1] ?? ''
  return /^(?:docker\.io\/)?oven\/bun(?::|@|$)/.test(last)
}

const NODE_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml']

/**
 * A deno.json beside package.json is secondary when Node's own install state says the app is a Node app:
 * a Node lockfile, no deno.lock, and a Node framework dependency (NestJS boilerplates ship a deno.json so the
 * code can also run under Deno, while their Dockerfile and lockfile are Node's). A Deno app that keeps a
 * package.json only for tooling (GraphQL codegen, husky) has no framework there and stays Deno's.
 */
export function nodeOwnsDenoConfig(ctx: AppContext, detection?: Detection<NodeData> | null): boolean {
  if (ctx.has('deno.lock') || !NODE_LOCKFILES.some(f => ctx.has(f))) return false
  const d = detection === undefined ? detectJs(ctx, 'node') : detection
  return d !== null && d.data.matches.some(m => m.score >= 0.3)
}

/**
 * Source files searched for health routes: the shallowest 600, plus any deeper file whose own path names a
 * health endpoint (a large Nx/Nest app keeps `apps/api/src/app/health/health.controller.ts` six levels down).
 */
function scriptEntry(script: string | undefined): string | null {
  if (!script) return null
  const m = /(?:^|[\s;&])(?:node|bun|tsx|ts-node)\s+(?:-\S+\s+)*(?:\.\/)?([\w@./-]+\.[cm]?[jt]sx?)\b/.exec(
    script
  )
  return m?.[1] ?? null
}

/** `apps/api` for a start script `node dist/apps/api/main` when that folder holds sources, else null. */
export function detectJs(ctx: AppContext, runtime: JsRuntime): Detection<NodeData> | null {
  const warnings: Warning[] = []
  const nxMember = nxProject(ctx, warnings)
  if (!ctx.has('package.json') && !nxMember) return null
  const pkg = nxMember ? nxMember.pkg : readPackageJson(ctx, warnings)
  const hasWorkspaces = nodeWorkspaces(ctx) !== null
  const nx = nxMember ?? (pkg ? nxStandaloneProject(ctx, pkg, hasWorkspaces, warnings) : null)
  const matches = pkg
    ? withoutToollessConfigs(
        scoreFrameworks(NODE_FRAMEWORKS, pkg.deps, ctx.has, rel =>
          fileEvidence(ctx.path(rel), 'config file present')
        ),
        pkg
      )
    : []
  const mainField = typeof pkg?.json.main === 'string' ? pkg.json.main.replace(/^\.\//, '') : null
  const startEntry = pkg ? scriptEntry(pkg.scripts.start) : null
  // A Bun app's `module` is its entry (`bun init` writes `"module": "index.ts"`; an Elysia app without a start
  // script names `src/index.tsx` there): for Node it is a library's ESM build, not what the server runs.
  const moduleField =
    runtime === 'bun' && typeof pkg?.json.module === 'string' ? pkg.json.module.replace(/^\.\//, '') : null
  const entry =
    [
      ...(mainField ? [mainField] : []),
      ...(startEntry ? [startEntry] : []),
      ...(moduleField ? [moduleField] : []),
      ...ENTRY_FILES
    ].find(f => ctx.has(f)) ?? null
  const serverSource = entry !== null && SERVER_CODE.test(ctx.read(entry) ?? '')
  // pnpm-workspace.yaml also carries plain settings (pnpm 10 `onlyBuiltDependencies`): only a `packages`
  // list makes the directory a workspace root, and nodeWorkspaces() reads that list.
  // An Nx standalone project's nx.json sits beside its own project.json: that root is the app itself.
  const standalone = nx !== null && nx.root === ctx.dir
  // A member's turbo.json that extends the root's (`"extends": ["//"]`) is a package configuration.
  const workspaceRoot =
    hasWorkspaces || (!standalone && workspaceRootConfigs(ctx.has, f => ctx.read(f)).length > 0)
  const start = pkg?.scripts.start
  // Without a `start` script, the script the folder's own image runs (`CMD ["pnpm", "run", "prod"]`) is it.
  const imageScript = pkg && start === undefined ? scriptRunByOwnImage(ctx, pkg.scripts) : null
  const ownStart =
    (start !== undefined && !DELEGATING.test(start)) ||
    (imageScript !== null && !DELEGATING.test(imageScript.text))
  const strong = matches.filter(m => m.score >= 0.3)
  const top = strong[0]
  const data: NodeData = { runtime, nx, pkg, matches, entry, serverSource, workspaceRoot, warnings }
  const evidence = top
    ? top.evidence
    : pkg
      ? [fileEvidence(pkg.path, 'package.json present')]
      : [fileEvidence(ctx.path('package.json'))]

  let score: number
  let reason: string
  if (top) {
    score = 0.5 + 0.45 * top.score
    reason = `${top.spec.name} dependency`
  } else if (serverSource) {
    score = 0.65
    reason = `server code in ${entry}`
  } else if (ownStart) {
    score = 0.6
    reason = 'package.json start script'
  } else {
    score = 0.35
    reason = 'package.json without a server'
  }
  // A member whose server is a library it depends on, shipped as the root Dockerfile's working folder and
  // run by that image's command (see dockerfile-run-member.ts).
  const shipped =
    !top && !serverSource && !ownStart && entry !== null && !workspaceRoot
      ? rootDockerfileRunsEntry(ctx, entry)
      : null
  if (shipped) {
    score = 0.5
    reason = `the root Dockerfile ships ${ctx.dir} and runs its ${entry}`
    evidence.push(shipped)
  }
  // A daemon control script the package declares as its bin, whose `start` arm runs its own entry with node.
  const control =
    pkg && !top && !serverSource && !ownStart && !shipped && !workspaceRoot ? controlScript(ctx, pkg) : null
  if (control) {
    score = 0.55
    reason = `${control.script} starts ${control.entry} (a daemon control script)`
    evidence.push(...control.evidence)
  }
  // A CLI member whose bin a root image (any Dockerfile variant) runs with a server subcommand.
  const imageBin =
    pkg && !top && !serverSource && !ownStart && !shipped && !control && !workspaceRoot
      ? rootImageBin(ctx, pkg)
      : null
  if (imageBin) {
    score = 0.55
    reason = `${imageBin.dockerfile} runs ${imageBin.command}`
    evidence.push(...imageBin.evidence)
    data.imageBin = imageBin
  }
  // A package whose own Dockerfile runs one of its files with node (a framework the analyzer does not know).
  const ownImage =
    pkg && !top && !serverSource && !ownStart && !shipped && !control && !workspaceRoot && !imageBin
      ? ownImageRunsPackageFile(ctx, pkg.name ?? undefined)
      : null
  if (ownImage) {
    score = 0.5
    reason = `its own Dockerfile runs a file of ${ctx.dir} with node`
    evidence.push(ownImage)
  }
  // Frontend libraries alone (a component library) are not an app; with a build tool they are an SPA (matched above).
  const onlyFrontend =
    !top &&
    pkg !== null &&
    FRONTEND_LIBRARIES.some(l => pkg.deps.has(l)) &&
    !serverSource &&
    !ctx.has('index.html')
  let deployable =
    (top !== undefined ||
      serverSource ||
      ownStart ||
      shipped !== null ||
      control !== null ||
      imageBin !== null ||
      ownImage !== null) &&
    !onlyFrontend
  if (workspaceRoot) {
    // A monorepo root is an app only when it serves something itself, not when it merely runs tooling.
    const runtimeServer =
      top !== undefined &&
      top.spec.kind !== 'static' &&
      pkg?.deps.get(top.spec.dependencies.find(d => pkg.deps.has(d))!)?.dev === false
    // A meta-framework whose own config file sits at the root builds the root itself (a Nuxt or SvelteKit
    // app that keeps a small helper package in its workspace); such frameworks live in devDependencies.
    const build = pkg?.scripts.build
    const ownBuild = build !== undefined && !DELEGATING.test(build)
    const rootFramework =
      top !== undefined &&
      top.spec.kind !== 'static' &&
      top.spec.devDependencyOk === true &&
      (top.spec.markerFiles ?? []).some(f => ctx.has(f)) &&
      (ownStart || ownBuild)
    // Nx integrated roots hold every app's dependencies, so a server dependency alone proves nothing here.
    deployable =
      (serverSource || (runtimeServer && ownStart) || rootFramework) &&
      !(start !== undefined && DELEGATING.test(start))
    if (!deployable) reason = 'workspace root with only tooling'
  }
  if (nx?.library) {
    deployable = false
    reason = 'Nx library project'
  }
  // A member that declares what it exports (main/exports/types), has no start script, and that other
  // members depend on is a package they import, not an app — unless it ships an image of its own (an API
  // member that an all-in-one member also imports, with a Dockerfile whose command runs it).
  const exportsCode = ['main', 'module', 'exports', 'types', 'typings'].some(k => pkg?.json[k] !== undefined)
  if (
    deployable &&
    !ownStart &&
    !imageBin &&
    exportsCode &&
    pkg?.name &&
    usedByWorkspaceMember(ctx, pkg.name) &&
    !shipsOwnImage(ctx)
  ) {
    deployable = false
    reason = 'workspace package used by other members'
  }
  if (pkg && !deployable && !workspaceRoot && (pkg.json.bin !== undefined || pkg.json.exports !== undefined))
    reason = 'library or CLI package'
  return { score: Math.round(score * 100) / 100, deployable, reason, evidence, data }
}

/** The folder's own Dockerfile (standard name) runs a command: the folder is deployed as an image. */
function shipsOwnImage(ctx: AppContext): boolean {
  for (const name of ['Dockerfile', 'Containerfile']) {
    const text = ctx.read(name)
    if (text !== null) return readDockerfile(ctx.path(name), text).startCommand.length > 0
  }
  return false
}

export const nodeProvider: Provider<NodeData> = {
  id: 'node',
  manifests: ['package.json', 'project.json'],
  detect(ctx) {
    const d = detectJs(ctx, 'node')
    if (!d) return null
    // Bun and Deno projects are planned by their own providers.
    if (isBunProject(ctx, d.data.pkg)) return null
    if ((ctx.has('deno.json') || ctx.has('deno.jsonc')) && !nodeOwnsDenoConfig(ctx, d)) return null
    return d
  },
  plan: planJs,
  workspaces: nodeWorkspaces
}
