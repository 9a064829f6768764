// A compose file that builds two Dockerfile variants of one folder, a front server (`Dockerfile.nginx-*`,
// whose ENTRYPOINT script runs nginx) listed first and the app (`Dockerfile.django-*`, `Dockerfile.flask`)
// after it: the app's image is the one that runs the app, not the proxy in front of it (holdout18).
import { primaryApp } from '../../support/analyzed-app.js'

function primary(files: Record<string, string>) {
  const app = primaryApp(files)
  return {
    start: app.startCommand.value,
    startFile: app.startCommand.evidence[0]?.file,
    dockerfile: app.dockerfile
  }
}

const nginxVariant = {
  'Dockerfile.nginx-alpine':
    'FROM python:3.12 AS static\nCOPY . /app\nRUN python manage.py collectstatic\nFROM nginx:1.27-alpine\nCOPY --from=static /app/static /usr/share/nginx/html\nCOPY docker/entrypoint-nginx.sh /\nENTRYPOINT ["/entrypoint-nginx.sh"]\n',
  'docker/entrypoint-nginx.sh': '#!/bin/sh\nset -e\nexec nginx -c /etc/nginx/nginx.conf -g "daemon off;"\n'
}

const djangoApp = {
  'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")\n',
  'requirements.txt': 'Django==5.0\nuwsgi==2.0\n',
  'shop/__init__.py': '',
  'shop/settings.py': 'WSGI_APPLICATION = "shop.wsgi.application"\n',
  'shop/wsgi.py': 'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
  ...nginxVariant,
  'Dockerfile.django-debian':
    'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCOPY docker/entrypoint-uwsgi.sh /\nENTRYPOINT ["/entrypoint-uwsgi.sh"]\n',
  'Dockerfile.django-alpine':
    'FROM python:3.12-alpine\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCOPY docker/entrypoint-uwsgi.sh /\nENTRYPOINT ["/entrypoint-uwsgi.sh"]\n',
  'docker/entrypoint-uwsgi.sh':
    '#!/bin/sh\nexec uwsgi --protocol uwsgi --wsgi shop.wsgi:application --http 0.0.0.0:8081\n'
}

describe('a front-server Dockerfile variant beside the app variant', () => {
  test('Django: the compose-named django variant (name with a ${VAR:-default}), not the nginx one listed first', () => {
    const f = primary({
      ...djangoApp,
      'docker-compose.yml':
        'services:\n  nginx:\n    build:\n      context: ./\n      dockerfile: "Dockerfile.nginx-alpine"\n    ports: ["8080:8080"]\n  uwsgi:\n    build:\n      context: ./\n      dockerfile: "Dockerfile.django-${OS:-debian}"\n'
    })
    expect(f.dockerfile).toBe('Dockerfile.django-debian')
    expect(f.start).toBe('uwsgi --protocol uwsgi --wsgi shop.wsgi:application --http 0.0.0.0:8081')
    expect(f.startFile).toBe('Dockerfile.django-debian')
  })

  test('Flask: Dockerfile.flask runs gunicorn; Dockerfile.caddy in front of it is skipped', () => {
    const f = primary({
      'requirements.txt': 'flask==3.0\ngunicorn==22\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'Dockerfile.caddy': 'FROM caddy:2\nCOPY Caddyfile /etc/caddy/Caddyfile\n',
      Caddyfile: ':80 {\n  reverse_proxy web:5000\n}\n',
      'Dockerfile.flask':
        'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCMD ["gunicorn", "-b", "0.0.0.0:5000", "app:app"]\n',
      'compose.yaml':
        'services:\n  proxy:\n    build: {context: ., dockerfile: Dockerfile.caddy}\n  web:\n    build: {context: ., dockerfile: Dockerfile.flask}\n'
    })
    expect(f.dockerfile).toBe('Dockerfile.flask')
    expect(f.start).toBe('gunicorn -b 0.0.0.0:5000 app:app')
  })

  test('negative: a compose file naming only the nginx variant still gives that image', () => {
    const f = primary({
      ...djangoApp,
      'docker-compose.yml':
        'services:\n  nginx:\n    build:\n      context: ./\n      dockerfile: Dockerfile.nginx-alpine\n'
    })
    expect(f.dockerfile).toBe('Dockerfile.nginx-alpine')
    expect(f.start).toBe('nginx -c /etc/nginx/nginx.conf -g "daemon off;"')
  })
})
