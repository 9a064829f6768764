// A root Dockerfile that builds a client in one stage and copies the server folder into the final stage's
// WORKDIR (`COPY ./backend /app`, `WORKDIR /app`, CMD run there): the server member is the app it serves and
// takes that Dockerfile's start command, although the Dockerfile names two app folders.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const member = (files: Record<string, string>, dir: string) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === dir)!
  return {
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    packageManager: app.packageManager.value
  }
}

const viteClient = (dir: string): Record<string, string> => ({
  [`${dir}/package.json`]: JSON.stringify({
    name: 'client',
    scripts: { build: 'vite build' },
    devDependencies: { vite: '^6.0.0' }
  }),
  [`${dir}/package-lock.json`]: '{"lockfileVersion": 3}',
  [`${dir}/vite.config.ts`]: 'export default {}\n',
  [`${dir}/index.html`]: '<div id="app"></div>\n'
})

const djangoBackend = {
  'backend/manage.py':
    '#!/usr/bin/env python\nimport os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")\n',
  'backend/config/settings.py': 'INSTALLED_APPS = []\nWSGI_APPLICATION = "config.wsgi.application"\n',
  'backend/config/wsgi.py':
    'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
  'backend/config/asgi.py':
    'from django.core.asgi import get_asgi_application\napplication = get_asgi_application()\n',
  'backend/requirements.txt': 'Django==5.2\nuvicorn==0.34.0\n',
  'deploy/start.sh':
    '#!/bin/bash\nset -e\npython manage.py migrate\nexec uvicorn config.asgi:application --host 0.0.0.0 --port 8000\n'
}

describe('the member the final stage copies into its WORKDIR', () => {
  it('django backend beside a vite client built in a node stage', () => {
    const files = {
      ...djangoBackend,
      ...viteClient('frontend'),
      Dockerfile:
        'FROM node:22-alpine AS web\nCOPY ./frontend /frontend\nWORKDIR /frontend\nRUN npm ci && npm run build\n\nFROM python:3.13-slim\nCOPY ./backend/requirements.txt /requirements.txt\nRUN pip install -r /requirements.txt\nCOPY ./backend /app\nCOPY ./deploy/start.sh /app\nCOPY --from=web /frontend/dist /app/static\nWORKDIR /app\nEXPOSE 8000\nCMD ["./start.sh"]\n'
    }
    expect(member(files, 'backend')).toEqual({
      framework: 'django',
      port: 8000,
      startCommand: 'uvicorn config.asgi:application --host 0.0.0.0 --port 8000',
      packageManager: 'pip'
    })
  })

  it('express server beside a client, WORKDIR set before a relative COPY', () => {
    const files = {
      ...viteClient('client'),
      'server/package.json': JSON.stringify({
        name: 'server',
        scripts: { start: 'node index.js' },
        dependencies: { express: '^4.21.0' }
      }),
      'server/package-lock.json': '{"lockfileVersion": 3}',
      'server/index.js': "const app = require('express')()\napp.listen(process.env.PORT || 1337)\n",
      Dockerfile:
        'FROM node:22 AS client\nWORKDIR /build\nCOPY client .\nRUN npm ci && npm run build\n\nFROM node:22-alpine\nWORKDIR /srv\nCOPY server .\nRUN npm ci --omit=dev\nCOPY --from=client /build/dist public\nEXPOSE 1337\nCMD ["node", "index.js", "--prod"]\n'
    }
    expect(member(files, 'server')).toEqual({
      framework: 'express',
      port: 1337,
      startCommand: 'node index.js --prod',
      packageManager: 'npm'
    })
  })

  it('a member copied into a subfolder of the WORKDIR is not the WORKDIR member; the image is still its own as the only app of the final Python image', () => {
    const files = {
      ...djangoBackend,
      ...viteClient('frontend'),
      Dockerfile:
        'FROM node:22-alpine AS web\nCOPY ./frontend /frontend\nRUN cd /frontend && npm ci && npm run build\n\nFROM python:3.13-slim\nWORKDIR /srv\nCOPY ./backend /srv/backend\nCOPY ./deploy/start.sh /srv\nEXPOSE 8000\nCMD ["./start.sh"]\n'
    }
    // The WORKDIR rule does not claim `backend` (it lands in /srv/backend, not /srv); the all-in-one root image
    // rule (signals/shared.ts allInOneImageApp) does: the final stage runs Python and `backend` is the one
    // Python app its stages copy, so the root image and the command it runs are that member's.
    const report = analyze(treeFromFiles(files))
    const backend = report.apps.find(a => a.appDir === 'backend')!
    expect(backend.dockerfile).toBe('Dockerfile')
    expect(backend.startCommand.value).toBe('uvicorn config.asgi:application --host 0.0.0.0 --port 8000')
    expect(report.apps.find(a => a.appDir === 'frontend')?.dockerfile ?? null).not.toBe('Dockerfile')
  })
})
