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

  // holdout40 frigate: pyproject.toml holds only ruff settings; docker/main/Dockerfile (built from the root)
  // builds wheels from docker/main/requirements-wheels.txt, which name FastAPI. The folder that keeps the
  // requirement files is no app of its own: the COPY says the file is the root's path, not its own. The
  // release workflow pushing that Dockerfile built from the root (as frigate's ci.yml does) ties the image to it.
  const workflow = [
    'jobs:',
    '  build:',
    '    steps:',
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    '          file: docker/main/Dockerfile',
    '          push: true',
    ''
  ].join('\n')
  const wheelsImage = (framework: string, cmd: string): string =>
    [
      'FROM python:3.11-slim AS wheels',
      'COPY docker/main/requirements.txt /requirements.txt',
      'RUN pip3 install -r /requirements.txt',
      'COPY docker/main/requirements-wheels.txt /requirements-wheels.txt',
      'RUN pip3 wheel --wheel-dir=/wheels -r /requirements-wheels.txt',
      'FROM python:3.11-slim',
      'COPY --from=wheels /wheels /wheels',
      'RUN pip3 install /wheels/*.whl',
      `COPY ${framework} /opt/${framework}`,
      'WORKDIR /opt',
      'EXPOSE 5000',
      `CMD ${cmd}`,
      ''
    ].join('\n')

  it('wheels built with `pip wheel -r` from a file under docker/main make a FastAPI app of the root', () => {
    const files = {
      'pyproject.toml': '[tool.ruff]\ntarget-version = "py311"\n',
      '.github/workflows/ci.yml': workflow,
      'docker/main/Dockerfile': wheelsImage('nvr', '["python3", "-u", "-m", "nvr"]'),
      'docker/main/requirements.txt': 'wheel==0.45\n',
      'docker/main/requirements-wheels.txt': 'fastapi == 0.116.*\nuvicorn == 0.35.*\n',
      'nvr/__init__.py': '',
      'nvr/__main__.py': 'from nvr.app import run\nrun()\n',
      'nvr/app.py':
        'import uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/version")\ndef version():\n    return "1"\n\ndef run():\n    uvicorn.run(app, host="127.0.0.1", port=5001)\n'
    }
    const report = analyze(treeFromFiles(files))
    expect(report.apps.map(a => a.appDir)).toEqual(['.'])
    expect(fields(files)).toEqual({
      appDir: '.',
      framework: 'fastapi',
      packageManager: 'pip',
      startCommand: 'python3 -u -m nvr',
      port: 5000
    })
  })

  it('a Flask app whose docker/main image builds its wheels the same way', () => {
    const files = {
      'setup.cfg': '[metadata]\nname = gallery\n',
      'pyproject.toml': '[tool.black]\nline-length = 100\n',
      '.github/workflows/ci.yml': workflow,
      'docker/main/Dockerfile': wheelsImage(
        'gallery',
        '["gunicorn", "-b", "0.0.0.0:5000", "gallery.app:app"]'
      ),
      'docker/main/requirements.txt': 'wheel==0.45\n',
      'docker/main/requirements-wheels.txt': 'flask==3.0.3\ngunicorn==23.0\n',
      'gallery/__init__.py': '',
      'gallery/app.py': 'from flask import Flask\napp = Flask(__name__)\n'
    }
    expect(fields(files)).toEqual({
      appDir: '.',
      framework: 'flask',
      packageManager: 'pip',
      startCommand: 'gunicorn -b 0.0.0.0:5000 gallery.app:app',
      port: 5000
    })
  })

  it('negative: the folder keeping the files does not read them as its own (the COPY names the root path)', () => {
    const files = {
      'pyproject.toml': '[tool.ruff]\n',
      'docker/main/Dockerfile': wheelsImage('nvr', '["python3", "-m", "nvr"]'),
      'docker/main/requirements.txt': 'wheel==0.45\n',
      'docker/main/requirements-wheels.txt': 'fastapi == 0.116.*\n'
    }
    const tree = treeFromFiles(files)
    const ctx = {
      dir: 'docker/main',
      tree,
      signals: { dockerfile: 'docker/main/Dockerfile' },
      has: (p: string) => tree.has(`docker/main/${p}`)
    } as unknown as AppContext
    expect(imageRequirementFiles(ctx)).toEqual([])
    const root = {
      dir: '.',
      tree,
      signals: { dockerfile: 'docker/main/Dockerfile' },
      has: (p: string) => tree.has(p)
    } as unknown as AppContext
    expect(imageRequirementFiles(root)).toEqual([
      'docker/main/requirements.txt',
      'docker/main/requirements-wheels.txt'
    ])
  })
})
