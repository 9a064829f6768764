// Helper servers beside a Django project (holdout40's photo library: `service/*/main.py` Flask apps served by
// gevent's WSGIServer on 8002…8010, each with `/health`): other processes, so neither their port nor their
// routes are the Django app's. A Django project without a health route then has none, and its port is the
// WSGI server's default.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { sideServerRoots } from '../../../../src/analyzer/ecosystems/python/side-servers.js'
import { createAppContext } from '../../../../src/analyzer/context.js'

function fields(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    healthPath: app.healthPath.value,
    hints: Object.keys(app.hints ?? {}).includes('sideServerRoots')
  }
}

const djangoProject = (extra: Record<string, string>, requirements = ''): Record<string, string> => ({
  'requirements.txt': `django==4.2\ngunicorn==23.0\n${requirements}`,
  'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_app.settings")\n',
  'site_app/__init__.py': '',
  'site_app/settings.py': 'ROOT_URLCONF = "site_app.urls"\nWSGI_APPLICATION = "site_app.wsgi.application"\n',
  'site_app/urls.py': [
    'from django.urls import path',
    'from . import views',
    'urlpatterns = [',
    '    path("api/photos/", views.photos),',
    ']',
    ''
  ].join('\n'),
  'site_app/views.py': 'def photos(request):\n    pass\n',
  'site_app/wsgi.py':
    'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
  ...extra
})

const flaskHelper = (port: number): string =>
  [
    'from flask import Flask, request',
    'from gevent.pywsgi import WSGIServer',
    '',
    'app = Flask(__name__)',
    '',
    '@app.route("/health", methods=["GET"])',
    'def health():',
    '    return {"ok": True}',
    '',
    'if __name__ == "__main__":',
    `    server = WSGIServer(("0.0.0.0", ${port}), app)`,
    '    server.serve_forever()',
    ''
  ].join('\n')

const fastapiHelper = [
  'import uvicorn',
  'from fastapi import FastAPI',
  '',
  'app = FastAPI()',
  '',
  '@app.get("/healthz")',
  'def healthz():',
  '    return {"ok": True}',
  '',
  'if __name__ == "__main__":',
  '    uvicorn.run(app, host="0.0.0.0", port=8100)',
  ''
].join('\n')

describe('helper servers beside a Django project', () => {
  it('Flask services under service/*/ served by gevent: not the app port nor its health path', () => {
    const files = djangoProject(
      {
        'service/__init__.py': '',
        'service/thumbnail/main.py': flaskHelper(8003),
        'service/exif/main.py': flaskHelper(8010)
      },
      'flask==3.0\ngevent==24.2\n'
    )
    const got = fields(files)
    expect(got.appDir).toBe('.')
    expect(got.framework).toBe('django')
    expect(got.port).toBe(8000)
    expect(got.startCommand).toMatch(/^gunicorn site_app\.wsgi:application\b/)
    expect(got.healthPath).toBeNull()
    expect(got.hints).toBe(false)
    const tree = treeFromFiles(files)
    const ctx = createAppContext(tree, '.', ['.'], null)
    expect(
      sideServerRoots(ctx, 'django', ['service/thumbnail/main.py', 'service/exif/main.py']).sort()
    ).toEqual(['service/exif/', 'service/thumbnail/'])
  })

  it('a FastAPI model server in a sub-folder run by uvicorn.run(port=8100): neither 8100 nor /healthz', () => {
    const got = fields(
      djangoProject({ 'inference/server.py': fastapiHelper }, 'fastapi==0.115\nuvicorn==0.30\n')
    )
    expect(got.appDir).toBe('.')
    expect(got.framework).toBe('django')
    expect(got.port).toBe(8000)
    expect(got.startCommand).toMatch(/^gunicorn site_app\.wsgi:application\b/)
    expect(got.healthPath).toBeNull()
  })

  it('negative: a Django project keeps its own health route and a FastAPI host that mounts it; a Flask app is untouched', () => {
    const withHealth = djangoProject({
      'site_app/urls.py': [
        'from django.urls import path',
        'from . import views',
        'urlpatterns = [',
        '    path("healthz/", views.photos),',
        ']',
        ''
      ].join('\n')
    })
    const got = fields(withHealth)
    expect(got.framework).toBe('django')
    expect(got.port).toBe(8000)
    expect(got.healthPath).toBe('/healthz/')
    const flask = fields({
      'requirements.txt': 'flask==3.0\ngevent==24.2\n',
      'app/__init__.py': '',
      'app/main.py': flaskHelper(8003)
    })
    expect(flask.framework).toBe('flask')
    expect(flask.port).toBe(8003)
    expect(flask.healthPath).toBe('/health')
    // A FastAPI app in a sub-folder that sets Django up and mounts its ASGI app is the project itself.
    const mounted = [
      'import django',
      'import uvicorn',
      'from fastapi import FastAPI',
      'from django.core.asgi import get_asgi_application',
      'django.setup()',
      'app = FastAPI()',
      '',
      '@app.get("/api/health")',
      'def health():',
      '    return {"ok": True}',
      '',
      'app.mount("/server", get_asgi_application())',
      '',
      'if __name__ == "__main__":',
      '    uvicorn.run(app, host="0.0.0.0", port=42110)',
      ''
    ].join('\n')
    const hosted = fields(djangoProject({ 'src/khoj/main.py': mounted }, 'fastapi==0.115\nuvicorn==0.30\n'))
    expect(hosted.framework).toBe('django')
    expect(hosted.port).toBe(42110)
    expect(hosted.healthPath).toBe('/api/health')
    const tree = treeFromFiles({ 'app/main.py': flaskHelper(8003) })
    const ctx = createAppContext(tree, '.', ['.'], null)
    expect(sideServerRoots(ctx, 'flask', ['app/main.py'])).toEqual([])
  })
})
