// Flask views registered from data: Flask-RESTful's `api.add_resource(Class, "/path")` and route tables of
// `("/path", ClassResource)` tuples a helper registers (holdout33: `/status` in a blueprint package past the
// first 200 source files of a large API).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const base = (over: Record<string, string>): Record<string, string> => ({
  'requirements.txt': 'flask==3.1.0\nflask-restful==0.3.10\ngunicorn\n',
  'wsgi.py': 'from api import create_app\n\napp = create_app()\n',
  'api/__init__.py': 'from flask import Flask\n\ndef create_app():\n    return Flask(__name__)\n',
  ...over
})

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)
  return {
    framework: app?.framework.value,
    startCommand: app?.startCommand.value,
    healthPath: app?.healthPath.value,
    healthAt: app?.healthPath.evidence[0]?.line
  }
}

/** Many blueprint packages, the index one (with the status route) sorting after the first 200 files. */
const manyBlueprints = (table: string): Record<string, string> => {
  const files: Record<string, string> = {}
  for (let i = 0; i < 220; i++) files[`api/blueprints/b${String(i).padStart(3, '0')}/__init__.py`] = 'x = 1\n'
  files['api/blueprints/zindex/__init__.py'] = table
  return base(files)
}

describe('Flask route tables and add_resource', () => {
  it('a route table of (path, Resource) tuples deep in the app, field by field', () => {
    const table =
      'from api.blueprints.zindex.resources import IndexResource, StatusResource\n\nroutes = [\n    ("/", IndexResource),\n    ("/status", StatusResource),\n]\n'
    expect(fields(manyBlueprints(table))).toEqual({
      framework: 'flask',
      startCommand: 'gunicorn wsgi:app --bind 0.0.0.0:${PORT:-8000}',
      healthPath: '/status',
      healthAt: 5
    })
  })

  it('Flask-RESTful add_resource', () => {
    const files = base({
      'api/routes.py': 'api.add_resource(HealthCheck, "/healthz")\napi.add_resource(Users, "/users")\n'
    })
    expect(fields(files)).toMatchObject({ framework: 'flask', healthPath: '/healthz', healthAt: 1 })
  })

  it('negative: (string, Class) pairs whose class is no view are data', () => {
    const files = base({
      'api/choices.py': 'KINDS = [\n    ("/status", StatusEnum),\n    ("/health", HealthModel),\n]\n'
    })
    expect(fields(files).healthPath).toBeNull()
  })
})
