// An entrypoint that starts a front server in the background (`caddy start --config …`, a bare `nginx`)
// and then execs the app serves HTTP on the front server's port, read from the config the image copied in.
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const svelteKitPkg = JSON.stringify({
  name: 'wishlist',
  type: 'module',
  scripts: { build: 'vite build', start: 'node build' },
  devDependencies: { '@sveltejs/kit': '^2', '@sveltejs/adapter-node': '^5', vite: '^6' },
  packageManager: 'pnpm@9.15.0'
})

describe('a front server started by the entrypoint', () => {
  it('gives a SvelteKit app behind `caddy start --config` the Caddyfile site port', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': svelteKitPkg,
        'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
        'svelte.config.js':
          "import adapter from '@sveltejs/adapter-node'\nexport default { kit: { adapter: adapter() } }\n",
        Caddyfile: '{\n    auto_https off\n}\n\n:3280 {\n    encode gzip\n    reverse_proxy :3000\n}\n',
        'entrypoint.sh':
          'export DATABASE_URL="file:/usr/src/app/data/prod.db"\ncaddy start --config /usr/src/app/Caddyfile\npnpm prisma migrate deploy\nexec pnpm start\n',
        Dockerfile:
          'FROM node:24-slim\nWORKDIR /usr/src/app\nRUN corepack enable\nCOPY . .\nRUN pnpm install --frozen-lockfile && pnpm build\nCOPY ["package.json", "entrypoint.sh", "Caddyfile", "./"]\nENTRYPOINT [ "sh", "entrypoint.sh" ]\n'
      })
    ).apps[0]!
    expect(app.framework.value).toBe('sveltekit')
    expect(app.port.value).toBe(3280)
    expect(app.port.source).toContain('front server')
  })

  it('gives an express app behind a daemonized nginx the port of the server file copied into conf.d', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'api',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'server.js': "const app = require('express')()\napp.listen(process.env.PORT || 3000)\n",
        'docker/nginx.conf':
          'server {\n  listen 8080;\n  location /static/ { root /srv; }\n  location / { proxy_pass http://127.0.0.1:3000; }\n}\n',
        'docker/start.sh': '#!/bin/sh\nset -e\nnginx\nexec node server.js\n',
        Dockerfile:
          'FROM node:22-alpine\nRUN apk add --no-cache nginx\nWORKDIR /srv\nCOPY . .\nRUN npm ci\nCOPY docker/nginx.conf /etc/nginx/conf.d/default.conf\nCOPY docker/start.sh /start.sh\nCMD ["/start.sh"]\n'
      })
    ).apps[0]!
    expect(app.port.value).toBe(8080)
  })

  it('ignores a Caddy that only serves files, and a front server with nothing after it', () => {
    const files = (caddyfile: string, entry: string) =>
      analyze(
        treeFromFiles({
          'package.json': svelteKitPkg,
          'svelte.config.js':
            "import adapter from '@sveltejs/adapter-node'\nexport default { kit: { adapter: adapter() } }\n",
          Caddyfile: caddyfile,
          'entrypoint.sh': entry,
          Dockerfile:
            'FROM node:24-slim\nWORKDIR /usr/src/app\nCOPY . .\nRUN npm i -g pnpm && pnpm install && pnpm build\nENTRYPOINT [ "sh", "entrypoint.sh" ]\n'
        })
      ).apps[0]!
    expect(
      files(
        ':8081 {\n    root * /usr/src/app/uploads\n    file_server\n}\n',
        'caddy start --config /usr/src/app/Caddyfile\nexec node build\n'
      ).port.value
    ).toBe(3000)
    expect(
      files(
        ':3280 {\n    reverse_proxy :3000\n}\n',
        'node build &\ncaddy start --config /usr/src/app/Caddyfile\n'
      ).port.value
    ).not.toBe(3280)
  })
})

