// A package whose app module and routers sit deeper than the first 300 sources read (shallow folders first):
// the files past the cut that mount routers or declare a health route are read too, so the route's mount
// prefix composes (holdout32 letta: letta/server/rest_api/app.py mounting routers under /v1).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { createAppContext } from '../../../../src/analyzer/context.js'
import { pythonSources } from '../../../../src/analyzer/ecosystems/python/entry.js'
import { deepRouteFiles } from '../../../../src/analyzer/ecosystems/python/deep-route-files.js'

/** 320 shallow service modules, then the web layer deeper down. */
const bigPackage = (web: Record<string, string>, deps: string): Record<string, string> => {
  const files: Record<string, string> = { 'requirements.txt': deps, 'core/__init__.py': '' }
  for (let i = 0; i < 320; i++) files[`core/services/svc_${String(i).padStart(3, '0')}.py`] = `VALUE = ${i}\n`
  return { ...files, ...web }
}

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return { framework: app.framework.value, healthPath: app.healthPath.value }
}

test('fastapi: the app module deep in core/server/api mounts the health router under /api/v1', () => {
  expect(
    fields(
      bigPackage(
        {
          'core/server/api/app.py':
            'from fastapi import FastAPI\nfrom core.server.api.routers.health import router as health_router\n\napp = FastAPI()\napp.include_router(health_router, prefix="/api/v1")\n',
          'core/server/api/routers/health.py':
            'from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get("/healthz")\ndef healthz():\n    return "ok"\n'
        },
        'fastapi==0.115.6\nuvicorn==0.29.0\n'
      )
    )
  ).toEqual({ framework: 'fastapi', healthPath: '/api/v1/healthz' })
})

test('flask: a blueprint registered with url_prefix deep in core/web', () => {
  expect(
    fields(
      bigPackage(
        {
          'core/web/app/factory.py':
            'from flask import Flask\nfrom core.web.app.status import bp\n\napp = Flask(__name__)\napp.register_blueprint(bp, url_prefix="/internal")\n',
          'core/web/app/status.py':
            'from flask import Blueprint\n\nbp = Blueprint("status", __name__)\n\n\n@bp.route("/ping")\ndef ping():\n    return "pong"\n'
        },
        'flask==3.0.3\ngunicorn==22.0.0\n'
      )
    )
  ).toEqual({ framework: 'flask', healthPath: '/internal/ping' })
})

test('negative: a small app is read whole — no extra files; deep files without routes are not taken', () => {
  const small = treeFromFiles({ 'requirements.txt': 'fastapi\n', 'app.py': 'from fastapi import FastAPI\n' })
  const smallCtx = createAppContext(small, '.', [], null)
  expect(deepRouteFiles(smallCtx, pythonSources(smallCtx))).toEqual([])
  const big = treeFromFiles(bigPackage({ 'core/deep/worker/jobs.py': 'def run():\n    pass\n' }, 'fastapi\n'))
  const bigCtx = createAppContext(big, '.', [], null)
  expect(deepRouteFiles(bigCtx, pythonSources(bigCtx))).toEqual([])
})

test('negative: a vendored library past the cut (its demo /ping) is not read when its root is excluded', () => {
  const tree = treeFromFiles(
    bigPackage(
      {
        'vendorlibs/flask_socketio/__init__.py':
          'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route("/ping")\ndef ping():\n    return "pong"\n'
      },
      'flask==3.0.3\n'
    )
  )
  const ctx = createAppContext(tree, '.', [], null)
  const sources = pythonSources(ctx, 300, ['vendorlibs/'])
  expect(deepRouteFiles(ctx, sources)).toEqual(['vendorlibs/flask_socketio/__init__.py'])
  expect(deepRouteFiles(ctx, sources, ['vendorlibs/'])).toEqual([])
})

