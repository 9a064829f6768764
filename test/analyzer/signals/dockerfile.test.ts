import { dockerInstructions, readDockerfile } from '../../../src/analyzer/signals/dockerfile.js'
import { leastCpuMs } from '../../support/least-cpu.js'

const files =
  (map: Record<string, string>) =>
  (path: string): string | null =>
    map[path] ?? null

test('an ENTRYPOINT script that execs "$@" hands over to CMD', () => {
  const dockerfile =
    'FROM ruby:3.3\nWORKDIR /rails\nENTRYPOINT ["/rails/bin/docker-entrypoint"]\nCMD ["./bin/rails", "server"]\n'
  const facts = readDockerfile(
    'Dockerfile',
    dockerfile,
    files({ 'bin/docker-entrypoint': '#!/bin/bash -e\n./bin/rails db:prepare\nexec "${@}"\n' })
  )
  expect(facts.startCommand[0]).toMatchObject({
    value: './bin/rails server',
    source: 'Dockerfile CMD (run by the ENTRYPOINT wrapper)',
    evidence: [{ line: 3 }, { line: 4 }]
  })
})

test('an ENTRYPOINT script that ignores its arguments keeps the whole command', () => {
  const facts = readDockerfile(
    'app/Dockerfile',
    'FROM python:3.12\nENTRYPOINT ["/srv/start.sh"]\nCMD ["--workers", "2"]\n',
    files({ 'app/start.sh': '#!/bin/sh\ngunicorn app:app "$1" "$2"\n' })
  )
  expect(facts.startCommand[0]?.value).toBe('/srv/start.sh --workers 2')
})

test('ARG and ENV values resolve in EXPOSE and ENV PORT', () => {
  const facts = readDockerfile(
    'Dockerfile',
    'FROM golang AS build\nFROM debian\nARG SERVER_EXPOSE=80\nENV SERVER_PORT=$SERVER_EXPOSE APP_PORT=9000\nEXPOSE ${APP_PORT}\nARG PORT\nEXPOSE ${PORT:-3000}\nENV PORT $SERVER_EXPOSE\n'
  )
  expect(facts.port.map(p => [p.value, p.source])).toEqual([
    [9000, 'Dockerfile EXPOSE'],
    [3000, 'Dockerfile EXPOSE'],
    [80, 'Dockerfile ENV PORT']
  ])
})

test('a web-server image without CMD runs its own command', () => {
  const facts = readDockerfile(
    'Dockerfile',
    'FROM node:20 AS build\nRUN npm run build\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n'
  )
  expect(facts.startCommand[0]).toMatchObject({
    value: "nginx -g 'daemon off;'",
    evidence: [{ line: 3 }]
  })
  expect(facts.port[0]?.value).toBe(80)
  expect(readDockerfile('Dockerfile', 'FROM node:20\nCOPY . .\n').startCommand).toEqual([])
})

test('a wrapper script run by a shell or an init process still hands over to CMD', () => {
  const read = files({ '.docker/entrypoint.sh': '#!/bin/ash\ncrond\nexec "$@"\n' })
  const shell = readDockerfile(
    'Dockerfile',
    'FROM php:8.3-fpm\nENTRYPOINT ["/bin/ash", ".docker/entrypoint.sh"]\nCMD ["supervisord", "-n"]\n',
    read
  )
  expect(shell.startCommand[0]?.value).toBe('supervisord -n')
  const init = readDockerfile(
    'Dockerfile',
    'FROM node:22\nENTRYPOINT ["dumb-init", "--", "./.docker/entrypoint.sh"]\nCMD if [ -n "$TRACE" ]; then node --import t.mjs server.js; else node server.js; fi\n',
    read
  )
  expect(init.startCommand[0]?.value).toBe('node server.js')
})

