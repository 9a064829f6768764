// A Flask/Quart route behind a login decorator answers an anonymous probe with a redirect or 401/403:
// Calibre-Web's `@admi.route("/admin/alive")` + `@user_login_required` + `@admin_required` is no health
// check a load balancer can use; nor is PowerDNS-Admin's `@api_bp.route('/health')` + `@apikey_auth`. The
// decorators are read between the route line and its `def`.
import type { Candidate } from '../candidate.js'
import type { Evidence } from '../report.js'

type ReadFile = (path: string) => string | null

const LOGIN_DECORATOR =
  /^\s*@(?:[\w.]+\.)?(?:\w*login_required|\w*admin_required|requires?_auth\w*|auth_required|jwt_required|permission_required|roles_required|roles_accepted|fresh_login_required|(?!no_|skip_|optional_|without_)\w+_auth|\w*token_required|api_?key_required|authenticated?)\b/
/** Decorator stacks are short; a route whose `def` is further away is not read. */
const MAX_LINES = 12

/** Health candidates without the routes that need a signed-in user. */
export function withoutLoginRoutes(read: ReadFile, candidates: Candidate<string>[]): Candidate<string>[] {
  return candidates.filter(c => !c.evidence.some(e => behindLogin(read, e)))
}

function behindLogin(read: ReadFile, at: Evidence): boolean {
  if (!at.file.endsWith('.py') || !/@[\w.]+\.(?:route|get)\(/.test(at.text) || at.line < 1) return false
  const text = read(at.file)
  if (text === null) return false
  const lines = text.split('\n', at.line + MAX_LINES)
  for (let i = at.line; i < lines.length; i++) {
    const line = lines[i]!
    if (/^\s*(?:async\s+)?def\s/.test(line)) return false
    if (LOGIN_DECORATOR.test(line)) return true
  }
  return false
}
