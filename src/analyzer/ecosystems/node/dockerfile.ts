// Node.js (npm, Yarn, pnpm, Bun as package manager) services: Express, Fastify, Koa, Hono, NestJS,
// Next.js (standalone output when configured), Nuxt (.output), SvelteKit/Remix/Astro SSR (pruned app).
import { envFromPairs, hintAppPath, hintList, hintString } from '../../render/hints.js'
import {
  cmdInstruction,
  dockerfile,
  expose,
  header,
  healthcheck,
  heapMiB,
  portLines,
  safeCommand,
  type DockerfileContext,
  type GeneratedDockerfile
} from '../../render/dockerfile/common.js'
import { frameworkById } from '../../framework.js'
import type { AppAnalysis } from '../../report.js'
import { isInside, joinPath } from '../../tree.js'
import { NODE_FRAMEWORKS } from './frameworks.js'

import {
  buildScript,
  nanLine,
  nodeBase,
  nodeInstallPlan,
  nodeStartCommand,
  type NodeInstallPlan
} from './install-plan.js'
import type { NodeFrameworkSpec } from './frameworks.js'
import { TOOLCHAIN_INSTALL, toolchainComment } from './native-addons.js'
import {
  copyFromFolder,
  localDependencyLayout,
  localPackageInstall,
  localPackageLines,
  type LocalDependencyLayout
} from './local-dependency-layout.js'

/** What every Node image layout shares, computed once. */
interface NodeImage {
  ctx: DockerfileContext
  plan: NodeInstallPlan
  header: string[]
  baseStage: string[]
  env: Record<string, string>
  healthLines: string[]
  /** `/app`, or the member's folder in a workspace. */
  workdir: string
  /**
   * The node user owns the copied app files, not only its folder: a `prestart` script npm runs at start
   * writes into them (mirotalk copies `app/src/config.template.js` to `config.js`).
   */
  ownsFiles: boolean
  /** The stage the install stages start from: `toolchain` when a dependency may compile (native-addons.ts). */
  installFrom: string
  start: string
  install(command: string): string
  /** The subfolder the app's package.json is copied from (relocated-manifest.ts), else null. */
  manifestDir: string | null
}

/**
 * The folder above the app whose files its subfolder's package.json starts (hint `relocatedManifest`,
 * relocated-manifest.ts): the generator's build context. Null for a workspace member or a linked-package app.
 */
export function relocatedManifestRoot(app: AppAnalysis): string | null {
  if (hintString(app, 'workspaceRoot') !== null || hintString(app, 'localDependencyRoot') !== null)
    return null
  const [root] = hintList(app, 'relocatedManifest')
  if (root === undefined || root === app.appDir || !isInside(app.appDir, root)) return null
  return root
}

/**
 * The app as it runs from the folder above its manifest: its folder is the context, its manifest and
 * lockfile are copied from the subfolder to the context's root before the install.
 */
function relocated(ctx: DockerfileContext): { ctx: DockerfileContext; manifestDir: string } | null {
  const root = relocatedManifestRoot(ctx.app)
  if (root === null || ctx.context !== root) return null
  const manifestDir = root === '.' ? ctx.app.appDir : ctx.app.appDir.slice(root.length + 1)
  const entry = hintList(ctx.app, 'relocatedManifest')[1] ?? ''
  ctx.warn(
    'MANIFEST_IN_SUBFOLDER',
    `${ctx.app.appDir}/package.json starts ${entry}, which is in ${root === '.' ? 'the repository root' : root}, ` +
      `not in ${ctx.app.appDir}: the image builds from ${root} and copies the manifest there before the ` +
      "install, as the app's own setup does."
  )
  // The lockfile beside the manifest is copied from there too: it is the context root's lockfile once copied.
  const lockfile = ctx.app.packageManager.evidence
    .map(e => e.file)
    .find(
      file => file.startsWith(`${ctx.app.appDir}/`) && LOCKFILES.test(file.slice(ctx.app.appDir.length + 1))
    )
  const hints = lockfile
    ? { ...ctx.app.hints, lockfile: joinPath(root, lockfile.slice(ctx.app.appDir.length + 1)) }
    : ctx.app.hints
  return { ctx: { ...ctx, app: { ...ctx.app, appDir: root, hints } }, manifestDir }
}

const LOCKFILES = /^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/

