import { pythonProvider } from '../../../../src/analyzer/ecosystems/python/provider.js'
import {
  readPythonManifests,
  requirementName,
  pythonRuntimeVersion
} from '../../../../src/analyzer/ecosystems/python/manifests.js'
import { findAppObjects, moduleOf, pythonSources } from '../../../../src/analyzer/ecosystems/python/entry.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith, contextFor } from '../helpers.js'

const python = pythonProvider as Provider<unknown>

test('requirement names follow PEP 503 and drop extras, versions and markers', () => {
  expect(requirementName('Flask_SQLAlchemy[async]>=3.1 ; python_version > "3.8"')).toBe('flask-sqlalchemy')
  expect(requirementName('uvicorn[standard]')).toBe('uvicorn')
  expect(requirementName('  # comment')).toBeNull()
})

test('requirements files follow -r includes and mark dev files as dev', () => {
  const ctx = contextFor({
    'requirements.txt': '-r requirements/base.txt\ngunicorn==22.0\n',
    'requirements/base.txt': 'Django>=5\n',
    'requirements-dev.txt': 'pytest\n'
  })
  const m = readPythonManifests(ctx)
  expect(m.deps.get('django')).toMatchObject({
    dev: false,
    evidence: { file: 'requirements/base.txt', line: 1 }
  })
  expect(m.deps.get('gunicorn')?.dev).toBe(false)
  expect(m.deps.get('pytest')?.dev).toBe(true)
})

test('pyproject: PEP 621, Poetry groups and dependency groups', () => {
  const ctx = contextFor({
    'pyproject.toml': [
      '[project]',
      'dependencies = ["fastapi>=0.110"]',
      '[dependency-groups]',
      'dev = ["pytest"]',
      '[tool.poetry.dependencies]',
      'python = "^3.11"',
      'flask = "^3"',
      '[tool.poetry.group.test.dependencies]',
      'coverage = "*"'
    ].join('\n')
  })
  const m = readPythonManifests(ctx)
  expect(m.deps.get('fastapi')).toMatchObject({ dev: false, evidence: { line: 2 } })
  expect(m.deps.get('flask')?.dev).toBe(false)
  expect(m.deps.get('pytest')?.dev).toBe(true)
  expect(m.deps.get('coverage')?.dev).toBe(true)
  expect(m.deps.has('python')).toBe(false)
})

test('runtime version: .python-version beats runtime.txt beats requires-python', () => {
  const files = {
    'pyproject.toml': '[project]\nrequires-python = ">=3.10"\n',
    'runtime.txt': 'python-3.11.9\n',
    '.python-version': '3.12\n'
  }
  const ctx = contextFor(files)
  const c = pythonRuntimeVersion(ctx, readPythonManifests(ctx))
  expect(c.map(x => x.value)).toEqual(['3.12', '3.11.9', '>=3.10'])
  expect(c[0]!.evidence[0]).toEqual({ file: '.python-version', line: 1, text: '3.12' })
})

test('setup.py / setup.cfg python_requires pin the range when pyproject.toml has no requires-python', () => {
  const versions = (files: Record<string, string>): string[] => {
    const ctx = contextFor(files)
    return pythonRuntimeVersion(ctx, readPythonManifests(ctx)).map(c => c.value)
  }
  const setupPy = 'from setuptools import setup\nsetup(name="x", python_requires="~=3.10")\n'
  expect(versions({ 'setup.py': setupPy, 'requirements.txt': 'aiohttp\n' })).toEqual(['~=3.10'])
  expect(versions({ 'setup.cfg': '[options]\npython_requires = >=3.12\n', 'setup.py': 'setup()\n' })).toEqual(
    ['>=3.12']
  )
  // Negative: pyproject's requires-python is the one range; a computed value is not read.
  const pyproject = '[project]\nname = "x"\nrequires-python = ">=3.11"\n'
  expect(versions({ 'pyproject.toml': pyproject, 'setup.py': setupPy })).toEqual(['>=3.11'])
  expect(versions({ 'setup.py': 'setup(python_requires=MIN_PYTHON)\n' })).toEqual([])
})

