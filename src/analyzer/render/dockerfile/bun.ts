// Bun services (Elysia, Hono on Bun, plain Bun.serve): bun's own image and user, frozen lockfile install
// with the install cache mounted, production dependencies only at runtime.
import { pinRuntime } from '../base-images.js'
import { hintAppPath } from '../hints.js'
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
} from './common.js'

const CACHE = '--mount=type=cache,target=/root/.bun/install/cache'

export function bunDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime('bun', app.runtimeVersion.value)
  const image = `oven/bun:${pin.version}-slim`
  const build = safeCommand(ctx, app.buildCommand.value, 'build')
  const start =
    safeCommand(ctx, app.startCommand.value, 'start') ?? `bun run ${hintAppPath(app, 'entry') ?? 'index.ts'}`
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