// nginx's `listen ${APP_PORT};` rendered by the script with `envsubst`, from the default the script gives the
// variable; the image's EXPOSEd ports nginx does not listen on (the app behind it, a stale 80) stay alternatives.
describe('a front server whose listen port the script renders', () => {
  const NGINX_TEMPLATE = (listen: string) =>
    `events {}\nhttp {\n    server {\n        listen ${listen};\n        root /usr/share/nginx/html;\n        location /api/ {\n            proxy_pass http://localhost:8080;\n        }\n    }\n}\n`
  const spring = (start: string, listen = '${APP_PORT}') => ({
    'api/settings.gradle': "rootProject.name = 'api'\n",
    'api/build.gradle':
      "plugins {\n  id 'org.springframework.boot' version '3.3.0'\n  id 'java'\n}\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
    'api/src/main/java/app/Application.java':
      'package app;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n@SpringBootApplication\npublic class Application {}\n',
    'nginx.conf': NGINX_TEMPLATE(listen),
    'start.sh': start,
    Dockerfile:
      'FROM gradle:8-jdk21-alpine AS build\nWORKDIR /src\nCOPY ./api /src\nRUN gradle build\n\nFROM eclipse-temurin:21-jre-alpine\nRUN apk add nginx gettext\nCOPY ./nginx.conf /etc/nginx/nginx.conf\nCOPY --from=build /src/build/libs/api.jar /app/app.jar\nCOPY start.sh /start.sh\nEXPOSE 8080 80\nCMD ["/start.sh"]\n'
  })
  const RENDERING =
    "#!/bin/sh\n: \"${APP_PORT:=6060}\"\nexport APP_PORT\nenvsubst '${APP_PORT}' < /etc/nginx/nginx.conf > /tmp/n.conf\nmv /tmp/n.conf /etc/nginx/nginx.conf\nnginx -g 'daemon off;' &\nexec java -jar /app/app.jar\n"

  it('a Spring Boot jar behind nginx, `: "${APP_PORT:=6060}"` then envsubst: 6060 over EXPOSE 8080 80', () => {
    const app = analyze(treeFromFiles(spring(RENDERING))).apps.find(a => a.appDir === 'api')!
    expect(app.port.value).toBe(6060)
    expect(app.port.source).toBe('Dockerfile CMD: start.sh starts a front server, nginx.conf listens on 6060')
    expect(app.port.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'Dockerfile:12',
      'start.sh:6',
      'nginx.conf:4'
    ])
    expect(app.startCommand.value).toBe('java -jar /app/app.jar')
    expect((app.port.alternatives ?? []).map(a => a.value)).toContain(8080)
  })

  it('an express app behind nginx, `export HTTP_PORT="${HTTP_PORT:-8088}"` then envsubst: 8088 over EXPOSE 3000', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'api',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'server.js': "const app = require('express')()\napp.listen(3000)\n",
        'deploy/site.conf.template':
          'server {\n  listen $HTTP_PORT;\n  location / { proxy_pass http://127.0.0.1:3000; }\n}\n',
        'deploy/run.sh':
          '#!/bin/sh\nexport HTTP_PORT="${HTTP_PORT:-8088}"\nenvsubst < /etc/nginx/conf.d/site.conf.template > /etc/nginx/conf.d/default.conf\nnginx\nexec node server.js\n',
        Dockerfile:
          'FROM node:22-alpine\nRUN apk add --no-cache nginx gettext\nWORKDIR /srv\nCOPY . .\nRUN npm ci\nCOPY deploy/site.conf.template /etc/nginx/conf.d/site.conf.template\nCOPY deploy/run.sh /run.sh\nEXPOSE 3000\nCMD ["/run.sh"]\n'
      })
    ).apps[0]!
    expect(app.port.value).toBe(8088)
    expect(app.port.source).toBe(
      'Dockerfile CMD: deploy/run.sh starts a front server, deploy/site.conf.template listens on 8088'
    )
  })

  it('negative: a template no envsubst renders, or a variable the script never sets: the EXPOSEd port', () => {
    const unrendered = RENDERING.replace(/^envsubst.*\n/m, '')
    expect(analyze(treeFromFiles(spring(unrendered))).apps.find(a => a.appDir === 'api')!.port.value).toBe(
      8080
    )
    const unset = RENDERING.replace(': "${APP_PORT:=6060}"\n', '')
    expect(analyze(treeFromFiles(spring(unset))).apps.find(a => a.appDir === 'api')!.port.value).toBe(8080)
  })
})
