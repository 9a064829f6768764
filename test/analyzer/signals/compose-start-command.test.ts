// An image whose Dockerfile runs nothing of the app's (`ENTRYPOINT ["tini", "--"]`, no CMD) starts with the
// `command:` of the compose service that runs it: a service building the app folder, or one pulling the
// project's own published image. A command running a repository script is followed to what the script execs.
import { primaryFields } from '../../support/analyzed-app.js'

const fields = (files: Record<string, string>) =>
  primaryFields(files, ['framework', 'port', 'startCommand', 'packageManager'])

const flaskApp = {
  'pyproject.toml':
    '[tool.poetry]\nname = "tracker"\nversion = "1.0.0"\n\n[tool.poetry.dependencies]\npython = "^3.11"\nflask = "3.1.0"\ngunicorn = "23.0.0"\n',
  'poetry.lock': '# poetry lock\n',
  'tracker/__init__.py':
    'from flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__)\n    return app\n',
  'tracker/__main__.py': 'import os\nfrom tracker import create_app\n\napp = create_app()\n',
  'docker-entrypoint.sh':
    '#!/bin/sh\nset -e\nflask db upgrade\nexec gunicorn -b 0.0.0.0:5000 "tracker:create_app()" --workers=2\n',
  Dockerfile:
    'FROM python:3.12-alpine\nWORKDIR /usr/src/app\nCOPY . .\nRUN pip install poetry && poetry install --only main\nENTRYPOINT ["/sbin/tini", "--"]\n'
}