/** `COPY package.json package-lock.json* ./` → `COPY install/package.json install/package-lock.json* ./`. */
function fromManifestDir(lines: string[], dir: string): string[] {
  return lines.map(line => {
    const m = /^COPY ((?:[\w.*-]+ )+)\.\/$/.exec(line)
    if (!m) return line
    return `COPY ${m[1]!
      .trim()
      .split(' ')
      .map(file => `${dir}/${file}`)
      .join(' ')} ./`
  })
}

export function nodeDockerfile(outer: DockerfileContext): GeneratedDockerfile {
  const moved = relocated(outer)
  const ctx = moved ? moved.ctx : outer
  const { app } = ctx
  const framework = app.framework.value
  const spec = frameworkById(NODE_FRAMEWORKS, framework)
  // Packages linked from beside the app (`file:../shared`): the context is the folder above, and the app
  // installs as on its own, in its folder, after those packages (local-dependency-layout.ts).
  const local = localDependencyLayout(ctx)
  const plan = nodeInstallPlan(local ? { ...ctx, context: app.appDir } : ctx)
  if (moved) plan.manifestCopies = fromManifestDir(plan.manifestCopies, moved.manifestDir)
  const base = nodeBase(ctx)
  const nan = app.runtimeVersion.value === null ? nanLine(ctx) : null
  const npm10 = app.runtimeVersion.value === null && !nan ? hintString(app, 'npm10Lockfile') : null
  if (npm10)
    ctx.warn(
      'NODE_LINE_FOR_NPM10_LOCKFILE',
      `Nothing pins the Node version, and ${npm10}: npm 11, which the newest LTS image (Node 24) ships, ` +
        'refuses such a lockfile in npm ci, so the image runs Node 22 with npm 10. Regenerate the lockfile ' +
        'with npm 11 (npm install), or pin the Node version the app supports (engines.node, .nvmrc).'
    )
  if (nan)
    ctx.warn(
      'NODE_LINE_FROM_NATIVE_ADDON',
      `Nothing pins the Node version, and the lockfile resolves nan ${nan.nan} (${nan.at}), which native ` +
        `addons compile against and which is not known to build on Node versions after ${nan.line}: the image ` +
        `runs Node ${nan.line}, not the newest LTS. Upgrade the addon (or nan) in the lockfile, or pin the ` +
        'Node version the app supports (engines.node, .nvmrc).'
    )
  const build = buildScript(ctx, plan)
  const standalone =
    spec?.runtimeLayout === 'next-standalone' &&
    hintString(app, 'nextOutput') === 'standalone' &&
    local === null
  const standaloneUnused =
    spec?.runtimeLayout === 'next-standalone' && hintString(app, 'nextOutput') === 'standalone' && !standalone
  if (spec?.runtimeLayout === 'next-standalone' && !standalone) {
    if (standaloneUnused) {
      // The standalone server of an app linking packages from beside it (`file:../shared`) traces from the
      // app's own lockfile folder, which this image does not lay out yet: say so rather than ask for a
      // setting the app already has.
      ctx.warn(
        'NEXT_STANDALONE_UNUSED',
        "next.config sets output: 'standalone', but the app links packages from outside its folder, so " +
          'the image runs next start with all production node_modules instead of the standalone server.'
      )
    } else {
      ctx.warn(
        'NEXT_NOT_STANDALONE',
        "next.config does not set output: 'standalone', so the image carries all production node_modules. " +
          "Add output: 'standalone' for an image several times smaller."
      )
    }
  }
  // A start command that runs a devDependency (tsx, ts-node) needs dev dependencies in the image.
  const devTools = standalone || spec?.runtimeLayout === 'nitro' ? [] : hintList(app, 'startDevTools')
  if (devTools.length > 0) {
    ctx.warn(
      'START_NEEDS_DEV_DEPENDENCIES',
      `The start command runs ${devTools.join(', ')}, which package.json lists only in devDependencies, so ` +
        'the image keeps dev dependencies to start. Compile in the build script and start with node, or ' +
        'move them to dependencies, for a smaller image.'
    )
    plan.installProd = plan.install
    plan.prune = null
  }
  const pmName = plan.pm.id === 'yarn-berry' ? 'yarn' : plan.pm.id
  const summary = `${framework} on Node.js with ${pmName}${standalone ? ' (Next.js standalone output)' : ''}`
  const image: NodeImage = {
    ctx,
    plan,
    // The Dockerfile stays in the manifest's folder when the app builds from the folder above it.
    header: header(outer, summary, [base.pin]),
    baseStage: [
      `FROM ${base.from} AS base`,
      'WORKDIR /app',
      plan.pm.setup ? `RUN ${plan.pm.setup}` : null,
      ...lockfileNpm(ctx, base.from, plan.pm.id),
      ...prismaOpenssl(hintString(app, 'prismaClient')),
      ...toolchainStage(hintList(app, 'nativeAddons'))
    ].filter((line): line is string => line !== null),
    env: {
      NODE_ENV: 'production',
      [spec?.hostVariable ?? 'HOST']: '0.0.0.0',
      NODE_OPTIONS: `--max-old-space-size=${heapMiB(app)}`,
      ...envFromPairs(spec?.env)
    },
    healthLines: healthcheck('node', ctx.healthPath, spec?.healthStartPeriod ?? '20s'),
    workdir: local ? `/app/${local.appRel}` : plan.appRel === '.' ? '/app' : `/app/${plan.appRel}`,
    installFrom: hintList(app, 'nativeAddons').length > 0 ? 'toolchain' : 'base',
    // A prestart script, or a start entry that writes into its committed files (start-writes-own-files.ts).
    ownsFiles: hintString(app, 'preStartScript') !== null || hintString(app, 'startWritesOwnFiles') !== null,
    // The analyzer's `node server.js` is the standalone server, which an image without that layout lacks.
    start: standaloneUnused ? nextStartCommand(ctx) : nodeStartCommand(ctx, null),
    install: command => `RUN ${plan.pm.cacheMount} ${command}`,
    manifestDir: moved?.manifestDir ?? null
  }
  if (local) return generated(ctx, 'node', localDependencyImage(image, spec, build, local))
  if (!build) return generated(ctx, 'node', unbuiltImage(image))
  const buildStage = buildStageLines(image, spec, build)
  if (standalone) return generated(ctx, 'nextjs', standaloneImage(image, buildStage))
  if (spec?.runtimeLayout === 'nitro') return generated(ctx, 'nuxt', nitroImage(image, buildStage))
  if (plan.members) return generated(ctx, 'node', memberImage(image, buildStage, plan.members))
  const next = spec?.runtimeLayout === 'next-standalone'
  return generated(ctx, 'node', prunedImage(image, buildStage, spec?.writesAppDir === true, next))
}

