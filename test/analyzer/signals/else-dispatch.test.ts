// An ENTRYPOINT script whose if/elif chain tests the first argument (or the name it gives it:
// `action="${1-start}"`) against other words, and whose `else` branch passes the arguments to a program of
// the image: CMD `start all` runs `python jms start all` (holdout18 jumpserver), not `./entrypoint.sh …`.
import { primaryApp } from '../../support/analyzed-app.js'

function primary(files: Record<string, string>) {
  const app = primaryApp(files)
  return {
    start: app.startCommand.value,
    evidence: app.startCommand.evidence.map(e => `${e.file}:${e.line}`)
  }
}

const django = {
  'manage.py': 'import django\n',
  'requirements.txt': 'django\ngunicorn\n',
  'site/settings.py': 'WSGI_APPLICATION = "site.wsgi.application"\n',
  'site/wsgi.py': 'application = None\n'
}

describe('the else branch of an entrypoint that tests its first argument', () => {
  test('django: named positionals (`action="${1-start}"`) replaced by the CMD words', () => {
    const f = primary({
      ...django,
      jms: '#!/usr/bin/env python3\nimport sys\n',
      Dockerfile:
        'FROM python:3.12\nWORKDIR /opt/app\nCOPY . .\nENTRYPOINT ["./entrypoint.sh"]\nEXPOSE 8080\nCMD ["start", "all"]\n',
      'entrypoint.sh':
        '#!/bin/bash\naction="${1-start}"\nservice="${2-all}"\n\nif [[ "$action" == "bash" || "$action" == "sh" ]];then\n    bash\nelif [[ "$action" == "sleep" ]];then\n    sleep 365d\nelse\n    cron || echo ""\n    python jms "${action}" "${service}"\nfi\n'
    })
    expect(f.start).toBe('python jms start all')
    expect(f.evidence).toEqual(['Dockerfile:4', 'Dockerfile:6', 'entrypoint.sh:11'])
  })

  test('flask: `$1`/`$2` tested with [ ] and passed on as they are', () => {
    const f = primary({
      'requirements.txt': 'flask\ngunicorn\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      Dockerfile:
        'FROM python:3.12\nWORKDIR /srv\nCOPY . .\nENTRYPOINT ["/srv/docker/run.sh"]\nCMD ["web", "8000"]\n',
      'docker/run.sh':
        '#!/bin/sh\nif [ "$1" = "shell" ]; then\n  exec sh\nelse\n  exec python manage_app.py "$1" --port "$2"\nfi\n',
      'manage_app.py': 'import sys\n'
    })
    expect(f.start).toBe('python manage_app.py web --port 8000')
  })

  test('negative: a chain that names the CMD word is not the else branch; an else that passes nothing is not followed', () => {
    const named = primary({
      ...django,
      Dockerfile: 'FROM python:3.12\nCOPY . /app\nENTRYPOINT ["/app/entrypoint.sh"]\nCMD ["start", "all"]\n',
      'entrypoint.sh':
        '#!/bin/bash\nif [ "$1" == "start" ]; then\n  exec gunicorn site.wsgi -b 0.0.0.0:8000\nelse\n  python manage.py "$1" "$2"\nfi\n'
    })
    // Left to the rules that read the named branch (one CMD word only): the CMD as given.
    expect(named.start).toBe('/app/entrypoint.sh start all')
    const passesNothing = primary({
      ...django,
      Dockerfile: 'FROM python:3.12\nCOPY . /app\nENTRYPOINT ["/app/entrypoint.sh"]\nCMD ["start", "all"]\n',
      'entrypoint.sh':
        '#!/bin/bash\nif [ "$1" == "sh" ]; then\n  exec sh\nelse\n  exec python manage.py runserver\nfi\n'
    })
    expect(passesNothing.start).toBe('/app/entrypoint.sh start all')
  })
})
