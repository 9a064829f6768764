import { pythonProvider } from '../../../../src/analyzer/ecosystems/python/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { generateDockerfile } from '../../../../src/analyzer/render/dockerfile/index.js'
import { isVirtualProject } from '../../../../src/analyzer/ecosystems/python/virtual-project.js'
import { readPythonManifests } from '../../../../src/analyzer/ecosystems/python/manifests.js'
import { analyzeWith, contextFor } from '../helpers.js'

const python = pythonProvider as Provider<unknown>

const fastapiMain =
  'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/health")\ndef health():\n    return {}\n'

function pyproject(extra = '', dependencies = '"fastapi", "uvicorn"'): string {
  return `[project]\nname = "svc"\nversion = "0.1.0"\nrequires-python = ">=3.12"\ndependencies = [${dependencies}]\n${extra}`
}

function dockerfileOf(files: Record<string, string>): { text: string; hint: unknown; codes: string[] } {
  const { app } = analyzeWith(python, files)
  const warnings: { code: string }[] = []
  const text = generateDockerfile(app!, { baseImageRegistry: null }, warnings as never)?.text ?? ''
  return { text, hint: app!.hints.pythonVirtualProject, codes: warnings.map(w => w.code) }
}

describe('an application pyproject without [build-system] installs its dependencies, not itself', () => {
  test('fastapi app in app/ beside migrations/ (setuptools flat-layout would refuse to build it)', () => {
    const out = dockerfileOf({
      'pyproject.toml': pyproject(),
      'app/__init__.py': '',
      'app/main.py': fastapiMain,
      'migrations/__init__.py': ''
    })
    expect(out.hint).toBe(true)
    expect(out.text).toContain('COPY pyproject.toml ./\n')
    expect(out.text).toContain('uv pip install --python /opt/venv -r pyproject.toml')
    expect(out.text).not.toContain('pip install .')
    // Dependencies install before the source is copied, so source edits reuse the layer.
    expect(out.text.indexOf('-r pyproject.toml')).toBeLessThan(out.text.indexOf('COPY . .'))
  })

  test('flask app.py beside a helpers package', () => {
    const out = dockerfileOf({
      'pyproject.toml': pyproject('', '"flask", "gunicorn"'),
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'helpers/__init__.py': ''
    })
    expect(out.hint).toBe(true)
    expect(out.text).toContain('uv pip install --python /opt/venv -r pyproject.toml')
    expect(out.text).not.toContain('pip install .')
  })

  test.each([
    [
      'a [build-system] table',
      {
        'pyproject.toml': pyproject(
          '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n'
        )
      }
    ],
    [
      'a setup.py',
      { 'pyproject.toml': pyproject(), 'setup.py': 'from setuptools import setup\nsetup(name="svc")\n' }
    ],
    [
      'a start command that runs its own console script',
      {
        'pyproject.toml': pyproject('[project.scripts]\nsvc = "app.main:run"\n'),
        Procfile: 'web: svc --port $PORT\n'
      }
    ]
  ])('a project with %s is still installed as a package', (_what, files) => {
    const out = dockerfileOf({ 'app/__init__.py': '', 'app/main.py': fastapiMain, ...files })
    expect(out.hint).toBeUndefined()
    expect(out.text).not.toContain('-r pyproject.toml')
    expect(out.text).toContain('pip install .')
  })

  test('dependencies computed by the build backend need the project built', () => {
    const files = {
      'pyproject.toml': '[project]\nname = "svc"\nversion = "0.1.0"\ndynamic = ["dependencies"]\n',
      'app/main.py': fastapiMain
    }
    const ctx = contextFor(files)
    expect(isVirtualProject(ctx, readPythonManifests(ctx).pyproject, 'uvicorn app.main:app')).toBe(false)
    const plain = contextFor({ ...files, 'pyproject.toml': pyproject() })
    expect(isVirtualProject(plain, readPythonManifests(plain).pyproject, 'uvicorn app.main:app')).toBe(true)
  })

  test('a requirements.txt keeps the pip requirements install', () => {
    const out = dockerfileOf({
      'pyproject.toml': pyproject(),
      'requirements.txt': 'fastapi\nuvicorn\n',
      'app/main.py': fastapiMain
    })
    expect(out.hint).toBeUndefined()
    expect(out.text).toContain('pip install -r requirements.txt')
  })
})

