// Elixir/Phoenix: a `mix release` built with prod-only dependencies (deps fetched from mix.lock before
// the source), assets deployed when the app has them. The runtime stage uses the same base image as the
// build so the release's bundled Erlang runtime always finds the C libraries it was compiled against.
import { pinRuntime } from '../../render/base-images.js'
import { frameworkById } from '../../framework.js'
import { envFromPairs, hintBoolean, hintString } from '../../render/hints.js'
import { ELIXIR_FRAMEWORKS } from './frameworks.js'
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
import { ELIXIR_VERSIONS } from './runtime.js'

export function elixirDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime(ELIXIR_VERSIONS, app.runtimeVersion.value)
  const image = `elixir:${pin.version}-slim`
  const hinted = hintString(app, 'release')
  const release = hinted && /^[a-z][a-z0-9_]*$/.test(hinted) ? hinted : app.name.replace(/-/g, '_')
  const framework = frameworkById(ELIXIR_FRAMEWORKS, app.framework.value)
  const assets = framework?.assetsDeploy === true && hintBoolean(app, 'phoenixAssets') !== false
  const hex = '--mount=type=cache,target=/root/.hex --mount=type=cache,target=/root/.cache'
  return {
    generator: 'elixir',
    context: ctx.context,
    text: dockerfile(
      header(ctx, `${app.framework.value} on Elixir ${pin.version}, mix release`, [`${image} — ${pin.how}`]),
      `FROM ${ctx.image(image)} AS build`,
      'RUN apt-get update && apt-get install -y --no-install-recommends build-essential git && rm -rf /var/lib/apt/lists/*',
      'WORKDIR /app',
      'ENV MIX_ENV=prod',
      'RUN mix local.hex --force && mix local.rebar --force',
      'COPY mix.exs mix.lock ./',
      `RUN ${hex} mix deps.get --only prod`,
      'COPY confi[g] config',
      'RUN mix deps.compile',
      'COPY . .',
      assets ? 'RUN mix assets.deploy' : null,
      'RUN mix compile && mix release',
      '',
      `FROM ${ctx.image(image)} AS runtime`,
      addUser(),
      'WORKDIR /app',
      `COPY --from=build --chown=app:app /app/_build/prod/rel/${release} ./`,
      portLines(ctx, { ...envFromPairs(framework?.env), MIX_ENV: 'prod' }),
      'USER app',
      expose(ctx),
      healthcheck('bash', ctx.healthPath, '30s'),
      `CMD ["/app/bin/${release}", "start"]`
    )
  }
}
