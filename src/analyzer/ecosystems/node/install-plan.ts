// How a Node image installs and runs: the package manager's commands, the manifests copied before the
// source (the whole workspace's for a member), the base image and the start command. Shared by the node,
// bun and static generators.
import { pinRuntime } from '../../render/base-images.js'
import { hintAppPath, hintBoolean, hintList, hintString, safeRelativePath } from '../../render/hints.js'
import { safeCommand, type DockerfileContext } from '../../render/dockerfile/common.js'
import {
  nodeLockfile,
  nodeLockfilePath,
  nodePackageManager,
  type NodePackageManager
} from './package-managers.js'
import { NODE_VERSIONS } from './runtime.js'
import { CHECKOUT_PROGRAMS } from './lifecycle-scripts.js'
import { packageManagerSetup } from './pm-pin.js'
import { dirname } from '../../tree.js'

export interface NodeInstallPlan {
  pm: NodePackageManager
  /** COPY lines that bring manifests + lockfile in before the source. */
  manifestCopies: string[]
  /** True when manifests could not be listed and the whole source is copied before install. */
  sourceFirst: boolean
  install: string
  installProd: string
  /** Drops dev dependencies after the build; null keeps them (the start command needs a dev tool). */
  prune: string | null
  /** App directory relative to the build context ('.' unless in a workspace). */
  appRel: string
  /**
   * Before a production install: the comment and `npm pkg delete` that drop lifecycle scripts running
   * devDependency-only programs (lifecycle-scripts.ts); empty when there are none.
   */
  dropDevScripts: string[]
  /** Before the build stage's full install: the same for scripts running git (no checkout in the image). */
  dropCheckoutScripts: string[]
  /**
   * A workspace member whose manifests are known: the folders its runtime needs (workspace packages it
   * depends on, then itself, relative to the root), copied instead of the whole workspace. Null otherwise.
   */
  members: string[] | null
}

/**
 * What to copy before `install`, and the install commands, for this app's package manager, or for
 * `manager` when the image has only that one (bun's): then only a lockfile it reads freezes the install.
 */