describe('a package manager without its lockfile in the build context resolves at build time', () => {
  test('uv chosen from [tool.uv] without uv.lock: no --frozen, no COPY of a missing file, a warning', () => {
    const out = dockerfileOf({
      'pyproject.toml': pyproject('[tool.uv]\ndev-dependencies = ["pytest"]\n'),
      'app/main.py': fastapiMain
    })
    expect(out.text).toContain('COPY pyproject.toml ./\n')
    expect(out.text).not.toContain('uv.lock')
    expect(out.text).toContain('uv sync --no-dev --no-install-project')
    expect(out.text).not.toContain('--frozen')
    expect(out.codes).toContain('NO_LOCKFILE')
  })

  test('uv workspace member: the lockfile at the workspace root is outside the member build context', () => {
    const { report } = analyzeWith(python, {
      'pyproject.toml':
        '[project]\nname = "root"\nversion = "0"\n[tool.uv.workspace]\nmembers = ["apps/*"]\n',
      'uv.lock': 'version = 1\n',
      'apps/api/pyproject.toml': pyproject(
        '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n'
      ),
      'apps/api/api/main.py': fastapiMain
    })
    const app = report.apps.find(a => a.appDir === 'apps/api')!
    const warnings: { code: string; message: string }[] = []
    const text = generateDockerfile(app, { baseImageRegistry: null }, warnings as never)?.text ?? ''
    expect(text).not.toContain('uv.lock')
    expect(text).not.toContain('--frozen')
    expect(warnings.find(w => w.code === 'NO_LOCKFILE')?.message).toContain(
      'uv.lock lies outside the build context apps/api'
    )
  })

  test('uv with uv.lock beside pyproject.toml stays frozen without a warning', () => {
    const out = dockerfileOf({
      'pyproject.toml': pyproject(),
      'uv.lock': 'version = 1\n',
      'app/main.py': fastapiMain
    })
    expect(out.text).toContain('COPY pyproject.toml uv.lock ./')
    expect(out.text).toContain('uv sync --frozen --no-dev --no-install-project')
    expect(out.codes).not.toContain('NO_LOCKFILE')
  })

  test('Poetry without poetry.lock copies only pyproject.toml', () => {
    const out = dockerfileOf({
      'pyproject.toml':
        '[tool.poetry]\nname = "svc"\nversion = "0.1.0"\n[tool.poetry.dependencies]\npython = "^3.12"\nfastapi = "*"\nuvicorn = "*"\n',
      'app/main.py': fastapiMain
    })
    expect(out.text).toContain('COPY pyproject.toml ./\n')
    expect(out.text).not.toContain('poetry.lock')
    expect(out.codes).toContain('NO_LOCKFILE')
  })

  test('Pipenv without Pipfile.lock locks in the build', () => {
    const out = dockerfileOf({
      Pipfile: '[packages]\nfastapi = "*"\nuvicorn = "*"\n[requires]\npython_version = "3.12"\n',
      'app/main.py': fastapiMain
    })
    expect(out.text).toContain('COPY Pipfile ./\n')
    expect(out.text).toContain('/opt/pipenv/bin/pipenv lock && /opt/pipenv/bin/pipenv requirements')
    expect(out.codes).toContain('NO_LOCKFILE')
  })

  test('a Pipfile without its lock beside a requirements.txt installs the pinned requirements with pip', () => {
    const pipfile = '[packages]\ndjango = "*"\ngunicorn = "*"\n'
    const django = {
      'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n'
    }
    const unlocked = dockerfileOf({
      Pipfile: pipfile,
      'requirements.txt': 'django==5.1\ngunicorn==23.0\n',
      ...django
    })
    expect(unlocked.text).toContain('COPY requirements.txt ./')
    expect(unlocked.text).toContain('pip install -r requirements.txt')
    expect(unlocked.text).not.toContain('pipenv')
    expect(unlocked.codes).not.toContain('NO_LOCKFILE')
    const locked = dockerfileOf({
      Pipfile: pipfile,
      'Pipfile.lock': '{}',
      'requirements.txt': 'django==5.1\n',
      ...django
    })
    expect(locked.text).toContain('COPY Pipfile Pipfile.lock ./')
  })
})