test('deep files: a health decorator after other `@`s (emails, matrix products, other decorators) and literal mounts', () => {
  const tree = treeFromFiles(
    bigPackage(
      {
        'core/deep/api/views.py':
          '# contact: ops@example.com\nm = a @ b\n\n\n@staticmethod\ndef f():\n    pass\n\n\n@api.get(\n    path="/v1/readiness"\n)\ndef ready():\n    return "ok"\n',
        'core/deep/api/app.py': 'app.include_router(r)\n',
        'core/deep/web/app.py': 'app.register_blueprint(bp, url_prefix="/x")\n',
        // Not a mount: a space before the parenthesis, and a name that only ends like one.
        'core/deep/web/other.py': 'app.include_router (r)\napp.my_register_blueprints(bp)\n',
        // Not a health route: the decorator's path names no health word, and a `@` with no decorator after it.
        'core/deep/web/users.py': '@router.get("/users")\ndef users():\n    return []\nx = "@"\n'
      },
      'fastapi\n'
    )
  )
  const ctx = createAppContext(tree, '.', [], null)
  expect(deepRouteFiles(ctx, pythonSources(ctx)).sort()).toEqual([
    'core/deep/api/app.py',
    'core/deep/api/views.py',
    'core/deep/web/app.py'
  ])
})

/** A Django project (manage.py, settings, URLconf) with 320 shallow app modules, then `deep` files further down. */
const bigDjango = (deep: Record<string, string>, extraDeps = ''): Record<string, string> => ({
  ...bigPackage(deep, `django==5.0.6\ngunicorn==22.0.0\n${extraDeps}`),
  'manage.py':
    'import os\nimport sys\n\nif __name__ == "__main__":\n    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")\n    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n',
  'core/settings.py': 'ROOT_URLCONF = "core.urls"\nWSGI_APPLICATION = "core.wsgi.application"\n',
  'core/urls.py': 'from django.urls import path\n\nurlpatterns = [path("admin/", admin.site.urls)]\n',
  'core/wsgi.py':
    'from django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n'
})

test('a Django project (URLconf routing) reads no deep route files unless one of its sources mounts a router', () => {
  // The same deep health decorator: a Django project without any mount in its sources does not read it …
  const deep = {
    'core/zz/api/health.py':
      'from fastapi import APIRouter\n\nr = APIRouter()\n\n\n@r.get("/healthz")\ndef h():\n    return "ok"\n'
  }
  const django = treeFromFiles(bigDjango(deep))
  const ctx = createAppContext(django, '.', [], null)
  const sources = pythonSources(ctx)
  expect(sources.length).toBe(300)
  expect(deepRouteFiles(ctx, sources, [], 300, true)).toEqual([])
  // … which is read as before for an app routed by decorators (FastAPI, Flask: no URLconf project).
  expect(deepRouteFiles(ctx, sources, [], 300, false)).toEqual(['core/zz/api/health.py'])
  // A Django project whose read sources mount a router (a FastAPI app serving Django beside its routers)
  // still reads the deep files.
  const mixed = treeFromFiles(
    bigDjango({
      ...deep,
      'core/asgi_app.py':
        'from fastapi import FastAPI\nfrom core.zz.api.health import r\n\napp = FastAPI()\napp.include_router(r, prefix="/api")\n'
    })
  )
  const mixedCtx = createAppContext(mixed, '.', [], null)
  const mixedSources = pythonSources(mixedCtx)
  expect(mixedSources).toContain('core/asgi_app.py')
  expect(deepRouteFiles(mixedCtx, mixedSources, [], 300, true)).toEqual(['core/zz/api/health.py'])
})

test('Django projects, field by field: the URLconf health route; a second project whose only health path is a fallback literal', () => {
  // 1. The project's URLconf declares the health route: the deep decorator file is not needed for it.
  expect(
    fields({
      ...bigDjango({
        'core/zz/api/health.py': '@r.get("/deep-health")\ndef h():\n    return "ok"\n'
      }),
      'core/urls.py':
        'from django.urls import path\nfrom core import views\n\nurlpatterns = [path("healthz/", views.healthz)]\n',
      'core/views.py':
        'from django.http import HttpResponse\n\n\ndef healthz(request):\n    return HttpResponse("ok")\n'
    })
  ).toEqual({ framework: 'django', healthPath: '/healthz/' })
  // 2. No URLconf health route: the source fallback finds the middleware's literal, as before.
  expect(
    fields({
      ...bigDjango({}),
      'core/asgi.py':
        'from django.core.asgi import get_asgi_application\nfrom core.health import health_check\n\napplication = health_check(get_asgi_application(), "/health/")\n'
    })
  ).toEqual({ framework: 'django', healthPath: '/health/' })
})
