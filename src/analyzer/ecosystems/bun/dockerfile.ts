// Bun services (Elysia, Hono on Bun, plain Bun.serve): bun's own image and user, frozen lockfile install
// with the install cache mounted, production dependencies only at runtime. oven/bun:*-slim is Debian
// without a compiler and without npm: native addons get a toolchain stage, and the lifecycle scripts a
// production install cannot run are dropped with bun itself.
import { pinRuntime } from '../../render/base-images.js'
import { hintAppPath, hintList, hintString } from '../../render/hints.js'
import {
  cmdInstruction,
  dockerfile,
  expose,
  header,
  healthcheck,
  portLines,
  safeCommand,
  type DockerfileContext,
  type GeneratedDockerfile
} from '../../render/dockerfile/common.js'
import { devScriptDropList, nodeInstallPlan, rootMemberManifestCopies } from '../node/install-plan.js'
import { TOOLCHAIN_INSTALL, toolchainComment } from '../node/native-addons.js'
import { BUN } from '../node/package-managers.js'
import { BUN_VERSIONS } from './runtime.js'

const CACHE = '--mount=type=cache,target=/root/.bun/install/cache'
/**
 * Self-hosted apps create their state beside them at start (a SQLite file in ./data: ConvertX stopped on
 * `EACCES: permission denied, mkdir './data'` as the bun user): the bun user owns the app's folder itself,
 * not the files copied into it — as the node user does in the Node images.
 */
const STATE_FOLDER_COMMENT =
  "# Apps create their state folders beside them at start (./data): the bun user owns the app's folder itself."

const BUN_LOCKFILES = ['bun.lock', 'bun.lockb']

export function bunDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime(BUN_VERSIONS, app.runtimeVersion.value)
  const image = `oven/bun:${pin.version}-slim`
  const build = safeCommand(ctx, app.buildCommand.value, 'build')
  const start =
    safeCommand(ctx, app.startCommand.value, 'start') ?? `bun run ${hintAppPath(app, 'entry') ?? 'index.ts'}`
  const stages = installStages(ctx)
  if (ctx.context !== app.appDir)
    return bunWorkspaceMember(ctx, image, pin.how, pin.version, build, start, stages)
  // An app at its workspace's root: the members' manifests before the install (workspace: dependencies).
  const members = rootMemberManifestCopies(app)
  // Without a bun lockfile in the context, `--frozen-lockfile` stops the install ("lockfile had changes").
  const frozen = bunLockfileInContext(ctx) ? ' --frozen-lockfile' : ''
  const runtime = [
    'FROM base AS runtime',
    portLines(ctx, { NODE_ENV: 'production', HOST: '0.0.0.0' }),
    build ? 'COPY --from=build /app ./' : ['COPY --from=deps /app/node_modules ./node_modules', 'COPY . .'],
    STATE_FOLDER_COMMENT,
    'RUN chown bun:bun /app',
    'USER bun',
    expose(ctx),
    healthcheck('bun', ctx.healthPath, '10s'),
    cmdInstruction(start)
  ].flat()
  return {
    generator: 'bun',
    context: ctx.context,
    text: dockerfile(
      header(ctx, `${app.framework.value} on Bun ${pin.version}`, [`${image} — ${pin.how}`]),
      `FROM ${ctx.image(image)} AS base`,
      'WORKDIR /app',
      stages.toolchain,
      '',
      build
        ? [
            `FROM ${stages.from} AS build`,
            'COPY package.json bun.lock* bun.lockb* ./',
            ...members,
            `RUN ${CACHE} bun install${frozen}`,
            'COPY . .',
            'ENV NODE_ENV=production',
            `RUN ${build}`,
            // Reinstalling runs the root package's lifecycle scripts again, now without devDependencies.
            stages.dropDevScripts,
            `RUN ${CACHE} rm -rf node_modules && bun install${frozen} --production`
          ].flat()
        : [
            `FROM ${stages.from} AS deps`,
            'COPY package.json bun.lock* bun.lockb* ./',
            ...members,
            stages.dropDevScripts,
            `RUN ${CACHE} bun install${frozen} --production`
          ].flat(),
      '',
      runtime
    )
  }
}

/**
 * A member of a Bun workspace, built from the workspace root: every member manifest and the lockfile
 * first, `bun install --filter <member>` for its production dependencies, then only the member and the
 * workspace packages it depends on.
 */
