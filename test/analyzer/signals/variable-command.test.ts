// An entrypoint script that keeps its server command in a variable and runs it as the whole command
// (`exec ${app_cmd}`, `exec gosu $PUID:$PGID $app_cmd`) starts the variable's value, as `eval "$cmd"` does.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { variableCommand } from '../../../src/analyzer/signals/eval-command.js'

const appOf = (files: Record<string, string>) => {
  const app = analyze(treeFromFiles(files)).apps.find(a => a.appDir === '.')!
  return {
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    startEvidence: app.startCommand.evidence.map(e => `${e.file}:${e.line}`)
  }
}

const fastapi = {
  'server/main.py':
    'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef health():\n    return "ok"\n',
  'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.32.0\n'
}

describe('a script running its command from a variable', () => {
  it('fastapi behind gosu, the multi-line command in a quoted variable', () => {
    const files = {
      ...fastapi,
      'entrypoint.sh': [
        '#!/bin/sh',
        '[ "$NOTES_PORT" ] || NOTES_PORT=8080',
        'app_command="python -m \\',
        '    uvicorn main:app \\',
        '    --app-dir server \\',
        '    --port ${NOTES_PORT}"',
        'if [ `id -u` -eq 0 ]; then',
        '    chown -R ${PUID}:${PGID} /data',
        '    exec gosu ${PUID}:${PGID} ${app_command}',
        'else',
        '    exec ${app_command}',
        'fi',
        ''
      ].join('\n'),
      Dockerfile:
        'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCOPY entrypoint.sh /\n' +
        'ENV NOTES_PORT=8080\nEXPOSE 8080\nENTRYPOINT ["/entrypoint.sh"]\n'
    }
    expect(appOf(files)).toEqual({
      framework: 'fastapi',
      port: 8080,
      startCommand: 'python -m uvicorn main:app --app-dir server --port ${NOTES_PORT}',
      startEvidence: ['Dockerfile:8', 'entrypoint.sh:3']
    })
  })

  it('express server started by `exec $SERVER_CMD` with a one-line assignment', () => {
    const files = {
      'package.json': JSON.stringify({
        name: 'api',
        scripts: { start: 'node dist/server.js' },
        dependencies: { express: '^4.21.0' }
      }),
      'package-lock.json': '{"lockfileVersion": 3}',
      'src/server.ts': "import express from 'express'\nconst app = express()\napp.listen(4000)\n",
      'docker/run.sh':
        '#!/bin/sh\nset -e\nSERVER_CMD="node dist/server.js --trust-proxy"\nexec $SERVER_CMD\n',
      Dockerfile:
        'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nEXPOSE 4000\nCMD ["sh", "docker/run.sh"]\n'
    }
    expect(appOf(files)).toMatchObject({
      framework: 'express',
      port: 4000,
      startCommand: 'node dist/server.js --trust-proxy'
    })
  })
})

describe('variableCommand', () => {
  it('reads the assignment above the line for $x, ${x} and "$x"', () => {
    const text = 'run="gunicorn app:app"\nexec "$run"\n'
    expect(variableCommand(text, '"$run"', 2)).toEqual({
      command: 'gunicorn app:app',
      line: 1,
      text: 'run="gunicorn app:app"'
    })
    expect(variableCommand(text, '${run}', 2)?.command).toBe('gunicorn app:app')
  })

  it('negative: a variable the script never assigns, or a command that is more than the variable', () => {
    expect(variableCommand('exec $APP_BIN\n', '$APP_BIN', 1)).toBeNull()
    expect(variableCommand('run="x"\nexec $run --port 1\n', '$run --port 1', 2)).toBeNull()
    // An assignment after the line does not count.
    expect(variableCommand('exec $run\nrun="gunicorn app:app"\n', '$run', 1)).toBeNull()
  })
})
