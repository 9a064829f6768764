import type { Candidate } from '../../../src/analyzer/candidate.js'
import { ungatedHealth } from '../../../src/analyzer/signals/health-gate.js'

function reader(files: Record<string, string>) {
  return {
    read: (path: string) => files[path] ?? null,
    sourceFiles: (extensions: string[]) =>
      Object.keys(files).filter(f => extensions.some(e => f.endsWith(e))),
    paths: () => Object.keys(files)
  }
}

function route(value: string, file: string, line: number, text: string): Candidate<string> {
  return { value, confidence: 0.85, source: 'test', evidence: [{ file, line, text }] }
}

describe('ungatedHealth', () => {
  test('a status route beside /status/:slug is a page family, with both lines as proof', () => {
    const text = 'router.get("/status/:slug", page)\nrouter.get("/status", page)\n'
    const { kept, dropped } = ungatedHealth(
      [route('/status', 'r.js', 2, 'router.get("/status", page)')],
      reader({ 'r.js': text })
    )
    expect(kept).toEqual([])
    expect(dropped[0]!.verdict.reason).toContain('parameterised sibling')
    expect(dropped[0]!.verdict.evidence).toMatchObject({ file: 'r.js', line: 1 })
  })

  test('a health route beside /health/:check stays (per-component checks of the same probe)', () => {
    const text = 'app.get("/health/:check", h)\napp.get("/health", h)\n'
    const { kept } = ungatedHealth(
      [route('/health', 'a.js', 2, 'app.get("/health", h)')],
      reader({ 'a.js': text })
    )
    expect(kept.map(c => c.value)).toEqual(['/health'])
  })

  test('a parameterised route under another prefix (/jobs/status/:id) does not gate /status', () => {
    const text = 'app.get("/jobs/status/:id", job)\napp.get("/status", ok)\n'
    const { kept } = ungatedHealth(
      [route('/status', 'a.js', 2, 'app.get("/status", ok)')],
      reader({ 'a.js': text })
    )
    expect(kept.map(c => c.value)).toEqual(['/status'])
  })

  test('an auth call inside the handler is no middleware', () => {
    const { kept } = ungatedHealth(
      [
        route(
          '/status',
          'a.js',
          1,
          'app.get("/status", (req, res) => res.json({ user: isAuthenticated(req) }))'
        )
      ],
      reader({ 'a.js': '' })
    )
    expect(kept).toHaveLength(1)
  })

  test('a Django view imported from another module is resolved there', () => {
    const files = {
      'site/urls.py':
        'from ops.api.views import Other, StatusView\nurlpatterns = [\n    path("api/status/", StatusView.as_view()),\n]\n',
      'ops/api/views.py': 'class StatusView(APIView):\n    permission_classes = (IsAdminUser,)\n'
    }
    const { dropped } = ungatedHealth(
      [route('/api/status/', 'site/urls.py', 3, 'path("api/status/", StatusView.as_view()),')],
      reader(files)
    )
    expect(dropped[0]!.verdict).toMatchObject({
      reason: 'view StatusView requires a signed-in user (IsAdminUser)',
      evidence: { file: 'ops/api/views.py', line: 2 }
    })
  })

  test('IsAuthenticatedOrReadOnly lets an anonymous GET through', () => {
    const files = {
      'urls.py': 'path("status/", StatusView.as_view()),\n',
      'views.py': 'class StatusView(APIView):\n    permission_classes = [IsAuthenticatedOrReadOnly]\n'
    }
    const { kept } = ungatedHealth(
      [route('/status/', 'urls.py', 1, 'path("status/", StatusView.as_view()),')],
      reader(files)
    )
    expect(kept).toHaveLength(1)
  })

  test('a JAX-RS handler under @RolesAllowed is gated, a @PermitAll one in a gated class is not', () => {
    const text = [
      '@Path("/ops")',
      '@RolesAllowed("admin")',
      'public class Ops {',
      '  @GET @Path("/ping") @PermitAll',
      '  public String ping() { return "ok"; }',
      '  @GET @Path("/status")',
      '  public String status() { return "ok"; }',
      '}'
    ].join('\n')
    const { kept, dropped } = ungatedHealth(
      [
        route('/ops/ping', 'Ops.java', 4, '@GET @Path("/ping") @PermitAll'),
        route('/ops/status', 'Ops.java', 6, '@GET @Path("/status")')
      ],
      reader({ 'Ops.java': text })
    )
    expect(kept.map(c => c.value)).toEqual(['/ops/ping'])
    expect(dropped.map(d => d.candidate.value)).toEqual(['/ops/status'])
  })

  test('an Express route with an auth middleware before its handler is gated; a plain one is kept', () => {
    const files = { 's.js': '' }
    const { kept, dropped } = ungatedHealth(
      [
        route('/status', 's.js', 1, 'app.get("/status", ensureLoggedIn(), handler)'),
        route('/ping', 's.js', 2, 'app.get("/ping", (req, res) => res.send("pong"))')
      ],
      reader(files)
    )
    expect(dropped.map(d => d.candidate.value)).toEqual(['/status'])
    expect(kept.map(c => c.value)).toEqual(['/ping'])
  })
})

// FastAPI handlers a probe cannot call: an authenticated dependency, or a query parameter without a default
// (holdout34 endurain: garmin/router.py `/health` with `start_date: date` and an access-token dependency).
describe('FastAPI handler gates', () => {
  const garmin =
    'from datetime import date\nfrom typing import Annotated\nfrom fastapi import APIRouter, Depends, BackgroundTasks\n\nrouter = APIRouter()\n\n\n@router.get(\n    "/health",\n    status_code=202,\n)\nasync def retrieve_health_days(\n    start_date: date,\n    end_date: date,\n    background_tasks: BackgroundTasks,\n):\n    return {}\n'
  const profile =
    'from fastapi import APIRouter, Depends\nrouter = APIRouter()\n\n@router.get("/mfa/status")\nasync def mfa_status(\n    token_user_id: Annotated[int, Depends(auth_security.get_sub_from_access_token)],\n):\n    return {}\n'
  const ops =
    'from fastapi import APIRouter, Depends\nrouter = APIRouter()\n\n@router.get("/healthz")\nasync def healthz(verbose: bool = False, db: Session = Depends(get_db)):\n    return {"ok": True}\n'
  test('two apps: a required query parameter and an auth dependency gate the route', () => {
    const { kept, dropped } = ungatedHealth(
      [
        route('/health', 'garmin/router.py', 8, '@router.get('),
        route('/mfa/status', 'profile/router.py', 4, '@router.get("/mfa/status")')
      ],
      reader({ 'garmin/router.py': garmin, 'profile/router.py': profile })
    )
    expect(kept).toEqual([])
    expect(dropped.map(d => d.verdict.reason)).toEqual([
      'the handler requires the query parameter start_date (date): a probe sends none',
      'the handler depends on an authenticated caller (get_sub_from_access_token)'
    ])
    expect(dropped[0]!.verdict.evidence).toMatchObject({ file: 'garmin/router.py', line: 12 })
    expect(dropped[1]!.verdict.evidence).toMatchObject({ file: 'profile/router.py', line: 6 })
  })
  test('negative: defaults and a database dependency leave the route callable', () => {
    const { kept } = ungatedHealth(
      [route('/healthz', 'ops.py', 5, '@router.get("/healthz")')],
      reader({ 'ops.py': ops })
    )
    expect(kept.map(c => c.value)).toEqual(['/healthz'])
  })
})
