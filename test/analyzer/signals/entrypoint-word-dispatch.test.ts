// ENTRYPOINT scripts that dispatch on the CMD word before handing any other word to a program of their own
// (holdout16 ephios: `if [ "$1" == "run" ]; then … exec supervisord …; fi` then `exec uv run manage.py "$@"`),
// and dispatchers whose `*)` arm passes the word to a program (holdout16 peeringdb: `* ) exec manage $@`).
import { primaryApp } from '../../support/analyzed-app.js'

function primary(files: Record<string, string>) {
  const app = primaryApp(files)
  return { start: app.startCommand.value, port: app.port.value }
}

const django = {
  'manage.py': 'import django\n',
  'requirements.txt': 'django\ngunicorn\n',
  'site/settings.py': 'WSGI_APPLICATION = "site.wsgi.application"\n',
  'site/wsgi.py': 'application = None\n'
}

describe('the CMD word an entrypoint script dispatches on', () => {
  test('django: `if [ "$1" == "run" ]` runs supervisord (its gunicorn program), not the final manage.py hand-over', () => {
    const f = primary({
      ...django,
      Dockerfile:
        'FROM python:3.12\nCOPY . /app\nCOPY deploy/entrypoint.sh /usr/local/bin/site\nCOPY deploy/supervisord.conf /etc/supervisord.conf\nENTRYPOINT ["site"]\nCMD ["run"]\n',
      'deploy/entrypoint.sh':
        '#!/bin/bash\nset -e\nif [ "$1" == "run" ]; then\n  python manage.py migrate\n  exec supervisord -n -c /etc/supervisord.conf\nfi\nexec python manage.py "$@"\n',
      'deploy/supervisord.conf':
        '[supervisord]\nnodaemon=true\n\n[program:gunicorn]\ncommand=gunicorn site.wsgi --bind 0.0.0.0:80\n\n[program:cron]\ncommand=/usr/local/bin/cron.sh\n'
    })
    expect(f.start).toBe('gunicorn site.wsgi --bind 0.0.0.0:80')
    expect(f.port).toBe(80)
  })

  test('flask: `case "$1" in web)` runs its server, not the CLI the other words go to', () => {
    const f = primary({
      'requirements.txt': 'flask\ngunicorn\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      Dockerfile: 'FROM python:3.12\nCOPY . /app\nCOPY run.sh /run.sh\nENTRYPOINT ["/run.sh"]\nCMD ["web"]\n',
      'run.sh':
        '#!/bin/sh\ncase "$1" in\n  web)\n    exec gunicorn app:app -b 0.0.0.0:7000\n    ;;\nesac\nexec flask "$@"\n'
    })
    expect(f.start).toBe('gunicorn app:app -b 0.0.0.0:7000')
    expect(f.port).toBe(7000)
  })

  test('the `*)` arm passes an unnamed word on to its program: `exec manage $@` with CMD runserver', () => {
    const f = primary({
      ...django,
      Dockerfile:
        'FROM python:3.12\nWORKDIR /srv\nCOPY . .\nCOPY scripts/manage /usr/bin/\nENTRYPOINT ["/srv/entry.sh"]\nCMD ["runserver"]\n',
      'entry.sh':
        '#!/bin/bash\ncase "$1" in\n  "uwsgi" )\n    exec uwsgi --ini etc/uwsgi.ini\n    ;;\n  * )\n    exec manage $@\n    ;;\nesac\n',
      'scripts/manage': '#!/bin/sh\n./manage.py $@\n'
    })
    expect(f.start).toBe('manage runserver')
  })

  test('the `*)` arm of another script: `*) exec bin/cli "$@"` with CMD serve', () => {
    const f = primary({
      'requirements.txt': 'flask\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'bin/cli': '#!/usr/bin/env python\nprint(1)\n',
      Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["/app/docker.sh"]\nCMD ["serve"]\n',
      'docker.sh': '#!/bin/sh\ncase "$1" in\n  shell) exec bash ;;\n  *) exec bin/cli "$@" ;;\nesac\n'
    })
    expect(f.start).toBe('bin/cli serve')
  })

  test('negative: a word no branch tests still goes to the program the script execs with "$@"', () => {
    const f = primary({
      ...django,
      Dockerfile:
        'FROM python:3.12\nCOPY . /app\nCOPY deploy/entrypoint.sh /usr/local/bin/site\nENTRYPOINT ["site"]\nCMD ["runserver", "0.0.0.0:8000"]\n',
      'deploy/entrypoint.sh':
        '#!/bin/bash\nif [ "$1" == "run" ]; then\n  exec supervisord -n\nfi\nexec python manage.py "$@"\n'
    })
    expect(f.start).toBe('python manage.py runserver 0.0.0.0:8000')
  })

  test('negative: a `*)` arm that hands the word over as the program (`exec "$@"`) names nothing of its own', () => {
    const f = primary({
      'requirements.txt': 'flask\ngunicorn\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      Dockerfile:
        'FROM python:3.12\nCOPY . /app\nCOPY entry.sh /entry.sh\nENTRYPOINT ["/entry.sh"]\nCMD ["gunicorn", "app:app", "-b", "0.0.0.0:5005"]\n',
      'entry.sh': '#!/bin/sh\ncase "$1" in\n  migrate) exec flask db upgrade ;;\n  *) exec "$@" ;;\nesac\n'
    })
    expect(f.start).toBe('gunicorn app:app -b 0.0.0.0:5005')
    expect(f.port).toBe(5005)
  })
})