function bunWorkspaceMember(
  ctx: DockerfileContext,
  image: string,
  how: string,
  version: string,
  build: string | null,
  start: string,
  stages: InstallStages
): GeneratedDockerfile {
  const { app } = ctx
  // Bun's commands whatever the repository's manager: oven/bun has neither npm nor corepack.
  const plan = nodeInstallPlan(ctx, BUN)
  const members = plan.members ?? [plan.appRel]
  const sources = build
    ? [...members.map(dir => `COPY --from=build /app/${dir} ./${dir}`), 'COPY --from=deps /app ./']
    : ['COPY --from=deps /app ./', ...(plan.sourceFirst ? [] : members.map(dir => `COPY ${dir} ${dir}`))]
  return {
    generator: 'bun',
    context: ctx.context,
    text: dockerfile(
      header(ctx, `${app.framework.value} on Bun ${version}`, [`${image} — ${how}`]),
      `FROM ${ctx.image(image)} AS base`,
      'WORKDIR /app',
      stages.toolchain,
      '',
      build
        ? [
            `FROM ${stages.from} AS build`,
            ...plan.manifestCopies,
            `RUN ${CACHE} ${plan.install}`,
            'COPY . .',
            'ENV NODE_ENV=production',
            `RUN cd ${plan.appRel} && ${build}`,
            ''
          ]
        : null,
      `FROM ${stages.from} AS deps`,
      plan.manifestCopies,
      stages.dropDevScripts,
      `RUN ${CACHE} ${plan.installProd}`,
      '',
      'FROM base AS runtime',
      portLines(ctx, { NODE_ENV: 'production', HOST: '0.0.0.0' }),
      sources,
      `WORKDIR /app/${plan.appRel}`,
      STATE_FOLDER_COMMENT,
      `RUN chown bun:bun /app/${plan.appRel}`,
      'USER bun',
      expose(ctx),
      healthcheck('bun', ctx.healthPath, '10s'),
      cmdInstruction(start)
    )
  }
}

/** What the install stages add to the plain `base` stage. */
interface InstallStages {
  /** The `toolchain` stage's lines after the base stage, empty when no dependency compiles. */
  toolchain: string[]
  /** The stage the install stages start from: `toolchain` or `base` (the runtime stays on `base`). */
  from: string
  /** The comment and `bun -e` line that drop dev-only lifecycle scripts before a production install. */
  dropDevScripts: string[]
}

function installStages(ctx: DockerfileContext): InstallStages {
  const addons = hintList(ctx.app, 'nativeAddons')
  return {
    toolchain:
      addons.length === 0
        ? []
        : [
            '',
            toolchainComment(addons, 'the install stages get a compiler, the runtime image does not'),
            'FROM base AS toolchain',
            // oven/bun:*-slim is Debian, like node:*-bookworm-slim: the same apt line.
            TOOLCHAIN_INSTALL
          ],
    from: addons.length === 0 ? 'base' : 'toolchain',
    dropDevScripts: bunDevScriptDrops(ctx)
  }
}

/**
 * `bun install --production` runs the root package's own preinstall/postinstall/prepare, so a
 * `"prepare": "husky"` with husky a devDependency stops it (exit 127). The Node generator drops such scripts
 * with `npm pkg delete`; oven/bun has no npm, so bun edits the copied package.json itself. Paths and script
 * names are checked (devScriptDropList) to plain characters, so the JSON literal sits safely in single quotes.
 */
function bunDevScriptDrops(ctx: DockerfileContext): string[] {
  const drops = devScriptDropList(ctx)
  if (drops === null) return []
  const files: Record<string, string[]> = {}
  for (const [dir, keys] of drops.byDir) {
    if (!/^[\w.@+/-]+$/.test(dir)) continue
    files[dir === '.' ? 'package.json' : `${dir}/package.json`] = keys.map(key =>
      key.replace(/^scripts\./, '')
    )
  }
  if (Object.keys(files).length === 0) return []
  const edit =
    'const fs=require("fs");' +
    `for(const[file,names]of Object.entries(${JSON.stringify(files)})){if(!fs.existsSync(file))continue;` +
    'const pkg=JSON.parse(fs.readFileSync(file,"utf8"));' +
    'for(const name of names)delete pkg.scripts[name];' +
    'fs.writeFileSync(file,JSON.stringify(pkg,null,2))}'
  return [drops.comment, `RUN bun -e '${edit}'`]
}

/**
 * Whether a bun lockfile (the `lockfile` hint or the package manager's evidence) sits at the build
 * context's root, where `COPY bun.lock*` finds it. Otherwise bun resolves while the image builds and
 * NO_LOCKFILE says so.
 */
function bunLockfileInContext(ctx: DockerfileContext): boolean {
  const { app } = ctx
  const paths = [hintString(app, 'lockfile'), ...app.packageManager.evidence.map(e => e.file)].filter(
    (path): path is string => path !== null && BUN_LOCKFILES.includes(path.split('/').pop() ?? '')
  )
  const folder = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.')
  if (paths.some(path => folder(path) === ctx.context)) return true
  const outside = paths[0]
  ctx.warn(
    'NO_LOCKFILE',
    outside
      ? `${outside} lies outside the build context ${ctx.context}: installs are not reproducible. Build from ` +
          `the lockfile's folder or commit a bun.lock in ${ctx.context} so the image build is frozen to it.`
      : 'No bun.lock found: installs are not reproducible. Commit the lockfile (`bun install` writes it) so ' +
          'the image build is frozen to it.'
  )
  return false
}
