// Go services: a static binary (CGO_ENABLED=0, -trimpath, stripped) built with module and build caches
// mounted, copied into Alpine. Alpine rather than distroless/static: busybox `wget` gives the image a
// HEALTHCHECK probe, for ~7 MB more.
import { pinRuntime, TOOL_IMAGES } from '../../render/base-images.js'
import { hintPath } from '../../render/hints.js'
import {
  addUser,
  dockerfile,
  expose,
  header,
  healthcheck,
  portLines,
  type DockerfileContext,
  type GeneratedDockerfile
} from '../../render/dockerfile/common.js'
import { GO_VERSIONS } from './runtime.js'

export function goDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime(GO_VERSIONS, app.runtimeVersion.value)
  const image = `golang:${pin.version}-bookworm`
  const main = hintPath(app, 'package') ?? '.'
  const target = main === '.' ? '.' : `./${main}`
  // A CLI that serves from a subcommand (`serve`) runs with it.
  const sub = typeof app.hints.subcommand === 'string' ? app.hints.subcommand : null
  const caches = '--mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build'
  return {
    generator: 'go',
    context: ctx.context,
    text: dockerfile(
      header(ctx, `${app.framework.value} on Go, static binary`, [
        `${image} — ${pin.how}`,
        TOOL_IMAGES.alpine
      ]),
      `FROM ${ctx.image(image)} AS build`,
      'WORKDIR /src',
      'COPY go.mod go.sum* ./',
      'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
      'COPY . .',
      `RUN ${caches} \\`,
      `    CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/server ${target}`,
      '',
      `FROM ${ctx.image(TOOL_IMAGES.alpine)} AS runtime`,
      addUser(),
      'COPY --from=build /out/server /usr/local/bin/server',
      portLines(ctx),
      'USER app',
      expose(ctx),
      healthcheck('wget', ctx.healthPath, '5s'),
      `CMD [${['/usr/local/bin/server', ...(sub ? sub.split(/\s+/) : [])].map(w => JSON.stringify(w)).join(', ')}]`
    )
  }
}
