// A Dockerfile-only folder is an app of its own unless its Dockerfile is another app's image. Here: a
// `docker/` image that copies the whole context and works in a member (`ADD . /src` + `WORKDIR /src/server`)
// is that member's, and the folder is not listed (holdout30 gladys listed `docker` beside `server`, with the
// same Dockerfile and start command).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const devShell = JSON.stringify({
  name: 'hub-dev',
  scripts: { start: 'run-p start-server:dev start-front:dev' },
  devDependencies: { 'npm-run-all': '^4.1.5' }
})

describe('the Dockerfile folder of a member image is not listed as an app', () => {
  const appDirs = (files: Record<string, string>): string[] =>
    analyze(treeFromFiles(files))
      .apps.map(a => a.appDir)
      .sort()
  const nodeServer = {
    'package.json': devShell,
    'server/package.json': JSON.stringify({
      name: 'hub-server',
      scripts: { start: 'node index.js' },
      dependencies: { express: '^4.18.2' }
    }),
    'server/index.js': "require('express')().listen(process.env.SERVER_PORT || 1443)\n"
  }
  const image = (workdir: string, cmd: string): string =>
    [
      'FROM node:24-slim',
      'WORKDIR /src',
      'ADD . /src',
      `WORKDIR ${workdir}`,
      'EXPOSE 80',
      `CMD ${cmd}`,
      ''
    ].join('\n')

  it('an express server/ imaged from docker/', () => {
    expect(
      appDirs({ ...nodeServer, 'docker/Dockerfile': image('/src/server', '["node", "index.js"]') })
    ).toEqual(['.', 'server'])
  })

  it('a flask api/ imaged from .docker/', () => {
    expect(
      appDirs({
        'api/requirements.txt': 'flask==3.1.0\ngunicorn==23.0.0\n',
        'api/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
        '.docker/Dockerfile': [
          'FROM python:3.12-slim',
          'WORKDIR /opt',
          'COPY . .',
          'WORKDIR api',
          'EXPOSE 5000',
          'CMD ["gunicorn", "-b", "0.0.0.0:5000", "app:app"]',
          ''
        ].join('\n')
      })
    ).toEqual(['api'])
  })

  it('negative: a WORKDIR in a folder that is no app keeps the Dockerfile folder as the app', () => {
    expect(
      appDirs({
        'tools/run.sh': '#!/bin/sh\nexec ./server\n',
        'docker/Dockerfile': image('/src/tools', '["./run.sh"]')
      })
    ).toEqual(['docker'])
  })
})
