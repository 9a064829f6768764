// Node.js (npm, Yarn, pnpm, Bun as package manager) services: Express, Fastify, Koa, Hono, NestJS,
// Next.js (standalone output when configured), Nuxt (.output), SvelteKit/Remix/Astro SSR (pruned app).
import { pinRuntime } from '../../render/base-images.js'
import { envFromPairs, hintAppPath, hintList, hintString, safeRelativePath } from '../../render/hints.js'
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
import { nodeLockfile, nodePackageManager, type NodePackageManager } from './package-managers.js'
import { NODE_VERSIONS } from './runtime.js'
import { frameworkById } from '../../framework.js'
import { NODE_FRAMEWORKS } from './frameworks.js'

export interface NodeInstallPlan {
  pm: NodePackageManager
  /** COPY lines that bring manifests + lockfile in before the source. */
  manifestCopies: string[]
  /** True when manifests could not be listed and the whole source is copied before install. */
  sourceFirst: boolean
  install: string
  installProd: string
  prune: string
  /** App directory relative to the build context ('.' unless in a workspace). */
  appRel: string
  /**
   * A workspace member whose manifests are known: the folders its runtime needs (workspace packages it
   * depends on, then itself, relative to the root), copied instead of the whole workspace. Null otherwise.
   */
  members: string[] | null
}

