// Compose services another service waits for to finish (`depends_on: {migrate: {condition:
// service_completed_successfully}}`) are one-shot jobs run from the app's image: the server is the service
// that runs after them, whatever order the file lists them in (holdout29 openfga: `command: migrate` first,
// `command: run` second).
import { primaryFields } from '../../support/analyzed-app.js'
import { oneShotServices } from '../../../src/analyzer/signals/deploy-args.js'

const fields = (files: Record<string, string>) =>
  primaryFields(files, ['appDir', 'framework', 'port', 'startCommand'])

/** A Go binary imaged with its program as ENTRYPOINT and no CMD: it needs a subcommand. */
const authz = (compose: string): Record<string, string> => ({
  'go.mod': 'module example.com/authz\n\ngo 1.24\n',
  'main.go':
    'package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc main() {\n\tswitch os.Args[1] {\n\tcase "run":\n\t\thttp.ListenAndServe(":8080", nil)\n\tcase "migrate":\n\t\tmigrate()\n\t}\n}\n',
  Dockerfile:
    'FROM golang:1.24 AS build\nCOPY . .\nRUN go build -o /authz .\nFROM alpine\nCOPY --from=build /authz /authz\nEXPOSE 8080\nENTRYPOINT ["/authz"]\n',
  'docker-compose.yaml': compose
})

const jobFirst = [
  'services:',
  '  postgres:',
  '    image: postgres:17',
  '  migrate:',
  '    depends_on:',
  '      postgres:',
  '        condition: service_healthy',
  '    image: acme/authz:latest',
  '    command: migrate',
  '  authz:',
  '    depends_on:',
  '      migrate:',
  '        condition: service_completed_successfully',
  '    image: acme/authz:latest',
  '    command: run',
  '    ports:',
  '      - "8080:8080"',
  ''
].join('\n')

describe('one-shot compose jobs are not the server', () => {
  it('a Go binary whose migrate job is listed before the server service runs `run`', () => {
    expect(fields(authz(jobFirst.replace(/acme\/authz/g, 'acme/authz')))).toEqual({
      appDir: '.',
      framework: 'none',
      port: 8080,
      startCommand: '/authz run'
    })
  })

  it('a Python image without a command of its own starts with the web service, not the migration job', () => {
    expect(
      fields({
        'requirements.txt': 'django==5.1\ngunicorn==23.0\n',
        'manage.py':
          'import os\nimport sys\n\nif __name__ == "__main__":\n    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")\n',
        'shop/__init__.py': '',
        'shop/settings.py': 'ROOT_URLCONF = "shop.urls"\n',
        'shop/wsgi.py':
          'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
        'shop/urls.py': 'urlpatterns = []\n',
        Dockerfile:
          'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nENTRYPOINT ["tini", "--"]\n',
        'compose.yaml': [
          'services:',
          '  migrate:',
          '    build: .',
          '    command: python manage.py migrate',
          '  web:',
          '    build: .',
          '    command: gunicorn shop.wsgi --bind 0.0.0.0:8000',
          '    depends_on:',
          '      migrate:',
          '        condition: service_completed_successfully',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: '.',
      framework: 'django',
      port: 8000,
      startCommand: 'gunicorn shop.wsgi --bind 0.0.0.0:8000'
    })
  })

  it('keeps the first service when the others only wait for it to start or be healthy (negative)', () => {
    const compose = jobFirst
      .replace('condition: service_completed_successfully', 'condition: service_started')
      .replace('command: migrate', 'command: serve')
    expect(fields(authz(compose)).startCommand).toBe('/authz serve')
    expect(
      oneShotServices({
        db: { image: 'postgres' },
        seed: { command: 'seed' },
        api: {
          depends_on: {
            db: { condition: 'service_healthy' },
            seed: { condition: 'service_completed_successfully' }
          }
        },
        worker: { depends_on: ['api'] }
      })
    ).toEqual(new Set(['seed']))
  })
})
