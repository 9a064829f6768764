// A Dockerfile in `docker/` that copies the whole build context (`COPY . .`) is the app's when its command
// runs a file of the app folder (`./scripts/entrypoint.sh`, `server.js`) that the Dockerfile folder lacks.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { wholeContextRunsAppFile } from '../../../src/analyzer/signals/whole-context-command.js'

const rootApp = (files: Record<string, string>) => {
  const app = analyze(treeFromFiles(files)).apps.find(a => a.appDir === '.')!
  return {
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    runtimeVersion: app.runtimeVersion.value,
    dockerfile: app.dockerfile
  }
}

const flask = {
  'translator/app.py':
    'from flask import Flask\napp = Flask(__name__)\n\n@app.get("/health")\ndef health():\n    return "ok"\n',
  'wsgi.py': 'from translator.app import app\n',
  'pyproject.toml':
    '[project]\nname = "translator"\nrequires-python = ">=3.8"\ndependencies = ["flask==3.1.0", "gunicorn"]\n',
  'scripts/entrypoint.sh': '#!/bin/bash\nset -e\nexec ./venv/bin/gunicorn --bind 0.0.0.0:5000 wsgi:app\n'
}

const express = {
  'package.json': JSON.stringify({ name: 'api', dependencies: { express: '^4.21.0' } }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'server.js':
    "const express = require('express')\nconst app = express()\napp.listen(process.env.PORT || 3000)\n"
}

describe('a docker/Dockerfile that copies the whole context and runs an app file', () => {
  it('flask whose entrypoint script lives in scripts/', () => {
    const files = {
      ...flask,
      'docker/Dockerfile':
        'FROM python:3.11.9-slim AS builder\nWORKDIR /app\nCOPY . .\nRUN python -m venv venv && ./venv/bin/pip install .\n\n' +
        'FROM python:3.11.9-slim\nCOPY --from=builder /app /app\nWORKDIR /app\nEXPOSE 5000\nENTRYPOINT [ "./scripts/entrypoint.sh" ]\n'
    }
    expect(rootApp(files)).toEqual({
      framework: 'flask',
      port: 5000,
      startCommand: './venv/bin/gunicorn --bind 0.0.0.0:5000 wsgi:app',
      runtimeVersion: '3.11.9',
      dockerfile: 'docker/Dockerfile'
    })
  })

  it('express whose CMD runs server.js', () => {
    const files = {
      ...express,
      'docker/Dockerfile':
        'FROM node:22-slim\nWORKDIR /srv\nCOPY . .\nRUN npm ci --omit=dev\nEXPOSE 8080\nENV PORT=8080\nCMD ["node", "server.js"]\n'
    }
    expect(rootApp(files)).toEqual({
      framework: 'express',
      port: 8080,
      startCommand: 'node server.js',
      runtimeVersion: '22',
      dockerfile: 'docker/Dockerfile'
    })
  })

  it('negative: a command running only a file of the Dockerfile folder, or no file, proves nothing', () => {
    const own = {
      ...express,
      'docker/run.sh': '#!/bin/sh\nexec node server.js\n',
      'docker/Dockerfile': 'FROM node:22-slim\nWORKDIR /srv\nCOPY . .\nCMD ["./run.sh"]\n'
    }
    expect(rootApp(own).dockerfile).toBeNull()
    const tree = treeFromFiles({
      ...flask,
      'docker/Dockerfile': 'FROM python:3.12\nCOPY . .\nCMD gunicorn wsgi:app\n'
    })
    expect(wholeContextRunsAppFile(tree, '.', 'docker', tree.read('docker/Dockerfile')!)).toBe(false)
    // Without `COPY .` the context is not shown to be the app folder.
    const partial = treeFromFiles({
      ...flask,
      'docker/Dockerfile': 'FROM python:3.12\nCOPY translator /app\nCMD ["./scripts/entrypoint.sh"]\n'
    })
    expect(wholeContextRunsAppFile(partial, '.', 'docker', partial.read('docker/Dockerfile')!)).toBe(false)
  })
})
