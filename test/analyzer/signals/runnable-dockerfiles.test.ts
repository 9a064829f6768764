// One rule, two places: a standard Dockerfile that runs nothing (a development or toolchain base image that
// compose starts with its own command, a bare php-fpm image) leaves its turn to the variants beside it that run
// the app. In the app's own folder (holdout22, a django app whose `Dockerfile.autobuild` is the published image
// serving nginx on 80 in front of gunicorn) and in a Dockerfile folder of the app (holdout20, a PHP app whose
// `docker/Dockerfile-standalone` runs Caddy and php-fpm under supervisord).
import { appDockerfile, readSharedSignals } from '../../../src/analyzer/signals/shared.js'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const BASE = 'FROM python:3.7-stretch\nWORKDIR /app\nCOPY . /app\nRUN pip install poetry && poetry install\n'

const django = (over: Record<string, string> = {}): Record<string, string> => ({
  'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n',
  'requirements.txt': 'django==3.2\ngunicorn\n',
  'site/__init__.py': '',
  'site/settings.py': 'ROOT_URLCONF = "site.urls"\n',
  'site/urls.py': 'urlpatterns = []\n',
  'site/wsgi.py': 'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
  Dockerfile: BASE,
  'Dockerfile.autobuild': [
    'FROM python:3.9.12-slim-buster',
    'WORKDIR /site',
    'COPY requirements.txt ./',
    'RUN pip install -r requirements.txt',
    'COPY . .',
    'EXPOSE 80',
    'CMD ["gunicorn", "site.wsgi", "-b", "0.0.0.0:80"]',
    ''
  ].join('\n'),
  ...over
})

/** A node API whose root Dockerfile is a toolchain base and `Dockerfile.image` the shipped one. */
const api = (over: Record<string, string> = {}): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'api',
    scripts: { start: 'node server.js' },
    dependencies: { express: '4' }
  }),
  'server.js': 'const app = require("express")()\napp.listen(process.env.PORT || 3000)\n',
  Dockerfile: 'FROM node:18\nWORKDIR /src\nCOPY . .\nRUN npm install\n',
  'Dockerfile.image':
    'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nEXPOSE 8080\nCMD ["node", "server.js"]\n',
  ...over
})

const WORKER = 'FROM node:20\nCOPY . .\nCMD ["node", "worker.js"]\n'

describe("the app folder's root Dockerfile runs nothing", () => {
  it('takes the variant for a django app: its port and runtime', () => {
    expect(appDockerfile(treeFromFiles(django()), '.')).toBe('Dockerfile.autobuild')
    const app = analyze(treeFromFiles(django())).apps[0]!
    expect(app.port.value).toBe(80)
    expect(app.runtimeVersion.value).toBe('3.9.12')
  })

  it('takes the variant for a node app', () => {
    expect(appDockerfile(treeFromFiles(api()), '.')).toBe('Dockerfile.image')
  })

  it('of two runnable variants takes the production-named one, as a Dockerfile folder does', () => {
    const files = api({ 'Dockerfile.worker': WORKER })
    files['Dockerfile.prod'] = files['Dockerfile.image']!
    delete files['Dockerfile.image']
    expect(appDockerfile(treeFromFiles(files), '.')).toBe('Dockerfile.prod')
  })

  it('negative: a root Dockerfile with a CMD, two unnamed variants, or only a dev variant keep the root one', () => {
    const runs = django({ Dockerfile: `${BASE}CMD ["gunicorn", "site.wsgi"]\n` })
    expect(appDockerfile(treeFromFiles(runs), '.')).toBe('Dockerfile')
    const two = api({ 'Dockerfile.worker': WORKER })
    expect(appDockerfile(treeFromFiles(two), '.')).toBe('Dockerfile')
    const dev = api({ 'Dockerfile.dev': 'FROM node:20\nCMD ["npm", "run", "dev"]\n' })
    delete dev['Dockerfile.image']
    expect(appDockerfile(treeFromFiles(dev), '.')).toBe('Dockerfile')
  })
})

const runnable =
  'FROM python:3.12\nCOPY ./app ./app\nCOPY requirements.txt .\nEXPOSE 9000\nCMD ["python", "-m", "app"]\n'

describe("the app's docker/ folder: its standard Dockerfile runs nothing", () => {
  it('Python: docker/Dockerfile installs only, docker/Dockerfile-standalone runs gunicorn', () => {
    const tree = treeFromFiles({
      'requirements.txt': 'flask\ngunicorn\n',
      'app/__init__.py': '',
      'docker/Dockerfile':
        'FROM python:3.12\nCOPY ./app ./app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      'docker/Dockerfile-standalone':
        'FROM python:3.12\nCOPY ./app ./app\nCOPY requirements.txt .\nEXPOSE 8000\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n'
    })
    const s = readSharedSignals(tree, '.')
    expect(s.dockerfile).toBe('docker/Dockerfile-standalone')
    expect(s.startCommand[0]?.value).toBe('gunicorn -b 0.0.0.0:8000 app:app')
  })

  it('PHP: a bare php-fpm docker/Dockerfile beside a standalone image run by supervisord', () => {
    const tree = treeFromFiles({
      'composer.json': '{"require": {"symfony/framework-bundle": "^7.0"}}',
      'public/index.php': '<?php\n',
      'docker/Dockerfile':
        'FROM php:8.3-fpm-alpine\nCOPY composer.json ./public /var/www/app/\nWORKDIR /var/www/app\n',
      'docker/Dockerfile-standalone':
        'FROM php:8.3-fpm-alpine\nCOPY composer.json ./public /var/www/app/\nRUN apk add caddy supervisor\nCMD ["/usr/bin/supervisord", "-c", "/etc/supervisord.conf"]\n'
    })
    const s = readSharedSignals(tree, '.')
    expect(s.dockerfile).toBe('docker/Dockerfile-standalone')
    expect(s.startCommand[0]?.value).toBe('supervisord -c /etc/supervisord.conf')
  })

  it('of two unnamed variants the one whose COPY proves it builds from the app folder', () => {
    const tree = treeFromFiles({
      'requirements.txt': 'flask\ngunicorn\n',
      'app/__init__.py': '',
      'docker/Dockerfile': 'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      'docker/Dockerfile-alpine': 'FROM alpine\nCOPY server /usr/bin/server\nCMD ["server"]\n',
      'docker/Dockerfile-standalone':
        'FROM python:3.12\nCOPY ./app ./app\nEXPOSE 8000\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n'
    })
    expect(appDockerfile(tree, '.')).toBe('docker/Dockerfile-standalone')
  })

  it('negative: a standard docker/Dockerfile that runs the app stays chosen over its variants', () => {
    const tree = treeFromFiles({
      'requirements.txt': 'fastapi\n',
      'app/__init__.py': '',
      'docker/Dockerfile': runnable,
      'docker/Dockerfile-standalone':
        'FROM python:3.12\nCOPY ./app ./app\nEXPOSE 8000\nCMD ["uvicorn", "app:app"]\n'
    })
    expect(appDockerfile(tree, '.')).toBe('docker/Dockerfile')
  })
})