export function nodeInstallPlan(ctx: DockerfileContext, manager?: NodePackageManager): NodeInstallPlan {
  const { app } = ctx
  const chosen = manager ?? nodePackageManager(app)
  const pm: NodePackageManager = {
    ...chosen,
    setup:
      manager === undefined && chosen.id === 'bun' ? bunOnNodeSetup(ctx) : packageManagerSetup(ctx, chosen)
  }
  const lockfile = nodeLockfile(app, pm, ctx.context, manager !== undefined)
  const appRel = relativeTo(ctx.context, app.appDir)
  let { install, installProd, prune } = pm
  if (lockfile === null) {
    const outside = nodeLockfilePath(app, pm, manager !== undefined)
    ctx.warn(
      'NO_LOCKFILE',
      outside
        ? `${outside} lies outside the build context ${ctx.context}: installs are not reproducible. Build from ` +
            `the lockfile's folder or commit a lockfile in ${ctx.context} so the image build is frozen to it.`
        : `No ${pm.lockfiles[0]} found: installs are not reproducible. Commit the lockfile so the image build ` +
            `is frozen to it.`
    )
    install = unfrozen(install)
    installProd = unfrozen(installProd)
    prune = unfrozen(prune)
  }
  const lockSource = lockfile ?? `${pm.lockfiles[0]}*`
  const rootFiles = ['package.json', lockSource, ...pm.extraManifests.map(file => `${file}*`)]
  const extraCopies = installFileCopies(ctx)
  const dropDevScripts = devScriptDrops(ctx)
  const dropCheckoutScripts = devScriptDrops(ctx, 'checkout')
  if (appRel === '.') {
    const reading = hintList(app, 'installScriptsReadSources')
    if (reading.length > 0)
      ctx.warn(
        'INSTALL_SCRIPTS_READ_SOURCES',
        `package.json's ${reading.join(', ')} ${reading.length > 1 ? 'scripts work' : 'script works'} on the ` +
          "repository's files during the install, so the image copies the sources before installing and any " +
          'source change reinstalls the dependencies. Move that step to the build script to keep the ' +
          'dependency layer cached.'
      )
    return {
      pm,
      manifestCopies:
        reading.length > 0
          ? ['COPY . .']
          : [`COPY ${rootFiles.join(' ')} ./`, ...extraCopies, ...rootMemberManifestCopies(app)],
      sourceFirst: reading.length > 0,
      install,
      installProd,
      prune,
      appRel,
      members: null,
      dropDevScripts,
      dropCheckoutScripts
    }
  }
  // A workspace member: install from the workspace root, with every member's package.json in place.
  const manifests = hintList(app, 'workspaceManifests')
    .map(path => safeRelativePath(path))
    .filter(
      (path): path is string => path !== null && path.endsWith('package.json') && path !== 'package.json'
    )
  if (manifests.length === 0) {
    ctx.warn(
      'WORKSPACE_MANIFESTS_UNKNOWN',
      'The workspace members are unknown, so the whole workspace is copied before the install and any ' +
        'change rebuilds the dependency layer.'
    )
    return {
      pm,
      manifestCopies: ['COPY . .'],
      sourceFirst: true,
      dropDevScripts,
      dropCheckoutScripts,
      install,
      installProd,
      prune,
      appRel,
      members: null
    }
  }
  if (!manifests.includes(`${appRel}/package.json`)) manifests.push(`${appRel}/package.json`)
  const dependencies = hintList(app, 'workspaceDependencies')
    .map(path => safeRelativePath(path))
    .filter((path): path is string => path !== null && path !== '.' && path !== appRel)
  const name = hintString(app, 'workspacePackage')
  const rootDependencies = hintBoolean(app, 'workspaceRootDependencies') === true
  const memberInstall =
    name && /^(@[\w.~-]+\/)?[\w.~-]+$/.test(name) && !rootDependencies
      ? pm.installMemberProd?.(name, appRel)
      : undefined
  if (rootDependencies)
    ctx.warn(
      'WORKSPACE_ROOT_DEPENDENCIES',
      "The workspace root's package.json lists production dependencies, which members resolve from the " +
        "root's node_modules, so the production install covers the whole workspace, root included."
    )
  else if (!memberInstall)
    ctx.warn(
      'WORKSPACE_INSTALL_UNFILTERED',
      pm.installMemberProd
        ? 'The workspace package name of this app is unknown, so the production install covers every workspace member.'
        : `${pm.id} cannot install one workspace member alone, so the production install covers every member (Yarn 2+ can: set packageManager).`
    )
  return {
    pm,
    manifestCopies: [
      `COPY ${rootFiles.join(' ')} ./`,
      ...extraCopies,
      ...manifests.map(path => `COPY ${path} ${path}`)
    ],
    sourceFirst: false,
    install,
    installProd: memberInstall ? (lockfile === null ? unfrozen(memberInstall) : memberInstall) : installProd,
    dropDevScripts,
    dropCheckoutScripts,
    prune,
    appRel,
    members: [...dependencies, appRel]
  }
}

/**
 * An app at its workspace's root: the members' manifests, so the install resolves `workspace:` dependencies
 * and finds the lockfile in sync (`COPY packages/core/package.json packages/core/package.json`).
 */
export function rootMemberManifestCopies(app: DockerfileContext['app']): string[] {
  return hintList(app, 'workspaceManifests')
    .map(path => safeRelativePath(path))
    .filter(
      (path): path is string => path !== null && path.endsWith('/package.json') && !path.startsWith('../')
    )
    .map(path => `COPY ${path} ${path}`)
}

/** The lockfile sits at the build context's root, where the hints' lockfile-relative paths resolve. */
function lockfileAtContextRoot(ctx: DockerfileContext): boolean {
  const lockfile = hintString(ctx.app, 'lockfile')
  if (lockfile === null) return false
  return dirname(lockfile) === ctx.context
}

