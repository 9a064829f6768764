import type { Candidate } from '../../../src/analyzer/candidate.js'
import { ungatedHealth } from '../../../src/analyzer/signals/health-gate.js'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

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

// holdout36 (kubero): `/status` served by a controller that extends PrometheusController is the metrics
// scrape target (it even answers 403 to forwarded requests), not a health check.
describe('Prometheus metrics routes are no health checks', () => {
  const nest = (files: Record<string, string>) => ({
    'package.json': JSON.stringify({
      name: 'api',
      scripts: { start: 'node dist/main' },
      dependencies: {
        '@nestjs/core': '^11.0.0',
        '@nestjs/common': '^11.0.0',
        '@willsoto/nestjs-prometheus': '^6.0.0'
      }
    }),
    'yarn.lock': '# yarn lockfile v1\n',
    'src/main.ts':
      "import { NestFactory } from '@nestjs/core'\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  await app.listen(process.env.PORT ?? 2000)\n}\nbootstrap()\n",
    ...files
  })
  const statusMetrics =
    "import { Controller, Get, Res } from '@nestjs/common'\nimport { PrometheusController } from '@willsoto/nestjs-prometheus'\n\n@Controller('status')\nexport class StatusController extends PrometheusController {\n  @Get()\n  async index(@Res({ passthrough: true }) response) {\n    return super.index(response)\n  }\n}\n"
  const primaryApp = (files: Record<string, string>) => {
    const report = analyze(treeFromFiles(files))
    return report.apps.find(a => a.appDir === report.primary)!
  }

  test('kubero shape: a Nest /status extending PrometheusController gives no health path', () => {
    const app = primaryApp(nest({ 'src/status/status.controller.ts': statusMetrics }))
    expect(app.framework.value).toBe('nestjs')
    expect(app.port.value).toBe(2000)
    expect(app.packageManager.value).toBe('yarn')
    expect(app.healthPath.value).toBeNull()
    expect(app.healthPath.source).toMatch(/\/status \(the route is a Prometheus metrics controller/)
  })

  test('beside a real health controller, the metrics /status gives way to it', () => {
    const app = primaryApp(
      nest({
        'src/status/status.controller.ts': statusMetrics,
        'src/health/health.controller.ts':
          "@Controller('healthz')\nexport class HealthController {\n  @Get()\n  check() {\n    return { ok: true }\n  }\n}\n"
      })
    )
    expect(app.framework.value).toBe('nestjs')
    expect(app.healthPath.value).toBe('/healthz')
  })

  test('express shape: a /status handler answering register.metrics() gives no health path', () => {
    const app = primaryApp({
      'package.json': JSON.stringify({
        name: 'svc',
        scripts: { start: 'node server.js' },
        dependencies: { express: '^4.19.0', 'prom-client': '^15.0.0' }
      }),
      'package-lock.json': '{"lockfileVersion": 3}',
      'server.js':
        "const express = require('express')\nconst { register } = require('prom-client')\nconst app = express()\napp.get('/status', async (req, res) => {\n  res.set('Content-Type', register.contentType)\n  res.end(await register.metrics())\n})\napp.listen(8080)\n"
    })
    expect(app.framework.value).toBe('express')
    expect(app.port.value).toBe(8080)
    expect(app.healthPath.value).toBeNull()
    expect(app.healthPath.source).toMatch(/answers register\.metrics\(\): Prometheus metrics/)
  })

  test('negative: a /status answering its own state stays the health path', () => {
    const app = primaryApp({
      'package.json': JSON.stringify({
        name: 'svc',
        scripts: { start: 'node server.js' },
        dependencies: { express: '^4.19.0', 'prom-client': '^15.0.0' }
      }),
      'package-lock.json': '{"lockfileVersion": 3}',
      'server.js':
        "const express = require('express')\nconst { register } = require('prom-client')\nconst app = express()\napp.get('/status', (req, res) => res.json({ status: 'ok' }))\napp.get('/metrics', async (req, res) => res.end(await register.metrics()))\napp.listen(8080)\n"
    })
    expect(app.healthPath.value).toBe('/status')
    const { kept } = ungatedHealth(
      [route('/status', 'm.js', 1, "app.get('/status', (req, res) => res.json({ status: 'ok' }))")],
      reader({
        'm.js':
          "app.get('/status', (req, res) => res.json({ status: 'ok' }))\napp.get('/metrics', async (req, res) => res.end(await register.metrics()))\n"
      })
    )
    expect(kept.map(c => c.value)).toEqual(['/status'])
    // A metrics server started after the route (another port) is not the route's handler.
    const separate = ungatedHealth(
      [route('/health', 's.js', 1, "app.get('/health', (_req, res) => res.json({ ok: true }))")],
      reader({
        's.js':
          "app.get('/health', (_req, res) => res.json({ ok: true }))\napp.listen(4000)\nhttp\n  .createServer(async (_req, res) => res.end(await client.register.metrics()))\n  .listen(9464)\n"
      })
    )
    expect(separate.kept.map(c => c.value)).toEqual(['/health'])
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
