// Compose folders (`docker-compose/docker-compose.yml`, `compose/…`) ship the compose file a project gives its
// users: a service running the project's published image (`image: acme/monitor:latest-full` for a project
// named Monitor) describes the app — its healthcheck and ports — like a service that builds it (holdout29
// glances). The project's name is read from package.json or pyproject.toml (parsed when arrays come first).
import { analyze } from '../../../src/analyzer/analyze.js'
import { composeBuiltDockerfile, composeFilesIn, projectName } from '../../../src/analyzer/signals/compose.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { primaryFields } from '../../support/analyzed-app.js'

const fields = (files: Record<string, string>) =>
  primaryFields(files, ['appDir', 'framework', 'port', 'healthPath'])

const monitor = (compose: string, folder = 'docker-compose'): Record<string, string> => ({
  'pyproject.toml': [
    '[project]',
    'authors = [{name = "A. Maintainer", email = "a@example.org"}]',
    'classifiers = ["Framework :: FastAPI"]',
    'dependencies = ["fastapi", "uvicorn"]',
    'name = "Monitor"',
    'requires-python = ">=3.10"',
    ''
  ].join('\n'),
  'monitor/__init__.py': '',
  'monitor/__main__.py': 'import uvicorn\nuvicorn.run("monitor.web:app", host="0.0.0.0", port=61208)\n',
  'monitor/web.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n',
  [`${folder}/docker-compose.yml`]: compose,
  [`${folder}/monitor.conf`]: '[outputs]\n'
})

const userCompose = (image: string) =>
  [
    'services:',
    '  monitor:',
    `    image: ${image}`,
    '    network_mode: "host"',
    '    healthcheck:',
    '      test: ["CMD", "curl", "-f", "http://localhost:61208/api/4/status"]',
    '    volumes:',
    '      - "./monitor.conf:/etc/monitor/monitor.conf"',
    ''
  ].join('\n')

describe("a compose folder's service running the project's published image", () => {
  it('a Python monitor: the healthcheck of docker-compose/docker-compose.yml names its health path', () => {
    expect(fields(monitor(userCompose('acme/monitor:latest-full')))).toEqual({
      appDir: '.',
      framework: 'fastapi',
      port: 61208,
      healthPath: '/api/4/status'
    })
  })

  it('a Node relay: compose/docker-compose.yml gives the port mapping and the probe', () => {
    expect(
      fields({
        'package.json': JSON.stringify({
          name: '@acme/relay',
          scripts: { start: 'node server.js' },
          dependencies: { express: '4' }
        }),
        'server.js':
          'const app = require("express")()\napp.get("/healthz", (q, r) => r.send("ok"))\napp.listen(process.env.PORT)\n',
        'compose/docker-compose.yml': [
          'services:',
          '  relay:',
          '    image: ghcr.io/acme/relay:1',
          '    ports:',
          '      - "8080:4000"',
          '    healthcheck:',
          '      test: wget -qO- http://127.0.0.1:4000/healthz || exit 1',
          ''
        ].join('\n')
      })
    ).toEqual({ appDir: '.', framework: 'express', port: 4000, healthPath: '/healthz' })
  })

  it("negative: another image's service, and a compose file outside a compose folder, say nothing of the app", () => {
    expect(fields(monitor(userCompose('postgres:17'))).healthPath).toBeNull()
    expect(fields(monitor(userCompose('acme/monitor:latest'), 'examples/stack')).healthPath).toBeNull()
    expect(projectName(treeFromFiles(monitor('services: {}\n')), '.')).toBe('Monitor')
    expect(projectName(treeFromFiles({ 'go.mod': 'module x\n' }), '.')).toBeNull()
  })
})