/** What to copy before `install`, and the install commands, for this app's package manager. */
export function nodeInstallPlan(ctx: DockerfileContext): NodeInstallPlan {
  const { app } = ctx
  const pm = nodePackageManager(app)
  const lockfile = nodeLockfile(app, pm)
  const appRel = relativeTo(ctx.context, app.appDir)
  let { install, installProd, prune } = pm
  if (lockfile === null) {
    ctx.warn(
      'NO_LOCKFILE',
      `No ${pm.lockfiles[0]} found: installs are not reproducible. Commit the lockfile so the image build ` +
        `is frozen to it.`
    )
    install = unfrozen(install)
    installProd = unfrozen(installProd)
    prune = unfrozen(prune)
  }
  const lockSource = lockfile ?? `${pm.lockfiles[0]}*`
  const rootFiles = ['package.json', lockSource, ...pm.extraManifests.map(file => `${file}*`)]
  if (appRel === '.') {
    return {
      pm,
      manifestCopies: [`COPY ${rootFiles.join(' ')} ./`],
      sourceFirst: false,
      install,
      installProd,
      prune,
      appRel,
      members: null
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
  const memberInstall =
    name && /^(@[\w.~-]+\/)?[\w.~-]+$/.test(name) ? pm.installMemberProd?.(name, appRel) : undefined
  if (!memberInstall)
    ctx.warn(
      'WORKSPACE_INSTALL_UNFILTERED',
      pm.installMemberProd
        ? 'The workspace package name of this app is unknown, so the production install covers every workspace member.'
        : `${pm.id} cannot install one workspace member alone, so the production install covers every member (Yarn 2+ can: set packageManager).`
    )
  return {
    pm,
    manifestCopies: [`COPY ${rootFiles.join(' ')} ./`, ...manifests.map(path => `COPY ${path} ${path}`)],
    sourceFirst: false,
    install,
    installProd: memberInstall ? (lockfile === null ? unfrozen(memberInstall) : memberInstall) : installProd,
    prune,
    appRel,
    members: [...dependencies, appRel]
  }
}

function unfrozen(command: string): string {
  return command.replace('npm ci', 'npm install').replace(/ --frozen-lockfile| --immutable/g, '')
}

function relativeTo(root: string, dir: string): string {
  if (root === '.' || root === dir) return root === dir ? '.' : dir
  return dir.startsWith(`${root}/`) ? dir.slice(root.length + 1) : dir
}

/** The image the Node stages build on, with the pin explanation for the header. */
export function nodeBase(ctx: DockerfileContext): { from: string; pin: string } {
  const pin = pinRuntime(NODE_VERSIONS, ctx.app.runtimeVersion.value)
  return {
    from: ctx.image(`node:${pin.version}-bookworm-slim`),
    pin: `node:${pin.version}-bookworm-slim — ${pin.how}`
  }
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
    const body = safeCommand(ctx, hintString(app, 'startScript'), 'start script')
    if (script === 'start' && body && /^node [\w./@-]+( [\w./@=-]+)*$/.test(body)) return body
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

function buildScript(ctx: DockerfileContext, plan: NodeInstallPlan): string | null {
  const build = safeCommand(ctx, ctx.app.buildCommand.value, 'build')
  if (!build) return null
  const script = build.match(/^(?:npm|yarn|pnpm|bun)(?: run)? ([\w:.-]+)$/)?.[1]
  return script ? plan.pm.run(script) : build
}

export function nodeDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const framework = app.framework.value
  const spec = frameworkById(NODE_FRAMEWORKS, framework)
  const plan = nodeInstallPlan(ctx)
  const base = nodeBase(ctx)
  const build = buildScript(ctx, plan)
  const standalone =
    spec?.runtimeLayout === 'next-standalone' &&
    hintString(app, 'nextOutput') === 'standalone' &&
    plan.appRel === '.'
  if (spec?.runtimeLayout === 'next-standalone' && !standalone) {
    ctx.warn(
      'NEXT_NOT_STANDALONE',
      "next.config does not set output: 'standalone', so the image carries all production node_modules. " +
        "Add output: 'standalone' for an image several times smaller."
    )
  }
  const workdir = plan.appRel === '.' ? '/app' : `/app/${plan.appRel}`
  const cd = plan.appRel === '.' ? '' : `cd ${plan.appRel} && `
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    [spec?.hostVariable ?? 'HOST']: '0.0.0.0',
    NODE_OPTIONS: `--max-old-space-size=${heapMiB(app)}`,
    ...envFromPairs(spec?.env)
  }
  const pmName = plan.pm.id === 'yarn-berry' ? 'yarn' : plan.pm.id
  const summary = `${framework} on Node.js with ${pmName}${standalone ? ' (Next.js standalone output)' : ''}`

  const baseStage = [
    `FROM ${base.from} AS base`,
    'WORKDIR /app',
    plan.pm.setup ? `RUN ${plan.pm.setup}` : null
  ].filter((line): line is string => line !== null)
  const install = (command: string): string => `RUN ${plan.pm.cacheMount} ${command}`

  const healthLines = healthcheck('node', ctx.healthPath, spec?.healthStartPeriod ?? '20s')
  const start = nodeStartCommand(ctx, null)

  if (!build) {
    // No build step: production install in its own stage, then the source on top.
    return {
      generator: 'node',
      context: ctx.context,
      text: dockerfile(
        header(ctx, summary, [base.pin]),
        baseStage,
        '',
        'FROM base AS deps',
        plan.manifestCopies,
        install(plan.installProd),
        '',
        'FROM base AS runtime',
        portLines(ctx, env),
        plan.members
          ? [
              '# Only this app and the workspace packages it depends on: other members stay out of the image.',
              'COPY --from=deps /app ./',
              ...plan.members.map(dir => `COPY ${dir} ${dir}`)
            ]
          : plan.sourceFirst
            ? 'COPY --from=deps /app ./'
            : ['COPY --from=deps /app/node_modules ./node_modules', 'COPY . .'],
        plan.appRel === '.' ? null : `WORKDIR ${workdir}`,
        'USER node',
        expose(ctx),
        healthLines,
        cmdInstruction(start)
      )
    }
  }

  const buildStage = [
    'FROM base AS build',
    plan.manifestCopies,
    install(plan.install),
    plan.sourceFirst ? null : 'COPY . .',
    ['ENV NODE_ENV=production', ...(spec?.env ?? [])].join(' '),
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

  if (standalone) {
    return {
      generator: 'nextjs',
      context: ctx.context,
      text: dockerfile(
        header(ctx, summary, [base.pin]),
        baseStage,
        '',
        buildStage,
        '',
        'FROM base AS runtime',
        portLines(ctx, env),
        '# The standalone server carries only the files it traces; static assets and public/ are copied beside it.',
        'COPY --from=build /app/publi[c] ./public',
        'COPY --from=build --chown=node:node /app/.next/standalone ./',
        'COPY --from=build --chown=node:node /app/.next/static ./.next/static',
        'USER node',
        expose(ctx),
        healthLines,
        cmdInstruction('node server.js')
      )
    }
  }

  if (spec?.runtimeLayout === 'nitro') {
    // Nitro bundles the server and its dependencies into .output: nothing else is needed at runtime.
    return {
      generator: 'nuxt',
      context: ctx.context,
      text: dockerfile(
        header(ctx, summary, [base.pin]),
        baseStage,
        '',
        buildStage,
        '',
        'FROM base AS runtime',
        portLines(ctx, env),
        `COPY --from=build /app/${plan.appRel === '.' ? '' : `${plan.appRel}/`}.output ./.output`,
        'USER node',
        expose(ctx),
        healthLines,
        cmdInstruction('node .output/server/index.mjs')
      )
    }
  }

  if (plan.members) {
    // A workspace member: production dependencies come from their own stage (cached on the manifests
    // alone); the runtime takes the built app and the workspace packages it uses, nothing else.
    return {
      generator: 'node',
      context: ctx.context,
      text: dockerfile(
        header(ctx, summary, [base.pin]),
        baseStage,
        '',
        buildStage,
        '',
        'FROM base AS deps',
        plan.manifestCopies,
        install(plan.installProd),
        '',
        'FROM base AS runtime',
        portLines(ctx, env),
        plan.members.map(dir => `COPY --from=build /app/${dir} ./${dir}`),
        'COPY --from=deps /app ./',
        `WORKDIR ${workdir}`,
        'USER node',
        expose(ctx),
        healthLines,
        cmdInstruction(start)
      )
    }
  }

  return {
    generator: 'node',
    context: ctx.context,
    text: dockerfile(
      header(ctx, summary, [base.pin]),
      baseStage,
      '',
      buildStage,
      '# Drop dev dependencies now that the build is done, so only production packages reach the image.',
      install(plan.prune),
      '',
      'FROM base AS runtime',
      portLines(ctx, env),
      spec?.writesAppDir ? 'COPY --from=build --chown=node:node /app ./' : 'COPY --from=build /app ./',
      plan.appRel === '.' ? null : `WORKDIR ${workdir}`,
      'USER node',
      expose(ctx),
      healthLines,
      cmdInstruction(start)
    )
  }
}
