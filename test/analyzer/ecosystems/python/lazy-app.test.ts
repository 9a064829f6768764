// A package building its app lazily on first access (PEP 562 `__getattr__`): `gunicorn pkg.app:app` imports
// that attribute, ahead of a debug script that builds the same app eagerly (holdout33's Flask API).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { lazyAppAttribute } from '../../../../src/analyzer/ecosystems/python/lazy-app.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const FACTORIES = ['create_app']
const lazyInit = (name = 'app', factory = 'create_app'): string =>
  [
    'from flask import Flask',
    '',
    'def create_app():',
    '    app = Flask(__name__)',
    '    return app',
    '',
    '',
    'def __getattr__(name):',
    '    """Build the default application on first access."""',
    `    if name == "${name}":`,
    `        return ${factory}()`,
    '    raise AttributeError(name)',
    ''
  ].join('\n')

const api = (over: Record<string, string> = {}): Record<string, string> => ({
  'requirements.txt': 'flask==3.1.0\ngunicorn==23.0.0\n',
  'svc/__init__.py': '',
  'svc/debug.py':
    'from svc.app import create_app\n\napp = create_app()\n\nif __name__ == "__main__":\n    app.run(debug=True)\n',
  'svc/app/__init__.py': lazyInit(),
  ...over
})

const primary = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === report.primary)
}

describe('lazy module attribute app', () => {
  it('reads the attribute the hook builds', () => {
    expect(lazyAppAttribute('a.py', lazyInit(), FACTORIES)).toEqual({
      variable: 'app',
      evidence: { file: 'a.py', line: 10, text: 'if name == "app":' }
    })
    expect(lazyAppAttribute('a.py', lazyInit('application'), FACTORIES)?.variable).toBe('application')
  })

  it('a Flask API served from the lazy attribute, not the debug script, field by field', () => {
    const app = primary(api())
    expect(app?.framework.value).toBe('flask')
    expect(app?.startCommand.value).toBe('gunicorn svc.app:app --bind 0.0.0.0:${PORT:-8000}')
    expect(app?.packageManager.value).toBe('pip')
    expect(app?.port.value).toBe(8000)
  })

  it('a second layout: the hook in a top-level module named server.py', () => {
    const files = api({ 'server.py': lazyInit('wsgi'), 'svc/app/__init__.py': 'from flask import Flask\n' })
    delete files['svc/debug.py']
    expect(primary(files)?.startCommand.value).toBe('gunicorn server:wsgi --bind 0.0.0.0:${PORT:-8000}')
  })

  it('negative: a hook that returns no factory call is no app object', () => {
    expect(lazyAppAttribute('a.py', lazyInit('app', 'settings.get'), FACTORIES)).toBeNull()
    const files = api({ 'svc/app/__init__.py': lazyInit('app', 'load_plugin') })
    expect(primary(files)?.startCommand.value).toBe('gunicorn svc.debug:app --bind 0.0.0.0:${PORT:-8000}')
  })
})
