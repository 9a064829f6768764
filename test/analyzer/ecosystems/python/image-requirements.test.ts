// Requirements files the app's image installs (`pip install -r docker-requirements.txt`) are runtime
// dependencies, also when the packaging metadata names the web framework only in an optional extra (a
// monitor whose web UI is `pip install monitor[web]`, exported for the image) — holdout29 glances.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { imageRequirementFiles } from '../../../../src/analyzer/ecosystems/python/image-requirements.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import type { AppContext } from '../../../../src/analyzer/provider.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    startCommand: app.startCommand.value,
    port: app.port.value
  }
}

const monitorPyproject = [
  '[project]',
  'name = "monitor"',
  'requires-python = ">=3.10"',
  'dependencies = ["psutil>=5.6"]',
  '',
  '[project.optional-dependencies]',
  'web = ["fastapi>=0.82", "uvicorn"]',
  ''
].join('\n')

describe('requirements the image installs', () => {
  it('a monitor whose web extra is exported for an image kept in docker-files/', () => {
    expect(
      fields({
        'pyproject.toml': monitorPyproject,
        'requirements.txt': 'psutil==7.0.0\n',
        'docker-requirements.txt':
          '# uv export --extra web\nfastapi==0.115.0\nuvicorn==0.34.0\npsutil==7.0.0\n',
        'monitor/__init__.py': '',
        'monitor/__main__.py': 'from monitor.main import main\nmain()\n',
        'monitor/webserver.py':
          'try:\n    from fastapi import FastAPI\nexcept ImportError:\n    FastAPI = None\n',
        'docker-files/alpine.Dockerfile': [
          'FROM alpine:3.22',
          'RUN apk add --no-cache python3 py3-pip',
          'COPY pyproject.toml docker-requirements.txt ./',
          'RUN python3 -m pip install --break-system-packages -r docker-requirements.txt',
          'COPY ./monitor/. /app/monitor/',
          'WORKDIR /app',
          'EXPOSE 61208',
          'CMD ["python3", "-m", "monitor", "-w"]',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: '.',
      framework: 'fastapi',
      packageManager: 'pip',
      startCommand: 'python3 -m monitor -w',
      port: 61208
    })
  })

  it('a Flask app whose root Dockerfile installs a requirements file kept in deploy/', () => {
    expect(
      fields({
        'setup.py':
          'from setuptools import setup\nsetup(name="notes", packages=["notes"], extras_require={"web": ["flask"]})\n',
        'deploy/requirements-web.txt': 'flask==3.1.0\ngunicorn==23.0.0\n',
        'notes/__init__.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
        Dockerfile: [
          'FROM python:3.12-slim',
          'WORKDIR /srv',
          'COPY . .',
          'RUN pip install --requirement deploy/requirements-web.txt && pip install .',
          'CMD ["gunicorn", "notes:app", "--bind", "0.0.0.0:5000"]',
          ''
        ].join('\n')
      })
    ).toEqual({
      appDir: '.',
      framework: 'flask',
      packageManager: 'pip',
      startCommand: 'gunicorn notes:app --bind 0.0.0.0:5000',
      port: 5000
    })
  })

  it('reads neither a requirements file the image does not install nor one outside the app (negative)', () => {
    const files = {
      'pyproject.toml': monitorPyproject,
      'docs-requirements.txt': 'fastapi==0.115.0\n',
      'monitor/__init__.py': '',
      Dockerfile:
        'FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install -r /tmp/constraints.txt .\nCMD ["python", "-m", "monitor"]\n'
    }
    expect(fields(files).framework).toBe('none')
    const tree = treeFromFiles(files)
    const ctx = {
      tree,
      dir: '.',
      has: (p: string) => tree.has(p),
      signals: { dockerfile: 'Dockerfile' }
    } as unknown as AppContext
    expect(imageRequirementFiles(ctx)).toEqual([])
  })

  it('a requirements file copied in under its own name (`COPY requirements/prod.txt ./` + `-r prod.txt`)', () => {
    const files = {
      'pyproject.toml': '[tool.ruff]\ntarget-version = "py312"\n',
      'requirements/prod.txt': 'flask==3.1.0\ngunicorn==23.0.0\n',
      'requirements/dev.txt': 'pytest==8.3.0\n',
      'notes/__init__.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
      Dockerfile: [
        'FROM python:3.12-slim',
        'WORKDIR /srv',
        'COPY requirements/prod.txt ./',
        'RUN pip install -r prod.txt',
        'COPY . .',
        'CMD ["gunicorn", "notes:app", "--bind", "0.0.0.0:5000"]',
        ''
      ].join('\n')
    }
    expect(fields(files)).toEqual({
      appDir: '.',
      framework: 'flask',
      packageManager: 'pip',
      startCommand: 'gunicorn notes:app --bind 0.0.0.0:5000',
      port: 5000
    })
    const tree = treeFromFiles(files)
    const ctx = {
      tree,
      dir: '.',
      has: (p: string) => tree.has(p),
      signals: { dockerfile: 'Dockerfile' }
    } as unknown as AppContext
    expect(imageRequirementFiles(ctx)).toEqual(['requirements/prod.txt'])
  })
})
