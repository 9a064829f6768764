// A project that vendors a single-module framework as its own file instead of depending on it (holdout22, a
// package index shipping `pkg/bottle_wrapper/bottle.py`): that file is the framework dependency.
import { pythonProvider } from '../../../../src/analyzer/ecosystems/python/provider.js'
import { readPythonManifests } from '../../../../src/analyzer/ecosystems/python/manifests.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith, contextFor } from '../helpers.js'

const python = pythonProvider as Provider<unknown>

const BOTTLE =
  '"""Bottle is a fast and simple micro-framework."""\n__author__ = "x"\n\nclass Bottle(object):\n    pass\n'

/** A package whose server is a vendored bottle behind a wrapper module. */
const index = (over: Record<string, string> = {}): Record<string, string> => ({
  'pyproject.toml': '[project]\nname = "index"\nversion = "1"\ndependencies = ["packaging"]\n',
  'index/__init__.py': 'from index.bottle_wrapper import Bottle\n\ndef app():\n    return Bottle()\n',
  'index/__main__.py': 'from index import app\n',
  'index/bottle_wrapper/__init__.py': 'from index.bottle_wrapper.bottle import *\n',
  'index/bottle_wrapper/bottle.py': BOTTLE,
  ...over
})

/** A script app that keeps bottle.py beside app.py (requirements list no framework). */
const scriptApp = (over: Record<string, string> = {}): Record<string, string> => ({
  'requirements.txt': 'requests\n',
  'bottle.py': BOTTLE,
  'app.py':
    'from bottle import route, run\n\n@route("/")\ndef home():\n    return "hi"\n\nrun(host="0.0.0.0", port=8080)\n',
  ...over
})

describe('a vendored single-module framework is a dependency', () => {
  it('finds bottle vendored in a package wrapper', () => {
    const deps = readPythonManifests(contextFor(index())).deps
    expect(deps.get('bottle')?.evidence).toMatchObject({ file: 'index/bottle_wrapper/bottle.py', line: 4 })
    expect(analyzeWith(python, index()).value('framework')).toBe('bottle')
  })

  it('finds bottle.py kept beside a script app', () => {
    expect(analyzeWith(python, scriptApp()).value('framework')).toBe('bottle')
  })

  it('negative: a bottle.py that defines no Bottle class, or one under tests/, is no framework', () => {
    const shim = scriptApp({ 'bottle.py': 'def fill():\n    pass\n' })
    expect(readPythonManifests(contextFor(shim)).deps.has('bottle')).toBe(false)
    const files = index()
    delete files['index/bottle_wrapper/bottle.py']
    const underTests = { ...files, 'tests/fixtures/bottle.py': BOTTLE }
    expect(readPythonManifests(contextFor(underTests)).deps.has('bottle')).toBe(false)
  })

  it('negative: a declared dependency keeps its own evidence', () => {
    const declared = scriptApp({ 'requirements.txt': 'bottle==0.13\n' })
    expect(readPythonManifests(contextFor(declared)).deps.get('bottle')?.evidence).toMatchObject({
      file: 'requirements.txt'
    })
  })
})