test('invalid pyproject.toml and Pipfile become warnings with file and line, not crashes', () => {
  const { report, value } = analyzeWith(python, {
    'pyproject.toml': '[project\nname = "x"\n',
    Pipfile: '[packages]\nflask = \n',
    'requirements.txt': 'flask\n',
    'app.py': 'from flask import Flask\napp = Flask(__name__)\n'
  })
  expect(value('framework')).toBe('flask')
  const warnings = report.apps[0]!.warnings.filter(w => w.code === 'INVALID_MANIFEST')
  expect(warnings.map(w => w.file).sort()).toEqual(['Pipfile', 'pyproject.toml'])
  expect(warnings.every(w => typeof w.line === 'number')).toBe(true)
})

test('app objects: module path, src layout and factories', () => {
  const ctx = contextFor({
    'src/shop/api.py': 'from fastapi import FastAPI\napi: FastAPI = FastAPI()\n',
    'web/__init__.py': 'def create_app():\n    pass\n'
  })
  expect(moduleOf(ctx, 'src/shop/api.py')).toEqual({ module: 'shop.api', importRoot: 'src' })
  const [obj] = findAppObjects(ctx, pythonSources(ctx), ['FastAPI'])
  expect(obj).toMatchObject({
    module: 'shop.api',
    variable: 'api',
    importRoot: 'src',
    evidence: { file: 'src/shop/api.py', line: 2 }
  })
  const [factory] = findAppObjects(ctx, pythonSources(ctx), ['Flask', 'create_app'])
  expect(factory).toMatchObject({ module: 'web', variable: 'create_app', factory: true })
})

test('uvicorn.run bound to localhost is replaced by a uvicorn command on 0.0.0.0 with the source port', () => {
  const { value } = analyzeWith(python, {
    'requirements.txt': 'fastapi\nuvicorn\n',
    'main.py':
      'import uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\nif __name__ == "__main__":\n    uvicorn.run(app, port=9000)\n'
  })
  expect(value('startCommand')).toBe('uvicorn main:app --host 0.0.0.0 --port ${PORT:-9000}')
  expect(value('port')).toBe(9000)
})

test('gradio pulled in next to fastapi: the import decides', () => {
  const { value } = analyzeWith(python, {
    'requirements.txt': 'fastapi\ngradio\n',
    'demo.py':
      'import gradio as gr\ndemo = gr.Interface(fn=str, inputs="text", outputs="text")\nif __name__ == "__main__":\n    demo.launch()\n'
  })
  expect(value('framework')).toBe('gradio')
  expect(value('port')).toBe(7860)
})

test('a Django project in a subfolder runs with --chdir', () => {
  const { value } = analyzeWith(python, {
    'requirements.txt': 'django\ngunicorn\n',
    'src/manage.py': 'import os\n',
    'src/proj/settings.py': 'WSGI_APPLICATION = "proj.wsgi.application"\nROOT_URLCONF = "proj.urls"\n',
    'src/proj/urls.py':
      'from django.urls import include, path\nurlpatterns = [path("api/", include("api.urls"))]\n',
    'src/api/urls.py': 'from django.urls import path\nurlpatterns = [path("healthz", lambda r: None)]\n'
  })
  expect(value('startCommand')).toBe(
    'gunicorn proj.wsgi:application --chdir src --bind 0.0.0.0:${PORT:-8000}'
  )
  expect(value('healthPath')).toBe('/api/healthz')
})

test('a library without a web framework or entry file is not deployable', () => {
  const detection = pythonProvider.detect(
    contextFor({
      'pyproject.toml': '[project]\nname = "lib"\ndependencies = ["requests"]\n',
      'lib/__init__.py': ''
    })
  )
  expect(detection).toMatchObject({ deployable: false })
})

test('FastAPI built by a factory: module-level app = create_app() wins, a bare factory uses --factory', () => {
  const assigned = analyzeWith(python, {
    'requirements.txt': 'fastapi\nuvicorn\n',
    'app/main.py':
      'from fastapi import FastAPI\n\ndef create_app() -> FastAPI:\n    app = FastAPI()\n    return app\n\napp = create_app()\n'
  })
  expect(assigned.value('startCommand')).toBe('uvicorn app.main:app --host 0.0.0.0 --port ${PORT:-8000}')
  const factory = analyzeWith(python, {
    'requirements.txt': 'fastapi\nuvicorn\n',
    'service/__init__.py': 'from fastapi import FastAPI\n\ndef create_app():\n    return FastAPI()\n'
  })
  expect(factory.value('startCommand')).toBe(
    'uvicorn service:create_app --factory --host 0.0.0.0 --port ${PORT:-8000}'
  )
})

