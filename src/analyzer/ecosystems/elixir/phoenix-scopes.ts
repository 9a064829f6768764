// Phoenix router scopes as blocks: `scope "/api" do … scope "/v1", App.V1 do … end … end` nests, so a route's
// path is every enclosing scope's path joined (holdout35 trento-web: `scope "/api" do` around `scope "/v1"`),
// and the pipelines a scope pipes through apply to every route inside it: a route under a scope that pipes
// through an authentication pipeline (`pipe_through [:api, :protected_api]`, `:require_authenticated_user`,
// `:ensure_auth`) answers an anonymous probe with 401/302, so it names no health check (issue 16 #3).
// Other `do … end` blocks (pipeline, live_session, if) are tracked only to close scopes at the right `end`.

export interface ScopeLine {
  /** The joined path of the scopes open on the line ('' at the top level). */
  prefix: string
  /** Whether a scope open on the line (or the line's own scope so far) pipes through an auth pipeline. */
  protected: boolean
}

/** Pipeline names that require a signed-in user or a token. */
const AUTH_PIPELINE =
  /(?:auth|protect|login|logged_in|signed_in|require_|ensure_|guardian|admin|session_required|token)/i

interface Frame {
  prefix: string
  protected: boolean
}

const join = (a: string, b: string): string =>
  `${a.replace(/\/+$/, '')}/${b.replace(/^\/+/, '')}`.replace(/\/+$/, '')

/** Per line (index 0 = line 1) of a router's text without comments: the scope path and protection in force. */
export function phoenixScopeLines(text: string): ScopeLine[] {
  const stack: Frame[] = []
  const out: ScopeLine[] = []
  const current = (): ScopeLine => ({
    prefix: stack.reduce((p, f) => (f.prefix ? join(p, f.prefix) : p), ''),
    protected: stack.some(f => f.protected)
  })
  for (const line of text.split('\n')) {
    const t = line.trim()
    const scope = /^scope\b(?:\s*\(\s*|\s+)(?:"(\/[^"]*)"|path:\s*"(\/[^"]*)")?[^\n]*?\bdo\s*$/.exec(t)
    if (scope) {
      stack.push({ prefix: scope[1] ?? scope[2] ?? '', protected: false })
      out.push(current())
      continue
    }
    const pipe = /^pipe_through\s*\(?\s*(.*)$/.exec(t)
    if (pipe && stack.length > 0 && AUTH_PIPELINE.test(pipe[1]!)) stack[stack.length - 1]!.protected = true
    out.push(current())
    if (/^end\b/.test(t)) stack.pop()
    else if (/\bdo\s*(?:\|[^|]*\|\s*)?$/.test(t) || (/\bfn\b[^\n]*->\s*$/.test(t) && !/\bend\b/.test(t)))
      stack.push({ prefix: '', protected: false })
  }
  return out
}

let cached: { text: string; lines: ScopeLine[] } | null = null

/** The scope in force on the line of `index` in `text` (see phoenixScopeLines); the last text is cached. */
export function phoenixScopeAt(text: string, index: number): ScopeLine {
  if (cached?.text !== text) cached = { text, lines: phoenixScopeLines(text) }
  const line = text.slice(0, index).split('\n').length
  return cached.lines[line - 1] ?? { prefix: '', protected: false }
}
