// A Python project whose framework is none of ours is still a web app when its own image installs pinned
// requirements with an application server among them (holdout30 hypothesis/h: Pyramid under gunicorn
// --paste, started by supervisord; requirements/prod.txt copied in and installed with pip).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    language: app.language.value,
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    runtimeVersion: app.runtimeVersion.value,
    startCommand: app.startCommand.value,
    port: app.port.value,
    healthPath: app.healthPath.value
  }
}

const pyramidImage = [
  'FROM python:3.11.11-alpine3.19',
  'WORKDIR /var/lib/annotator',
  'COPY requirements/prod.txt ./',
  'RUN pip install --no-cache-dir -r prod.txt',
  'COPY . .',
  'EXPOSE 5000',
  'CMD ["supervisord", "-c", "conf/supervisord.conf"]',
  ''
].join('\n')

describe('a Python project whose image installs an application server', () => {
  it('a Pyramid annotation server under supervisord (route name before the pattern)', () => {
    expect(
      fields({
        'pyproject.toml': '[tool.ruff]\ntarget-version = "py311"\n',
        '.python-version': '3.11.11\n',
        'requirements/prod.txt': 'pyramid==2.0.2\ngunicorn==23.0.0\npsycopg2==2.9.9\n',
        'requirements/tests.txt': 'pytest==8.3.0\n',
        'annotator/__init__.py': '',
        'annotator/routes.py':
          'def includeme(config):\n    config.add_route("index", "/")\n    config.add_route("status", "/_status")\n',
        'conf/supervisord.conf':
          '[supervisord]\nnodaemon=true\n\n[program:web]\ncommand=gunicorn --paste conf/app.ini\n',
        Dockerfile: pyramidImage
      })
    ).toEqual({
      appDir: '.',
      language: 'python',
      framework: 'none',
      packageManager: 'pip',
      runtimeVersion: '3.11.11',
      // supervisord's web program, read through its config.
      startCommand: 'gunicorn --paste conf/app.ini',
      port: 5000,
      healthPath: '/_status'
    })
  })

  it('a bare WSGI app whose image installs waitress from requirements.txt', () => {
    expect(
      fields({
        'setup.cfg': '[metadata]\nname = ledger\n\n[options]\npackages = find:\npython_requires = >=3.12\n',
        'requirements.txt': 'webob==1.8.9\nwaitress==3.0.2\n',
        'ledger/__init__.py': '',
        'ledger/app.py':
          'from webob.dec import wsgify\n\n@wsgify\ndef application(request):\n    return "ok"\n',
        'bin/serve': '#!/bin/sh\nexec waitress-serve --port=8081 --call ledger.app:make\n',
        Dockerfile: [
          'FROM python:3.12-slim',
          'WORKDIR /app',
          'COPY requirements.txt .',
          'RUN pip install -r requirements.txt',
          'COPY . .',
          'EXPOSE 8081',
          'CMD ["bin/serve"]',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: '.',
      language: 'python',
      framework: 'none',
      packageManager: 'pip',
      runtimeVersion: '3.12',
      // the script the image runs, read through.
      startCommand: 'waitress-serve --port=8081 --call ledger.app:make',
      port: 8081,
      healthPath: null
    })
  })

  it('negative: a library whose image installs only test requirements with no server stays no Python app', () => {
    const report = analyze(
      treeFromFiles({
        'pyproject.toml': '[tool.ruff]\ntarget-version = "py311"\n',
        'requirements/prod.txt': 'pyramid==2.0.2\n',
        'requirements/tests.txt': 'pytest==8.3.0\ngunicorn==23.0.0\n',
        'annotator/__init__.py': '',
        Dockerfile: [
          'FROM python:3.11-slim',
          'COPY requirements/prod.txt ./',
          'RUN pip install -r prod.txt',
          'COPY . .',
          'CMD ["python", "-c", "import annotator"]',
          ''
        ].join('\n')
      })
    )
    const app = report.apps.find(a => a.appDir === '.')!
    expect({ language: app.language.value, packageManager: app.packageManager.value }).toEqual({
      language: 'unknown',
      packageManager: 'none'
    })
  })
})
