// Elixir/Phoenix: a `mix release` built with prod-only dependencies (deps fetched from mix.lock before
// the source), assets deployed when the app has them. The runtime stage uses the same base image as the
// build so the release's bundled Erlang runtime always finds the C libraries it was compiled against.
// When the report's start is a mix task (`mix phx.server`, a start alias: the project defines no release),
// the image compiles the app and runs that task instead, with mix and Hex kept where the app user reads them.
import { pinRuntime } from '../../render/base-images.js'
import { frameworkById } from '../../framework.js'
import { envFromPairs, hintBoolean, hintString } from '../../render/hints.js'
import { ELIXIR_FRAMEWORKS } from './frameworks.js'
import {
  addUser,
  cmdInstruction,
  dockerfile,
  expose,
  header,
  healthcheck,
  lockfileInContext,
  portLines,
  type DockerfileContext,
  type GeneratedDockerfile
} from '../../render/dockerfile/common.js'
import { ELIXIR_VERSIONS } from './runtime.js'

/** A mix task as the start command: `mix phx.server`, `mix start`, `mix run --no-halt`. */
const MIX_TASK = /^mix [\w.:-]+(?: --?[\w-]+)*$/

export function elixirDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime(ELIXIR_VERSIONS, app.runtimeVersion.value)
  const image = `elixir:${pin.version}-slim`
  const hinted = hintString(app, 'release')
  const release = hinted && /^[a-z][a-z0-9_]*$/.test(hinted) ? hinted : app.name.replace(/-/g, '_')
  const framework = frameworkById(ELIXIR_FRAMEWORKS, app.framework.value)
  const assets = framework?.assetsDeploy === true && hintBoolean(app, 'phoenixAssets') !== false
  const hex = '--mount=type=cache,target=/root/.hex --mount=type=cache,target=/root/.cache'
  const start = app.startCommand.value
  const mixManifests = lockfileInContext(ctx, 'mix.lock', 'mix')
    ? 'COPY mix.exs mix.lock ./'
    : 'COPY mix.exs ./'
  if (start !== null && MIX_TASK.test(start)) {
    return {
      generator: 'elixir',
      context: ctx.context,
      text: dockerfile(
        header(ctx, `${app.framework.value} on Elixir ${pin.version}, \`${start}\``, [
          `${image} — ${pin.how}`
        ]),
        `FROM ${ctx.image(image)} AS build`,
        'RUN apt-get update && apt-get install -y --no-install-recommends build-essential git && rm -rf /var/lib/apt/lists/*',
        'WORKDIR /app',
        'ENV MIX_ENV=prod MIX_HOME=/opt/mix HEX_HOME=/opt/hex',
        'RUN mix local.hex --force && mix local.rebar --force',
        mixManifests,
        'RUN --mount=type=cache,target=/root/.cache mix deps.get --only prod',
        'COPY confi[g] config',
        'RUN mix deps.compile',
        'COPY . .',
        assets ? 'RUN mix assets.deploy' : null,
        'RUN mix compile',
        '',
        `FROM ${ctx.image(image)} AS runtime`,
        addUser(),
        'WORKDIR /app',
        'COPY --from=build /opt/mix /opt/mix',
        'COPY --from=build /opt/hex /opt/hex',
        'COPY --from=build --chown=app:app /app /app',
        portLines(ctx, {
          ...envFromPairs(framework?.env),
          MIX_ENV: 'prod',
          MIX_HOME: '/opt/mix',
          HEX_HOME: '/opt/hex'
        }),
        'USER app',
        expose(ctx),
        healthcheck('bash', ctx.healthPath, '30s'),
        cmdInstruction(start)
      )
    }
  }
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
      mixManifests,
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
