// A root Dockerfile that runs nothing (a development base image compose starts with its own command) beside
// one variant that runs the app (holdout22, a django app whose `Dockerfile.autobuild` is the published image
// serving nginx on 80 in front of gunicorn): the variant is the app's Dockerfile.
import { appDockerfile } from '../../../src/analyzer/signals/shared.js'
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

describe('a runnable Dockerfile variant over a root Dockerfile that runs nothing', () => {
  it('takes the variant for a django app: its port and runtime', () => {
    expect(appDockerfile(treeFromFiles(django()), '.')).toBe('Dockerfile.autobuild')
    const app = analyze(treeFromFiles(django())).apps[0]!
    expect(app.port.value).toBe(80)
    expect(app.runtimeVersion.value).toBe('3.9.12')
  })

  it('takes the variant for a node app', () => {
    expect(appDockerfile(treeFromFiles(api()), '.')).toBe('Dockerfile.image')
  })

  it('negative: a root Dockerfile with a CMD, two variants, or only a dev variant keep the root one', () => {
    const runs = django({ Dockerfile: `${BASE}CMD ["gunicorn", "site.wsgi"]\n` })
    expect(appDockerfile(treeFromFiles(runs), '.')).toBe('Dockerfile')
    const two = api({ 'Dockerfile.worker': 'FROM node:20\nCOPY . .\nCMD ["node", "worker.js"]\n' })
    expect(appDockerfile(treeFromFiles(two), '.')).toBe('Dockerfile')
    const dev = api({ 'Dockerfile.dev': 'FROM node:20\nCMD ["npm", "run", "dev"]\n' })
    delete dev['Dockerfile.image']
    expect(appDockerfile(treeFromFiles(dev), '.')).toBe('Dockerfile')
  })
})
