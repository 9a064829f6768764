// Ruby services: Rails (bootsnap precompile, assets:precompile with a dummy secret at build time) and
// Rack apps such as Sinatra. Gems install with the lockfile first; compilers stay in the build stage.
import { pinRuntime } from '../../render/base-images.js'
import { hintBoolean, hintString } from '../../render/hints.js'
import {
  addUser,
  cmdInstruction,
  dockerfile,
  expose,
  header,
  healthcheck,
  lockfileInContext,
  portLines,
  safeCommand,
  type DockerfileContext,
  type GeneratedDockerfile
} from '../../render/dockerfile/common.js'
import { RUBY_VERSIONS } from './runtime.js'
import { frameworkById } from '../../framework.js'
import { RUBY_FRAMEWORKS } from './frameworks.js'

const APT_CACHE =
  '--mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked'

const DB_PACKAGES: Record<string, { build: string; runtime: string }> = {
  postgresql: { build: 'libpq-dev', runtime: 'libpq5' },
  mysql2: { build: 'default-libmysqlclient-dev', runtime: 'default-mysql-client' },
  sqlite3: { build: 'libsqlite3-dev', runtime: 'libsqlite3-0' }
}

export function rubyDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime(RUBY_VERSIONS, app.runtimeVersion.value)
  const image = `ruby:${pin.version}-slim-bookworm`
  const spec = frameworkById(RUBY_FRAMEWORKS, app.framework.value)
  const db = DB_PACKAGES[hintString(app, 'databaseAdapter') ?? ''] ?? null
  const bootsnap = spec?.bootsnap === true && hintBoolean(app, 'bootsnap') !== false
  const assets = spec?.assets && hintBoolean(app, 'railsAssets') !== false ? spec.assets : null
  const start =
    safeCommand(ctx, app.startCommand.value, 'start') ??
    spec?.imageStart ??
    'bundle exec rackup --host 0.0.0.0 -p $PORT'
  const locked = lockfileInContext(ctx, 'Gemfile.lock', 'Bundler')
  const buildPackages = ['build-essential', 'git', 'libyaml-dev', 'pkg-config', ...(db ? [db.build] : [])]
  return {
    generator: 'ruby',
    context: ctx.context,
    text: dockerfile(
      header(ctx, `${app.framework.value} on Ruby ${pin.version} with Bundler`, [`${image} — ${pin.how}`]),
      `FROM ${ctx.image(image)} AS base`,
      'WORKDIR /app',
      // Deployment mode installs exactly Gemfile.lock and refuses to run without one.
      `ENV ${locked ? 'BUNDLE_DEPLOYMENT=1 ' : ''}BUNDLE_PATH=/usr/local/bundle BUNDLE_WITHOUT=development:test \\`,
      '    RAILS_ENV=production RACK_ENV=production RAILS_LOG_TO_STDOUT=1 RAILS_SERVE_STATIC_FILES=1',
      db
        ? `RUN ${APT_CACHE} rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y --no-install-recommends ${db.runtime}`
        : null,
      '',
      'FROM base AS build',
      `RUN ${APT_CACHE} rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y --no-install-recommends ${buildPackages.join(' ')}`,
      locked ? 'COPY Gemfile Gemfile.lock ./' : 'COPY Gemfile ./',
      `RUN --mount=type=cache,target=/root/.bundle/cache BUNDLE_GLOBAL_GEM_CACHE=1 bundle install && rm -rf "$BUNDLE_PATH"/ruby/*/cache${bootsnap ? ' && bundle exec bootsnap precompile --gemfile' : ''}`,
      'COPY . .',
      bootsnap ? 'RUN bundle exec bootsnap precompile app/ lib/' : null,
      assets ? [assets.imageNote, assets.imageStep] : null,
      '',
      'FROM base AS runtime',
      addUser(),
      'COPY --from=build /usr/local/bundle /usr/local/bundle',
      'COPY --from=build /app /app',
      spec?.writableDirs
        ? `RUN mkdir -p ${spec.writableDirs} && chown -R app:app ${spec.writableDirs}`
        : null,
      portLines(ctx),
      'USER app',
      expose(ctx),
      healthcheck('bash', ctx.healthPath, '30s'),
      cmdInstruction(start)
    )
  }
}