test('thousands of `\\` continuation lines join into one instruction in linear time (issue 14)', () => {
  // 87k continuation lines re-sliced the growing instruction per line: 70 s before (quadratic), milliseconds now.
  const dockerfile = (lines: number) =>
    `FROM node:20\n${'RUN x \\\n'.repeat(lines)}CMD ["node", "server.js"]\n`
  const small = dockerfile(25_000)
  const [run, ...rest] = dockerInstructions(small).slice(1) // also the warm-up before the measurements
  // 4× the lines would cost 16× the time if quadratic; linear ≈ 4×. A ratio of two sizes in the same run, not a
  // wall-clock limit, so a loaded machine cannot fail it. Measured under load: 4.1–6.4; with the per-line
  // re-slicing put back, 28.
  // CPU time, not wall-clock: a process descheduled on a loaded machine (load 20-40 on 2 cores here) is not
  // charged for the wait, which would inflate the larger, longer measurement more than the small one.
  const large = dockerfile(100_000)
  expect(
    leastCpuMs(() => dockerInstructions(large)) / leastCpuMs(() => dockerInstructions(small))
  ).toBeLessThan(9)
  expect(run!.keyword).toBe('RUN')
  expect(run!.args.startsWith('x  RUN x  RUN x')).toBe(true)
  expect(run!.line).toBe(2)
  expect(rest).toEqual([])
})

test('port candidates say which variables they set and which replace them (internal facts for PORT_MISMATCH)', () => {
  const facts = (text: string) => readDockerfile('Dockerfile', `FROM node:20\n${text}`).port
  expect(facts('ENV PORT=8080\n')).toMatchObject([{ value: 8080, setsEnv: ['PORT'] }])
  expect(facts('ENV ASPNETCORE_URLS=http://+:5005\n')).toMatchObject([
    { value: 5005, setsEnv: ['ASPNETCORE_URLS'] }
  ])
  expect(facts('CMD PORT=3400 node server.js\n')).toMatchObject([{ value: 3400, setsEnv: ['PORT'] }])
  expect(facts('CMD gunicorn -b 0.0.0.0:${PORT:-8000} app:app\n')).toMatchObject([
    { value: 8000, replacedBy: ['PORT'] }
  ])
  expect(facts('CMD PORT=${WEB_PORT:-3001} node server.js\n')).toMatchObject([
    { value: 3001, setsEnv: ['PORT'], replacedBy: ['WEB_PORT'] }
  ])
  const exposed = facts('EXPOSE 8080\nCMD node server.js --port 8080\n')
  expect(exposed.every(c => c.setsEnv === undefined && c.replacedBy === undefined)).toBe(true)
})

test('an entrypoint script that exports PORT sets it for the server', () => {
  const port = readDockerfile(
    'Dockerfile',
    'FROM node:20\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\n',
    files({ 'docker-entrypoint.sh': '#!/bin/sh\nexport PORT=3400\nexec node server.js\n' })
  ).port
  expect(port).toMatchObject([{ value: 3400, setsEnv: ['PORT'] }])
})

test('a script copied out of a build stage is read from the repository path that stage copied it from', () => {
  const dockerfile =
    'FROM node:22 AS builder\nWORKDIR /app\nCOPY . .\nRUN npm ci\n' +
    'FROM node:22-slim\nWORKDIR /app\nCOPY --from=builder /app/scripts/start.sh ./\nCMD ["./start.sh"]\n'
  const facts = readDockerfile(
    'apps/web/Dockerfile',
    dockerfile,
    files({ 'scripts/start.sh': '#!/bin/sh\nnpx prisma migrate deploy\nnode apps/web/server.js\n' })
  )
  expect(facts.startCommand[0]?.value).toBe('node apps/web/server.js')
  // Renamed on the way, with a quoted variable in the destination.
  const renamed = readDockerfile(
    'Dockerfile',
    'FROM rust:1.82 AS build\nWORKDIR /src\nCOPY . .\nFROM debian:12-slim\nARG APP=/srv\nWORKDIR "$APP"\n' +
      'COPY --from=build /src/tools/run.sh "$APP"/entrypoint.sh\nCMD ["./entrypoint.sh"]\n',
    files({ 'tools/run.sh': '#!/bin/sh\nexec ./server --config config.yaml\n' })
  )
  expect(renamed.startCommand[0]?.value).toBe('./server --config config.yaml')
  // From an image rather than a stage of this Dockerfile: nothing to trace, the command stays.
  const image = readDockerfile(
    'Dockerfile',
    'FROM debian:12-slim\nWORKDIR /app\nCOPY --from=ghcr.io/acme/tools:1 /scripts/start.sh ./\nCMD ["./start.sh"]\n',
    files({ 'scripts/start.sh': '#!/bin/sh\nexec node server.js\n' })
  )
  expect(image.startCommand[0]?.value).toBe('./start.sh')
})

