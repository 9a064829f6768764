// The route graph is skipped for apps where mayComposeHealth is false (speed, issue 16 #12): every module
// from which the graph can compose a health path must pass it, and apps whose route calls name no health
// path (or whose health routes are NestJS decorators, read elsewhere) may skip it.
import {
  mayComposeHealth,
  namesHealthPath,
  RoutePrechecks,
  seedMountsHealth,
  seedsHealthPath
} from '../../../../src/analyzer/ecosystems/node/route-precheck.js'
import { jsComposedHealth } from '../../../../src/analyzer/ecosystems/node/routes.js'
import { contextFor } from '../helpers.js'

const composed = (files: Record<string, string>): string[] =>
  jsComposedHealth(contextFor(files), Object.keys(files)).map(c => c.value)

describe('mayComposeHealth', () => {
  it.each([
    ["router.get('/health', h)", 'a route path'],
    ['router.get<Req, Res>(\n  "/api/v1/_Healthz/",\n  h\n)', 'type arguments, case, underscores, slashes'],
    ["app.get(/* probe */ '/status', h)", 'a comment before the path'],
    ["app.use('/healthz', require('express-healthcheck')())", 'a use() route'],
    ["app.use(mount('/ping', pingApp))", 'koa-mount'],
    ["app.use('/health', healthRouter)\nhealthRouter.get('/', h)", 'a prefix over a root route'],
    ["api.route('status', statusRoutes)", 'Hono route() without a slash'],
    ["fastify.register(plugin, { prefix: 'health' })", 'a Fastify prefix without a slash'],
    ["const router = new Router({ prefix: '/healthz' })\nrouter.get('/', h)", 'a koa-router prefix'],
    ["const HEALTH_PATH = '/up'\nrouter.get(HEALTH_PATH, h)", 'a path constant'],
    ["const ENDPOINTS = { probe: '/heartbeat' }\nrouter.get(ENDPOINTS.probe, h)", 'an object of paths'],
    ["app.openapi(createRoute({ method: 'get', path: '/worker-health' }), h)", 'a qualified health name'],
    ['app.openapi(healthRoute, h)', 'openapi(), whose route may live in another module']
  ])('keeps %j (%s)', text => {
    expect(mayComposeHealth([text])).toBe(true)
  })

  it.each([
    ["router.get('/', h)\nrouter.get('/users/:id', h)", 'route paths without a health name'],
    [
      "@Controller('health')\nexport class HealthController {\n  @Get()\n  check() {}\n}",
      'NestJS decorators'
    ],
    ["await fetch('/health')", 'a health path in a module without route calls'],
    ["const x = config.get('status')", 'a route-method call whose argument is no path'],
    ["const s = { status: 'up' }\nmap.get(key)", 'health words that are no path'],
    [
      "router.get('/healthy-cats', h)\nrouter.get('/statuses', h)",
      'segments that only start with a health name'
    ]
  ])('skips %j (%s)', text => {
    expect(mayComposeHealth([text])).toBe(false)
  })

  it('reads every module until one passes, and skips unreadable ones', () => {
    expect(mayComposeHealth([null, "router.get('/users', h)", "router.get('/ping', h)"])).toBe(true)
    expect(mayComposeHealth([null, "router.get('/users', h)"])).toBe(false)
  })

  it('leaves the composed routes of a passing app as they were, and gives none for a skipped one', () => {
    expect(
      composed({
        'src/app.ts': "import { api } from './api'\napp.use('/api', api)\n",
        'src/api.ts': "export const api = Router()\napi.get('/status', h)\n"
      })
    ).toEqual(['/api/status'])
    expect(
      composed({
        'src/app.ts': "import { api } from './api'\napp.use('/api', api)\n",
        'src/api.ts': "export const api = Router()\napi.get('/users', h)\n"
      })
    ).toEqual([])
  })
})

describe('seedsHealthPath (where the route scope starts its importer climb)', () => {
  it.each([
    ["router.get('/health', h)", 'a route path'],
    ["const HEALTH_PATH = '/up'", 'a path constant'],
    ["await client.get('/status')\nrouter.get('/ping', h)", 'a route beside a request'],
    ["app.use(mount('/ping', pingApp))", 'koa-mount'],
    ["fastify.register(plugin, { prefix: 'health' })", 'a Fastify prefix']
  ])('seeds %j (%s)', text => {
    expect(namesHealthPath(text)).toBe(true)
    expect(seedsHealthPath(text)).toBe(true)
  })

  it.each([
    ["const { models } = await this.omlx.get('/models/status')", 'an awaited client get'],
    ["const res = await fetch('/health')", 'fetch()'],
    ["return this.axios.get<Status>('/system/status')", 'an HTTP client by name'],
    ["apiRequest('/ping')", 'a function named for the request it sends'],
    ['endpoint.pathname += "/health"', 'a path appended to a URL']
  ])('does not seed %j (%s)', text => {
    expect(namesHealthPath(text)).toBe(true)
    expect(seedsHealthPath(text)).toBe(false)
  })

  it('composes the routes the app serves, not the request an imported client sends its upstream', () => {
    const files = {
      'src/app.ts':
        "import express from 'express'\nimport { api } from './api'\nimport { check } from './helpers'\nconst app = express()\napp.use('/api', api)\ncheck()\n",
      'src/helpers.ts': "export * from './client'\n",
      'src/api.ts': "import { Router } from 'express'\nexport const api = Router()\napi.get('/status', h)\n",
      'src/client.ts': "export const check = async () => await http.get('/health')\n"
    }
    expect(composed(files)).toEqual(['/api/status'])
  })
})

