import { describe, expect, it } from '@jest/globals'
import { readDockerfile } from '../../../src/analyzer/signals/dockerfile.js'
import {
  parseSupervisorIni,
  scriptSupervisordRuns,
  supervisedWebProgram,
  supervisordConfig,
  webRank
} from '../../../src/analyzer/signals/supervisord.js'

describe('supervisordConfig', () => {
  it('reads the configuration a supervisord command line names', () => {
    expect(supervisordConfig('/usr/bin/supervisord -n -c /etc/supervisor/conf.d/app.conf')).toBe(
      '/etc/supervisor/conf.d/app.conf'
    )
    expect(supervisordConfig('exec supervisord --configuration=/etc/x.ini')).toBe('/etc/x.ini')
    expect(supervisordConfig('tini -- supervisord -c"/etc/y.conf"')).toBe('/etc/y.conf')
    expect(supervisordConfig('supervisord -n')).toBeNull()
    expect(supervisordConfig('gunicorn app:app')).toBeUndefined()
    expect(supervisordConfig('supervisorctl status')).toBeUndefined()
  })
  it('finds every line of a script that starts supervisord, inside branches too', () => {
    const text = [
      '#!/bin/sh',
      'if [ "$1" != "" ]; then',
      '  exec "$@"',
      'elif [ "$MODE" = http ]; then exec /usr/bin/supervisord -c /etc/a.conf',
      'else',
      '  php artisan migrate && exec supervisord',
      'fi'
    ].join('\n')
    expect(scriptSupervisordRuns(text)).toEqual([
      {
        config: '/etc/a.conf',
        line: 4,
        text: 'elif [ "$MODE" = http ]; then exec /usr/bin/supervisord -c /etc/a.conf',
        command: '/usr/bin/supervisord -c /etc/a.conf'
      },
      { config: null, line: 6, text: 'php artisan migrate && exec supervisord', command: 'supervisord' }
    ])
  })
})

describe('parseSupervisorIni', () => {
  it('keeps sections, joins indented continuation lines and drops comments', () => {
    const text =
      '; top\n[program:web]\ncommand=gunicorn app:app ; inline\n  --bind 0.0.0.0:8000\n# x\nautostart = false\n'
    const [web] = parseSupervisorIni(text)
    expect(web!.name).toBe('program:web')
    expect(web!.keys.get('command')).toEqual({
      value: 'gunicorn app:app --bind 0.0.0.0:8000',
      line: 3,
      text: 'command=gunicorn app:app ; inline'
    })
    expect(web!.keys.get('autostart')?.value).toBe('false')
  })
})

describe('webRank', () => {
  it('ranks app servers over fronts over unknown programs over WebSocket servers; workers never serve', () => {
    expect(webRank('php artisan octane:start --port=8000')).toBeGreaterThan(webRank('nginx -g "daemon off;"'))
    expect(webRank('nginx -g "daemon off;"')).toBeGreaterThan(webRank('/app/bin/server'))
    expect(webRank('/app/bin/server')).toBeGreaterThan(webRank('php artisan reverb:start'))
    expect(webRank('php artisan reverb:start')).toBeGreaterThan(0)
    for (const worker of [
      'php-fpm -F',
      'php-fpm8.3 --nodaemonize',
      'php artisan queue:work --tries=3',
      'php artisan horizon',
      'php artisan schedule:work',
      'supercronic /etc/crontab',
      'celery -A shop worker',
      'bundle exec sidekiq',
      'node /app/worker.js',
      'python -m rq worker'
    ])
      expect({ worker, rank: webRank(worker) }).toEqual({ worker, rank: -1 })
    expect(webRank('/app/bin/mailer', 'queue-consumer')).toBe(-1)
    // A gunicorn option that mentions workers is no worker.
    expect(webRank('gunicorn app:app --worker-class gthread --workers 4')).toBeGreaterThan(3)
    expect(webRank('node server.js', 'http')).toBeGreaterThan(webRank('node server.js', 'resizer'))
  })
})