describe("several unnamed variants in a member's folder: the one that copies the whole folder builds it (holdout37)", () => {
  const BINARIES = 'FROM ghcr.io/acme/binaries:2 AS binaries\n'
  /** A cargo workspace whose server member keeps an all-in-one variant beside two that package released binaries. */
  const rust = (aio: string): Record<string, string> => ({
    'Cargo.toml': '[workspace]\nmembers = ["bin/*"]\n',
    'Cargo.lock': '',
    'bin/core/Cargo.toml':
      '[package]\nname = "acme_core"\nversion = "1.0.0"\n\n[[bin]]\nname = "core"\npath = "src/main.rs"\n\n[dependencies]\naxum = "0.8"\n',
    'bin/core/src/main.rs': 'fn main() {}\n',
    'bin/core/starship.toml': '',
    'bin/core/aio.Dockerfile': aio,
    'bin/core/single-arch.Dockerfile': `${BINARIES}FROM debian:trixie-slim\nCOPY ./bin/core/starship.toml /starship.toml\nCOPY --from=binaries /core /usr/local/bin/core\nEXPOSE 9120\nCMD [ "core" ]\n`,
    'bin/core/multi-arch.Dockerfile': `${BINARIES}FROM debian:trixie-slim\nCOPY ./bin/core/starship.toml /starship.toml\nCOPY --from=binaries /core /usr/local/bin/core\nEXPOSE 9120\nCMD [ "core" ]\n`,
    'bin/cli/Cargo.toml': '[package]\nname = "acme_cli"\nversion = "1.0.0"\n'
  })
  const AIO =
    'FROM rust:1.97.1-trixie AS builder\nWORKDIR /builder\nCOPY Cargo.toml Cargo.lock ./\nCOPY ./bin/core ./bin/core\nRUN cargo build -p acme_core --release\nFROM debian:trixie-slim\nCOPY ./bin/core/starship.toml /starship.toml\nCOPY --from=builder /builder/target/release/core /usr/local/bin/core\nEXPOSE 9120\nCMD [ "core" ]\n'

  it('takes aio.Dockerfile for a rust member: its runtime, port and command', () => {
    expect(appDockerfile(treeFromFiles(rust(AIO)), 'bin/core')).toBe('bin/core/aio.Dockerfile')
    const app = analyze(treeFromFiles(rust(AIO))).apps.find(a => a.appDir === 'bin/core')!
    expect(app.dockerfile).toBe('bin/core/aio.Dockerfile')
    expect(app.runtimeVersion.value).toBe('1.97.1')
    expect(app.port.value).toBe(9120)
    expect(app.startCommand.value).toBe('core')
  })

  it('takes the source-building variant for a node member too', () => {
    const files = {
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*'] }),
      'package-lock.json': '{}',
      'apps/api/package.json': JSON.stringify({
        name: 'api',
        scripts: { start: 'node server.js' },
        dependencies: { express: '4' }
      }),
      'apps/api/server.js': 'require("express")().listen(4000)\n',
      'apps/api/source.Dockerfile':
        'FROM node:22-alpine\nWORKDIR /repo\nCOPY package.json package-lock.json ./\nCOPY apps/api apps/api\nRUN npm ci -w apps/api\nWORKDIR /repo/apps/api\nEXPOSE 4000\nCMD ["node", "server.js"]\n',
      'apps/api/released.Dockerfile':
        'FROM node:22-alpine\nCOPY apps/api/package.json /srv/\nRUN npm i -g @acme/api-bin\nEXPOSE 4000\nCMD ["acme-api"]\n'
    }
    expect(appDockerfile(treeFromFiles(files), 'apps/api')).toBe('apps/api/source.Dockerfile')
  })

  it('negatives: two variants that both copy the folder, or none that does, name no Dockerfile', () => {
    const both = rust(AIO)
    both['bin/core/single-arch.Dockerfile'] = AIO
    expect(appDockerfile(treeFromFiles(both), 'bin/core')).toBeNull()
    const none = rust(AIO.replace('COPY ./bin/core ./bin/core\n', 'COPY ./bin/core/src ./bin/core/src\n'))
    expect(appDockerfile(treeFromFiles(none), 'bin/core')).toBeNull()
  })
})
