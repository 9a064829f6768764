// A setup.py whose install_requires is read from a requirements file rather than written as a list (holdout22,
// a Celery monitor: `install_requires=get_requirements('default.txt')` over `open('requirements/' +
// filename)`): the dependencies, and so the framework, are that file's.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { pythonProvider } from '../../../../src/analyzer/ecosystems/python/provider.js'
import { readPythonManifests } from '../../../../src/analyzer/ecosystems/python/manifests.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { analyzeWith, contextFor } from '../helpers.js'

const python = pythonProvider as Provider<unknown>

const setupPy = (requires: string, helper = ''): string =>
  [
    'from setuptools import setup, find_packages',
    helper,
    'setup(',
    "    name='monitor',",
    "    python_requires='>=3.10',",
    "    packages=find_packages(exclude=['tests']),",
    `    install_requires=${requires},`,
    ')',
    ''
  ].join('\n')

/** A tornado monitor run as a module, its requirements under requirements/. */
const monitor = (over: Record<string, string> = {}): Record<string, string> => ({
  'setup.py': setupPy(
    "get_requirements('default.txt')",
    "def get_requirements(filename):\n    return open('requirements/' + filename).read().splitlines()\n"
  ),
  'requirements/default.txt': 'celery>=5.0.5\ntornado>=6.5,<7.0.0\nhumanize\n',
  'requirements/test.txt': 'pytest\n',
  'monitor/__init__.py': '',
  'monitor/__main__.py': 'from monitor.command import main\nmain()\n',
  'monitor/app.py': 'import tornado.web\n\nclass App(tornado.web.Application):\n    pass\n',
  'monitor/command.py': 'def main():\n    pass\n',
  ...over
})

/** A flask service whose setup.py reads requirements.txt through os.path.join. */
const flaskSvc = (over: Record<string, string> = {}): Record<string, string> => ({
  'setup.py': setupPy(
    "parse_requirements('base.txt')",
    [
      'import os',
      'def parse_requirements(name):',
      "    with open(os.path.join(HERE, 'reqs', name)) as f:",
      '        return f.read().splitlines()',
      ''
    ].join('\n')
  ),
  'reqs/base.txt': 'flask==3.0.0\ngunicorn\n',
  'svc/__init__.py': '',
  'svc/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
  'wsgi.py': 'from svc.app import app\n',
  ...over
})

describe('setup.py install_requires read from a requirements file', () => {
  it('reads the file a helper opens under its folder: a tornado app run as a module', () => {
    const deps = readPythonManifests(contextFor(monitor())).deps
    expect([...deps.keys()]).toEqual(expect.arrayContaining(['celery', 'tornado', 'humanize']))
    expect(deps.has('pytest')).toBe(false)
    const { report, value } = analyzeWith(python, monitor())
    expect(report.apps[0]?.language.value).toBe('python')
    expect(value('framework')).toBe('tornado')
    expect(value('packageManager')).toBe('pip')
    expect(value('runtimeVersion')).toBe('>=3.10')
  })

  it('reads the file joined under a folder with os.path.join, and a direct open() of a root file', () => {
    expect(readPythonManifests(contextFor(flaskSvc())).deps.has('flask')).toBe(true)
    const direct = flaskSvc({
      'setup.py': setupPy("open('requirements.txt').read().splitlines()"),
      'requirements.txt': 'flask\n'
    })
    expect(readPythonManifests(contextFor(direct)).deps.has('flask')).toBe(true)
    expect(analyzeWith(python, flaskSvc()).value('framework')).toBe('flask')
  })

  it('negative: a name that is no file, or a literal list, reads nothing more', () => {
    const missing = monitor({ 'setup.py': setupPy("get_requirements('prod.txt')") })
    expect(readPythonManifests(contextFor(missing)).deps.has('tornado')).toBe(false)
    const literal = monitor({ 'setup.py': setupPy("['click'] + ['requirements/default.txt']") })
    const deps = readPythonManifests(contextFor(literal)).deps
    expect(deps.has('click')).toBe(true)
    expect(deps.has('tornado')).toBe(false)
  })

  it('negative: without the requirements file the package stays a library (no framework)', () => {
    const files = monitor()
    delete files['requirements/default.txt']
    const report = analyze(treeFromFiles(files))
    expect(report.apps.find(a => a.appDir === '.')?.framework.value ?? 'none').toBe('none')
  })
})