describe('compose files named for their environment: cookiecutter-django production.yml (holdout37)', () => {
  const service = (name: string, folder: string, extra = ''): string =>
    `  ${name}:\n    build:\n      context: .\n      dockerfile: ./compose/production/${folder}/Dockerfile\n${extra}`
  const django = (over: Record<string, string> = {}): Record<string, string> => ({
    'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")\n',
    'setup.cfg': '[flake8]\nmax-line-length = 120\n',
    'requirements/base.txt': 'django==5.2\nuvicorn==0.30\n',
    'requirements/production.txt': '-r base.txt\n',
    'config/__init__.py': '',
    'config/settings/production.py':
      'ROOT_URLCONF = "config.urls"\nASGI_APPLICATION = "config.asgi.application"\n',
    'config/urls.py': 'urlpatterns = []\n',
    'config/asgi.py': 'application = get_asgi_application()\n',
    'production.yml': [
      'services:',
      service(
        'django',
        'django',
        '    command: /start\n    healthcheck:\n      test: curl --fail http://django:8000/status/simple/ || exit 1\n'
      ),
      service('postgres', 'postgres'),
      service('nginx', 'nginx', '    ports:\n      - "0.0.0.0:80:80"\n      - "0.0.0.0:443:443"\n'),
      ''
    ].join('\n'),
    'local.yml':
      'services:\n  django:\n    build:\n      context: .\n      dockerfile: ./compose/local/django/Dockerfile\n    command: /start-dev\n',
    'compose/production/django/Dockerfile':
      'FROM python:3.12.4-alpine\nCOPY ./requirements /requirements\nRUN pip install -r /requirements/production.txt\nCOPY ./compose/production/django/entrypoint /entrypoint\nCOPY ./compose/production/django/start /start\nCOPY . /app\nWORKDIR /app\nENTRYPOINT ["/entrypoint"]\n',
    'compose/production/django/entrypoint': '#!/bin/sh\npython manage.py migrate\nexec "$@"\n',
    'compose/production/django/start':
      '#!/bin/sh\nexec uvicorn config.asgi:application --host 0.0.0.0 --port 8000\n',
    'compose/production/postgres/Dockerfile': 'FROM postgres:16\n',
    'compose/production/nginx/Dockerfile':
      'FROM nginx:1.27\nCOPY ./compose/production/nginx/nginx.conf /etc/nginx/nginx.conf\n',
    'compose/production/nginx/nginx.conf': 'server { listen 80; }\n',
    'compose/local/django/Dockerfile': 'FROM python:3.12\nCMD ["python", "manage.py", "runserver"]\n',
    ...over
  })

  it("django: production.yml is a compose file, its django service's Dockerfile and command are the app's", () => {
    const tree = treeFromFiles(django())
    expect(composeFilesIn(tree, ['.'])).toEqual(['production.yml', 'local.yml'])
    expect(composeBuiltDockerfile(tree, '.', () => false)).toBe('compose/production/django/Dockerfile')
    const report = analyze(tree)
    const app = report.apps.find(a => a.appDir === '.')!
    expect(app.framework.value).toBe('django')
    expect(app.dockerfile).toBe('compose/production/django/Dockerfile')
    expect(app.runtimeVersion.value).toBe('3.12.4')
    expect(app.startCommand.value).toBe('/start')
    expect(app.startCommand.evidence[0]!.file).toBe('production.yml')
    // nginx's 80 belongs to the proxy image built from the same context, not to the django service.
    expect(app.port.value).toBe(8000)
    expect(app.healthPath.value).toBe('/status/simple/')
  })

  it('rails: a prod.yml building the app image and a caddy image from one context', () => {
    const files = {
      Gemfile: "source 'https://rubygems.org'\ngem 'rails', '~> 7.2'\ngem 'puma'\n",
      'Gemfile.lock': 'GEM\n  specs:\n    rails (7.2.1)\n',
      'config/application.rb': 'module Shop\n  class Application < Rails::Application\n  end\nend\n',
      'config.ru': 'run Rails.application\n',
      'prod.yml':
        'services:\n  web:\n    build:\n      context: .\n      dockerfile: docker/web/Dockerfile\n    ports:\n      - "3000:3000"\n  caddy:\n    build:\n      context: .\n      dockerfile: docker/caddy/Dockerfile\n    ports:\n      - "443:443"\n',
      'docker/web/Dockerfile':
        'FROM ruby:3.3.5-slim\nWORKDIR /rails\nCOPY . .\nRUN bundle install\nCMD ["./bin/rails", "server"]\n',
      'docker/caddy/Dockerfile': 'FROM caddy:2\nCOPY docker/caddy/Caddyfile /etc/caddy/Caddyfile\n',
      'docker/caddy/Caddyfile': ':443 { reverse_proxy web:3000 }\n'
    }
    const tree = treeFromFiles(files)
    expect(composeBuiltDockerfile(tree, '.', () => false)).toBe('docker/web/Dockerfile')
    const app = analyze(tree).apps.find(a => a.appDir === '.')!
    expect(app.framework.value).toBe('rails')
    expect(app.runtimeVersion.value).toBe('3.3.5')
    expect(app.port.value).toBe(3000)
  })

  it('negatives: a production.yml of settings is no compose file; images of no known language name nothing', () => {
    const settings = django({ 'production.yml': 'debug: false\nservices_url: https://example.org\n' })
    expect(composeFilesIn(treeFromFiles(settings), ['.'])).toEqual(['local.yml'])
    const noLanguage = django()
    delete noLanguage['manage.py']
    delete noLanguage['requirements/base.txt']
    delete noLanguage['requirements/production.txt']
    expect(composeBuiltDockerfile(treeFromFiles(noLanguage), '.', () => false)).toBeNull()
  })
})
