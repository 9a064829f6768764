import { describe, expect, it } from '@jest/globals'
import type { ContextCopy } from '../../../src/analyzer/signals/docker-copies.js'
import {
  declaredS6Longruns,
  s6WebService,
  S6_LEGACY_SERVICES
} from '../../../src/analyzer/signals/s6-overlay.js'
import { readDockerfile } from '../../../src/analyzer/signals/dockerfile.js'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

/** An in-memory repository: a reader and a lister of the files under a folder. */
const repo = (files: Record<string, string>) => ({
  read: (path: string): string | null => files[path] ?? null,
  list: (dir: string): string[] => Object.keys(files).filter(f => f.startsWith(`${dir}/`))
})

const ROOTFS: ContextCopy[] = [{ sources: ['docker/rootfs'], dest: '/' }]
const SVC = 'docker/rootfs/etc/s6-overlay/s6-rc.d'

describe('s6WebService', () => {
  it("takes the only longrun service's final command, with its run line as evidence", () => {
    const { read, list } = repo({
      [`${SVC}/svc-app/type`]: 'longrun\n',
      [`${SVC}/svc-app/run`]: [
        '#!/command/with-contenv bash',
        'cd /app',
        'exec s6-setuidgid abc gunicorn app:app --bind 0.0.0.0:8000'
      ].join('\n'),
      [`${SVC}/init-config/type`]: 'oneshot\n',
      [`${SVC}/init-config/up`]: '/etc/s6-overlay/s6-rc.d/init-config/run',
      [`${SVC}/init-config/run`]: '#!/bin/sh\nexec python manage.py migrate'
    })
    expect(s6WebService(ROOTFS, '.', read, list)).toEqual({
      command: 'gunicorn app:app --bind 0.0.0.0:8000',
      evidence: {
        file: `${SVC}/svc-app/run`,
        line: 3,
        text: 'exec s6-setuidgid abc gunicorn app:app --bind 0.0.0.0:8000'
      }
    })
  })

  it('of several longrun services, picks the one named as the web server that is no worker', () => {
    const { read, list } = repo({
      [`${SVC}/svc-webserver/type`]: 'longrun',
      [`${SVC}/svc-webserver/run`]: '#!/bin/sh\nexec uvicorn main:app --port 8000',
      [`${SVC}/svc-worker/type`]: 'longrun',
      [`${SVC}/svc-worker/run`]: '#!/bin/sh\nexec celery -A proj worker',
      [`${SVC}/svc-scheduler/type`]: 'longrun',
      [`${SVC}/svc-scheduler/run`]: '#!/bin/sh\nexec celery -A proj beat'
    })
    expect(s6WebService(ROOTFS, '.', read, list)?.command).toBe('uvicorn main:app --port 8000')
  })

  it('does not take a web-named worker for the web server', () => {
    const { read, list } = repo({
      [`${SVC}/svc-web/type`]: 'longrun',
      [`${SVC}/svc-web/run`]: '#!/bin/sh\nexec php-fpm -F',
      [`${SVC}/svc-web-worker/type`]: 'longrun',
      [`${SVC}/svc-web-worker/run`]: '#!/bin/sh\nexec php artisan queue:work'
    })
    expect(s6WebService(ROOTFS, '.', read, list)?.command).toBe('php-fpm -F')
  })

  it('finds the services relative to the Dockerfile folder', () => {
    const base = `deploy/${SVC}`
    const { read, list } = repo({
      [`${base}/web/type`]: 'longrun',
      [`${base}/web/run`]: '#!/bin/sh\nexec node server.js'
    })
    expect(s6WebService(ROOTFS, 'deploy', read, list)).toMatchObject({
      command: 'node server.js',
      evidence: { file: `${base}/web/run`, line: 2 }
    })
  })

  it('is null when no service, or more than one, is the web one', () => {
    const workers = repo({
      [`${SVC}/svc-worker/type`]: 'longrun',
      [`${SVC}/svc-worker/run`]: '#!/bin/sh\nexec celery -A proj worker',
      [`${SVC}/svc-cron/type`]: 'longrun',
      [`${SVC}/svc-cron/run`]: '#!/bin/sh\nexec crond -f'
    })
    expect(s6WebService(ROOTFS, '.', workers.read, workers.list)).toBeNull()
    const twoWeb = repo({
      [`${SVC}/svc-web/type`]: 'longrun',
      [`${SVC}/svc-web/run`]: '#!/bin/sh\nexec node web.js',
      [`${SVC}/svc-api/type`]: 'longrun',
      [`${SVC}/svc-api/run`]: '#!/bin/sh\nexec node api.js'
    })
    expect(s6WebService(ROOTFS, '.', twoWeb.read, twoWeb.list)).toBeNull()
  })

  it('ignores services that are not longrun', () => {
    const { read, list } = repo({
      [`${SVC}/svc-app/type`]: 'oneshot',
      [`${SVC}/svc-app/run`]: '#!/bin/sh\nexec node server.js',
      [`${SVC}/svc-untyped/run`]: '#!/bin/sh\nexec node other.js'
    })
    expect(s6WebService(ROOTFS, '.', read, list)).toBeNull()
  })

  it('is null when the image copies no services folder from the repository or it holds no run scripts', () => {
    const { read, list } = repo({
      [`${SVC}/svc-app/type`]: 'longrun',
      [`${SVC}/svc-app/run`]: '#!/bin/sh\nexec node server.js'
    })
    expect(s6WebService([], '.', read, list)).toBeNull()
    expect(s6WebService([{ sources: ['src'], dest: '/app/' }], '.', read, list)).toBeNull()
    expect(s6WebService([{ sources: ['other/rootfs'], dest: '/' }], '.', read, list)).toBeNull()
  })

  it('plain s6-svscan: every service folder without a `down` file; beside sshd and cron the one left', () => {
    const copies: ContextCopy[] = [{ sources: ['docker'], dest: '/app/docker' }]
    const files = {
      'docker/s6/githost/run': '#!/bin/sh\nsource ./setup\nexec gosu "$USER" /app/githost web',
      'docker/s6/openssh/run': '#!/bin/sh\nexec /usr/sbin/sshd -D',
      'docker/s6/crond/run': '#!/bin/sh\nexec crond -f',
      'docker/s6/crond/down': ''
    }
    const { read, list } = repo(files)
    expect(s6WebService(copies, '.', read, list, '/app/docker/s6/')?.command).toBe('/app/githost web')
    // Negative: two services that could each be the app leave the choice open.
    const two = repo({ ...files, 'docker/s6/mirror/run': '#!/bin/sh\nexec /app/githost mirror' })
    expect(s6WebService(copies, '.', two.read, two.list, '/app/docker/s6/')).toBeNull()
    // s6-overlay's reading is unchanged: without a `type` file a folder is no longrun service there.
    expect(s6WebService(copies, '.', read, list)).toBeNull()
  })
})