/**
 * `COPY` lines for the files the install reads besides the manifests (`installFiles`: .npmrc settings, the
 * Yarn release .yarnrc.yml points at, pnpm patches), when the lockfile sits at the build context's root
 * (those paths are relative to the lockfile's folder; a COPY of a missing file fails the build).
 */
function installFileCopies(ctx: DockerfileContext): string[] {
  if (!lockfileAtContextRoot(ctx)) return []
  return hintList(ctx.app, 'installFiles').flatMap(raw => {
    const path = safeRelativePath(raw)
    if (path === null || path === '.') return []
    // A folder (`patches/`) keeps its name; a file at the root lands in ./ beside package.json.
    if (raw.endsWith('/')) return [`COPY ${path}/ ${path}/`]
    return [path.includes('/') ? `COPY ${path} ${path}` : `COPY ${path} ./`]
  })
}

/** The lifecycle scripts to drop before a production install, by package.json folder, and why. */
export interface DevScriptDrops {
  /** Folder (relative to the build context, `.` for its root) → `scripts.<name>` keys to delete. */
  byDir: Map<string, string[]>
  /** The comment line above the drop, naming each script and the program it runs. */
  comment: string
}

/**
 * The lifecycle scripts a production install cannot run (`devLifecycleScripts` hint, folders relative to
 * the lockfile's): only when the lockfile sits at the build context's root, as the copied manifests do.
 * Null when there are none. Each generator writes the drop with a tool its image has.
 */
export function devScriptDropList(
  ctx: DockerfileContext,
  which: 'all' | 'checkout' = 'all'
): DevScriptDrops | null {
  if (!lockfileAtContextRoot(ctx)) return null
  const byDir = new Map<string, string[]>()
  const said: string[] = []
  let checkout = 0
  for (const entry of hintList(ctx.app, 'devLifecycleScripts')) {
    const [dir, script, tool] = entry.split(':')
    const safeDir = dir === '.' ? '.' : safeRelativePath(dir ?? '')
    if (!safeDir || !script || !/^[\w-]+$/.test(script) || !tool || !/^[\w@./-]+$/.test(tool)) continue
    if (which === 'checkout' && !CHECKOUT_PROGRAMS.has(tool)) continue
    byDir.set(safeDir, [...(byDir.get(safeDir) ?? []), `scripts.${script}`])
    said.push(`${safeDir === '.' ? '' : `${safeDir}/`}package.json ${script} runs ${tool}`)
    if (CHECKOUT_PROGRAMS.has(tool)) checkout++
  }
  if (byDir.size === 0) return null
  const noCheckout = 'the image has neither git nor the repository (.git is not in the build context)'
  const noDev = 'the production install leaves out the devDependencies that provide the other programs'
  const why =
    checkout === said.length
      ? noCheckout
      : checkout > 0
        ? `${noCheckout}; ${noDev}`
        : `only devDependencies provide ${said.length > 1 ? 'those programs' : 'it'}, and the production install leaves them out`
  return {
    byDir,
    comment: `# ${said.join('; ')}: ${why}, so this stage drops ${said.length > 1 ? 'the scripts' : 'the script'}.`
  }
}

/** `npm pkg delete` lines for devScriptDropList: npm is in every node image, whichever manager installs. */
function devScriptDrops(ctx: DockerfileContext, which: 'all' | 'checkout' = 'all'): string[] {
  const drops = devScriptDropList(ctx, which)
  if (drops === null) return []
  const deletes = [...drops.byDir].map(([dir, keys]) =>
    dir === '.' ? `npm pkg delete ${keys.join(' ')}` : `npm pkg delete ${keys.join(' ')} --prefix ${dir}`
  )
  return [drops.comment, `RUN ${deletes.join(' && ')}`]
}

/** The install without its lockfile guard (`npm ci` → `npm install`), for a folder without a lockfile. */
export function unfrozen(command: string): string {
  return command.replace('npm ci', 'npm install').replace(/ --frozen-lockfile| --immutable/g, '')
}

