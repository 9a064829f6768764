// setup.cfg's declarative `[options] install_requires` (holdout33, a Flask API whose setup.py is a bare
// `setup()` and whose requirements.txt is `-e .[dev,test]`): its requirements are the project's runtime
// dependencies, `[options.extras_require]` its optional (dev) ones, `file:` values requirements files.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { readPythonManifests } from '../../../../src/analyzer/ecosystems/python/manifests.js'
import { parseCfg, setupCfgRequires } from '../../../../src/analyzer/ecosystems/python/setup-cfg-requires.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { contextFor } from '../helpers.js'

const cfg = (options: string, extras = ''): string =>
  [
    '[metadata]',
    'name = svc',
    'classifiers =',
    '    Framework :: Flask',
    '',
    '[options]',
    'packages = find:',
    options,
    '',
    extras ? `[options.extras_require]\n${extras}` : '',
    ''
  ].join('\n')

/** A Flask API declared in setup.cfg only. */
const flaskApi = (over: Record<string, string> = {}): Record<string, string> => ({
  'setup.py': 'from setuptools import setup\n\nsetup(python_requires=">=3.11")\n',
  'setup.cfg': cfg(
    'install_requires =\n    flask==3.1.3\n    gunicorn==23.0.0  # the server\n    requests',
    'test =\n    pytest==8.0.0\n'
  ),
  'requirements.txt': '-e .[test]\n',
  'svc/__init__.py':
    'from flask import Flask\n\napp = Flask(__name__)\n\n@app.get("/healthz")\ndef healthz():\n    return "ok"\n',
  ...over
})

/** A FastAPI service whose setup.cfg names a requirements file (`install_requires = file: …`). */
const fastApi = (): Record<string, string> => ({
  'setup.py': 'import setuptools\nsetuptools.setup()\n',
  'setup.cfg': cfg('install_requires = file: reqs/base.txt'),
  'reqs/base.txt': 'fastapi==0.115.0\nuvicorn==0.30.0\n',
  'api/__init__.py': '',
  'api/main.py':
    'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/ping")\ndef ping():\n    return {}\n'
})

const primary = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  return { report, app: report.apps.find(a => a.appDir === report.primary) }
}

describe('setup.cfg install_requires', () => {
  it('parses continuation lines, inline comments and sections', () => {
    const read = setupCfgRequires(flaskApi()['setup.cfg']!)
    expect(read.requirements.map(r => [r.text, r.dev])).toEqual([
      ['flask==3.1.3', false],
      ['gunicorn==23.0.0', false],
      ['requests', false],
      ['pytest==8.0.0', true]
    ])
    expect(read.files).toEqual([])
    expect(parseCfg('[Options]\nInstall_Requires = a\n').get('options')?.has('install_requires')).toBe(true)
    expect(setupCfgRequires(fastApi()['setup.cfg']!).files).toEqual([{ rel: 'reqs/base.txt', dev: false }])
  })

  it('a Flask API: setup.cfg makes it a deployable flask app, field by field', () => {
    const deps = readPythonManifests(contextFor(flaskApi())).deps
    expect(deps.get('flask')?.dev).toBe(false)
    expect(deps.get('flask')?.evidence?.file).toBe('setup.cfg')
    expect(deps.get('flask')?.evidence?.line).toBe(9)
    expect(deps.get('pytest')?.dev).toBe(true)
    const { report, app } = primary(flaskApi())
    expect(report.primary).toBe('.')
    expect(app?.language.value).toBe('python')
    expect(app?.framework.value).toBe('flask')
    expect(app?.startCommand.value).toBe('gunicorn svc:app --bind 0.0.0.0:${PORT:-8000}')
    expect(app?.port.value).toBe(8000)
    expect(app?.packageManager.value).toBe('pip')
    expect(app?.runtimeVersion.value).toBe('>=3.11')
    expect(app?.healthPath.value).toBe('/healthz')
  })

  it('a FastAPI service: `file:` requirements are read, field by field', () => {
    expect(readPythonManifests(contextFor(fastApi())).deps.has('fastapi')).toBe(true)
    const { report, app } = primary(fastApi())
    expect(report.primary).toBe('.')
    expect(app?.framework.value).toBe('fastapi')
    expect(app?.startCommand.value).toMatch(/^uvicorn api\.main:app\b/)
    expect(app?.packageManager.value).toBe('pip')
    expect(app?.healthPath.value).toBe('/ping')
  })

  it('negative: a framework only among the extras leaves a library (no app)', () => {
    const library = flaskApi({
      'setup.cfg': cfg('install_requires =\n    click', 'server =\n    flask\n    gunicorn\n'),
      'svc/__init__.py': 'import click\n'
    })
    expect(readPythonManifests(contextFor(library)).deps.get('flask')?.dev).toBe(true)
    const report = analyze(treeFromFiles(library))
    expect(report.apps).toEqual([])
    expect(report.warnings.map(w => w.code)).toContain('NO_APP')
  })
})
