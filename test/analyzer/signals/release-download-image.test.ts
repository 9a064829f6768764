// A Dockerfile kept in a Dockerfile folder that installs the project's own GitHub release or source archive
// (its context is that folder, it copies only config files) is the image of the app above the folder
// (holdout40 leantime: `.docker/Dockerfile` curls Leantime/leantime releases; holdout32 lemur: `docker/Dockerfile`
// curls Netflix/lemur/archive). A download of another project's release (a tool) proves nothing.
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { downloadsOwnRelease } from '../../../src/analyzer/signals/release-download-image.js'

function report(files: Record<string, string>) {
  const r = analyze(treeFromFiles(files))
  const app = r.apps.find(a => a.appDir === r.primary)!
  return {
    apps: r.apps.map(a => a.appDir),
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    healthPath: app.healthPath.value,
    dockerfile: app.dockerfile
  }
}

const phpApp = (dockerfile: string): Record<string, string> => ({
  'composer.json': JSON.stringify(
    { name: 'acme/tasks', require: { php: '^8.2', 'laravel/framework': '^11.0' } },
    null,
    2
  ),
  'composer.lock': '{"packages": []}\n',
  'public/index.php': '<?php\nrequire __DIR__."/../bootstrap/app.php";\n',
  'bootstrap/app.php':
    '<?php\nreturn Illuminate\\Foundation\\Application::configure(basePath: dirname(__DIR__))->create();\n',
  '.docker/Dockerfile': dockerfile,
  '.docker/start.sh': '#!/bin/sh\nset -e\nexec php-fpm -F\n',
  '.docker/config/nginx.conf': 'server { listen 8080; root /var/www/html/public; }\n'
})

const phpDockerfile = (url: string): string =>
  [
    'FROM php:8.3-fpm-alpine',
    'ARG APP_VERSION=3.4.0',
    'WORKDIR /var/www/html',
    `RUN curl -fsSL ${url} -o app.tar.gz && tar xzf app.tar.gz --strip-components 1 && rm app.tar.gz`,
    'COPY config/nginx.conf /etc/nginx/nginx.conf',
    'COPY --chmod=0755 start.sh /start.sh',
    'HEALTHCHECK CMD curl -f http://localhost:8080 || exit 1',
    'EXPOSE 8080',
    'ENTRYPOINT ["/sbin/tini", "--", "/start.sh"]',
    ''
  ].join('\n')

describe("an image that installs the project's own release", () => {
  it('PHP: .docker/Dockerfile downloading acme/tasks releases is the root app image', () => {
    const files = phpApp(
      phpDockerfile(
        'https://github.com/acme/tasks/releases/download/v${APP_VERSION}/tasks-v${APP_VERSION}.tar.gz'
      )
    )
    const got = report(files)
    expect(got.apps).toEqual(['.'])
    expect(got.appDir).toBe('.')
    expect(got.framework).toBe('laravel')
    expect(got.port).toBe(8080)
    expect(got.healthPath).toBe('/')
    expect(got.startCommand).toBe('php-fpm -F')
    expect(got.dockerfile).toBe('.docker/Dockerfile')
    expect(downloadsOwnRelease(treeFromFiles(files), '.', files['.docker/Dockerfile']!)).toBe(true)
  })

  it('Python: docker/Dockerfile piping the Netflix-style archive of the project into tar', () => {
    const dockerfile = [
      'FROM python:3.11-alpine',
      'ARG VERSION=main',
      'RUN mkdir -p /opt/certs && curl -sSL https://github.com/example/certs/archive/$VERSION.tar.gz | tar xz -C /opt/certs --strip-components=1 && pip install -e /opt/certs',
      'COPY supervisor.conf /',
      'EXPOSE 80',
      'HEALTHCHECK CMD curl --fail http://localhost:80/api/1/healthcheck || exit 1',
      'CMD ["/usr/bin/supervisord", "-c", "supervisor.conf"]',
      ''
    ].join('\n')
    const files = {
      'pyproject.toml': '[project]\nname = "certs"\ndependencies = ["flask>=3"]\n',
      'certs/__init__.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'docker/Dockerfile': dockerfile,
      'docker/supervisor.conf': '[program:certs]\ncommand=gunicorn -b 0.0.0.0:8000 certs:app\n'
    }
    const got = report(files)
    expect(got.apps).toEqual(['.'])
    expect(got.appDir).toBe('.')
    expect(got.framework).toBe('flask')
    expect(got.port).toBe(80)
    expect(got.healthPath).toBe('/api/1/healthcheck')
    expect(got.startCommand).toBe('gunicorn -b 0.0.0.0:8000 certs:app')
    expect(got.dockerfile).toBe('docker/Dockerfile')
    expect(downloadsOwnRelease(treeFromFiles(files), '.', dockerfile)).toBe(true)
  })

  it("negative: a tool's release (another repository) does not make the image the app's", () => {
    const files = phpApp(
      phpDockerfile(
        'https://github.com/aptible/supercronic/releases/download/v0.2.29/supercronic-linux-amd64'
      )
    )
    expect(downloadsOwnRelease(treeFromFiles(files), '.', files['.docker/Dockerfile']!)).toBe(false)
    const got = report(files)
    expect(got.dockerfile).not.toBe('.docker/Dockerfile')
  })
})
