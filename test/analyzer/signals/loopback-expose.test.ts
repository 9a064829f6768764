// `EXPOSE 9000 80` where the start script's folder binds 9000 on loopback only (gunicorn behind nginx under
// supervisord): 9000 is not reachable from outside the container, 80 is the web port (holdout18 mediacms).
import { primaryApp } from '../../support/analyzed-app.js'

function primary(files: Record<string, string>) {
  const app = primaryApp(files)
  return { port: app.port.value, evidence: app.port.evidence.map(e => `${e.file}:${e.line}`) }
}

const django = {
  'manage.py': 'import django\n',
  'requirements.txt': 'django\ngunicorn\n',
  'cms/settings.py': 'WSGI_APPLICATION = "cms.wsgi.application"\n',
  'cms/wsgi.py': 'application = None\n'
}
const flask = {
  'requirements.txt': 'flask\nuwsgi\n',
  'app.py': 'from flask import Flask\napp = Flask(__name__)\n'
}
const supervisedDjango = (bind: string, expose = 'EXPOSE 9000 80') => ({
  ...django,
  Dockerfile: `FROM python:3.12\nCOPY . /srv\nWORKDIR /srv\n${expose}\nCMD ["./deploy/docker/start.sh"]\n`,
  'deploy/docker/start.sh': '#!/bin/sh\nset -e\nexec /usr/bin/supervisord\n',
  'deploy/docker/supervisord/gunicorn.conf': `[program:gunicorn]\ncommand=gunicorn cms.wsgi:application --workers=2 --bind=${bind}\n`,
  'deploy/docker/supervisord/nginx.conf': "[program:nginx]\ncommand=/usr/sbin/nginx -g 'daemon off;'\n",
  'deploy/docker/nginx.conf':
    'server {\n  listen 80;\n  location / { proxy_pass http://127.0.0.1:9000; }\n}\n'
})

describe('an EXPOSE port bound on loopback only', () => {
  test('django: gunicorn --bind=127.0.0.1:9000 under supervisord → 80, with the bind as evidence', () => {
    const f = primary(supervisedDjango('127.0.0.1:9000'))
    expect(f.port).toBe(80)
    expect(f.evidence).toEqual(['Dockerfile:4', 'deploy/docker/supervisord/gunicorn.conf:2'])
  })

  test('flask: uwsgi `http-socket = localhost:5000` in the script folder → 8080', () => {
    const f = primary({
      ...flask,
      Dockerfile: 'FROM python:3.12\nCOPY . /app\nEXPOSE 5000 8080\nCMD ["/app/docker/run.sh"]\n',
      'docker/run.sh': '#!/bin/sh\nexec supervisord -c /app/docker/supervisord.conf\n',
      'docker/supervisord.conf':
        '[program:uwsgi]\ncommand=uwsgi --ini /app/docker/uwsgi.ini\n\n[program:caddy]\ncommand=caddy run\n',
      'docker/uwsgi.ini': '[uwsgi]\nhttp-socket = localhost:5000\nmodule = app:app\n'
    })
    expect(f.port).toBe(8080)
    expect(f.evidence).toEqual(['Dockerfile:3', 'docker/uwsgi.ini:2'])
  })

  test('negative: a bind on every interface, or a single-port EXPOSE, keeps the EXPOSE port', () => {
    expect(primary(supervisedDjango('0.0.0.0:9000')).port).toBe(9000)
    expect(primary(supervisedDjango('127.0.0.1:9000', 'EXPOSE 9000')).port).toBe(9000)
  })
})
