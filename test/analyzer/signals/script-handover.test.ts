import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { dropExecWrappers, execArgumentsKind } from '../../../src/analyzer/signals/script-handover.js'

// An entrypoint that drops root with sudo before it runs the image's CMD is a wrapper like gosu/su-exec:
// the command is what follows (holdout34 dagu: `exec sudo -E -H -n -u "#${PUID}" -g "#${RUN_GID}" -- "$@"`).
describe('sudo as a privilege-dropping exec wrapper', () => {
  test('sudo with its options and operands before "$@" hands over; before a program, runs that program', () => {
    expect(execArgumentsKind('exec sudo -E -H -n -u "#${PUID}" -g "#${RUN_GID}" -- "$@"')).toBe('handover')
    expect(execArgumentsKind('exec sudo -u app "$@"')).toBe('handover')
    expect(execArgumentsKind('exec sudo --preserve-env -u app /app/relay "$@"')).toBe('program')
    expect(dropExecWrappers('sudo -E -u app -- /app/relay serve')).toEqual(['/app/relay', 'serve'])
    expect(dropExecWrappers('sudo -u app -g app gunicorn app:app')).toEqual(['gunicorn', 'app:app'])
  })
  test('a sudo that opens a shell or lists rights runs no command of the script', () => {
    expect(dropExecWrappers('sudo -i -u app')).toEqual(['sudo', '-i', '-u', 'app'])
    expect(dropExecWrappers('sudo -l')).toEqual(['sudo', '-l'])
  })

  const goEntrypoint =
    '#!/bin/sh\nset -e\nPUID=${PUID:-1000}\nPGID=${PGID:-1000}\nchown -R "$PUID:$PGID" /data\nexec sudo -E -H -n -u "#${PUID}" -g "#${PGID}" -- "$@"\n'
  const scheduler = {
    'go.mod': 'module example.com/flowctl\n\ngo 1.22\n\nrequire github.com/go-chi/chi/v5 v5.0.12\n',
    'main.go':
      'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/go-chi/chi/v5"\n)\n\nfunc main() {\n\tr := chi.NewRouter()\n\thttp.ListenAndServe(":8080", r)\n}\n',
    'entrypoint.sh': goEntrypoint,
    Dockerfile:
      'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/flowctl .\n\nFROM alpine:3.20\nRUN apk add --no-cache sudo\nCOPY --from=build /usr/local/bin/flowctl /usr/local/bin/flowctl\nCOPY entrypoint.sh /entrypoint.sh\nEXPOSE 8080\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["flowctl", "start-all"]\n'
  }
  const notes = {
    'requirements.txt': 'flask==3.0.0\ngunicorn==22.0.0\n',
    'app.py':
      "from flask import Flask\napp = Flask(__name__)\n\n@app.get('/healthz')\ndef health():\n    return 'ok'\n",
    'docker/entrypoint.sh': '#!/bin/bash\nset -e\nmkdir -p /data\nexec sudo -u notes "$@"\n',
    Dockerfile:
      'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y sudo\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCOPY docker/entrypoint.sh /entrypoint.sh\nEXPOSE 8000\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n'
  }
  test('two images whose entrypoint drops privileges with sudo start their CMD', () => {
    const a = analyze(treeFromFiles(scheduler)).apps[0]!
    expect(a.language.value).toBe('go')
    expect(a.startCommand.value).toBe('flowctl start-all')
    expect(a.startCommand.source).toBe('Dockerfile CMD (run by the ENTRYPOINT wrapper)')
    expect(a.port.value).toBe(8080)
    const b = analyze(treeFromFiles(notes)).apps[0]!
    expect(b.framework.value).toBe('flask')
    expect(b.startCommand.value).toBe('gunicorn -b 0.0.0.0:8000 app:app')
    expect(b.startCommand.source).toBe('Dockerfile CMD (run by the ENTRYPOINT wrapper)')
    expect(b.port.value).toBe(8000)
  })
  test('negative: an entrypoint that runs its own program through sudo keeps that program', () => {
    const own = {
      ...scheduler,
      'entrypoint.sh': '#!/bin/sh\nset -e\nexec sudo -u app /usr/local/bin/flowctl "$@"\n',
      Dockerfile: scheduler.Dockerfile.replace('CMD ["flowctl", "start-all"]', 'CMD ["server"]')
    }
    const a = analyze(treeFromFiles(own)).apps[0]!
    expect(a.startCommand.value).not.toMatch(/^sudo/)
    expect(a.startCommand.value).toMatch(/flowctl/)
  })
})