/**
 * A stage with python3, make and g++ for the installs, when a dependency may compile with node-gyp (no
 * prebuilt binary for this Node version, platform or libc); the runtime stage stays on `base` without them.
 */
/** The npm major a node image ships: 11 from Node 24, 10 before. */
function shippedNpm(from: string): number | null {
  const major = /\bnode:(\d+)/.exec(from)?.[1]
  return major === undefined ? null : Number(major) >= 24 ? 11 : 10
}

/**
 * The npm major the lockfile needs (hint `npmLockfileMajor`), installed over the one the image's Node line
 * ships: npm 10 on Node 24 for a lockfile without an optional dependency npm 11 requires, npm 11 on Node 22
 * and older for a lockfile without an optional peer npm 10 requires. npm 11 needs Node 20.17 or later.
 */
function lockfileNpm(ctx: DockerfileContext, from: string, pm: string): string[] {
  const hint = hintString(ctx.app, 'npmLockfileMajor')
  const m = hint ? /^(10|11|none) (.+)$/.exec(hint) : null
  const shipped = shippedNpm(from)
  if (!m || pm !== 'npm' || shipped === null) return []
  const [, need, why] = m as unknown as [string, string, string]
  const image = from.slice(from.lastIndexOf('/') + 1)
  if (need === 'none') {
    ctx.warn(
      'NPM_LOCKFILE_UNINSTALLABLE',
      `${why}: npm 11 refuses the first and npm 10 the second, so npm ci fails with either. Regenerate the ` +
        'lockfile (npm install) with the npm the image runs.'
    )
    return []
  }
  if (Number(need) === shipped) return []
  if (need === '11' && /\bnode:(?:1\d|20)\b/.test(from)) {
    ctx.warn(
      'NPM_LOCKFILE_NEEDS_NPM11',
      `${why}; the image (${image}) ships npm 10, and npm 11 needs Node 20.17 or later. Regenerate the ` +
        'lockfile with npm 10, or run a newer Node line.'
    )
    return []
  }
  ctx.warn(
    need === '10' ? 'NPM10_FOR_LOCKFILE' : 'NPM11_FOR_LOCKFILE',
    `${why}; the image (${image}) ships npm ${shipped}, so it installs npm ${need} first. Regenerate the ` +
      `lockfile with npm ${shipped} (npm install) to use the npm the image ships.`
  )
  return [
    `# ${why}: npm ${need} installs it, the image ships npm ${shipped}.`,
    `RUN npm install -g npm@${need} --no-audit --no-fund`
  ]
}