function relativeTo(root: string, dir: string): string {
  if (root === '.' || root === dir) return root === dir ? '.' : dir
  return dir.startsWith(`${root}/`) ? dir.slice(root.length + 1) : dir
}

/** The image the Node stages build on, with the pin explanation for the header. */
export function nodeBase(ctx: DockerfileContext): { from: string; pin: string } {
  const nan = ctx.app.runtimeVersion.value === null ? nanLine(ctx) : null
  if (nan) {
    const pin = pinRuntime(NODE_VERSIONS, nan.line)
    return {
      from: ctx.image(`node:${pin.version}-bookworm-slim`),
      pin: `node:${pin.version}-bookworm-slim — no version declared; ${nan.why}`
    }
  }
  const npm10 = ctx.app.runtimeVersion.value === null ? hintString(ctx.app, 'npm10Lockfile') : null
  if (npm10) {
    const pin = pinRuntime(NODE_VERSIONS, NPM10_LINE)
    return {
      from: ctx.image(`node:${pin.version}-bookworm-slim`),
      pin: `node:${pin.version}-bookworm-slim — no version declared; ${npm10}, which npm 11 (Node 24) refuses`
    }
  }
  const pin = pinRuntime(NODE_VERSIONS, ctx.app.runtimeVersion.value)
  return {
    from: ctx.image(`node:${pin.version}-bookworm-slim`),
    pin: `node:${pin.version}-bookworm-slim — ${pin.how}`
  }
}

/** The newest LTS line whose image ships npm 10 (node:24 ships npm 11). */
export const NPM10_LINE = '22'

/**
 * The Node line a native addon's locked nan builds on (hint `nanNodeLine`, nan-node-line.ts), with the reason
 * and its lockfile line; warned once per image.
 */
export function nanLine(
  ctx: DockerfileContext
): { line: string; nan: string; at: string; why: string } | null {
  const hint = hintString(ctx.app, 'nanNodeLine')
  const m = hint ? /^(\d+) nan (\S+) (\S+)$/.exec(hint) : null
  if (!m) return null
  const [, line, nan, at] = m as unknown as [string, string, string, string]
  return { line, nan, at, why: `nan ${nan} (${at}) builds native addons up to Node ${line}` }
}

/** A start script that is `node <script> [arguments]`: it runs directly, without npm in between. */
const PLAIN_NODE = /^node [\w./@-]+( [\w./@=-]+)*$/
/** A command of plain words (no quoting, variables or shell syntax): safe to hand to `npm exec --no --`. */
const PLAIN_ARGUMENTS = /^[\w./@:-]+( [\w./@=:-]+)*$/

/**
 * The start script's server once its leading build steps are done, when the image's build stage runs that
 * build script (start-build-steps.ts); null otherwise, so `npm start` keeps its steps.
 */
function serverOnceBuilt(ctx: DockerfileContext): string | null {
  const served = safeCommand(ctx, hintString(ctx.app, 'startAfterBuild'), 'start script')
  const build = ctx.app.buildCommand.value === null ? null : withoutInstallSteps(ctx.app.buildCommand.value)
  const buildsScript = build !== null && /^(?:npm|yarn|pnpm|bun)(?: run)? build$/.test(build)
  return served && buildsScript ? served : null
}

/**
 * The start command for the runtime image. `yarn start` / `pnpm start` become `npm run start` (npm is
 * in every node image, while corepack would download yarn/pnpm at container start); a start script
 * that is a plain `node …` runs directly so node is PID 1's child without npm in between.
 */
