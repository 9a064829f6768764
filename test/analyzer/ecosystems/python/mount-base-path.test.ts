// Sub-apps mounted under a deployment base path (`app.mount(get_base_path() + "/api/v1", v1)`): the base path
// is empty unless an operator sets it, so the health route lives under the literal part of the mount path.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { mountPath } from '../../../../src/analyzer/ecosystems/python/routes.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    startCommand: app.startCommand.value,
    healthPath: app.healthPath.value
  }
}

const v1Router =
  'from fastapi import FastAPI\n\napp = FastAPI(title="v1")\n\n\n@app.get("/health")\nasync def health():\n    return {"status": "healthy"}\n'

describe('FastAPI sub-app mounted after a base path', () => {
  it('keeps the literal after a base-path call (spool-style layout)', () => {
    expect(
      fields({
        'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.34.0\n',
        'inventory/env.py':
          'import os\n\n\ndef get_base_path() -> str:\n    return os.getenv("BASE_PATH", "")\n',
        'inventory/api/v1/router.py': v1Router,
        'inventory/main.py':
          'from fastapi import FastAPI\nfrom inventory import env\nfrom inventory.api.v1.router import app as v1_app\n\napp = FastAPI()\napp.mount(env.get_base_path() + "/api/v1", v1_app)\n',
        Dockerfile:
          'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCMD ["uvicorn", "inventory.main:app", "--host", "0.0.0.0", "--port", "8000"]\n'
      })
    ).toEqual({
      framework: 'fastapi',
      packageManager: 'pip',
      startCommand: 'uvicorn inventory.main:app --host 0.0.0.0 --port 8000',
      healthPath: '/api/v1/health'
    })
  })

  it('keeps the literal after an f-string root path from settings', () => {
    expect(
      fields({
        'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.34.0\n',
        'app/settings.py': 'ROOT_PATH = ""\n',
        'app/internal.py': v1Router,
        'app/main.py':
          'from fastapi import FastAPI\nfrom app import settings\nfrom app.internal import app as internal\n\napp = FastAPI()\napp.mount(f"{settings.ROOT_PATH}/internal", internal)\n',
        Dockerfile:
          'FROM python:3.12-slim\nCOPY . /srv\nWORKDIR /srv\nRUN pip install -r requirements.txt\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n'
      }).healthPath
    ).toBe('/internal/health')
  })

  it('does not drop a head that is a real prefix, nor a computed path (negative)', () => {
    expect(mountPath('settings.API_PREFIX + "/v1"')).toBeNull()
    expect(mountPath('f"{API_V1_STR}/health"')).toBeNull()
    expect(mountPath('prefix()')).toBeNull()
    expect(mountPath('"/static"')).toBe('/static')
    expect(mountPath('BASE_URL + "/api"')).toBe('/api')
  })
})
