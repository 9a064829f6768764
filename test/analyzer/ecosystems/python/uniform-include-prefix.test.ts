// Routers the route graph cannot link to their include (class-based routers handed to the app, routers built
// by factory calls) take the one literal prefix every include_router call passes (holdout41: R2R's /v3).
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../../src/analyzer/analyze.js'
import { uniformIncludePrefix } from '../../../../src/analyzer/ecosystems/python/uniform-include-prefix.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const fastapi = (files: Record<string, string>) => {
  const report = analyze(
    treeFromFiles({
      'pyproject.toml':
        '[project]\nname = "svc"\nrequires-python = ">=3.11"\ndependencies = ["fastapi", "uvicorn"]\n',
      ...files
    })
  )
  return report.apps.find(a => a.appDir === '.')!
}

/** Router classes whose instances the app receives in its constructor and includes under /v3. */
const classRouters = (prefixes: [string, string]): Record<string, string> => ({
  'core/app.py':
    'from fastapi import FastAPI\n\nclass App:\n    def __init__(self, system_router, users_router):\n' +
    '        self.system_router = system_router\n        self.users_router = users_router\n        self.app = FastAPI()\n' +
    '        self._setup_routes()\n\n    def _setup_routes(self):\n' +
    `        self.app.include_router(self.system_router, ${prefixes[0]})\n` +
    `        self.app.include_router(self.users_router, ${prefixes[1]})\n`,
  'core/api/base_router.py':
    'from fastapi import APIRouter\n\nclass BaseRouter:\n    def __init__(self):\n        self.router = APIRouter()\n        self._setup_routes()\n',
  'core/api/system_router.py':
    'from .base_router import BaseRouter\n\nclass SystemRouter(BaseRouter):\n    def _setup_routes(self):\n' +
    '        @self.router.get(\n            "/health",\n        )\n        async def health_check():\n            return {"message": "ok"}\n',
  'core/api/users_router.py':
    'from .base_router import BaseRouter\n\nclass UsersRouter(BaseRouter):\n    def _setup_routes(self):\n' +
    '        @self.router.get("/users")\n        async def list_users():\n            return []\n',
  'core/main.py': 'from core.app import App\napp = App(SystemRouter().router, UsersRouter().router).app\n'
})

describe('uniform include_router prefix', () => {
  it('class-based routers all included under /v3: /v3/health, field by field', () => {
    const app = fastapi(classRouters(['prefix="/v3"', 'prefix="/v3"']))
    expect(app.framework.value).toBe('fastapi')
    expect(app.healthPath.value).toBe('/v3/health')
    expect(app.healthPath.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'core/app.py:11',
      'core/api/system_router.py:5'
    ])
    expect(app.healthPath.source).toContain('under the prefix every include_router passes (/v3)')
  })

  it('routers built by factory calls, all included under /api: /api/healthz', () => {
    const app = fastapi({
      'app/main.py':
        'from fastapi import FastAPI\nfrom app.routes import health, items\napp = FastAPI()\n' +
        'app.include_router(health.create_router(), prefix="/api")\napp.include_router(items.create_router(), prefix=\'/api\')\n',
      'app/routes/health.py':
        'from fastapi import APIRouter\n\ndef create_router():\n    router = APIRouter()\n\n' +
        '    @router.get("/healthz")\n    def healthz():\n        return {"ok": True}\n\n    return router\n',
      'app/routes/items.py':
        'from fastapi import APIRouter\n\ndef create_router():\n    router = APIRouter(prefix="/items")\n\n' +
        '    @router.get("/")\n    def items():\n        return []\n\n    return router\n'
    })
    expect(app.healthPath.value).toBe('/api/healthz')
    expect(app.healthPath.evidence[0]).toEqual({
      file: 'app/main.py',
      line: 4,
      text: 'app.include_router(health.create_router(), prefix="/api")'
    })
  })

  it('negatives: different prefixes, an include without one, a single include, routes on the app itself', () => {
    const files = (a: string, b: string) => treeFromFiles(classRouters([a, b]))
    expect(uniformIncludePrefix(files('prefix="/v2"', 'prefix="/v3"'), ['core/app.py'])).toBeNull()
    expect(uniformIncludePrefix(files('prefix="/v3"', 'tags=["users"]'), ['core/app.py'])).toBeNull()
    expect(uniformIncludePrefix(files('prefix="/v3"', 'prefix=PREFIX'), ['core/app.py'])).toBeNull()
    expect(fastapi(classRouters(['prefix="/v2"', 'prefix="/v3"'])).healthPath.value).toBe('/health')
    const single = treeFromFiles({ 'main.py': 'app.include_router(r, prefix="/api")\n' })
    expect(uniformIncludePrefix(single, ['main.py'])).toBeNull()
    const onApp = fastapi({
      'main.py':
        'from fastapi import FastAPI\nfrom routes import a, b\napp = FastAPI()\n' +
        'app.include_router(a.router, prefix="/api")\napp.include_router(b.router, prefix="/api")\n' +
        '@app.get("/health")\ndef health():\n    return {"ok": True}\n',
      'routes/a.py':
        'from fastapi import APIRouter\nrouter = APIRouter()\n@router.get("/things")\ndef things():\n    return []\n',
      'routes/b.py':
        'from fastapi import APIRouter\nrouter = APIRouter()\n@router.get("/other")\ndef other():\n    return []\n'
    })
    expect(onApp.healthPath.value).toBe('/health')
  })
})