describe('supervisedWebProgram', () => {
  const files: Record<string, string> = {
    'deploy/main.conf': '[supervisord]\nnodaemon=true\n[include]\nfiles = conf.d/*.conf /etc/extra.conf\n',
    'deploy/web.conf':
      '[program:api]\ndirectory=/srv/app\ncommand=/srv/app/.venv/bin/uvicorn app:app --port 9001\n',
    'deploy/worker.conf': '[program:worker]\ncommand=celery -A app worker\n',
    'deploy/extra.conf': '[program:nginx]\ncommand=nginx -g "daemon off;"\n'
  }
  const ctx = {
    copies: [
      { sources: ['deploy/main.conf'], dest: '/etc/supervisor/supervisord.conf' },
      { sources: ['deploy/web.conf', 'deploy/worker.conf'], dest: '/etc/supervisor/conf.d/' },
      { sources: ['deploy/extra.conf'], dest: '/etc/extra.conf' }
    ],
    dockerfileDir: '.',
    readFile: (p: string): string | null => files[p] ?? null,
    env: (): string | undefined => undefined,
    workdir: '/'
  }
  it('follows [include] globs and files to the app server, relative to its directory', () => {
    expect(supervisedWebProgram(['/etc/supervisor/supervisord.conf'], ctx)).toEqual({
      command: '.venv/bin/uvicorn app:app --port 9001',
      name: 'api',
      evidence: {
        file: 'deploy/web.conf',
        line: 3,
        text: 'command=/srv/app/.venv/bin/uvicorn app:app --port 9001'
      },
      config: '/etc/supervisor/supervisord.conf',
      port: 9001,
      behind: []
    })
  })
  it('is null when the configuration is not in the repository', () => {
    expect(supervisedWebProgram(['/etc/other.conf'], ctx)).toBeNull()
  })
  it('reports no port for a server bound to loopback behind a front', () => {
    const local: Record<string, string> = {
      ...files,
      'deploy/web.conf': '[program:web]\ncommand=gunicorn app:app --bind 127.0.0.1:8001\n'
    }
    const found = supervisedWebProgram(['/etc/supervisor/supervisord.conf'], {
      ...ctx,
      readFile: p => local[p] ?? null
    })
    expect(found?.command).toBe('gunicorn app:app --bind 127.0.0.1:8001')
    expect(found?.port).toBeNull()
  })
})