test('a shell-run CMD gets the image ENV values; comment lines inside a continued ENV are dropped', () => {
  const text = [
    'FROM eclipse-temurin:21',
    'ARG ROOT=/srv',
    'ENV TZ=Etc/UTC \\',
    '    # the web context',
    '    CONTEXT="/" \\',
    '    JAVA_OPTIONS="-Xmx1g"',
    'ENTRYPOINT ["/sbin/tini", "--"]',
    'CMD ["/bin/sh", "-c", "exec java ${JAVA_OPTIONS} -cp app.jar Main -context ${CONTEXT} -root ${ROOT}"]'
  ].join('\n')
  expect(readDockerfile('Dockerfile', text, files({})).startCommand[0]?.value).toBe(
    'tini -- java -Xmx1g -cp app.jar Main -context / -root ${ROOT}'
  )
  // Exec form without a shell passes `${CONTEXT}` literally.
  const exec = 'FROM node:22\nENV CONTEXT=/\nCMD ["node", "server.js", "${CONTEXT}"]\n'
  expect(readDockerfile('Dockerfile', exec, files({})).startCommand[0]?.value).toBe(
    'node server.js ${CONTEXT}'
  )
})

test('EXPOSE of an SSH (or other non-HTTP) port beside the web port: the web port', () => {
  const ports = (expose: string): number[] =>
    readDockerfile('Dockerfile', `FROM alpine\n${expose}\nCMD ["/app/server"]\n`).port.map(p => p.value)
  expect(ports('EXPOSE 22 3000')).toEqual([3000])
  expect(ports('EXPOSE 5432/tcp 8080/tcp')).toEqual([8080])
  // Mail catchers: unprivileged SMTP/POP3/IMAP ports beside the web UI (two layouts).
  expect(ports('EXPOSE 1025/tcp 1110/tcp 8025/tcp')).toEqual([8025])
  expect(ports('EXPOSE 1025 1143 3000')).toEqual([3000])
  // Negative: two ports that may both be HTTP keep the first; a non-HTTP port alone stays what it is.
  expect(ports('EXPOSE 3000 9000')).toEqual([3000])
  expect(ports('EXPOSE 22')).toEqual([22])
})

test('a non-HTTP port EXPOSEd by the stage an image builds on gives way to the web port of a later EXPOSE', () => {
  const ports = (text: string): number[] => readDockerfile('Dockerfile', text).port.map(p => p.value)
  const db = 'FROM python:3.13 AS base\nEXPOSE 5432\n'
  expect(ports(`${db}FROM base AS prod\nEXPOSE 8000\nCMD ["gunicorn", "config.wsgi"]\n`)).toEqual([8000])
  expect(ports('FROM node:22\nEXPOSE 6379\nEXPOSE 3300\nCMD ["node", "s.js"]\n')).toEqual([3300])
  // Negative: an image that only EXPOSEs the database port keeps it.
  expect(ports(`${db}FROM base AS prod\nCMD ["postgres"]\n`)).toEqual([5432])
})

