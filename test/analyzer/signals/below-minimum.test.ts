// An image older than the floor of the interpreter range pip enforces (requires-python, python_requires) cannot
// install the app: the range outranks that leftover tag (holdout32 lemur: `FROM python:3.8` beside
// `requires-python = ">=3.10"`). An image inside the range still names the version.
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    framework: app.framework.value,
    runtimeVersion: app.runtimeVersion.value,
    startCommand: app.startCommand.value
  }
}

const flaskApp = (from: string) => ({
  'pyproject.toml': [
    '[project]',
    'name = "certs"',
    'requires-python = ">=3.10"',
    'dependencies = ["flask>=2.3", "gunicorn"]',
    ''
  ].join('\n'),
  'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
  Dockerfile: [`FROM ${from}`, 'COPY . /app', 'RUN pip install /app', 'CMD ["gunicorn", "app:app"]', ''].join(
    '\n'
  )
})

test('flask: FROM python:3.8 under requires-python >=3.10 gives the range', () => {
  expect(fields(flaskApp('python:3.8'))).toEqual({
    framework: 'flask',
    runtimeVersion: '>=3.10',
    startCommand: 'gunicorn app:app'
  })
})

test('django: FROM python:3.9-slim under setup.py python_requires ">=3.11" gives the range', () => {
  expect(
    fields({
      'setup.py': [
        'from setuptools import setup',
        'setup(name="portal", python_requires=">=3.11", install_requires=["django>=5.0", "gunicorn"])',
        ''
      ].join('\n'),
      'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")\n',
      'portal/settings.py': 'ROOT_URLCONF = "portal.urls"\n',
      'portal/wsgi.py':
        'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
      Dockerfile: [
        'FROM python:3.9-slim',
        'COPY . /app',
        'RUN pip install /app',
        'CMD ["gunicorn", "portal.wsgi"]',
        ''
      ].join('\n')
    })
  ).toEqual({ framework: 'django', runtimeVersion: '>=3.11', startCommand: 'gunicorn portal.wsgi' })
})

test('negative: an image inside the range keeps its version', () => {
  expect(fields(flaskApp('python:3.12-slim')).runtimeVersion).toBe('3.12')
})
