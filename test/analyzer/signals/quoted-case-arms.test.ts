// An entrypoint script's `case` arms may quote their patterns (`'start-web' )`, `"web" | "server")`): the CMD
// word still selects the arm, whose command is the start command (not the bare CMD word).
import { primaryApp } from '../../support/analyzed-app.js'
import { dispatchedCommand } from '../../../src/analyzer/signals/script-dispatch.js'

function primary(files: Record<string, string>) {
  const app = primaryApp(files)
  return { start: app.startCommand.value, source: app.startCommand.source, port: app.port.value }
}

const express = {
  'package.json': JSON.stringify({
    name: 'gw',
    scripts: { start: 'node dist/server.js' },
    dependencies: { express: '^4.18.2' }
  }),
  'src/server.ts': "import express from 'express'\nexpress().listen(process.env.PORT || 3000)\n"
}

test('node: single-quoted arm `start-web` runs node docker/entrypoint-server.js', () => {
  const f = primary({
    ...express,
    Dockerfile:
      'FROM node:20-alpine\nCOPY ./ /workspace\nWORKDIR /workspace\nRUN yarn install\nENTRYPOINT [ "/workspace/docker/entrypoint.sh" ]\nCMD [ "start-web" ]\n',
    'docker/entrypoint.sh':
      '#!/bin/sh\nset -e\n\nCOMMAND=$1 && shift 1\n\ncase "$COMMAND" in\n  \'start-web\' )\n    echo "Starting Web..."\n    exec node docker/entrypoint-server.js\n    ;;\n\n  \'start-worker\' )\n    exec node docker/entrypoint-worker.js\n    ;;\n\n   * )\n    echo "Unknown command"\n    ;;\nesac\n\nexec "$@"\n'
  })
  expect(f.start).toBe('node docker/entrypoint-server.js')
  expect(f.source).toBe('Dockerfile CMD script docker/entrypoint.sh')
  expect(f.port).toBe(3000)
})

test('python: double-quoted alternatives `"web" | "server")` run gunicorn', () => {
  const f = primary({
    'requirements.txt': 'flask\ngunicorn\n',
    'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
    Dockerfile: 'FROM python:3.12\nCOPY . /app\nWORKDIR /app\nENTRYPOINT ["/app/run.sh"]\nCMD ["server"]\n',
    'run.sh':
      '#!/bin/sh\ncase "$1" in\n  "web" | "server")\n    exec gunicorn app:app --bind 0.0.0.0:5000\n    ;;\n  "worker")\n    exec celery -A app worker\n    ;;\nesac\n'
  })
  expect(f.start).toBe('gunicorn app:app --bind 0.0.0.0:5000')
  expect(f.port).toBe(5000)
})

test('negative: a quoted arm for another word is not taken', () => {
  const script = 'case "$1" in\n  \'start-worker\' )\n    exec node worker.js\n    ;;\nesac\n'
  expect(dispatchedCommand(script, 'start-web')).toBeNull()
  expect(dispatchedCommand(script, 'start-worker')?.command).toBe('node worker.js')
})