describe('an ENTRYPOINT script given its program in the ENTRYPOINT itself', () => {
  it('Quarkus: entrypoint.bash sets up TLS stores and ends in `exec $1` → run-java.sh runs the jar', () => {
    const dockerfile = [
      'FROM registry.access.redhat.com/ubi9/openjdk-21-runtime:1.20',
      'ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"',
      'COPY --chown=185 src/main/docker/include/entrypoint.bash /deployments/app/',
      'COPY --chown=185 target/quarkus-app/ /deployments/',
      'EXPOSE 8181',
      'ENTRYPOINT [ "/deployments/app/entrypoint.bash", "/opt/jboss/container/java/run/run-java.sh" ]',
      ''
    ].join('\n')
    const script =
      '#!/bin/bash\nset -e\nFLAGS=()\nimportTrustStores\nexport JAVA_OPTS_APPEND="${FLAGS[*]}"\nexec $1\n'
    const facts = readDockerfile(
      'src/main/docker/Dockerfile.jvm',
      dockerfile,
      files({ 'src/main/docker/include/entrypoint.bash': script })
    )
    expect(facts.startCommand[0]?.value).toBe('java -jar /deployments/quarkus-run.jar')
  })

  it('a wait-for script that execs "$@" runs the command written after it', () => {
    const dockerfile =
      'FROM node:22-slim\nWORKDIR /app\nCOPY scripts/wait-for-db.sh /usr/local/bin/\nCOPY . .\nENTRYPOINT ["/usr/local/bin/wait-for-db.sh", "node", "server.js"]\n'
    const script = '#!/bin/sh\nuntil nc -z "$DB_HOST" 5432; do sleep 1; done\nexec "$@"\n'
    const facts = readDockerfile('Dockerfile', dockerfile, files({ 'scripts/wait-for-db.sh': script }))
    expect(facts.startCommand[0]?.value).toBe('node server.js')
  })

  it('a script that uses its argument as an option keeps the ENTRYPOINT whole', () => {
    const dockerfile = 'FROM alpine\nCOPY docker/run.sh /run.sh\nENTRYPOINT ["/run.sh", "/etc/app.yml"]\n'
    const script = '#!/bin/sh\nexec /usr/bin/app --config "$1"\n'
    const facts = readDockerfile('Dockerfile', dockerfile, files({ 'docker/run.sh': script }))
    expect(facts.startCommand[0]?.value).not.toBe('/etc/app.yml')
    expect(facts.startCommand[0]?.value).toContain('/etc/app.yml')
  })
})

// serversideup/php web variants serve HTTP themselves, unprivileged on 8080, started by s6 (`/init`): a
// Dockerfile on one needs no CMD or EXPOSE to be the app's image (holdout32 invoiceshelf:
// `docker/production/Dockerfile` FROM serversideup/php:8.4-fpm-nginx-alpine, compose "8090:8080").
describe('serversideup/php web images', () => {
  const analyzeFiles = async (map: Record<string, string>) => {
    const { analyze } = await import('../../../src/analyzer/analyze.js')
    const { treeFromFiles } = await import('../../../src/analyzer/tree.js')
    const report = analyze(treeFromFiles(map))
    const app = report.apps.find(a => a.appDir === report.primary)!
    return {
      appDir: app.appDir,
      framework: app.framework.value,
      port: app.port.value,
      startCommand: app.startCommand.value
    }
  }
  const laravel = {
    'composer.json': '{"require": {"php": "^8.4", "laravel/framework": "^13.0"}}',
    artisan: '#!/usr/bin/env php\n',
    'public/index.php': '<?php\n'
  }

  test('laravel with its image in docker/production on fpm-nginx: 8080, nginx (the server s6 starts beside php-fpm)', async () => {
    expect(
      await analyzeFiles({
        ...laravel,
        'docker/production/entrypoint.d/00-setup.sh': '#!/bin/sh\nphp artisan migrate --force\n',
        'docker/production/Dockerfile': [
          'FROM serversideup/php:8.4-fpm-nginx-alpine AS base',
          'RUN install-php-extensions intl',
          'COPY --chmod=755 docker/production/entrypoint.d/ /etc/entrypoint.d/',
          'FROM base AS production',
          'COPY --chown=www-data:www-data . /var/www/html',
          'RUN composer install --no-dev',
          ''
        ].join('\n')
      })
    ).toEqual({ appDir: '.', framework: 'laravel', port: 8080, startCommand: "nginx -g 'daemon off;'" })
  })

  test('symfony with a root Dockerfile on fpm-apache from ghcr.io: 8080', async () => {
    expect(
      await analyzeFiles({
        'composer.json':
          '{"require": {"php": ">=8.2", "symfony/framework-bundle": "^7.1", "symfony/runtime": "^7.1"}}',
        'bin/console': '#!/usr/bin/env php\n',
        'public/index.php': '<?php\n',
        Dockerfile: 'FROM ghcr.io/serversideup/php:8.3-fpm-apache\nCOPY . /var/www/html\n'
      })
    ).toEqual({ appDir: '.', framework: 'symfony', port: 8080, startCommand: '/init' })
  })

  test('negative: the -fpm variant serves FastCGI, not HTTP — no image port or command', () => {
    const facts = readDockerfile('Dockerfile', 'FROM serversideup/php:8.4-fpm-alpine\nCOPY . /var/www/html\n')
    expect(facts.startCommand).toEqual([])
    expect(facts.port.map(p => p.value)).not.toContain(8080)
  })
})