describe("seedMountsHealth (whether a seed's imports may hold routes under its health literal)", () => {
  it.each([
    ["app.use('/health', healthRouter)", 'a use() prefix'],
    ["app.use(mount('/ping', pingApp))", 'koa-mount'],
    ["api.route('/status', statusApp)", 'Hono route()'],
    ["fastify.register(plugin, { prefix: 'health' })", 'a Fastify prefix'],
    ["const HEALTH = '/healthz'\nrouter.use(HEALTH, r)", 'a path constant'],
    ["app.get<Req>('/health', h)", 'type arguments before the parenthesis (not read as a route method)'],
    ["app.get('/health', h)\nconst v1 = require('./v1')(app)", 'a required factory'],
    ["app.get('/healthcheck', h)\napp.use('/api/status', api)", 'one route and one prefix']
  ])('mounts %j (%s)', text => {
    expect(seedsHealthPath(text)).toBe(true)
    expect(seedMountsHealth(text)).toBe(true)
  })

  it.each([
    ["app.get('/healthcheck', (req, res) => res.send('ok'))", 'a get route'],
    ["router.post('/experiment/:id/status', h)\nrouter.head('/ping', h)", 'post and head routes'],
    [
      "app.put(\n  '/feature/:id/status',\n  h\n)\napp.get ('/up', h)",
      'a path on the next line, a space before ('
    ],
    ["await fetch('/health')\napp.all('/status', h)", 'a request beside an all() route']
  ])('does not mount %j (%s)', text => {
    expect(seedsHealthPath(text)).toBe(true)
    expect(seedMountsHealth(text)).toBe(false)
  })
})

describe("RoutePrechecks (one app's prechecks, each module searched once)", () => {
  // Modules of both answers: routes with and without a health path, an openapi() route, a seed that is no
  // route module (a path constant), requests and appended paths (no seeds), and no module at all.
  const modules: Record<string, string | null> = {
    'src/health.ts': "router.get('/health', h)",
    'src/users.ts': "router.get('/', h)\nrouter.get('/users/:id', h)",
    'src/openapi.ts': 'app.openapi(healthRoute, h)',
    'src/paths.ts': "export const HEALTH_PATH = '/up'",
    'src/client.ts': "router.get('/x', h)\nawait this.client.get('/models/status')",
    'src/url.ts': "router.use(h)\nendpoint.pathname += '/health'",
    'src/nest.ts': "@Controller('health')\nexport class HealthController {\n  @Get()\n  check() {}\n}",
    'src/gone.ts': null
  }
  const read = (f: string): string | null => modules[f] ?? null
  const files = Object.keys(modules)

  it('answers as seedsHealthPath and mayComposeHealth, in whichever order it is asked', () => {
    const seeds = files.map(f => (read(f) === null ? false : seedsHealthPath(read(f)!)))
    expect(seeds).toEqual([true, false, false, true, false, false, false, false])
    const seedsFirst = new RoutePrechecks(read)
    expect(files.map(f => seedsFirst.isSeed(f))).toEqual(seeds)
    const composeFirst = new RoutePrechecks(read)
    for (const f of files) {
      expect(composeFirst.mayComposeHealth([f])).toBe(mayComposeHealth([read(f)]))
      expect(seedsFirst.mayComposeHealth([f])).toBe(mayComposeHealth([read(f)]))
    }
    expect(files.map(f => composeFirst.isSeed(f))).toEqual(seeds)
    expect(files.map(f => composeFirst.isSeed(f, read(f)))).toEqual(seeds)
  })

  it('answers over a list as over its texts', () => {
    const prechecks = new RoutePrechecks(read)
    expect(prechecks.mayComposeHealth(['src/gone.ts', 'src/users.ts', 'src/nest.ts'])).toBe(false)
    expect(prechecks.mayComposeHealth(['src/gone.ts', 'src/users.ts', 'src/health.ts'])).toBe(true)
    expect(prechecks.mayComposeHealth(['src/users.ts', 'src/openapi.ts'])).toBe(true)
    expect(prechecks.mayComposeHealth([])).toBe(false)
  })
})