describe('readDockerfile with supervisord', () => {
  const files: Record<string, string> = {
    'docker/start': [
      '#!/bin/sh',
      'mode=${MODE:-http}',
      'if [ "$1" != "" ]; then',
      '    exec "$@"',
      'elif [ "$mode" = "http" ]; then',
      '    exec /usr/bin/supervisord -c /etc/supervisor/conf.d/web.conf',
      'else',
      '    exec /usr/bin/supervisord -c /etc/supervisor/conf.d/worker.conf',
      'fi'
    ].join('\n'),
    'docker/web.conf':
      '[program:queue]\ncommand=php %(ENV_ROOT)s/artisan queue:work\n[program:octane]\ncommand=php %(ENV_ROOT)s/artisan octane:frankenphp --host=0.0.0.0 --port=8000\nautostart=%(ENV_WITH_OCTANE)s\n',
    'docker/worker.conf': '[program:worker]\ncommand=php %(ENV_ROOT)s/artisan queue:work\n'
  }
  const dockerfile = [
    'FROM dunglas/frankenphp:1.8-php8.3',
    'ENV ROOT=/app WITH_OCTANE=true',
    'WORKDIR ${ROOT}',
    'COPY docker/web.conf docker/worker.conf /etc/supervisor/conf.d/',
    'COPY docker/start /usr/local/bin/start-container',
    'ENTRYPOINT ["start-container"]'
  ].join('\n')

  it('reports the web program of the supervisord an argument-less entrypoint script starts, with three lines of proof', () => {
    const facts = readDockerfile('Dockerfile', dockerfile, p => files[p] ?? null)
    expect(facts.startCommand).toHaveLength(1)
    expect(facts.startCommand[0]!.value).toBe('php artisan octane:frankenphp --host=0.0.0.0 --port=8000')
    expect(facts.startCommand[0]!.confidence).toBe(0.95)
    expect(facts.startCommand[0]!.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'Dockerfile:6',
      'docker/start:6',
      'docker/web.conf:4'
    ])
    expect(facts.port.map(p => [p.value, p.evidence.map(e => `${e.file}:${e.line}`)])).toEqual([
      [8000, ['Dockerfile:6', 'docker/web.conf:4']]
    ])
  })
  it('follows a CMD script that ends by exec-ing supervisord, and a program port from the image ENV', () => {
    const repo: Record<string, string> = {
      'start.sh':
        '#!/bin/sh\npython manage.py migrate\nexec /usr/bin/supervisord -n -c /etc/supervisor/app.conf\n',
      'deploy/app.conf':
        '[program:web]\ncommand=gunicorn site.wsgi -b 0.0.0.0:%(ENV_WEB_PORT)s\n[program:beat]\ncommand=celery -A site beat\n'
    }
    const text = [
      'FROM python:3.12-slim',
      'ENV WEB_PORT=8500',
      'COPY deploy/app.conf /etc/supervisor/app.conf',
      'COPY start.sh /start.sh',
      'CMD ["/start.sh"]'
    ].join('\n')
    const facts = readDockerfile('Dockerfile', text, p => repo[p] ?? null)
    expect(facts.startCommand.map(c => [c.value, c.evidence.map(e => `${e.file}:${e.line}`)])).toEqual([
      ['gunicorn site.wsgi -b 0.0.0.0:8500', ['Dockerfile:5', 'start.sh:3', 'deploy/app.conf:2']]
    ])
    // ENV WEB_PORT is no PORT: the program's bind is the port evidence.
    expect(facts.port.map(p => p.value)).toEqual([8500])
  })
  it('reads a relative -c from the WORKDIR the build context was copied into', () => {
    const repo: Record<string, string> = {
      'deploy/sv.conf':
        '[program:app]\ncommand=/srv/bin/api --listen 0.0.0.0:7000\n[program:cron]\ncommand=crond -f\n'
    }
    const text = 'FROM debian:12\nWORKDIR /srv\nCOPY . .\nCMD ["supervisord", "-c", "deploy/sv.conf"]\n'
    const facts = readDockerfile('Dockerfile', text, p => repo[p] ?? null)
    expect(facts.startCommand.map(c => c.value)).toEqual(['bin/api --listen 0.0.0.0:7000'])
    expect(facts.startCommand[0]!.evidence.at(-1)).toEqual({
      file: 'deploy/sv.conf',
      line: 2,
      text: 'command=/srv/bin/api --listen 0.0.0.0:7000'
    })
  })
  it('skips a program its environment does not start', () => {
    const off = dockerfile.replace('WITH_OCTANE=true', 'WITH_OCTANE=false')
    // Only the queue worker would run: nothing serves, so the entrypoint-only image gives no command.
    expect(readDockerfile('Dockerfile', off, p => files[p] ?? null).startCommand).toEqual([])
  })
})