describe('run scripts copied alone, their type written by the Dockerfile (holdout25)', () => {
  const S6 = '/etc/s6-overlay/s6-rc.d'

  it('`COPY resources/docker/nginx-ui.run …/nginx-ui/run` beside nginx: the UI service (named for it)', () => {
    const dockerfile = [
      'FROM nginx:latest',
      `COPY resources/docker/nginx.run ${S6}/nginx/run`,
      `RUN echo 'longrun' > ${S6}/nginx/type && touch ${S6}/user/contents.d/nginx`,
      `COPY resources/docker/nginx-ui.run ${S6}/nginx-ui/run`,
      `RUN echo 'longrun' > ${S6}/nginx-ui/type && touch ${S6}/user/contents.d/nginx-ui`,
      'ENTRYPOINT ["/init"]'
    ].join('\n')
    const { read, list } = repo({
      'resources/docker/nginx.run': "#!/command/with-contenv sh\nnginx -g 'daemon off;'\n",
      'resources/docker/nginx-ui.run':
        '#!/command/with-contenv sh\nenv\nnginx-ui --config /etc/nginx-ui/app.ini\n'
    })
    const copies: ContextCopy[] = [
      { sources: ['resources/docker/nginx.run'], dest: `${S6}/nginx/run` },
      { sources: ['resources/docker/nginx-ui.run'], dest: `${S6}/nginx-ui/run` }
    ]
    expect(declaredS6Longruns(dockerfile)).toEqual(new Set(['nginx', 'nginx-ui']))
    expect(s6WebService(copies, '.', read, list, null, declaredS6Longruns(dockerfile))).toEqual({
      command: 'nginx-ui --config /etc/nginx-ui/app.ini',
      evidence: {
        file: 'resources/docker/nginx-ui.run',
        line: 3,
        text: 'nginx-ui --config /etc/nginx-ui/app.ini'
      }
    })
  })

  it('a second image: the one longrun beside a oneshot, the Dockerfile in docker/', () => {
    const { read, list } = repo({ 'docker/s6/app.run': '#!/bin/sh\nexec /usr/local/bin/ledger serve\n' })
    const copies: ContextCopy[] = [{ sources: ['s6/app.run'], dest: `${S6}/app/run` }]
    const declared = declaredS6Longruns(`RUN echo "longrun" > ${S6}/app/type\n`)
    expect(s6WebService(copies, 'docker', read, list, null, declared)?.command).toBe(
      '/usr/local/bin/ledger serve'
    )
  })

  it('negative: a run script whose type the Dockerfile does not declare longrun is not read', () => {
    const { read, list } = repo({ 'resources/app.run': '#!/bin/sh\nexec /usr/local/bin/ledger serve\n' })
    const copies: ContextCopy[] = [{ sources: ['resources/app.run'], dest: `${S6}/app/run` }]
    expect(
      s6WebService(copies, '.', read, list, null, declaredS6Longruns(`RUN echo oneshot > ${S6}/app/type\n`))
    ).toBeNull()
  })
})

