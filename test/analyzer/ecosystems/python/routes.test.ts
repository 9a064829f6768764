// flask-restx/flask-restplus: `Namespace` routes are served under the `Api`'s blueprint prefix, the Api's own
// prefix and the namespace's path (`add_namespace(ns, '/x')`, else `path=`, else `/<name>`); a loop adding
// every namespace (`for ns in namespaces: api.add_namespace(ns, "/")`) mounts all of the app's. A route whose
// method is `@authenticate`d is no probe. A vendored library's routes (`libs/flask_socketio`) are not the app's.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const health = (files: Record<string, string>): { value: string | null; source: string } => {
  const report = analyze(treeFromFiles(files))
  const { value, source } = report.apps.find(a => a.appDir === report.primary)!.healthPath
  return { value, source }
}

const RESOURCE = (ns: string, route: string, decorators = ''): string =>
  `from flask_restx import Resource, Namespace\n\n${ns} = Namespace('System', description='x')\n\n\n@${ns}.route('${route}')\nclass Handler(Resource):\n${decorators}    def get(self):\n        return {'status': 'OK'}, 200\n`

const LOOPED = {
  'requirements.txt': 'flask==3.0.3\nflask-restx==1.3.0\nwaitress==3.0.0\n',
  'server.py':
    "from flask import Flask\nfrom api import api_bp\n\napp = Flask(__name__)\napp.register_blueprint(api_bp)\n\nif __name__ == '__main__':\n    from waitress import serve\n    serve(app, host='0.0.0.0', port=6767)\n",
  'api/__init__.py':
    "from flask import Blueprint\nfrom flask_restx import Api\n\nfrom .system import api_ns_list_system\n\napi_ns_list = [api_ns_list_system]\n\napi_bp = Blueprint('api', __name__, url_prefix='/api')\napi = Api(api_bp, security='apikey')\n\nfor api_ns in api_ns_list:\n    for item in api_ns:\n        api.add_namespace(item, '/')\n",
  'api/system/__init__.py':
    'from .health import api_ns_system_health\nfrom .ping import api_ns_system_ping\n\napi_ns_list_system = [api_ns_system_health, api_ns_system_ping]\n',
  'api/system/health.py': RESOURCE(
    'api_ns_system_health',
    'system/health',
    '    @authenticate\n    @api_ns_system_health.response(401, "Not Authenticated")\n'
  ),
  'api/system/ping.py': RESOURCE('api_ns_system_ping', 'system/ping')
}

describe('flask-restx namespaces', () => {
  it('namespaces added in a loop under a blueprint prefix: the unauthenticated ping, with the prefix', () => {
    expect(health(LOOPED)).toEqual({
      value: '/api/system/ping',
      source: 'api/system/ping.py route decorator'
    })
  })

  it('a namespace added by name serves under its own name, the Api prefix and the blueprint prefix', () => {
    expect(
      health({
        'requirements.txt': 'flask==3.0.3\nflask-restx==1.3.0\n',
        'app.py':
          "from flask import Flask, Blueprint\nfrom flask_restx import Api\nfrom status import ns\n\napp = Flask(__name__)\nbp = Blueprint('v2', __name__, url_prefix='/v2')\napi = Api(bp, prefix='/rest')\napi.add_namespace(ns)\napp.register_blueprint(bp)\n",
        'status.py':
          "from flask_restx import Namespace, Resource\n\nns = Namespace('status')\n\n\n@ns.route('/ping')\nclass Ping(Resource):\n    def get(self):\n        return 'ok'\n"
      })
    ).toEqual({ value: '/v2/rest/status/ping', source: 'status.py route decorator' })
  })

  it('a vendored copy of Flask-SocketIO answering /ping on its demo app is not the app’s route', () => {
    const files = {
      ...LOOPED,
      'server.py': `import sys, os\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), 'libs/'))\n${LOOPED['server.py']}`,
      'libs/flask-3.0.3.dist-info/METADATA': 'Name: Flask\n',
      'libs/flask_socketio/__init__.py': "@app.route('/ping')\ndef ping():\n    return 'pong'\n"
    }
    expect(health(files).value).toBe('/api/system/ping')
  })

  it('negative: the only namespace route is @authenticate-d — not taken', () => {
    const files = { ...LOOPED }
    delete (files as Record<string, string>)['api/system/ping.py']
    files['api/system/__init__.py'] =
      'from .health import api_ns_system_health\n\napi_ns_list_system = [api_ns_system_health]\n'
    expect(health(files).value).not.toBe('/api/system/health')
  })
})