describe('a start script that daemonizes the web servers and ends in a worker-only supervisord (holdout37)', () => {
  const WORKERS =
    '[supervisord]\nnodaemon=true\n\n[program:worker]\ncommand=/usr/bin/php /var/www/html/artisan queue:work --tries=1\nautorestart=true\n'

  test('laravel: `service php8.2-fpm start`, `service nginx start`, … /usr/bin/supervisord → the script', () => {
    const read = files({
      'docker/start.sh':
        '#!/bin/bash\nif [ -z "$APP_KEY" ]; then exit 1; fi\nservice php8.2-fpm start\n\nservice nginx start\n\nphp /var/www/html/artisan migrate --force\ncron\n\n/usr/bin/supervisord\n',
      'docker/supervisord.conf': WORKERS
    })
    const facts = readDockerfile(
      'docker/Dockerfile',
      'FROM ubuntu:24.04\nWORKDIR /var/www/html\nCOPY . /var/www/html\nCOPY docker/supervisord.conf /etc/supervisor/conf.d/supervisord.conf\nCOPY docker/start.sh /start.sh\nEXPOSE 80\nCMD ["/start.sh"]\n',
      read
    )
    expect(facts.startCommand[0]?.value).toBe('/start.sh')
    expect(facts.startCommand[0]?.source).toContain('script docker/start.sh')
    expect(facts.port[0]?.value).toBe(80)
  })

  test('symfony: a bare `nginx` and `php-fpm -D` before `exec supervisord -c …` of messenger consumers', () => {
    const read = files({
      'docker/run.sh':
        '#!/bin/sh\nset -e\nphp bin/console cache:warmup\nphp-fpm -D\nnginx\nexec supervisord -c /etc/supervisord.conf\n',
      'docker/supervisord.conf':
        '[supervisord]\nnodaemon=true\n\n[program:messenger]\ncommand=php /app/bin/console messenger:consume async\n'
    })
    const facts = readDockerfile(
      'Dockerfile',
      'FROM php:8.3-fpm-alpine\nWORKDIR /app\nCOPY . /app\nCOPY docker/supervisord.conf /etc/supervisord.conf\nEXPOSE 8080\nCMD ["sh", "docker/run.sh"]\n',
      read
    )
    expect(facts.startCommand[0]?.value).toBe('sh docker/run.sh')
  })

  test('negatives: a supervisord that runs the web server, or a script that starts no daemon, stays supervisord', () => {
    const web = files({
      'docker/start.sh':
        '#!/bin/bash\nservice nginx start\nexec supervisord -c /etc/supervisor/supervisord.conf\n',
      'docker/supervisord.conf':
        '[supervisord]\nnodaemon=true\n\n[program:gunicorn]\ncommand=gunicorn app:app --bind 0.0.0.0:8000\n'
    })
    const served = readDockerfile(
      'Dockerfile',
      'FROM python:3.12\nCOPY docker/supervisord.conf /etc/supervisor/supervisord.conf\nCOPY docker/start.sh /start.sh\nCMD ["/start.sh"]\n',
      web
    )
    expect(served.startCommand[0]?.value).toBe('gunicorn app:app --bind 0.0.0.0:8000')
    const plain = files({
      'docker/start.sh': '#!/bin/bash\nphp artisan migrate --force\n/usr/bin/supervisord\n',
      'docker/supervisord.conf': WORKERS
    })
    const workers = readDockerfile(
      'docker/Dockerfile',
      'FROM ubuntu:24.04\nCOPY docker/supervisord.conf /etc/supervisor/conf.d/supervisord.conf\nCOPY docker/start.sh /start.sh\nCMD ["/start.sh"]\n',
      plain
    )
    expect(workers.startCommand[0]?.value).toBe('supervisord')
  })
})