// A front server (nginx, caddy …) run as an s6 service beside the app's own service proxies to that app:
// the app's service is what the image starts it with. Alone, the front server stays the web service.
describe('a front server beside the app service', () => {
  it('takes the node backend beside nginx, through its restart loop and bash -c line, field by field', () => {
    const app = analyze(
      treeFromFiles({
        'backend/package.json': JSON.stringify({
          name: 'manager-api',
          main: 'index.js',
          dependencies: { express: '^5.2.1' }
        }),
        'backend/yarn.lock': '# yarn lockfile v1\n',
        'backend/index.js':
          "const app = require('express')()\napp.get('/', (q, r) => r.send({ status: 'OK' }))\napp.listen(3000)\n",
        'docker/Dockerfile':
          'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y nodejs yarnpkg nginx\nEXPOSE 80 81 443\nCOPY backend /app\nCOPY docker/rootfs /\nWORKDIR /app\nRUN yarn install\nENTRYPOINT [ "/init" ]\n',
        [`${SVC}/backend/type`]: 'longrun\n',
        [`${SVC}/backend/run`]: [
          '#!/command/with-contenv bash',
          'cd /app || exit 1',
          'if [ "${DEVELOPMENT:-}" = "true" ]; then',
          '\texec s6-setuidgid "$PUID:$PGID" bash -c "node node_modules/nodemon/bin/nodemon.js"',
          'else',
          '\twhile :',
          '\tdo',
          '\t\ts6-setuidgid "$PUID:$PGID" bash -c "export HOME=$NPMHOME;node --abort_on_uncaught_exception index.js"',
          '\t\tsleep 1',
          '\tdone',
          'fi'
        ].join('\n'),
        [`${SVC}/nginx/type`]: 'longrun\n',
        [`${SVC}/nginx/run`]: '#!/command/with-contenv bash\nexec s6-setuidgid "$PUID:$PGID" nginx\n',
        [`${SVC}/prepare/type`]: 'oneshot\n'
      })
    ).apps.find(a => a.appDir === 'backend')!
    expect(app.startCommand.value).toBe('node --abort_on_uncaught_exception index.js')
    expect(app.framework.value).toBe('express')
    expect(app.packageManager.value).toBe('yarn')
    expect(app.port.value).toBe(80)
  })

  it('takes the app service beside caddy', () => {
    const { read, list } = repo({
      [`${SVC}/caddy/type`]: 'longrun',
      [`${SVC}/caddy/run`]: '#!/bin/sh\nexec caddy run --config /etc/caddy/Caddyfile',
      [`${SVC}/svc-manager/type`]: 'longrun',
      [`${SVC}/svc-manager/run`]: '#!/bin/sh\ncd /srv\nexec node dist/main.js'
    })
    expect(s6WebService(ROOTFS, '.', read, list)?.command).toBe('node dist/main.js')
  })

  it('keeps nginx beside php-fpm undecided: there nginx is the HTTP server, not a proxy', () => {
    const { read, list } = repo({
      [`${SVC}/nginx/type`]: 'longrun',
      [`${SVC}/nginx/run`]: '#!/bin/sh\nexec nginx -g "daemon off;"',
      [`${SVC}/php-fpm/type`]: 'longrun',
      [`${SVC}/php-fpm/run`]: '#!/bin/sh\nexec php-fpm84 -F'
    })
    expect(s6WebService(ROOTFS, '.', read, list)).toBeNull()
  })

  it('keeps nginx when it is the only service that serves', () => {
    const { read, list } = repo({
      [`${SVC}/nginx/type`]: 'longrun',
      [`${SVC}/nginx/run`]: '#!/bin/sh\nexec nginx -g "daemon off;"',
      [`${SVC}/cron/type`]: 'longrun',
      [`${SVC}/cron/run`]: '#!/bin/sh\nexec crond -f'
    })
    expect(s6WebService(ROOTFS, '.', read, list)?.command).toBe('nginx -g "daemon off;"')
  })
})