// `for route in ROUTERS: app.include_router(route, prefix=API_PREFIX)`: every router of the list (kept in
// another module) is mounted under the prefix, which is a module constant imported from elsewhere (holdout32
// letta: routers/v1/__init__.py ROUTERS = [..., health_router, ...], constants.py API_PREFIX = "/v1").
describe('routers mounted in a loop under a constant prefix', () => {
  const fastapi = (prefixDecl: string, loopHead: string): Record<string, string> => ({
    'requirements.txt': 'fastapi==0.115.6\nuvicorn==0.29.0\n',
    'svc/__init__.py': '',
    'svc/constants.py': `${prefixDecl}\nOTHER = "/x"\n`,
    'svc/routers/__init__.py':
      'from svc.routers.health import router as health_router\nfrom svc.routers.items import router as items_router\n\nROUTERS = [\n    items_router,\n    health_router,\n]\n',
    'svc/routers/health.py':
      'from fastapi import APIRouter\n\nrouter = APIRouter(tags=["health"])\n\n\n@router.get("/health/")\ndef health():\n    return {"ok": True}\n',
    'svc/routers/items.py':
      'from fastapi import APIRouter, Depends\n\nrouter = APIRouter(prefix="/items")\n\n\n@router.get("/{item_id}")\ndef item(item_id: int):\n    return {}\n',
    'svc/app.py': [
      'from fastapi import FastAPI',
      'from svc.constants import API_PREFIX',
      'from svc.routers import ROUTERS as v1_routes',
      '',
      'app = FastAPI()',
      '',
      'def create_app():',
      `    ${loopHead}`,
      '        app.include_router(route, prefix=API_PREFIX)',
      '    return app',
      ''
    ].join('\n')
  })

  it('a string constant: the health route under /v1', () => {
    expect(health(fastapi('API_PREFIX = "/v1"', 'for route in v1_routes:'))).toEqual({
      value: '/v1/health/',
      source: 'svc/routers/health.py route decorator'
    })
  })

  it('an annotated constant: the health route under /api/v2', () => {
    expect(health(fastapi('API_PREFIX: str = "/api/v2"', 'for route in v1_routes:'))).toEqual({
      value: '/api/v2/health/',
      source: 'svc/routers/health.py route decorator'
    })
  })

  it('negative: a loop over another variable mounts nothing under the prefix', () => {
    expect(health(fastapi('API_PREFIX = "/v1"', 'for other in v1_routes:')).value).not.toBe('/v1/health/')
  })
})

// A route whose path names no health check but whose handler does (`@router.get('/')` over `def health(db …)`,
// "used for health checks") serves the probe at its path, as Django's `path("", health_check)` does; only when
// no health-named path exists, and never for a handler that asks for a user.
describe('routes whose handler is named for a health check', () => {
  const FASTAPI = {
    'backend/pyproject.toml':
      '[project]\nname = "calendar-api"\nrequires-python = ">=3.12"\ndependencies = ["fastapi==0.115.0", "uvicorn==0.30.0", "sqlalchemy==2.0.30"]\n',
    'backend/src/calendar_api/main.py':
      "from fastapi import FastAPI\n\n\ndef server():\n    from .routes import api\n    from .routes import schedule\n\n    app = FastAPI()\n    app.include_router(api.router)\n    app.include_router(schedule.router, prefix='/schedule')\n    return app\n",
    'backend/src/calendar_api/routes/__init__.py': '',
    'backend/src/calendar_api/routes/api.py':
      'from fastapi import APIRouter, Depends\nfrom sqlalchemy.orm import Session\n\nfrom ..database import get_db\n\nrouter = APIRouter()\n\n\n@router.get(\'/\')\ndef health(db: Session = Depends(get_db)):\n    """Small route with no processing that will be used for health checks"""\n    db.execute(\'select 1\')\n    return True\n\n\n@router.get(\'/me\')\ndef me(subscriber=Depends(get_subscriber)):\n    return subscriber\n',
    'backend/src/calendar_api/routes/schedule.py':
      "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get('/{slug}')\ndef public_schedule(slug: str):\n    return slug\n"
  }
  const FLASK = {
    'requirements.txt': 'flask==3.0.3\ngunicorn==22.0.0\n',
    'app.py':
      "from flask import Flask\nfrom views.monitor import bp as monitor\nfrom views.notes import bp as notes\n\napp = Flask(__name__)\napp.register_blueprint(monitor, url_prefix='/monitor')\napp.register_blueprint(notes, url_prefix='/notes')\n",
    'views/__init__.py': '',
    'views/monitor.py':
      "from flask import Blueprint\n\nbp = Blueprint('monitor', __name__)\n\n\n@bp.route('/check')\n@limiter.exempt\nasync def healthcheck():\n    return 'ok'\n",
    'views/notes.py':
      "from flask import Blueprint\n\nbp = Blueprint('notes', __name__)\n\n\n@bp.route('/')\ndef index():\n    return []\n"
  }

  it('a FastAPI router included without a prefix: `/`, the handler named health', () => {
    expect(health(FASTAPI)).toEqual({
      value: '/',
      source:
        'backend/src/calendar_api/routes/api.py route decorator: no health-named path; the handler `health` is named for a health check'
    })
  })

  it('a Flask blueprint under /monitor, another decorator before the async handler: with the prefix', () => {
    expect(health(FLASK)).toEqual({
      value: '/monitor/check',
      source:
        'views/monitor.py route decorator: no health-named path; the handler `healthcheck` is named for a health check'
    })
  })

  it('negative: a health-named path elsewhere wins over the handler name', () => {
    const files = {
      ...FASTAPI,
      'backend/src/calendar_api/routes/schedule.py':
        "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get('/healthz')\ndef probe():\n    return 'ok'\n"
    }
    expect(health(files).value).toBe('/schedule/healthz')
  })

  it('negative: the handler asks for a signed-in user, or is named `status`: no path', () => {
    const authed = {
      ...FASTAPI,
      'backend/src/calendar_api/routes/api.py':
        "from fastapi import APIRouter, Depends\n\nrouter = APIRouter()\n\n\n@router.get('/')\ndef health(user=Depends(get_current_user)):\n    return True\n"
    }
    expect(health(authed).value).toBeNull()
    const status = {
      ...FLASK,
      'views/monitor.py':
        "from flask import Blueprint\n\nbp = Blueprint('monitor', __name__)\n\n\n@bp.route('/')\ndef status():\n    return 'ok'\n"
    }
    expect(health(status).value).toBeNull()
  })
})
