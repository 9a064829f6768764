// Dockerflow (python-dockerflow) serves `/__lbheartbeat__` for an app that enables it: the Django middleware
// in MIDDLEWARE, `Dockerflow(app)` in Flask, the library's router included in FastAPI (holdout27, a Django
// back end whose helm chart probes `/__lbheartbeat__`, and whose URLconf declares no health route).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function fields(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    healthPath: app.healthPath.value,
    healthEvidence: app.healthPath.evidence.map(e => `${e.file}:${e.line}`)
  }
}

const django = (middleware: string[], extra: Record<string, string> = {}): Record<string, string> => ({
  'requirements.txt': 'django==5.1\ndockerflow==2024.4.2\ngunicorn==23.0\n',
  'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_app.settings")\n',
  'site_app/__init__.py': '',
  'site_app/settings.py': [
    'INSTALLED_APPS = [',
    '    "django.contrib.contenttypes",',
    '    "dockerflow.django",',
    ']',
    'MIDDLEWARE = [',
    ...middleware.map(m => `    "${m}",`),
    ']',
    'ROOT_URLCONF = "site_app.urls"',
    'WSGI_APPLICATION = "site_app.wsgi.application"',
    'LOGGING = {"formatters": {"json": {"()": "dockerflow.logging.JsonLogFormatter"}}}',
    ''
  ].join('\n'),
  'site_app/urls.py': [
    'from django.urls import path',
    'from . import views',
    'urlpatterns = [',
    '    path("", views.home),',
    '    path("api/v1/documents/", views.documents),',
    ']',
    ''
  ].join('\n'),
  'site_app/views.py': 'def home(request):\n    pass\n\ndef documents(request):\n    pass\n',
  'site_app/wsgi.py':
    'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
  ...extra
})

describe('Dockerflow probe routes', () => {
  it('Django: the Dockerflow middleware in MIDDLEWARE serves /__lbheartbeat__', () => {
    const got = fields(
      django([
        'django.middleware.security.SecurityMiddleware',
        'dockerflow.django.middleware.DockerflowMiddleware',
        'django.contrib.sessions.middleware.SessionMiddleware'
      ])
    )
    expect(got.framework).toBe('django')
    expect(got.port).toBe(8000)
    expect(got.startCommand).toMatch(/^gunicorn site_app\.wsgi:application\b/)
    expect(got.healthPath).toBe('/__lbheartbeat__')
    expect(got.healthEvidence).toEqual(['site_app/settings.py:7'])
  })

  it('Flask: Dockerflow(app) from dockerflow.flask serves /__lbheartbeat__', () => {
    const got = fields({
      'requirements.txt': 'flask==3.0\ndockerflow[flask]==2024.4.2\n',
      'app.py': [
        'from flask import Flask',
        'from dockerflow.flask import Dockerflow',
        '',
        'app = Flask(__name__)',
        'dockerflow = Dockerflow(app, version_path="/app")',
        '',
        '@app.route("/")',
        'def index():',
        '    return "hello"',
        '',
        'if __name__ == "__main__":',
        '    app.run(host="0.0.0.0", port=5050)',
        ''
      ].join('\n')
    })
    expect(got.framework).toBe('flask')
    expect(got.port).toBe(5050)
    expect(got.healthPath).toBe('/__lbheartbeat__')
    expect(got.healthEvidence).toEqual(['app.py:5'])
  })

  it('FastAPI: the dockerflow.fastapi router included in the app serves /__lbheartbeat__', () => {
    const got = fields({
      'requirements.txt': 'fastapi==0.115\nuvicorn==0.30\ndockerflow[fastapi]==2024.4.2\n',
      'main.py': [
        'from fastapi import FastAPI',
        'from dockerflow.fastapi import router as dockerflow_router',
        '',
        'app = FastAPI()',
        'app.include_router(dockerflow_router)',
        '',
        '@app.get("/items")',
        'def items():',
        '    return []',
        ''
      ].join('\n')
    })
    expect(got.framework).toBe('fastapi')
    expect(got.startCommand).toMatch(/^uvicorn main:app\b/)
    expect(got.healthPath).toBe('/__lbheartbeat__')
    expect(got.healthEvidence).toEqual(['main.py:5'])
  })

  it('a route the app declares itself comes first', () => {
    const files = django(['dockerflow.django.middleware.DockerflowMiddleware'])
    files['site_app/urls.py'] = files['site_app/urls.py']!.replace(
      'urlpatterns = [',
      'urlpatterns = [\n    path("healthz/", views.home),'
    )
    expect(fields(files).healthPath).toBe('/healthz/')
  })

  it('negative: the package only formats logs (no middleware, no Dockerflow(app)): no health path', () => {
    const got = fields(
      django([
        'django.middleware.security.SecurityMiddleware',
        '# dockerflow.django.middleware.DockerflowMiddleware is not enabled here',
        'django.contrib.sessions.middleware.SessionMiddleware'
      ])
    )
    expect(got.framework).toBe('django')
    expect(got.healthPath).toBeNull()
  })
})
