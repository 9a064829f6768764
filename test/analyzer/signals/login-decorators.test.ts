// A Flask/Quart route behind an authentication decorator is no health check: holdout20 PowerDNS-Admin's
// `@api_bp.route('/health')` + `@apikey_auth` answers 401, its open `/healthcheck` is the probe.
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { withoutLoginRoutes } from '../../../src/analyzer/signals/login-decorators.js'
import type { Candidate } from '../../../src/analyzer/candidate.js'

const route = (file: string, line: number, text: string, value: string): Candidate<string> => ({
  value,
  confidence: 0.8,
  source: `${file} route decorator`,
  evidence: [{ file, line, text }]
})

const kept = (source: string, decorator: string): string[] => {
  const file = 'app/api.py'
  const text = `from app import bp\n\n@bp.route('/health')\n${decorator}\ndef health():\n    return 'ok'\n`
  const candidates = [route(file, 3, "@bp.route('/health')", '/health')]
  return withoutLoginRoutes(p => (p === file ? text : source), candidates).map(c => c.value)
}

describe('authentication decorators between a route and its def', () => {
  test('API-key, basic-auth and token decorators put the route behind a login', () => {
    expect(kept('', '@apikey_auth')).toEqual([])
    expect(kept('', '@api_basic_auth')).toEqual([])
    expect(kept('', '@token_required')).toEqual([])
    expect(kept('', '@auth.api_key_required')).toEqual([])
    expect(kept('', '@login_required')).toEqual([])
    // Bazarr's flask-restx `@authenticate`, Tornado's `@tornado.web.authenticated`.
    expect(kept('', '@authenticate')).toEqual([])
    expect(kept('', '@tornado.web.authenticated')).toEqual([])
  })

  test('negative: decorators that waive authentication, or unrelated ones, keep the route', () => {
    expect(kept('', '@no_auth')).toEqual(['/health'])
    expect(kept('', '@skip_auth')).toEqual(['/health'])
    expect(kept('', '@optional_auth')).toEqual(['/health'])
    expect(kept('', '@cache.cached(timeout=5)')).toEqual(['/health'])
    expect(kept('', '@cross_origin()')).toEqual(['/health'])
    expect(kept('', '@authenticate_optional')).toEqual(['/health'])
  })
})

const flaskApp = (api: string) => ({
  'requirements.txt': 'Flask==3.0.0\ngunicorn==22.0.0\n',
  'wsgi.py': 'from dnsadmin import create_app\n\napp = create_app()\n',
  'dnsadmin/__init__.py':
    'from flask import Flask\nfrom .api import api_bp\nfrom .index import index_bp\n\n\ndef create_app():\n    app = Flask(__name__)\n    app.register_blueprint(api_bp)\n    app.register_blueprint(index_bp)\n    return app\n',
  'dnsadmin/api.py': api,
  'dnsadmin/index.py':
    "from flask import Blueprint\n\nindex_bp = Blueprint('index', __name__, url_prefix='/')\n\n\n@index_bp.route('/ping', methods=['GET'])\ndef ping():\n    return 'ok'\n"
})

describe('end to end: the open route wins over the authenticated health route', () => {
  const health = (app: ReturnType<typeof flaskApp>) => {
    const report = analyze(treeFromFiles(app))
    return report.apps.find(a => a.appDir === report.primary)!.healthPath.value
  }
  test('PowerDNS-Admin shape: /api/v1/health behind @apikey_auth, /ping open', () => {
    const api =
      "from flask import Blueprint\n\napi_bp = Blueprint('api', __name__, url_prefix='/api/v1')\n\n\n@api_bp.route('/health', methods=['GET'])\n@apikey_auth\ndef health():\n    return 'ok'\n"
    expect(health(flaskApp(api))).toBe('/ping')
  })
  test('token-guarded /status beside an open /ping', () => {
    const api =
      "from flask import Blueprint\n\napi_bp = Blueprint('api', __name__, url_prefix='/api')\n\n\n@api_bp.route('/status')\n@token_required\ndef status():\n    return 'ok'\n"
    expect(health(flaskApp(api))).toBe('/ping')
  })
  test('negative: an open health route keeps its place', () => {
    const api =
      "from flask import Blueprint\n\napi_bp = Blueprint('api', __name__, url_prefix='/api/v1')\n\n\n@api_bp.route('/health', methods=['GET'])\ndef health():\n    return 'ok'\n"
    expect(health(flaskApp(api))).toBe('/api/v1/health')
  })
})