describe('compose command for an image without CMD', () => {
  it('follows the script of a service pulling the project image (build: commented out)', () => {
    const compose =
      'services:\n  tracker:\n    image: acme/tracker:v1.2\n#    build: .\n    ports:\n      - "5000:5000"\n    command: \'sh docker-entrypoint.sh\'\n  db:\n    image: postgres:16\n    command: postgres -c max_connections=200\n'
    expect(fields({ ...flaskApp, 'docker-compose.yml': compose })).toEqual({
      framework: 'flask',
      port: 5000,
      startCommand: 'gunicorn -b 0.0.0.0:5000 "tracker:create_app()" --workers=2',
      packageManager: 'poetry'
    })
  })

  it('takes the command of a service that builds the app folder (node, no script to follow)', () => {
    expect(
      fields({
        'package.json': JSON.stringify({
          name: '@acme/board',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4.21.0' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}',
        'server.js': "const app = require('express')()\napp.listen(process.env.PORT || 4000)\n",
        Dockerfile:
          'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nENTRYPOINT ["dumb-init", "--"]\n',
        'compose.yaml':
          'services:\n  web:\n    build: .\n    command: node server.js --production\n    ports:\n      - "4000:4000"\n'
      })
    ).toEqual({
      framework: 'express',
      port: 4000,
      startCommand: 'node server.js --production',
      packageManager: 'npm'
    })
  })

  it('ignores compose when the Dockerfile has a CMD, and services running other images (negative)', () => {
    const withCmd = {
      ...flaskApp,
      Dockerfile: flaskApp.Dockerfile + 'CMD ["gunicorn", "-b", "0.0.0.0:8000", "tracker:create_app()"]\n',
      'docker-compose.yml': "services:\n  tracker:\n    build: .\n    command: 'sh docker-entrypoint.sh'\n"
    }
    // The image's own CMD (behind its init wrapper) stays the start command.
    expect(fields(withCmd).startCommand).toBe('tini -- gunicorn -b 0.0.0.0:8000 tracker:create_app()')
    const otherImage = {
      ...flaskApp,
      'docker-compose.yml':
        "services:\n  worker:\n    image: acme/celery-runner:2\n    command: 'sh docker-entrypoint.sh'\n"
    }
    expect(fields(otherImage).startCommand).not.toContain('--workers=2')
  })
})

// holdout20 owllook: `image: howie6879/owllook` + `command: pipenv run gunicorn … owllook.server:app` beside the
// `owllook/` package; no manifest names the project, the image and the command name the package.
describe('a service pulling the image named for a package of the app folder that its command runs', () => {
  const sanicApp = {
    Pipfile: '[packages]\nsanic = "==23.6.0"\ngunicorn = "*"\n',
    'novels/__init__.py': '',
    'novels/server.py': 'from sanic import Sanic\n\napp = Sanic(__name__)\n',
    Dockerfile: 'FROM python:3.11\nADD . /novels\nWORKDIR /novels\nRUN pip install pipenv && pipenv install\n'
  }
  it('Sanic under gunicorn, run by pipenv', () => {
    const compose =
      'services:\n  web:\n    image: someone/novels\n    command: pipenv run gunicorn --worker-class sanic.worker.GunicornWorker novels.server:app\n    ports:\n      - "8001:8001"\n'
    expect(fields({ ...sanicApp, 'docker-compose.yml': compose }).startCommand).toBe(
      'pipenv run gunicorn --worker-class sanic.worker.GunicornWorker novels.server:app'
    )
  })
  it('Flask under gunicorn with a tagged image and a list command', () => {
    const files = {
      'requirements.txt': 'Flask==3.0.0\ngunicorn==22.0.0\n',
      'ledger/__init__.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
      Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\n',
      'docker-compose.yml':
        'services:\n  app:\n    image: ghcr.io/acme/ledger:1.4\n    command: ["gunicorn", "-b", "0.0.0.0:5000", "ledger:app"]\n'
    }
    expect(fields(files).startCommand).toBe('gunicorn -b 0.0.0.0:5000 ledger:app')
  })
  it('negative: the image named for the package with a command that runs something else, or another image', () => {
    const worker = 'services:\n  web:\n    image: someone/novels\n    command: celery -A tasks worker\n'
    expect(fields({ ...sanicApp, 'docker-compose.yml': worker }).startCommand).not.toContain('celery')
    const other = 'services:\n  web:\n    image: someone/reader\n    command: gunicorn novels.server:app\n'
    expect(fields({ ...sanicApp, 'docker-compose.yml': other }).startCommand).not.toBe(
      'gunicorn novels.server:app'
    )
  })
})

// holdout20 pythondotorg: compose builds the image (no CMD) with `manage.py runserver`, a developer's server;
// the Procfile's `web:` gunicorn is how the app runs in production.
describe('a development server in compose ranks below the Procfile', () => {
  const djangoApp = {
    'requirements.txt': 'Django==5.0\ngunicorn==22.0.0\n',
    'manage.py': "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_app.settings')\n",
    'site_app/__init__.py': '',
    'site_app/settings.py': "ROOT_URLCONF = 'site_app.urls'\n",
    'site_app/wsgi.py':
      'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
    Dockerfile: 'FROM python:3.12-slim\nCOPY . /code\nWORKDIR /code\nRUN pip install -r requirements.txt\n',
    Procfile: 'web: gunicorn -c gunicorn.conf site_app.wsgi\n'
  }
  it('Django: manage.py runserver in compose, gunicorn in the Procfile', () => {
    const compose = 'services:\n  web:\n    build: .\n    command: python manage.py runserver 0.0.0.0:8000\n'
    expect(fields({ ...djangoApp, 'docker-compose.yml': compose }).startCommand).toBe(
      'gunicorn -c gunicorn.conf site_app.wsgi'
    )
  })
  it('Flask: flask run --reload in compose, gunicorn in the Procfile', () => {
    const files = {
      'requirements.txt': 'Flask==3.0.0\ngunicorn==22.0.0\n',
      'wsgi.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
      Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\n',
      Procfile: 'web: gunicorn wsgi:app\n',
      'docker-compose.yml':
        'services:\n  web:\n    build: .\n    command: flask run --host 0.0.0.0 --reload\n'
    }
    expect(fields(files).startCommand).toBe('gunicorn wsgi:app')
  })
  it('negative: a production server in compose still outranks the Procfile', () => {
    const compose = 'services:\n  web:\n    build: .\n    command: gunicorn -b 0.0.0.0:8000 site_app.wsgi\n'
    expect(fields({ ...djangoApp, 'docker-compose.yml': compose }).startCommand).toBe(
      'gunicorn -b 0.0.0.0:8000 site_app.wsgi'
    )
  })
})

// The Node watchers and dev servers a start script is judged by (nodemon, ts-node-dev, `tsx watch`, vite,
// `next dev`) are development servers in a compose command too: one list serves both.
describe("a Node development server in compose ranks below the package's start script", () => {
  const api = (command: string) => ({
    'package.json': JSON.stringify({
      name: 'board',
      scripts: { build: 'tsc', start: 'node dist/server.js' },
      dependencies: { express: '^4.21.0' },
      devDependencies: { 'ts-node-dev': '^2.0.0', tsx: '^4.19.0', typescript: '^5.6.0' }
    }),
    'package-lock.json': '{"lockfileVersion": 3}',
    'src/server.ts': "import express from 'express'\nexpress().listen(process.env.PORT || 4000)\n",
    Dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nENTRYPOINT ["dumb-init", "--"]\n',
    'compose.yaml': `services:\n  web:\n    build: .\n    command: ${command}\n    ports:\n      - "4000:4000"\n`
  })
  it.each([
    'npx ts-node-dev --respawn src/server.ts',
    'npx tsx watch src/server.ts',
    'npx nodemon src/server.ts'
  ])('%s', command => expect(fields(api(command)).startCommand).toBe('npm start'))
  it('negative: a production command in compose still outranks the start script', () => {
    expect(fields(api('node dist/server.js --cluster')).startCommand).toBe('node dist/server.js --cluster')
  })
})
