// A health path behind a fixed secret segment (`/api/health/<opaque token>`) is the health path (holdout34
// kitchenowl: backend/app/api/register_controller.py:31-32 registers the health blueprint at
// `/health/8M4F88S8ooi4sMbLBfkkV7ctWwgibW6V` on the `/api` blueprint; the image's HEALTHCHECK requests it).
import { analyze } from '../../../src/analyzer/analyze.js'
import { healthRank } from '../../../src/analyzer/signals/health.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

describe('healthRank with an opaque token segment', () => {
  test('ranks as the health path just after it', () => {
    expect(healthRank('/api/health/8M4F88S8ooi4sMbLBfkkV7ctWwgibW6V')).toBeCloseTo(
      healthRank('/api/health') + 0.2
    )
    expect(healthRank('/healthz/c2VjcmV0LXRva2VuLTEyMzQ')).toBeCloseTo(healthRank('/healthz') + 0.2)
  })
  test('negative: a token under a non-health path, a word, or a short segment is no health path', () => {
    expect(healthRank('/api/users/8M4F88S8ooi4sMbLBfkkV7ctWwgibW6V')).toBe(-1)
    expect(healthRank('/health/internationalization')).toBe(-1)
    expect(healthRank('/health/1234567890123456789')).toBe(-1)
    expect(healthRank('/health/8M4F88S8')).toBe(-1)
  })
})

describe('apps with a health route behind a secret segment', () => {
  test('flask nested blueprints and an express router', () => {
    const flask = {
      'requirements.txt': 'flask\n',
      'wsgi.py': 'from app import app\n',
      'app/__init__.py': 'from .config import app\nfrom .api import register_controller\n',
      'app/config.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'app/controller/__init__.py': 'from .health_controller import health\n',
      'app/controller/health_controller.py':
        'from flask import Blueprint\nhealth = Blueprint("health", __name__)\n\n@health.route("", methods=["GET"])\ndef get_health():\n    return {"msg": "OK"}\n',
      'app/api/__init__.py': '',
      'app/api/register_controller.py':
        'from flask import Blueprint\nfrom app.config import app\nimport app.controller as api\napiv1 = Blueprint("api", __name__)\napiv1.register_blueprint(\n    api.health, url_prefix="/health/8M4F88S8ooi4sMbLBfkkV7ctWwgibW6V"\n)\napp.register_blueprint(apiv1, url_prefix="/api")\n'
    }
    const a = analyze(treeFromFiles(flask)).apps[0]!
    expect(a.framework.value).toBe('flask')
    expect(a.healthPath.value).toBe('/api/health/8M4F88S8ooi4sMbLBfkkV7ctWwgibW6V')
    expect(a.healthPath.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'app/api/register_controller.py:8',
      'app/api/register_controller.py:5',
      'app/controller/health_controller.py:4'
    ])
    const express = {
      'package.json': JSON.stringify({
        name: 'svc',
        scripts: { start: 'node server.js' },
        dependencies: { express: '4' }
      }),
      'server.js':
        "const express = require('express')\nconst app = express()\napp.get('/healthz/Zq81LmP0xT4vW9yB', (q, r) => r.send('ok'))\napp.listen(3000)\n"
    }
    const b = analyze(treeFromFiles(express)).apps[0]!
    expect(b.healthPath.value).toBe('/healthz/Zq81LmP0xT4vW9yB')
    expect(b.healthPath.evidence[0]).toMatchObject({ file: 'server.js', line: 3 })
  })
})
