// PHP services (Laravel, Symfony, plain PHP) on FrankenPHP.
//
// Why FrankenPHP: a single process serves HTTP and runs PHP (Caddy with PHP embedded), so the container
// needs neither a second web server (php-fpm needs nginx in front, in the same container or beside it)
// nor root to bind a port (Apache images bind 80). It reads the port from the environment and is an
// official PHP-foundation-supported image pinned by FrankenPHP and PHP version.
// Composer runs in its own stage with --no-dev; only vendor/ and the source reach the runtime.
import { pinRuntime, TOOL_IMAGES } from '../base-images.js'
import { hintList, hintPath } from '../hints.js'
import {
  addUser,
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

export function phpCaddyfileLines(webRoot: string): string[] {
  return [
    '{',
    '    admin off',
    '    auto_https off',
    '    frankenphp',
    '}',
    ':{$PORT:8080} {',
    `    root * ${webRoot === '.' ? '/app' : `/app/${webRoot}`}`,
    '    encode zstd gzip',
    '    php_server',
    '}'
  ]
}

export function phpDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime('php', app.runtimeVersion.value)
  const image = `dunglas/frankenphp:${TOOL_IMAGES.frankenphp}-php${pin.version}-bookworm`
  const framework = app.framework.value
  const extensions = hintList(app, 'phpExtensions').filter(ext => /^[a-z0-9_]+$/.test(ext))
  const serve = 'frankenphp run --config /etc/deplight/Caddyfile --adapter caddyfile'
  const warmup: Record<string, string> = {
    laravel: 'php artisan config:cache && php artisan route:cache && php artisan view:cache && ',
    symfony: 'php bin/console cache:warmup && '
  }
  const start = safeCommand(ctx, app.startCommand.value, 'start')
  const command =
    start && !/^php (-S|artisan serve)/.test(start) ? start : `${warmup[framework] ?? ''}exec ${serve}`
  const writable: Record<string, string> = { laravel: 'storage bootstrap/cache', symfony: 'var' }
  return {
    generator: 'php',
    context: ctx.context,
    text: dockerfile(
      header(ctx, `${framework} on PHP ${pin.version} with FrankenPHP`, [
        `${TOOL_IMAGES.composer}`,
        `${image} — ${pin.how}`
      ]),
      `FROM ${ctx.image(TOOL_IMAGES.composer)} AS vendor`,
      'WORKDIR /app',
      'COPY composer.json composer.lock ./',
      'RUN --mount=type=cache,target=/tmp/cache composer install --no-dev --no-scripts --no-autoloader --no-interaction --prefer-dist --ignore-platform-reqs',
      'COPY . .',
      'RUN composer dump-autoload --no-dev --optimize --no-scripts',
      '',
      `FROM ${ctx.image(image)} AS runtime`,
      extensions.length > 0 ? `RUN install-php-extensions ${extensions.join(' ')}` : null,
      'RUN cp "$PHP_INI_DIR/php.ini-production" "$PHP_INI_DIR/php.ini"',
      addUser(),
      `RUN mkdir -p /etc/deplight && printf '%s\\n' ${phpCaddyfileLines(hintPath(app, 'webRoot') ?? 'public')
        .map(line => `'${line}'`)
        .join(' ')} > /etc/deplight/Caddyfile`,
      'WORKDIR /app',
      'COPY --from=vendor /app /app',
      writable[framework]
        ? `RUN mkdir -p ${writable[framework]} && chown -R app:app ${writable[framework]}`
        : null,
      portLines(ctx, {
        APP_ENV: framework === 'symfony' ? 'prod' : 'production',
        XDG_CONFIG_HOME: '/tmp/caddy-config',
        XDG_DATA_HOME: '/tmp/caddy-data'
      }),
      'USER app',
      expose(ctx),
      healthcheck('bash', ctx.healthPath, '20s'),
      cmdInstruction(command)
    )
  }
}
