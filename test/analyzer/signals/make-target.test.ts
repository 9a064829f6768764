// Start commands that run a Makefile target: the target's last recipe line, with the Makefile's own variables.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { makeTargetCommand } from '../../../src/analyzer/signals/make-target.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const start = (files: Record<string, string>, dir = '.') => {
  const report = analyze(treeFromFiles(files))
  const s = report.apps.find(a => a.appDir === dir)!.startCommand
  return { value: s.value, source: s.source, evidence: s.evidence.map(e => `${e.file}:${e.line}`) }
}

const DJANGO_MAKEFILE =
  '.PHONY: all ci install run test\n\nAPP_LIST ?= accounts blog docs\n\nci: collectstatics test\n\t@python -m coverage report\n\n' +
  'install:\n\tpython -m pip install --requirement requirements/dev.txt\n\nrun:\n\tpython -m manage runserver 0.0.0.0:8000\n\n' +
  'test:\n\t@python -m coverage run --module manage test $(APP_LIST)\n'

const DJANGO = {
  'requirements.txt': 'Django==5.1\n',
  'manage.py':
    "import os, sys\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
  'site/settings.py': "ROOT_URLCONF = 'site.urls'\nWSGI_APPLICATION = 'site.wsgi.application'\n",
  'site/wsgi.py': 'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
  Procfile: 'web: make run\n',
  Makefile: DJANGO_MAKEFILE
}

const UVICORN_MAKEFILE =
  'PYTHON ?= python3\nPORT := 9000\n\nbuild:\n\t$(PYTHON) -m pip install -r requirements.txt\n\n' +
  '# the server\nserve: build\n\t@echo "serving on $(PORT)"\n\t@$(PYTHON) -m uvicorn api.main:app \\\n\t\t--host 0.0.0.0 --port $(PORT)\n'

const FASTAPI = {
  'requirements.txt': 'fastapi==0.115.0\nuvicorn==0.30.0\n',
  'api/__init__.py': '',
  'api/main.py':
    "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/healthz')\ndef healthz():\n    return 'ok'\n",
  Dockerfile:
    'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nRUN make build\nEXPOSE 9000\nCMD ["make", "serve"]\n',
  Makefile: UVICORN_MAKEFILE
}

describe('makeTargetCommand', () => {
  const read = (files: Record<string, string>) => (path: string) => files[path] ?? null

  it('the last recipe line of the target, continuation lines joined, variables filled in', () => {
    expect(makeTargetCommand('make serve', '.', read({ Makefile: UVICORN_MAKEFILE }))).toEqual({
      command: 'python3 -m uvicorn api.main:app --host 0.0.0.0 --port 9000',
      evidence: { file: 'Makefile', line: 10, text: '@$(PYTHON) -m uvicorn api.main:app \\' }
    })
  })

  it('`make -C server run` reads the Makefile of that folder', () => {
    expect(
      makeTargetCommand(
        'make -C server run',
        '.',
        read({ 'server/Makefile': 'run:\n\t./bin/server --listen :8080\n' })
      )
    ).toEqual({
      command: './bin/server --listen :8080',
      evidence: { file: 'server/Makefile', line: 2, text: './bin/server --listen :8080' }
    })
  })

  it('negative: an unknown target, a variable the Makefile does not set, two targets, no Makefile', () => {
    expect(makeTargetCommand('make start', '.', read({ Makefile: DJANGO_MAKEFILE }))).toBeNull()
    expect(makeTargetCommand('make run', '.', read({ Makefile: 'run:\n\t$(BIN) serve\n' }))).toBeNull()
    expect(makeTargetCommand('make build run', '.', read({ Makefile: DJANGO_MAKEFILE }))).toBeNull()
    expect(makeTargetCommand('make run', '.', read({}))).toBeNull()
  })
})

describe('start commands that run a Makefile target', () => {
  it('a Django site whose Procfile runs `make run`: the runserver line of the run target', () => {
    expect(start(DJANGO)).toEqual({
      value: 'python -m manage runserver 0.0.0.0:8000',
      source: 'Procfile web',
      evidence: ['Procfile:1', 'Makefile:12']
    })
  })

  it('a FastAPI image whose CMD is `make serve`: uvicorn with the Makefile’s port, after its echo', () => {
    const s = start(FASTAPI)
    expect(s.value).toBe('python3 -m uvicorn api.main:app --host 0.0.0.0 --port 9000')
    expect(s.evidence).toContain('Makefile:10')
  })

  it('negative: a target whose last line only prints keeps `make run`', () => {
    expect(start({ ...DJANGO, Makefile: 'run:\n\t@echo "use docker compose up"\n' }).value).toBe('make run')
  })
})
