// Bun services (Elysia, Hono on Bun, plain Bun.serve): bun's own image and user, frozen lockfile install
// with the install cache mounted, production dependencies only at runtime.
import { pinRuntime } from '../../render/base-images.js'
import { hintAppPath } from '../../render/hints.js'
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
import { nodeInstallPlan } from '../node/install-plan.js'
import { BUN_VERSIONS } from './runtime.js'

const CACHE = '--mount=type=cache,target=/root/.bun/install/cache'

export function bunDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime(BUN_VERSIONS, app.runtimeVersion.value)
  const image = `oven/bun:${pin.version}-slim`
  const build = safeCommand(ctx, app.buildCommand.value, 'build')
  const start =
    safeCommand(ctx, app.startCommand.value, 'start') ?? `bun run ${hintAppPath(app, 'entry') ?? 'index.ts'}`
  if (ctx.context !== app.appDir) return bunWorkspaceMember(ctx, image, pin.how, pin.version, build, start)
  const runtime = [
    'FROM base AS runtime',
    portLines(ctx, { NODE_ENV: 'production', HOST: '0.0.0.0' }),
    build ? 'COPY --from=build /app ./' : ['COPY --from=deps /app/node_modules ./node_modules', 'COPY . .'],
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
      '',
      build
        ? [
            'FROM base AS build',
            'COPY package.json bun.lock* bun.lockb* ./',
            `RUN ${CACHE} bun install --frozen-lockfile`,
            'COPY . .',
            'ENV NODE_ENV=production',
            `RUN ${build}`,
            `RUN ${CACHE} rm -rf node_modules && bun install --frozen-lockfile --production`
          ]
        : [
            'FROM base AS deps',
            'COPY package.json bun.lock* bun.lockb* ./',
            `RUN ${CACHE} bun install --frozen-lockfile --production`
          ],
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
  start: string
): GeneratedDockerfile {
  const { app } = ctx
  const plan = nodeInstallPlan(ctx)
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
      '',
      build
        ? [
            'FROM base AS build',
            ...plan.manifestCopies,
            `RUN ${CACHE} ${plan.install}`,
            'COPY . .',
            'ENV NODE_ENV=production',
            `RUN cd ${plan.appRel} && ${build}`,
            ''
          ]
        : null,
      'FROM base AS deps',
      plan.manifestCopies,
      `RUN ${CACHE} ${plan.installProd}`,
      '',
      'FROM base AS runtime',
      portLines(ctx, { NODE_ENV: 'production', HOST: '0.0.0.0' }),
      sources,
      `WORKDIR /app/${plan.appRel}`,
      'USER bun',
      expose(ctx),
      healthcheck('bun', ctx.healthPath, '10s'),
      cmdInstruction(start)
    )
  }
}
