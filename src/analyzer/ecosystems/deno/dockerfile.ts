// Deno services: dependencies from deno.json/deno.lock cached into the image's DENO_DIR before the
// source, the entry module pre-compiled, run as the image's `deno` user with only net/env/read access.
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
import { DENO_VERSIONS } from './runtime.js'

export function denoDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime(DENO_VERSIONS, app.runtimeVersion.value)
  const image = `denoland/deno:debian-${pin.version}`
  const entry = hintAppPath(app, 'entry') ?? 'main.ts'
  const start =
    safeCommand(ctx, app.startCommand.value, 'start') ??
    `deno run --allow-net --allow-env --allow-read ${entry}`
  return {
    generator: 'deno',
    context: ctx.context,
    text: dockerfile(
      header(ctx, `${app.framework.value} on Deno ${pin.version}`, [`${image} — ${pin.how}`]),
      `FROM ${ctx.image(image)} AS runtime`,
      'WORKDIR /app',
      'COPY deno.json* deno.jsonc* deno.lock* package.json* ./',
      'RUN if [ -f deno.json ] || [ -f deno.jsonc ] || [ -f package.json ]; then deno install; fi',
      'COPY . .',
      `RUN deno cache ${entry}`,
      portLines(ctx),
      'USER deno',
      expose(ctx),
      healthcheck('deno', ctx.healthPath, '10s'),
      cmdInstruction(start)
    )
  }
}