/**
 * Prisma's query engine links libssl, which node's bookworm-slim images lack: without it Prisma falls back to
 * the openssl-1.1.x engine and the app stops at its first query on `libssl.so.1.1: cannot open shared object
 * file`. The base stage is the runtime's, so the library is there at run time.
 */
function prismaOpenssl(client: string | null): string[] {
  if (client === null) return []
  return [
    `# @prisma/client ${client}: its query engine loads libssl, which the slim image lacks.`,
    'RUN apt-get update && apt-get install -y --no-install-recommends openssl && rm -rf /var/lib/apt/lists/*'
  ]
}

function toolchainStage(addons: string[]): string[] {
  if (addons.length === 0) return []
  return [
    '',
    toolchainComment(addons, 'the install stages get a compiler, the runtime image does not'),
    'FROM base AS toolchain',
    TOOLCHAIN_INSTALL
  ]
}

/** The header, the base stage and the build stage, ahead of a runtime stage. */
function builtHead(image: NodeImage, buildStage: string[]): string[] {
  return [...image.header, ...image.baseStage, '', ...buildStage, '']
}

/**
 * The runtime stage's start and environment. An image started through npm (`npm start`, `npm run start:prod`)
 * runs the npm CLI at every start, which would check the registry for a newer npm, print its update notice
 * and write a debug log under ~/.npm/_logs: both are turned off there.
 */
function runtimeHead(image: NodeImage, start: string): string[] {
  const npm: Record<string, string> = RUNS_NPM.test(start)
    ? { NPM_CONFIG_UPDATE_NOTIFIER: 'false', NPM_CONFIG_LOGS_MAX: '0' }
    : {}
  return ['FROM base AS runtime', ...portLines(image.ctx, { ...image.env, ...npm })]
}

/** Ports below this one need root (or CAP_NET_BIND_SERVICE, which ECS does not grant a non-root user). */
const PRIVILEGED_PORTS = 1024

