// Which module of several that build the app object is the web entry (holdout14 flaskbb): a `wsgi.py`/`asgi.py`
// exists for the server to import from; a Celery worker's module builds the same app only for task context.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function fields(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return { framework: app.framework.value, start: app.startCommand.value }
}

const flaskReqs = { 'requirements.txt': 'flask\ngunicorn\ncelery\n' }

describe('Python app object: module role over scan order', () => {
  test('Flask factory app: wsgi.py beats celery_worker.py, which comes first in scan order', () => {
    const f = fields({
      ...flaskReqs,
      'celery_worker.py':
        'from board import create_app\napp = create_app()\ncelery = app.extensions["celery"]\n',
      'wsgi.py': 'from board import create_app\nboard = create_app(config="board.cfg")\n',
      'board/__init__.py':
        'from flask import Flask\n\ndef create_app(config=None):\n    return Flask(__name__)\n'
    })
    expect(f.framework).toBe('flask')
    expect(f.start).toContain('wsgi:board')
    expect(f.start).not.toContain('celery_worker')
  })

  test('FastAPI: asgi.py beats a worker.py that builds the app too', () => {
    const f = fields({
      'requirements.txt': 'fastapi\nuvicorn\n',
      'worker.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
      'asgi.py': 'from fastapi import FastAPI\napplication = FastAPI()\n'
    })
    expect(f.framework).toBe('fastapi')
    expect(f.start).toContain('asgi:application')
  })

  test('negative: a worker module that is the only app object is still used', () => {
    const f = fields({
      ...flaskReqs,
      'celery_worker.py': 'from flask import Flask\napp = Flask(__name__)\n'
    })
    expect(f.framework).toBe('flask')
    expect(f.start).toContain('celery_worker:app')
  })

  test('negative: without a wsgi/asgi or worker module, the scan order stands (app.py before server.py)', () => {
    const f = fields({
      ...flaskReqs,
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'server.py': 'from flask import Flask\nserver = Flask(__name__)\n'
    })
    expect(f.start).toContain('app:app')
  })
})