// s6-overlay v2's legacy layout, still read by v3: `COPY rootfs /` with etc/services.d/<name>/run, every one
// supervised (no `type` files), started by `/init` as CMD or as ENTRYPOINT.
describe('s6-overlay legacy etc/services.d services (holdout39)', () => {
  const LEGACY = 'rootfs/etc/services.d'
  const disk = {
    [`${LEGACY}/scrutiny/run`]:
      '#!/command/with-contenv bash\necho "waiting for influxdb"\nuntil curl -sf http://localhost:8086/health; do sleep 5; done\nscrutiny start\n',
    [`${LEGACY}/influxdb/run`]: '#!/command/with-contenv bash\ninfluxd run\n',
    [`${LEGACY}/collector-once/run`]:
      '#!/command/with-contenv bash\ns6-svwait -u /run/service/scrutiny\n/opt/scrutiny/bin/scrutiny-collector-metrics run\ntouch /tmp/done\n',
    [`${LEGACY}/cron/run`]: '#!/command/with-contenv bash\ncron -f\n'
  }

  it('a disk monitor beside influxdb, a run-once collector and cron, through CMD ["/init"], field by field', () => {
    const { read, list } = repo(disk)
    const copies: ContextCopy[] = [{ sources: ['rootfs'], dest: '/' }]
    expect(s6WebService(copies, '.', read, list, S6_LEGACY_SERVICES)).toEqual({
      command: 'scrutiny start',
      evidence: { file: `${LEGACY}/scrutiny/run`, line: 4, text: 'scrutiny start' }
    })
    const facts = readDockerfile(
      'docker/Dockerfile',
      'FROM ubuntu:24.04\nCOPY /rootfs /\nEXPOSE 8080\nCMD ["/init"]\n',
      read,
      list
    )
    expect(facts.startCommand[0]?.value).toBe('scrutiny start')
    expect(facts.startCommand[0]?.evidence[0]?.file).toBe('docker/Dockerfile')
  })

  it('a second image: one service behind ENTRYPOINT ["/init"], its Dockerfile in docker/', () => {
    const { read, list } = repo({
      'docker/root/etc/services.d/ledger/run': '#!/bin/sh\nexec /usr/bin/ledger serve\n'
    })
    const facts = readDockerfile(
      'docker/Dockerfile',
      'FROM alpine:3.20\nCOPY root/ /\nENTRYPOINT ["/init"]\n',
      read,
      list
    )
    expect(facts.startCommand[0]?.value).toBe('ledger serve')
    expect(facts.startCommand[0]?.evidence[0]?.file).toBe('docker/Dockerfile')
  })

  it('negative: a down-marked service is not the web one; two unnamed app services leave none', () => {
    const { read, list } = repo({
      [`${LEGACY}/frontend/run`]: '#!/bin/sh\nexec /usr/bin/front\n',
      [`${LEGACY}/frontend/down`]: '',
      [`${LEGACY}/web/run`]: '#!/bin/sh\nexec /usr/bin/web\n'
    })
    const found = s6WebService([{ sources: ['rootfs'], dest: '/' }], '.', read, list, S6_LEGACY_SERVICES)
    expect(found?.command).toBe('/usr/bin/web')
    const { read: read2, list: list2 } = repo({
      [`${LEGACY}/alpha/run`]: '#!/bin/sh\nexec /usr/bin/alpha\n',
      [`${LEGACY}/beta/run`]: '#!/bin/sh\nexec /usr/bin/beta\n'
    })
    expect(
      s6WebService([{ sources: ['rootfs'], dest: '/' }], '.', read2, list2, S6_LEGACY_SERVICES)
    ).toBeNull()
  })
})