/** A command that runs the npm CLI (`npm start`, `… && npm run serve`, `npx prisma migrate deploy && …`). */
const RUNS_NPM = /(?:^|[\s;&|(])np[mx]\s/

/** The runtime stage's end: the node user, the port, the health check and the command. */
function runtimeTail(image: NodeImage, start: string): string[] {
  const port = image.ctx.port
  if (port < PRIVILEGED_PORTS) {
    image.ctx.warn(
      'PRIVILEGED_PORT',
      `The app listens on port ${port}, below 1024: only root may bind it on ECS (a non-root container ` +
        'cannot; docker run allows it), so the image runs as root. Make the app serve on a port from 1024 ' +
        'up to run it as the node user.'
    )
    return [
      `# Port ${port} is below 1024: on ECS only root may bind it, so the server runs as root (no USER node).`,
      expose(image.ctx),
      ...image.healthLines,
      cmdInstruction(start)
    ]
  }
  return [
    // Self-hosted apps create their state folders beside them at start (`mkdir ./config`, a SQLite file in
    // ./data): the node user owns the app's folder itself, not the files copied into it.
    ...ownedFolders(image),
    'USER node',
    expose(image.ctx),
    ...image.healthLines,
    cmdInstruction(start)
  ]
}

/**
 * The node user owns the app folder itself and the app's writable data folders (hint `writableFolders`,
 * writable-folders.ts): a SQLite file's committed folder, a committed empty uploads/. They are created when
 * the .dockerignore or the build left them out; everything else the image copied stays root-owned.
 */
function ownedFolders(image: NodeImage): string[] {
  const folders = hintList(image.ctx.app, 'writableFolders')
    .map(entry => {
      const at = entry.indexOf(' ')
      return { folder: entry.slice(0, at), evidence: entry.slice(at + 1) }
    })
    .filter(({ folder }) => /^[\w.-]+(?:\/[\w.-]+)*$/.test(folder))
  if (folders.length === 0) return [`RUN chown node:node ${image.workdir}`]
  const paths = folders.map(({ folder }) => `${image.workdir}/${folder}`).join(' ')
  return [
    `# The app writes its state into ${folders.map(({ folder, evidence }) => `${folder}/ (${evidence})`).join(', ')}:`,
    '# the node user owns those folders; the rest of the copied sources stays root-owned.',
    `RUN mkdir -p ${paths} && chown node:node ${image.workdir} && chown -R node:node ${paths}`
  ]
}

function generated(ctx: DockerfileContext, generator: string, text: string): GeneratedDockerfile {
  return { generator, context: ctx.context, text }
}

/** No build step: production install in its own stage, then the source on top. */
function unbuiltImage(image: NodeImage): string {
  const { plan } = image
  const client = clientBuild(image)
  return dockerfile(
    image.header,
    image.baseStage,
    '',
    `FROM ${image.installFrom} AS deps`,
    plan.manifestCopies,
    plan.dropDevScripts,
    image.install(plan.installProd),
    '',
    client ? [...client.stage, ''] : null,
    runtimeHead(image, image.start),
    plan.members
      ? [
          '# Only this app and the workspace packages it depends on: other members stay out of the image.',
          'COPY --from=deps /app ./',
          ...plan.members.map(dir => `COPY${ownership(image)} ${dir} ${dir}`)
        ]
      : plan.sourceFirst
        ? `COPY --from=deps${ownership(image)} /app ./`
        : ['COPY --from=deps /app/node_modules ./node_modules', `COPY${ownership(image)} . .`],
    client?.copy ?? null,
    // A manifest kept in a subfolder (relocated-manifest.ts): the app reads it at its root.
    image.manifestDir ? `COPY ${image.manifestDir}/package.json ./package.json` : null,
    plan.appRel === '.' ? null : `WORKDIR ${image.workdir}`,
    runtimeTail(image, image.start)
  )
}

/**
 * A front end built beside the server into the folder it serves, which the repository lacks (hint
 * `servedClientBuild`, served-client-build.ts): a stage builds the client with its own lockfile, and the
 * runtime stage copies its output to that folder. Only for an app at the context's root, not a workspace.
 */
function clientBuild(image: NodeImage): { stage: string[]; copy: string } | null {
  const hint = hintList(image.ctx.app, 'servedClientBuild')
  if (hint.length !== 5 || image.plan.appRel !== '.' || image.plan.members) return null
  const [client, output, served, lockfile, at] = hint as [string, string, string, string, string]
  const safe = (path: string) => /^[\w.-]+(?:\/[\w.-]+)*$/.test(path) && !path.split('/').includes('..')
  if (![client, output, served].every(safe) || !/^[\w.-]*$/.test(lockfile)) return null
  const install =
    lockfile === 'package-lock.json'
      ? 'RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund'
      : lockfile === 'yarn.lock'
        ? 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile'
        : lockfile === 'pnpm-lock.yaml'
          ? 'RUN --mount=type=cache,target=/root/.local/share/pnpm/store corepack enable && pnpm install --frozen-lockfile'
          : 'RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund'
  const run =
    lockfile === 'yarn.lock'
      ? 'yarn run build'
      : lockfile === 'pnpm-lock.yaml'
        ? 'pnpm run build'
        : 'npm run build'
  return {
    stage: [
      `# ${client}/ builds the front end the server serves from ${served}/ (${at}), which the repository does not hold.`,
      'FROM base AS client',
      `WORKDIR /app/${client}`,
      `COPY ${client}/package.json ${lockfile ? `${client}/${lockfile} ` : ''}./`,
      install,
      `COPY ${client}/ ./`,
      'ENV NODE_ENV=production',
      `RUN ${run}`
    ],
    // The node user owns the served folder: servers write into it at start (flame copies its custom CSS there).
    copy: `COPY --from=client --chown=node:node /app/${output} ./${served}`
  }
}

/** The build stage: everything installed, workspace dependencies built first, then the app. */
function buildStageLines(image: NodeImage, spec: NodeFrameworkSpec | undefined, build: string): string[] {
  const { plan, workdir } = image
  const cd = plan.appRel === '.' ? '' : `cd ${plan.appRel} && `
  return [
    `FROM ${image.installFrom} AS build`,
    plan.manifestCopies,
    plan.dropCheckoutScripts,
    image.install(plan.install),
    plan.sourceFirst ? null : 'COPY . .',
    ['ENV NODE_ENV=production', ...(spec?.env ?? [])].join(' '),
    envValidationSkip(image),
    prismaGenerate(image),
    // Next.js keeps its compiler cache in .next/cache: a cache mount makes rebuilds incremental.
    // Workspace packages the app depends on are built first (those without a build script are skipped).
    ...(plan.members ?? [])
      .filter(dir => dir !== plan.appRel)
      .map(dir => `RUN cd ${dir} && npm run build --if-present`),
    spec?.buildCache
      ? `RUN --mount=type=cache,target=${workdir}/${spec.buildCache} ${cd}${build}`
      : `RUN ${cd}${build}`
  ]
    .flat()
    .filter((line): line is string => line !== null)
}

/**
 * t3-env's `createEnv` validates the runtime secrets wherever the build imports the env module (next.config,
 * a prerendered page), and they are not there at build time: the variable its `skipValidation` tests is set
 * for the build stage only (env-validation.ts). The runtime stage starts from `base` without it, so the app
 * still validates its environment when it starts.
 */
function envValidationSkip(image: NodeImage): string[] {
  const skips = hintList(image.ctx.app, 'envValidationSkip')
    .map(entry => /^([A-Za-z_][A-Za-z0-9_]*)=([\w.-]+) (\S+)$/.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null)
  if (skips.length === 0) return []
  return [
    `# t3-env's skipValidation holds with ${skips.map(m => `${m[1]} (${oneLine(m[3]!)})`).join(', ')}: the ` +
      'build does not validate runtime secrets.',
    '# Set in this stage only: the runtime stage validates them at start.',
    `ENV ${skips.map(m => `${m[1]}=${m[2]}`).join(' ')}`
  ]
}

/**
 * `prisma generate` before the build: npm 11 skips @prisma/client's postinstall unless allowScripts
 * approves it, and the client must exist for the build and at run time (see prisma.ts).
 */
function prismaGenerate(image: NodeImage): string | null {
  const schema = hintAppPath(image.ctx.app, 'prismaSchema')
  if (schema === null) return null
  const cd = image.plan.appRel === '.' ? '' : `cd ${image.plan.appRel} && `
  return `RUN ${cd}npx --no-install prisma generate --schema ${schema}`
}

/** Next.js standalone output: the traced server and its static assets, nothing else. */
function standaloneImage(image: NodeImage, buildStage: string[]): string {
  if (image.plan.appRel !== '.') return memberStandaloneImage(image, buildStage)
  return dockerfile(
    builtHead(image, buildStage),
    runtimeHead(image, 'node server.js'),
    '# The standalone server carries only the files it traces; static assets and public/ are copied beside it.',
    'COPY --from=build /app/publi[c] ./public',
    'COPY --from=build --chown=node:node /app/.next/standalone ./',
    'COPY --from=build --chown=node:node /app/.next/static ./.next/static',
    runtimeTail(image, 'node server.js')
  )
}

/**
 * A workspace member's standalone server sits where its tracing root puts it: under the member's path when
 * the root is the workspace (Next.js 15 infers it from the root lockfile, `outputFileTracingRoot` sets it),
 * at the top when the root is the app itself. The build stage lays either out as the workspace, with the
 * static assets and public/ beside the server, so the runtime stage copies one folder and runs the member.
 */
function memberStandaloneImage(image: NodeImage, buildStage: string[]): string {
  const app = image.plan.appRel
  const out = `${app}/.next/standalone`
  return dockerfile(
    builtHead(image, [
      ...buildStage,
      `# The standalone server, laid out as the workspace: /standalone/${app}/server.js.`,
      [
        `RUN if [ -f ${out}/${app}/server.js ]; then dest=/standalone; \\`,
        `    elif [ -f ${out}/server.js ]; then dest=/standalone/${app}; \\`,
        `    else echo "next build wrote no server.js in ${out} nor in its ${app}/" >&2; exit 1; fi \\`,
        `  && mkdir -p "$dest" && cp -a ${out}/. "$dest"/ \\`,
        `  && cp -a ${app}/.next/static /standalone/${app}/.next/static \\`,
        `  && if [ -d ${app}/public ]; then cp -a ${app}/public /standalone/${app}/public; fi`
      ].join('\n')
    ]),
    runtimeHead(image, 'node server.js'),
    "# The standalone server carries only the files it traces: the workspace's other members stay out.",
    'COPY --from=build --chown=node:node /standalone ./',
    `WORKDIR ${image.workdir}`,
    runtimeTail(image, 'node server.js')
  )
}

/** ` --chown=node:node` when the app writes into its own files at start, else nothing. */
function ownership(image: NodeImage): string {
  return image.ownsFiles ? ' --chown=node:node' : ''
}

/** Nitro bundles the server and its dependencies into .output: nothing else is needed at runtime. */
function nitroImage(image: NodeImage, buildStage: string[]): string {
  const { plan } = image
  return dockerfile(
    builtHead(image, buildStage),
    runtimeHead(image, 'node .output/server/index.mjs'),
    `COPY --from=build /app/${plan.appRel === '.' ? '' : `${plan.appRel}/`}.output ./.output`,
    runtimeTail(image, 'node .output/server/index.mjs')
  )
}

/**
 * A workspace member: production dependencies come from their own stage (cached on the manifests alone);
 * the runtime takes the built app and the workspace packages it uses, nothing else.
 */
function memberImage(image: NodeImage, buildStage: string[], members: string[]): string {
  const { plan } = image
  return dockerfile(
    image.header,
    image.baseStage,
    '',
    buildStage,
    '',
    `FROM ${image.installFrom} AS deps`,
    plan.manifestCopies,
    plan.dropDevScripts,
    image.install(plan.installProd),
    '',
    runtimeHead(image, image.start),
    members.map(dir => `COPY --from=build /app/${dir} ./${dir}`),
    'COPY --from=deps /app ./',
    `WORKDIR ${image.workdir}`,
    runtimeTail(image, image.start)
  )
}

/**
 * `next start` without standalone output serves from .next: the compiler cache (hundreds of MB on a large
 * app) is a build leftover, and so are the source maps in .next and node_modules (Next.js alone ships
 * about 60 MB of them) unless the app uses them at run time (`sourceMaps` hint: --enable-source-maps,
 * source-map-support, productionBrowserSourceMaps).
 */
function nextTrim(appRel: string, keepMapsBecause: string | null): string[] {
  const next = appRel === '.' ? '.next' : `${appRel}/.next`
  // A custom distDir leaves no .next, a workspace member may have no node_modules: skip what is absent.
  const dirs = [next, 'node_modules', ...(appRel === '.' ? [] : [`${appRel}/node_modules`])]
  if (keepMapsBecause !== null)
    return [
      `# The build cache stays out of the image; source maps stay in (${oneLine(keepMapsBecause)}).`,
      `RUN rm -rf ${next}/cache`
    ]
  return [
    '# Build caches and source maps stay out of the image: `next start` reads neither.',
    `RUN rm -rf ${next}/cache && for dir in ${dirs.join(' ')}; do if [ -d "$dir" ]; then ` +
      `find "$dir" -name '*.map' -type f -exec rm -f {} +; fi; done`
  ]
}

/** `next start` from the app's own dependencies, with the flags its start script gives it. */
function nextStartCommand(ctx: DockerfileContext): string {
  const script = safeCommand(ctx, hintString(ctx.app, 'startScript'), 'start script')
  const flags = script?.match(/^next start((?: [\w.=-]+)*)$/)?.[1] ?? ''
  return `node_modules/.bin/next start${flags}`
}

/** Evidence text for a Dockerfile comment: one line, no characters a comment could misread. */
function oneLine(text: string): string {
  return text.replace(/[^\w .:/@'=-]/g, '').slice(0, 120)
}

/** Built in place, dev dependencies pruned, the whole app copied (owned by node when it writes into it). */
function prunedImage(
  image: NodeImage,
  buildStage: string[],
  writesAppDir: boolean,
  trimBuildOutput: boolean
): string {
  const { plan } = image
  const serverDir = builtServerDir(image)
  const start = serverDir ? serverDir.start : image.start
  const client = clientBuild(image)
  return dockerfile(
    image.header,
    image.baseStage,
    '',
    buildStage,
    plan.prune === null
      ? null
      : [
          '# Drop dev dependencies now that the build is done, so only production packages reach the image.',
          // Yarn 1 and Bun prune by installing again, which runs the lifecycle scripts once more.
          ...(/\binstall\b/.test(plan.prune) ? plan.dropDevScripts : []),
          image.install(plan.prune)
        ],
    trimBuildOutput ? nextTrim(plan.appRel, hintString(image.ctx.app, 'sourceMaps')) : null,
    '',
    client ? [...client.stage, ''] : null,
    runtimeHead(image, start),
    writesAppDir || image.ownsFiles
      ? 'COPY --from=build --chown=node:node /app ./'
      : 'COPY --from=build /app ./',
    client?.copy ?? null,
    plan.appRel === '.' ? null : `WORKDIR ${image.workdir}`,
    serverDir ? serverDir.lines : null,
    runtimeTail(image, start)
  )
}

/**
 * The build compiles the server into a folder of its own (Medusa 2: `.medusa/server`, medusa-config.js
 * included): the server starts there, its packages resolved from the app's node_modules above it. The start
 * script runs from that node_modules/.bin, as npm in the folder would not find it.
 */
function builtServerDir(image: NodeImage): { lines: string[]; start: string } | null {
  const dir = hintAppPath(image.ctx.app, 'builtServerDir')
  const script = hintString(image.ctx.app, 'startScript')
  if (dir === null || script === null || !/^[\w-]+(?: [\w.=:-]+)*$/.test(script)) return null
  return {
    lines: [
      `# The build compiles the server, its config included, into ${dir}: it starts there (node_modules above it).`,
      `WORKDIR ${image.workdir}/${dir}`,
      `RUN chown node:node ${image.workdir}/${dir}`
    ],
    start: `${image.workdir}/node_modules/.bin/${script}`
  }
}

/**
 * An app that links packages from beside it (`file:../shared`): the build stage installs and builds each
 * package in its folder first (npm links the folder and installs nothing for it), then installs and builds
 * the app in its own; the runtime takes the app and those packages (its node_modules links point at
 * them), nothing else of the repository.
 */
function localDependencyImage(
  image: NodeImage,
  spec: NodeFrameworkSpec | undefined,
  build: string | null,
  local: LocalDependencyLayout
): string {
  const { plan, workdir } = image
  const { prune } = plan
  // Packages installed with their dev dependencies to build: pruned with the app.
  const built = prune === null ? [] : local.packages.filter(pkg => pkg.install && pkg.build)
  const appPrune = build === null ? null : prune
  const prunes = [
    ...(appPrune === null ? [] : [image.install(appPrune)]),
    ...built.map(pkg => image.install(`cd /app/${pkg.dir} && ${localPackageInstall(plan.pm, pkg, prune!)}`))
  ]
  return dockerfile(
    image.header,
    image.baseStage,
    '',
    `FROM ${image.installFrom} AS build`,
    '# Local packages the app links to (file:/link: dependencies), in their folders before the app installs: ' +
      'installed and built first when they need it, so the links resolve to built output.',
    local.packages.flatMap(pkg => localPackageLines(image.ctx, plan.pm, pkg, image.install)),
    `WORKDIR ${workdir}`,
    plan.manifestCopies.map(line => copyFromFolder(local.appRel, line)),
    // Nothing to build: the production install, as for an app built on its own.
    build === null
      ? [...plan.dropDevScripts, image.install(plan.installProd)]
      : [...plan.dropCheckoutScripts, image.install(plan.install)],
    `COPY ${local.appRel} ./`,
    ['ENV NODE_ENV=production', ...(spec?.env ?? [])].join(' '),
    envValidationSkip(image),
    prismaGenerate(image),
    build === null
      ? null
      : spec?.buildCache
        ? `RUN --mount=type=cache,target=${workdir}/${spec.buildCache} ${build}`
        : `RUN ${build}`,
    prunes.length === 0
      ? null
      : [
          '# Drop dev dependencies now that the builds are done, so only production packages reach the image.',
          ...(appPrune !== null && /\binstall\b/.test(appPrune) ? plan.dropDevScripts : []),
          ...prunes
        ],
    spec?.runtimeLayout === 'next-standalone' ? nextTrim('.', hintString(image.ctx.app, 'sourceMaps')) : null,
    '',
    runtimeHead(image, image.start),
    '# Only the app and the local packages its node_modules links to: nothing else of the repository.',
    local.packages.map(pkg => `COPY --from=build /app/${pkg.dir} ./${pkg.dir}`),
    spec?.writesAppDir === true
      ? `COPY --from=build --chown=node:node ${workdir} ./${local.appRel}`
      : `COPY --from=build ${workdir} ./${local.appRel}`,
    `WORKDIR ${workdir}`,
    runtimeTail(image, image.start)
  )
}