test('an official php fpm image without CMD runs its own php-fpm (holdout38)', () => {
  // Laravel behind a compose nginx: `FROM php:8.1-fpm`, extensions, composer, WORKDIR, USER, no CMD.
  const laravel = readDockerfile(
    'Dockerfile',
    'FROM php:8.1-fpm\nRUN docker-php-ext-install pdo_mysql\nWORKDIR /var/www\nUSER $user\n'
  )
  expect(laravel.startCommand.map(c => [c.value, c.source, c.evidence[0]?.line])).toEqual([
    ['php-fpm', 'php:8.1-fpm image default command', 1]
  ])
  // A Symfony image on the alpine fpm variant.
  const symfony = readDockerfile('Dockerfile', 'FROM php:8.3-fpm-alpine AS app\nCOPY . /srv/app\n')
  expect(symfony.startCommand.map(c => c.value)).toEqual(['php-fpm'])
  // Negative: a CMD of its own wins, the cli image runs no server, and an nginx bundle keeps its front server.
  expect(
    readDockerfile(
      'Dockerfile',
      'FROM php:8.2-fpm\nCMD ["php", "artisan", "octane:start"]\n'
    ).startCommand.map(c => c.value)
  ).toEqual(['php artisan octane:start'])
  expect(readDockerfile('Dockerfile', 'FROM php:8.2-cli\nCOPY . /app\n').startCommand).toEqual([])
  expect(
    readDockerfile('Dockerfile', 'FROM serversideup/php:8.3-fpm-nginx\n').startCommand.map(c => c.value)
  ).not.toContain('php-fpm')
})

test('a HEALTHCHECK URL glued from quoted variables reads as one word (holdout40 airsonic-advanced)', () => {
  const read = (healthcheck: string) =>
    readDockerfile(
      'Dockerfile',
      [
        'FROM eclipse-temurin:17-jre',
        'ENV APP_PORT=4040 CONTEXT_PATH=/ BASE=/api',
        'EXPOSE $APP_PORT',
        `HEALTHCHECK --interval=15s CMD ${healthcheck}`,
        'CMD ["java", "-jar", "/app.jar"]',
        ''
      ].join('\n')
    ).healthPath.map(c => [c.value, c.source])
  // A Subsonic-style ping under a context path, and a REST base held in a variable.
  expect(read('curl -f http://localhost:"$APP_PORT""$CONTEXT_PATH"rest/ping || false')).toEqual([
    ['/rest/ping', 'Dockerfile HEALTHCHECK']
  ])
  expect(read('wget -qO- http://127.0.0.1:"${APP_PORT}""${BASE}"/healthz || exit 1')).toEqual([
    ['/api/healthz', 'Dockerfile HEALTHCHECK']
  ])
  // Negative: a quoted URL in exec form keeps its own bounds (no `"]` swallowed into the path).
  expect(read('["curl", "-f", "http://localhost:4040/status"]')).toEqual([
    ['/status', 'Dockerfile HEALTHCHECK']
  ])
})

