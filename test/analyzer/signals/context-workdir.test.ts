// A Dockerfile kept in `docker/` that copies the whole build context (`ADD . /src`) and works in one folder
// of it (`WORKDIR /src/server`) ships that folder's app, also beside a root package that only runs the
// development servers of both halves (holdout30 gladys).
import { analyze } from '../../../src/analyzer/analyze.js'
import { wholeContextWorkdirFolder } from '../../../src/analyzer/signals/context-workdir.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const primary = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    packageManager: app.packageManager.value
  }
}

const devShell = JSON.stringify({
  name: 'hub-dev',
  scripts: { start: 'run-p start-server:dev start-front:dev' },
  devDependencies: { 'npm-run-all': '^4.1.5' }
})

describe('a docker/ image that works in a member copy of the whole context', () => {
  it('an express server/ beside a Preact front/, root dev shell', () => {
    expect(
      primary({
        'package.json': devShell,
        'package-lock.json': '{}',
        'server/package.json': JSON.stringify({
          name: 'hub-server',
          scripts: { start: 'nodemon index.js', 'start:prod': 'node index.js' },
          dependencies: { express: '^4.18.2' }
        }),
        'server/package-lock.json': '{}',
        'server/index.js':
          "const express = require('express')\nexpress().listen(process.env.SERVER_PORT || 1443)\n",
        'front/package.json': JSON.stringify({
          name: 'hub-front',
          scripts: { build: 'vite build' },
          devDependencies: { vite: '^6.0.0' }
        }),
        'front/package-lock.json': '{}',
        'docker/Dockerfile': [
          'FROM node:24-slim',
          'WORKDIR /src',
          'ADD . /src',
          'WORKDIR /src/server',
          'RUN npm ci --production',
          'ENV SERVER_PORT 80',
          'EXPOSE 80',
          'CMD ["node", "index.js"]',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: 'server',
      framework: 'express',
      port: 80,
      startCommand: 'node index.js',
      packageManager: 'npm'
    })
  })

  it('a flask api/ built by .docker/Dockerfile with `COPY . .` and a relative WORKDIR', () => {
    expect(
      primary({
        'package.json': JSON.stringify({ name: 'tools', scripts: { lint: 'eslint .' } }),
        'api/requirements.txt': 'flask==3.1.0\ngunicorn==23.0.0\n',
        'api/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
        '.docker/Dockerfile': [
          'FROM python:3.12-slim',
          'WORKDIR /opt',
          'COPY . .',
          'WORKDIR api',
          'RUN pip install -r requirements.txt',
          'EXPOSE 5000',
          'CMD ["gunicorn", "-b", "0.0.0.0:5000", "app:app"]',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: 'api',
      framework: 'flask',
      port: 5000,
      startCommand: 'gunicorn -b 0.0.0.0:5000 app:app',
      packageManager: 'pip'
    })
  })

  it('negative: a WORKDIR outside the copied context, or a later stage without the copy, names nothing', () => {
    expect(
      wholeContextWorkdirFolder('FROM node:24\nADD . /src\nWORKDIR /app/server\nCMD ["node", "i.js"]\n')
    ).toBe(null)
    expect(
      wholeContextWorkdirFolder(
        'FROM node:24 AS build\nCOPY . /src\nWORKDIR /src/server\nFROM node:24\nWORKDIR /src/server\nCMD ["node", "i.js"]\n'
      )
    ).toBe(null)
    expect(wholeContextWorkdirFolder('FROM node:24\nCOPY . /src\nWORKDIR /src/server\n')).toBe('server')
  })
})
