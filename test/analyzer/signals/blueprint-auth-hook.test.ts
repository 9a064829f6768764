// Fallback health literals of a Flask blueprint whose before_request hook refuses anonymous requests are
// dropped: the route answers a probe with 401/403.
import { describe, expect, it } from '@jest/globals'
import type { Candidate } from '../../../src/analyzer/candidate.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import {
  refusesAnonymous,
  withoutHookAuthenticatedRoutes
} from '../../../src/analyzer/signals/blueprint-auth-hook.js'

const literal = (file: string, line: number, value = '/ping'): Candidate<string> => ({
  value,
  confidence: 0.5,
  source: `${file} health-looking route literal (fallback scan)`,
  evidence: [{ file, line, text: `@api_routing("${value}")` }]
})

const kept = (files: Record<string, string>, candidates: Candidate<string>[]) => {
  const tree = treeFromFiles(files)
  return withoutHookAuthenticatedRoutes(
    p => tree.read(p),
    folder => tree.filesUnder(folder).map(f => f.path),
    candidates
  ).map(c => c.value)
}

// A music server: the blueprint module's hook raises Unauthorized; routes live in sibling modules.
const music = {
  'tunes/api/_blueprint.py':
    'from flask import Blueprint, request\nfrom ._exceptions import Unauthorized\n\napi = Blueprint("api", __name__)\n\n' +
    'def api_routing(endpoint):\n    def decorator(func):\n        api.add_url_rule(endpoint, view_func=func)\n        return func\n    return decorator\n\n' +
    '@api.before_request\ndef set_formatter():\n    request.formatter = None\n\n' +
    '@api.before_request\ndef authorize():\n    user = check(request.values["u"], request.values["p"])\n' +
    '    if user is None:\n        raise Unauthorized()\n    request.user = user\n',
  'tunes/api/system.py':
    'from flask import request\n\nfrom ._blueprint import api_routing\n\n\n@api_routing("/ping")\ndef ping():\n    return ""\n',
  'tunes/frontend/status.py': '@frontend.route("/status")\ndef status():\n    return "ok"\n'
}

// A wiki: the admin blueprint aborts with 401 in its own module, where the routes are declared too.
const wiki = {
  'wiki/admin.py':
    'from flask import Blueprint, abort, session\n\nadmin = Blueprint("admin", __name__, url_prefix="/admin")\n\n' +
    '@admin.before_request\ndef require_admin():\n    if not session.get("admin"):\n        abort(401)\n\n\n' +
    '@admin.route("/health")\ndef health():\n    return "ok"\n',
  'wiki/public.py':
    'from flask import Blueprint\n\npub = Blueprint("pub", __name__)\n\n@pub.route("/healthz")\ndef healthz():\n    return "ok"\n'
}

describe('withoutHookAuthenticatedRoutes', () => {
  it('drops the /ping of a music server whose api blueprint hook raises Unauthorized', () => {
    expect(refusesAnonymous(music['tunes/api/_blueprint.py'])).toBe(true)
    expect(
      kept(music, [literal('tunes/api/system.py', 6), literal('tunes/frontend/status.py', 1, '/status')])
    ).toEqual(['/status'])
  })

  it('drops the /health of a wiki admin blueprint that aborts with 401, keeps the public blueprint', () => {
    expect(refusesAnonymous(wiki['wiki/admin.py'])).toBe(true)
    expect(
      kept(wiki, [literal('wiki/admin.py', 12, '/health'), literal('wiki/public.py', 5, '/healthz')])
    ).toEqual(['/healthz'])
  })

  it('keeps routes when the hook only sets things up, or exempts some requests', () => {
    const setupOnly = {
      ...music,
      'tunes/api/_blueprint.py': music['tunes/api/_blueprint.py'].replace(
        'raise Unauthorized()',
        'request.user = None'
      )
    }
    expect(refusesAnonymous(setupOnly['tunes/api/_blueprint.py'])).toBe(false)
    expect(kept(setupOnly, [literal('tunes/api/system.py', 6)])).toEqual(['/ping'])
    const exempt = {
      ...wiki,
      'wiki/admin.py': wiki['wiki/admin.py'].replace(
        '    if not session',
        '    if request.path == "/admin/health":\n        return\n    if not session'
      )
    }
    expect(refusesAnonymous(exempt['wiki/admin.py'])).toBe(false)
    expect(kept(exempt, [literal('wiki/admin.py', 14, '/health')])).toEqual(['/health'])
  })
})