test('a HEALTHCHECK on the version endpoint ranks as the deployment health check (holdout40 frigate)', () => {
  const read = (healthcheck: string) =>
    readDockerfile(
      'Dockerfile',
      [
        'FROM python:3.11-slim',
        'EXPOSE 5000',
        `HEALTHCHECK CMD ${healthcheck}`,
        'CMD ["python3", "-m", "nvr"]',
        ''
      ].join('\n')
    ).healthPath.map((c): [string, number] => [c.value, c.confidence])
  const deploy = read('curl --fail http://127.0.0.1:5000/healthz || exit 1')[0]![1]
  expect(read('curl --fail --silent http://127.0.0.1:5000/api/version || exit 1')).toEqual([
    ['/api/version', deploy]
  ])
  expect(read('wget -qO- http://localhost:5000/about || exit 1')).toEqual([['/about', deploy]])
  // Negative: any other page only proves the server answers, below a declared health route.
  const page = read('curl -f http://localhost:5000/login || exit 1')
  expect(page[0]![0]).toBe('/login')
  expect(page[0]![1]).toBeLessThan(deploy)
})

// An image whose supervisord runs a front server and the FastCGI pool behind it (nginx + php-fpm, caddy +
// php-fpm) is started by the supervisord command: neither program serves the app alone (holdout40 leantime:
// ENTRYPOINT tini -- /start.sh → .docker/start.sh:51 supervisord -c …, whose programs are php-fpm, nginx and a
// scheduler). One app program among workers still gives that program.
describe('supervisord running a front server with a FastCGI pool behind it', () => {
  const LARAVEL_CONF =
    "[supervisord]\nnodaemon=true\n\n[program:php-fpm]\ncommand=php-fpm -F\npriority=5\n\n[program:nginx]\ncommand=nginx -g 'daemon off;'\npriority=10\n\n[program:scheduler]\ncommand=php /var/www/html/bin/app schedule:work\n"

  test('laravel: a start script ending in supervisord -c … of nginx + php-fpm + scheduler → that supervisord command', () => {
    const read = files({
      '.docker/start.sh':
        '#!/bin/sh\nif [ -n "$DB_PASSWORD_FILE" ]; then\n  DB_PASSWORD=$(cat "$DB_PASSWORD_FILE")\n  export DB_PASSWORD\nfi\nmkdir -p /run\n/usr/bin/supervisord -c /etc/supervisor/conf.d/supervisord.conf\n',
      '.docker/config/supervisord.conf': LARAVEL_CONF
    })
    const facts = readDockerfile(
      '.docker/Dockerfile',
      'FROM php:8.3-fpm-alpine\nRUN apk add nginx supervisor\nWORKDIR /var/www/html\nCOPY config/supervisord.conf /etc/supervisor/conf.d/supervisord.conf\nCOPY --chmod=0755 start.sh /start.sh\nEXPOSE 8080\nENTRYPOINT ["/sbin/tini", "--", "/start.sh"]\n',
      read
    )
    expect(facts.startCommand).toHaveLength(1)
    const start = facts.startCommand[0]!
    expect(start.value).toBe('supervisord -c /etc/supervisor/conf.d/supervisord.conf')
    expect(start.source).toBe(
      'Dockerfile ENTRYPOINT script .docker/start.sh runs supervisord: [program:nginx] of .docker/config/supervisord.conf in front of [program:php-fpm] (FastCGI), started together'
    )
    expect(start.evidence.map(e => [e.file, e.line])).toEqual([
      ['.docker/Dockerfile', 7],
      ['.docker/start.sh', 7],
      ['.docker/config/supervisord.conf', 9],
      ['.docker/config/supervisord.conf', 5]
    ])
    expect(facts.port.map(p => p.value)).toEqual([8080])
  })

  test('symfony: CMD supervisord -n -c … of caddy + php-fpm8.3 + a messenger consumer → the CMD', () => {
    const read = files({
      'docker/supervisord.conf':
        '[supervisord]\nnodaemon=true\n\n[program:caddy]\ncommand=caddy run --config /etc/caddy/Caddyfile\n\n[program:fpm]\ncommand=/usr/sbin/php-fpm8.3 --nodaemonize\n\n[program:messenger]\ncommand=php /app/bin/console messenger:consume async\n'
    })
    const facts = readDockerfile(
      'Dockerfile',
      'FROM debian:bookworm\nRUN apt-get install -y caddy php8.3-fpm supervisor\nWORKDIR /app\nCOPY . /app\nCOPY docker/supervisord.conf /etc/supervisord.conf\nEXPOSE 80\nCMD ["supervisord", "-n", "-c", "/etc/supervisord.conf"]\n',
      read
    )
    const start = facts.startCommand[0]!
    expect(start.value).toBe('supervisord -n -c /etc/supervisord.conf')
    expect(start.source).toBe(
      'Dockerfile CMD runs supervisord: [program:caddy] of docker/supervisord.conf in front of [program:fpm] (FastCGI), started together'
    )
    expect(start.evidence.map(e => [e.file, e.line])).toEqual([
      ['Dockerfile', 7],
      ['docker/supervisord.conf', 5],
      ['docker/supervisord.conf', 8]
    ])
    expect(facts.port.map(p => p.value)).toEqual([80])
  })

  test('an entrypoint that runs supervisord when given no arguments → its supervisord line', () => {
    const read = files({
      'docker/entrypoint.sh':
        '#!/bin/sh\nset -e\nphp artisan migrate --force\nif [ "$1" != "" ]; then\n  exec "$@"\nfi\nexec supervisord -c /etc/supervisor.d/app.ini\n',
      'docker/app.ini': LARAVEL_CONF
    })
    const facts = readDockerfile(
      'Dockerfile',
      'FROM php:8.3-fpm-alpine\nWORKDIR /var/www/html\nCOPY . .\nCOPY docker/app.ini /etc/supervisor.d/app.ini\nCOPY docker/entrypoint.sh /entrypoint.sh\nEXPOSE 80\nENTRYPOINT ["/entrypoint.sh"]\n',
      read
    )
    expect(facts.startCommand[0]?.value).toBe('supervisord -c /etc/supervisor.d/app.ini')
    expect(facts.startCommand[0]?.source).toContain('in front of [program:php-fpm] (FastCGI)')
  })

  test('negatives: gunicorn beside nginx, nginx beside workers only, a pool that does not autostart', () => {
    const image = (conf: string) =>
      readDockerfile(
        'Dockerfile',
        'FROM python:3.12\nCOPY docker/supervisord.conf /etc/supervisord.conf\nCOPY . /app\nEXPOSE 80\nCMD ["supervisord", "-c", "/etc/supervisord.conf"]\n',
        files({ 'docker/supervisord.conf': `[supervisord]\nnodaemon=true\n\n${conf}` })
      ).startCommand[0]
    // The app server serves the app itself: its command, as before.
    const gunicorn = image(
      "[program:nginx]\ncommand=nginx -g 'daemon off;'\n\n[program:web]\ncommand=gunicorn app.wsgi --bind 127.0.0.1:8000\n\n[program:beat]\ncommand=celery -A app beat\n"
    )
    expect(gunicorn?.value).toBe('gunicorn app.wsgi --bind 127.0.0.1:8000')
    expect(gunicorn?.source).toBe('Dockerfile CMD runs supervisord: [program:web] of docker/supervisord.conf')
    const workers = image(
      "[program:nginx]\ncommand=nginx -g 'daemon off;'\n\n[program:worker]\ncommand=php artisan queue:work\n"
    )
    expect(workers?.value).toBe("nginx -g 'daemon off;'")
    const off = image(
      "[program:nginx]\ncommand=nginx -g 'daemon off;'\n\n[program:php-fpm]\ncommand=php-fpm -F\nautostart=false\n"
    )
    expect(off?.value).toBe("nginx -g 'daemon off;'")
  })
})
