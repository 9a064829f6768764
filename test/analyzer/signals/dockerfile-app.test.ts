import { dockerfileRunsFolder } from '../../../src/analyzer/signals/dockerfile-app.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const app = { 'api/manage.py': '', 'web/package.json': '{}' }

test('the folder the last stage (or a stage it builds on) copies into its WORKDIR', () => {
  const dockerfile = [
    'FROM node:22 AS web',
    'WORKDIR /build',
    'COPY web /build/web',
    'FROM python:3.12 AS runtime',
    'ARG APP=/app',
    'WORKDIR $APP',
    'COPY api/requirements.txt /tmp/',
    'COPY api ./',
    'FROM runtime AS unified',
    'COPY --from=web /build/web/dist /app/static/'
  ].join('\n')
  expect(dockerfileRunsFolder(treeFromFiles({ ...app, Dockerfile: dockerfile }), 'Dockerfile')).toBe('api')
  // A Dockerfile built from a context folder names folders inside it.
  const nested = treeFromFiles({
    'svc/api/main.py': '',
    'svc/Dockerfile': 'FROM python\nWORKDIR /app\nCOPY api/ /app\n'
  })
  expect(dockerfileRunsFolder(nested, 'svc/Dockerfile', 'svc')).toBe('svc/api')
})

test('no folder for the whole context, several folders, a folder copied elsewhere or one the repository lacks', () => {
  const runs = (dockerfile: string): string | null =>
    dockerfileRunsFolder(treeFromFiles({ ...app, Dockerfile: dockerfile }), 'Dockerfile')
  expect(runs('FROM python\nWORKDIR /app\nCOPY . .\n')).toBeNull()
  expect(runs('FROM python\nWORKDIR /app\nCOPY api /app/\nCOPY web /app/\n')).toBeNull()
  expect(runs('FROM python\nWORKDIR /app\nCOPY api /opt/api\n')).toBeNull()
  expect(runs('FROM python\nWORKDIR /app\nCOPY worker /app\n')).toBeNull()
  expect(dockerfileRunsFolder(treeFromFiles(app), 'Dockerfile')).toBeNull()
})

describe("`COPY <folder>/* <WORKDIR>/` copies the folder's contents: the image runs that folder (holdout37)", () => {
  test('a FastAPI server kept in deploy/docker beside the library the root Dockerfile installs', () => {
    const files = {
      'pyproject.toml': '[project]\nname = "crawler"\nversion = "1.0"\n',
      'crawler/__init__.py': '',
      'deploy/docker/requirements.txt': 'fastapi\ngunicorn\n',
      'deploy/docker/server.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
      'deploy/docker/entrypoint.sh': '#!/bin/bash\nexec gunicorn server:app\n',
      Dockerfile: [
        'FROM python:3.12-slim',
        'ARG APP_HOME=/app',
        'WORKDIR ${APP_HOME}',
        'COPY . /tmp/project/',
        'COPY deploy/docker/requirements.txt .',
        'RUN pip install -r requirements.txt && pip install /tmp/project',
        'COPY deploy/docker/* ${APP_HOME}/',
        'COPY deploy/docker/static ${APP_HOME}/static',
        'CMD ["bash", "entrypoint.sh"]'
      ].join('\n')
    }
    expect(dockerfileRunsFolder(treeFromFiles(files), 'Dockerfile')).toBe('deploy/docker')
  })

  test('a node server copied with `COPY server/* ./`', () => {
    const files = {
      'package.json': '{"name":"root","private":true}',
      'server/package.json': '{"name":"server","dependencies":{"express":"4"}}',
      'server/index.js': 'require("express")().listen(3000)\n',
      'client/package.json': '{"name":"client"}',
      Dockerfile: 'FROM node:22\nWORKDIR /srv\nCOPY server/* ./\nRUN npm install\nCMD ["node", "index.js"]\n'
    }
    expect(dockerfileRunsFolder(treeFromFiles(files), 'Dockerfile')).toBe('server')
  })

  test('negatives: a glob on file names, or a folder glob copied elsewhere, names no folder', () => {
    const runs = (dockerfile: string): string | null =>
      dockerfileRunsFolder(treeFromFiles({ ...app, Dockerfile: dockerfile }), 'Dockerfile')
    expect(runs('FROM python\nWORKDIR /app\nCOPY api/*.py /app/\n')).toBeNull()
    expect(runs('FROM python\nWORKDIR /app\nCOPY api/* /opt/api/\n')).toBeNull()
    expect(runs('FROM python\nWORKDIR /app\nCOPY */ /app/\n')).toBeNull()
  })
})