export function nodeStartCommand(ctx: DockerfileContext, fallbackEntry: string | null): string {
  const { app } = ctx
  const start = safeCommand(ctx, app.startCommand.value, 'start')
  const script = start?.match(/^(?:npm|yarn|pnpm|bun)(?: run)? ([\w:.-]+)$/)?.[1]
  if (script) {
    const preStart = hintString(app, 'preStartScript') !== null
    const served = script === 'start' && !preStart ? serverOnceBuilt(ctx) : null
    const body = served ?? safeCommand(ctx, hintString(app, 'startScript'), 'start script')
    if (script === 'start' && body && !preStart && PLAIN_NODE.test(body)) return body
    // Another server command after the build steps: npm exec finds its bin in node_modules/.bin (`--no`:
    // never downloads a missing one at start).
    if (served && PLAIN_ARGUMENTS.test(served)) return `npm exec --no -- ${served}`
    return script === 'start' ? 'npm start' : `npm run ${script}`
  }
  if (start) return start
  const entry = hintAppPath(app, 'entry') ?? fallbackEntry
  if (entry) return `node ${entry}`
  ctx.warn(
    'NO_START_COMMAND',
    'No start command was found; the image runs `npm start`. Set app.startCommand.'
  )
  return 'npm start'
}

/**
 * A step of a platform build command that only installs dependencies (`npm install`, `yarn`, `pnpm i
 * --frozen-lockfile`): the generated image already installs in its own cached stage. Package names after
 * `install` (`npm install -g typescript`) make it a real step.
 */
const INSTALL_ONLY =
  /^(?:npm (?:ci|install|i)|yarn(?: install)?|pnpm (?:install|i)|bun (?:install|i))(?: --?[\w-]+(?:=\S+)?)*$/

/** Install-only steps dropped from a `&&`/`;` chain of build steps; null when nothing else is left. */
export function withoutInstallSteps(command: string): string | null {
  const steps = command.split(/\s*(?:&&|;)\s*/).map(step => step.trim())
  const rest = steps.filter(step => step !== '' && !INSTALL_ONLY.test(step))
  if (rest.length === steps.length) return command
  return rest.length === 0 ? null : rest.join(' && ')
}

export function buildScript(ctx: DockerfileContext, plan: NodeInstallPlan): string | null {
  const command = safeCommand(ctx, ctx.app.buildCommand.value, 'build')
  // render.yaml's `buildCommand: npm install` is no build: `npm run install` fails with Missing script.
  const build = command === null ? null : withoutInstallSteps(command)
  if (!build) return null
  const script = build.match(/^(?:npm|yarn|pnpm|bun)(?: run)? ([\w:.-]+)$/)?.[1]
  // `build` migrates a database, which no image build reaches (build-migrations.ts): its sibling without.
  const migration = hintList(ctx.app, 'buildMigration')
  if (script === 'build' && migration.length === 4) {
    const [command, via] = migration as [string, string]
    const [sibling, env] = migration.slice(2).map(value => (value === '-' ? '' : value)) as [string, string]
    ctx.warn(
      'BUILD_RUNS_MIGRATION',
      sibling
        ? `The build script runs ${command} (${via}), which needs the database at image build time: the ` +
            `image builds with ${sibling}${env ? ` (and ${env}, as the build sets)` : ''}, which does the same ` +
            'without it. Run the migration when you deploy ' +
            '(a release step, or before the start command).'
        : `The build script runs ${command} (${via}), which needs the database at image build time, so the ` +
            'image build fails without one. Move the migration out of the build script (a release step, or ' +
            'before the start command).'
    )
    if (sibling)
      return /^(?:[A-Z_][A-Z0-9_]*=[\w.:/@-]+ ?)*$/.test(env) && env
        ? `${env} ${plan.pm.run(sibling)}`
        : plan.pm.run(sibling)
  }
  return script ? plan.pm.run(script) : build
}

/**
 * bun on a node image (an app that runs on Node and installs with bun: bun.lock, engines.node): npm installs
 * the bun release package.json#packageManager names, else the newest 1.x (bun has no corepack channel).
 */
function bunOnNodeSetup(ctx: DockerfileContext): string {
  const declared = hintString(ctx.app, 'packageManagerVersion')
  const version = declared !== null && /^\d+(?:\.\d+){0,2}$/.test(declared) ? declared : '1'
  return `npm install -g bun@${version} --no-audit --no-fund`
}
