// A Python app that pins no version otherwise runs on the one version its CI workflows set up when its package
// classifiers name that minor alone (holdout35 ralph: .github/workflows/main.yml `python-version: 3.6`, setup.py
// `Programming Language :: Python :: 3.6`). CI alone pins nothing (holdout26 bazarr: 3.8 in CI, truth null).
import { analyzeFiles } from '../../../support/analyzed-app.js'

const setupPy = (minors: string[]) =>
  `from setuptools import setup\nsetup(\n    name='inventory',\n    classifiers=[\n        'Programming Language :: Python',\n${minors.map(m => `        'Programming Language :: Python :: ${m}',\n`).join('')}    ],\n)\n`
const flaskApp = {
  'setup.py': setupPy(['3', '3.6']),
  'requirements.txt': 'flask==2.0.3\ngunicorn==20.1.0\n',
  'app.py': "from flask import Flask\napp = Flask(__name__)\n\n@app.get('/')\ndef index():\n    return 'ok'\n"
}
const workflow = (version: string, run = 'pip install -r requirements.txt\n          pytest') =>
  `name: tests\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: ${version}\n      - run: |\n          ${run}\n`
const runtimeOf = (files: Record<string, string>) => analyzeFiles(files).apps[0]!.runtimeVersion

describe('workflowPythonVersion', () => {
  test('two apps: a literal version and a one-item matrix in workflows that install and test', () => {
    const a = runtimeOf({ ...flaskApp, '.github/workflows/ci.yml': workflow('3.6') })
    expect(a.value).toBe('3.6')
    expect(a.source).toBe('CI workflow setup-python (ci.yml) and the package classifier')
    expect(a.evidence).toEqual([
      { file: '.github/workflows/ci.yml', line: 10, text: 'python-version: 3.6' },
      { file: 'setup.py', line: 7, text: "'Programming Language :: Python :: 3.6'," }
    ])
    const matrix = workflow('${{ matrix.python-version }}').replace(
      '    runs-on: ubuntu-latest\n',
      "    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        python-version: ['3.11']\n"
    )
    const b = runtimeOf({
      'manage.py': 'import django\n',
      'setup.cfg': '[metadata]\nname = site\nclassifiers =\n    Programming Language :: Python :: 3.11\n',
      'requirements.txt': 'django==4.2\n',
      'site/settings.py': 'ROOT_URLCONF = "site.urls"\nWSGI_APPLICATION = "site.wsgi.application"\n',
      'site/wsgi.py': 'application = None\n',
      '.github/workflows/tests.yml': matrix,
      '.github/workflows/release.yml': workflow('"3.11.9"', 'pip install build')
    })
    expect(b.value).toBe('3.11')
    expect(b.evidence[0]).toEqual({
      file: '.github/workflows/release.yml',
      line: 10,
      text: 'python-version: "3.11.9"'
    })
  })
  test('negative: CI alone, other classifiers, several versions, a lint-only workflow or a project pin', () => {
    const noClassifier = { ...flaskApp } as Record<string, string>
    delete noClassifier['setup.py']
    expect(runtimeOf({ ...noClassifier, '.github/workflows/ci.yml': workflow('"3.8"') }).value).toBeNull()
    expect(
      runtimeOf({
        ...flaskApp,
        'setup.py': setupPy(['3.6', '3.7']),
        '.github/workflows/ci.yml': workflow('3.6')
      }).value
    ).toBeNull()
    expect(
      runtimeOf({ ...flaskApp, 'setup.py': setupPy(['3.8']), '.github/workflows/ci.yml': workflow('3.6') })
        .value
    ).toBeNull()
    expect(
      runtimeOf({ ...flaskApp, '.github/workflows/ci.yml': workflow('[3.10, 3.11, 3.12]') }).value
    ).toBeNull()
    expect(
      runtimeOf({
        ...flaskApp,
        '.github/workflows/a.yml': workflow('3.10'),
        '.github/workflows/b.yml': workflow('3.12')
      }).value
    ).toBeNull()
    expect(
      runtimeOf({ ...flaskApp, '.github/workflows/lint.yml': workflow('3.9', 'ruff check .') }).value
    ).toBeNull()
    const pinned = runtimeOf({
      ...flaskApp,
      '.python-version': '3.12.4\n',
      '.github/workflows/ci.yml': workflow('3.6')
    })
    expect(pinned.value).toBe('3.12.4')
  })
})