test('no readable app object: the conventional main:app module is proposed', () => {
  const { value, app } = analyzeWith(python, {
    'requirements.txt': 'fastapi\n',
    'main.py': 'from routes import *  # app comes from here\n'
  })
  expect(value('startCommand')).toBe('uvicorn main:app --host 0.0.0.0 --port ${PORT:-8000}')
  expect(app?.startCommand.confidence).toBeLessThan(0.6)
})

// A class attribute named for the web server's port (`web_server_port = 61208` beside `server_port = 61209`,
// another server's, in a CLI's defaults) is the HTTP listener's default (holdout29 glances).
describe('a web server port attribute', () => {
  const fields = (files: Record<string, string>) => {
    const { value } = analyzeWith(python, files)
    return { framework: value('framework'), port: value('port'), startCommand: value('startCommand') }
  }
  const cliDefaults = (attr: string) =>
    `class GlancesMain:\n    # XML-RPC server port\n    server_port = 61209\n    # Web server port\n    ${attr}\n\n    def parse(self):\n        pass\n`

  it('picks the web port of a multi-port EXPOSE line over the RPC port listed first', () => {
    expect(
      fields({
        'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.34.0\n',
        'monitor/__init__.py': '',
        'monitor/__main__.py': 'from monitor.main import GlancesMain\n',
        'monitor/main.py': cliDefaults('web_server_port = 61208'),
        Dockerfile:
          'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nEXPOSE 61209 61208\nCMD ["python", "-m", "monitor", "-w"]\n'
      })
    ).toEqual({ framework: 'fastapi', port: 61208, startCommand: 'python -m monitor -w' })
  })

  it('reads an annotated attribute without a Dockerfile', () => {
    expect(
      fields({
        'requirements.txt': 'flask==3.1.0\n',
        'app.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
        'settings.py': 'class Defaults:\n    http_server_port: int = 7000\n'
      })
    ).toEqual({
      framework: 'flask',
      port: 7000,
      startCommand: 'gunicorn app:app --bind 0.0.0.0:${PORT:-7000}'
    })
  })

  it('negative: another server port attribute names no web port', () => {
    expect(
      fields({
        'requirements.txt': 'flask==3.1.0\n',
        'app.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
        'settings.py': 'class Defaults:\n    server_port = 61209\n    rpc_server_port = 7001\n'
      })
    ).toEqual({
      framework: 'flask',
      port: 8000,
      startCommand: 'gunicorn app:app --bind 0.0.0.0:${PORT:-8000}'
    })
  })
})

// A settings object's port property reading its environment variable with a default (holdout33 infinity:
// `@cached_property def port(self): port = self._optional_infinity_var("port", default="7997")`).
describe('settings port property default', () => {
  const fastapiApp = (settings: string): Record<string, string> => ({
    'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.0\n',
    'main.py':
      'import uvicorn\nfrom fastapi import FastAPI\nfrom settings import SETTINGS\n\napp = FastAPI()\n\n\n@app.get("/health")\ndef health():\n    return {}\n',
    'settings.py': settings
  })
  it('a manager property with default= and a getenv property give their defaults', () => {
    const manager =
      'from functools import cached_property\n\n\nclass Manager:\n    @cached_property\n    def port(self):\n        port = self._var("port", default="7997")\n        return int(port)\n'
    const getenv =
      'import os\n\n\nclass Settings:\n    @property\n    def http_port(self) -> int:\n        return int(os.getenv("SEARCH_PORT", "8400"))\n'
    for (const [settings, port] of [
      [manager, 7997],
      [getenv, 8400]
    ] as const) {
      const { value, app } = analyzeWith(python, fastapiApp(settings))
      expect(value('port')).toBe(port)
      expect(value('framework')).toBe('fastapi')
      expect(app?.port.evidence[0]?.file).toBe('settings.py')
    }
  })
  it('ignores the port properties of other services (negative)', () => {
    const db =
      'import os\n\n\nclass Settings:\n    @property\n    def redis_port(self):\n        return int(os.getenv("REDIS_PORT", "6380"))\n\n    @property\n    def db_port(self):\n        return int(os.getenv("DB_PORT", "5433"))\n'
    const { value } = analyzeWith(python, fastapiApp(db))
    expect(value('port')).toBe(8000)
  })
})