// A front server supervised beside a FastCGI pool serves the app only together with it (holdout40 leantime:
// nginx + php-fpm + a scheduler): `behind` names the pools, so the image's supervisord command is the start.
describe('supervisedWebProgram: FastCGI pools behind the front server', () => {
  const ctxFor = (files: Record<string, string>, copies: { sources: string[]; dest: string }[]) => ({
    copies,
    dockerfileDir: '.',
    readFile: (p: string): string | null => files[p] ?? null,
    env: (): string | undefined => undefined,
    workdir: '/var/www/html'
  })

  it('laravel: nginx beside php-fpm and a scheduler → nginx, with php-fpm behind it', () => {
    const ctx = ctxFor(
      {
        'docker/supervisord.conf':
          "[supervisord]\nnodaemon=true\n\n[program:php-fpm]\ncommand=php-fpm -F\npriority=5\n\n[program:nginx]\ncommand=nginx -g 'daemon off;'\npriority=10\n\n[program:scheduler]\ncommand=php /var/www/html/artisan schedule:work\n"
      },
      [{ sources: ['docker/supervisord.conf'], dest: '/etc/supervisor/conf.d/supervisord.conf' }]
    )
    expect(supervisedWebProgram(['/etc/supervisor/conf.d/supervisord.conf'], ctx)).toEqual({
      command: "nginx -g 'daemon off;'",
      name: 'nginx',
      evidence: { file: 'docker/supervisord.conf', line: 9, text: "command=nginx -g 'daemon off;'" },
      config: '/etc/supervisor/conf.d/supervisord.conf',
      port: null,
      behind: [
        {
          name: 'php-fpm',
          evidence: { file: 'docker/supervisord.conf', line: 5, text: 'command=php-fpm -F' }
        }
      ]
    })
  })

  it('symfony: caddy beside a Debian php-fpm8.3 in an included file → caddy, with the pool behind it', () => {
    const ctx = ctxFor(
      {
        'deploy/supervisord.conf': '[supervisord]\nnodaemon=true\n[include]\nfiles = conf.d/*.conf\n',
        'deploy/web.conf':
          '[program:caddy]\ncommand=caddy run --config /etc/caddy/Caddyfile\n\n[program:fpm]\ncommand=/usr/sbin/php-fpm8.3 --nodaemonize\n',
        'deploy/messenger.conf':
          '[program:messenger]\ncommand=php /var/www/html/bin/console messenger:consume async\n'
      },
      [
        { sources: ['deploy/supervisord.conf'], dest: '/etc/supervisor/supervisord.conf' },
        { sources: ['deploy/web.conf', 'deploy/messenger.conf'], dest: '/etc/supervisor/conf.d/' }
      ]
    )
    const program = supervisedWebProgram([null], ctx)
    expect(program?.command).toBe('caddy run --config /etc/caddy/Caddyfile')
    expect(program?.name).toBe('caddy')
    expect(program?.config).toBeNull()
    expect(program?.behind).toEqual([
      {
        name: 'fpm',
        evidence: { file: 'deploy/web.conf', line: 5, text: 'command=/usr/sbin/php-fpm8.3 --nodaemonize' }
      }
    ])
  })

  it('negatives: an app server beside nginx, a front server beside workers only, a pool that does not autostart', () => {
    const conf = (programs: string) => ({
      files: { 'docker/supervisord.conf': `[supervisord]\nnodaemon=true\n\n${programs}` },
      copies: [{ sources: ['docker/supervisord.conf'], dest: '/etc/supervisord.conf' }]
    })
    const run = (programs: string) => {
      const { files, copies } = conf(programs)
      return supervisedWebProgram(['/etc/supervisord.conf'], ctxFor(files, copies))
    }
    // gunicorn serves the app itself: it is the program, nothing behind it.
    const gunicorn = run(
      "[program:nginx]\ncommand=nginx -g 'daemon off;'\n\n[program:web]\ncommand=gunicorn app.wsgi --bind unix:/tmp/g.sock\n\n[program:celery]\ncommand=celery -A app worker\n"
    )
    expect([gunicorn?.name, gunicorn?.behind]).toEqual(['web', []])
    // nginx with a queue worker only (a static front, or PHP served elsewhere): nginx itself.
    const workers = run(
      "[program:nginx]\ncommand=nginx -g 'daemon off;'\n\n[program:worker]\ncommand=php artisan queue:work\n"
    )
    expect([workers?.name, workers?.behind]).toEqual(['nginx', []])
    // A php-fpm program switched off does not run.
    const off = run(
      "[program:nginx]\ncommand=nginx -g 'daemon off;'\n\n[program:php-fpm]\ncommand=php-fpm -F\nautostart=false\n"
    )
    expect([off?.name, off?.behind]).toEqual(['nginx', []])
  })
})
