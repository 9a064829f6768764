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
import { analyze } from '../../../../src/analyzer/analyze.js'
import { healthRank } from '../../../../src/analyzer/signals/health.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
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

describe('the precheck finds every health name healthRank accepts', () => {
  // When it missed one, the graph was skipped and the flat reader reported the route without the prefix
  // its router is mounted under (`/__heartbeat__` for `/api/__heartbeat__`).
  const accepted = [
    '/__heartbeat__',
    '/__lbheartbeat__',
    '/isalive',
    '/isAlive',
    '/internal/isready',
    '/healthz.json',
    '/health.txt',
    '/readiness.html',
    '/_health_/',
    '/__app_healthz__',
    '/hc/startup',
    '/health/live',
    '/up',
    '/worker-health'
  ]
  it.each(accepted)('keeps %j, which healthRank accepts', path => {
    expect(healthRank(path)).toBeGreaterThanOrEqual(0)
    expect(mayComposeHealth([`app.use('/api', api)\napi.get('${path}', h)`])).toBe(true)
    expect(seedsHealthPath(`api.get('${path}', h)`)).toBe(true)
  })

  it.each([
    ['/status.json', 'a format on a name that is not only a probe (an API resource)'],
    ['/is_alive', 'a split name'],
    ['/heartbeats', 'a name followed by more letters'],
    ['/__version__', 'no health name'],
    ['/health.php', 'no response format']
  ])('skips %j (%s), which healthRank rejects', path => {
    expect(healthRank(path)).toBe(-1)
    expect(mayComposeHealth([`app.use('/api', api)\napi.get('${path}', h)`])).toBe(false)
  })
})

describe('health routes named as healthRank accepts, under a mount prefix in another module', () => {
  const health = (files: Record<string, string>) => analyze(treeFromFiles(files)).apps[0]!.healthPath
  const lock = '{"lockfileVersion":3}\n'

  it('Express: a Dockerflow `/__heartbeat__` on a router mounted at /api', () => {
    const path = health({
      'package.json': JSON.stringify({
        name: 'a',
        scripts: { start: 'node src/server.js' },
        dependencies: { express: '^4.19.0' }
      }),
      'package-lock.json': lock,
      'src/server.js':
        "const express = require('express')\nconst api = require('./api')\nconst app = express()\napp.use('/api', api)\napp.listen(3000)\n",
      'src/api.js':
        "const { Router } = require('express')\nconst api = Router()\napi.get('/__heartbeat__', (req, res) => res.send('ok'))\napi.get('/users', h)\nmodule.exports = api\n"
    })
    expect(path?.value).toBe('/api/__heartbeat__')
    expect(path?.source).toBe('src/api.js .get()')
    expect(path?.evidence).toEqual([
      { file: 'src/server.js', line: 4, text: "app.use('/api', api)" },
      { file: 'src/api.js', line: 3, text: "api.get('/__heartbeat__', (req, res) => res.send('ok'))" }
    ])
    expect(path?.alternatives).toBeUndefined()
  })

  it('Koa: NAIS `/internal/isalive` and `/internal/isready` on an app mounted with koa-mount', () => {
    const path = health({
      'package.json': JSON.stringify({
        name: 'b',
        scripts: { start: 'node src/index.js' },
        dependencies: { koa: '^2.15.0', '@koa/router': '^12.0.0', 'koa-mount': '^4.0.0' }
      }),
      'package-lock.json': lock,
      'src/index.js':
        "const Koa = require('koa')\nconst mount = require('koa-mount')\nconst internal = require('./internal')\nconst app = new Koa()\napp.use(mount('/api', internal))\napp.listen(3000)\n",
      'src/internal.js':
        "const Koa = require('koa')\nconst Router = require('@koa/router')\nconst router = new Router()\nrouter.get('/internal/isalive', ctx => { ctx.body = 'ok' })\nrouter.get('/internal/isready', ctx => { ctx.body = 'ok' })\nconst app = new Koa()\napp.use(router.routes())\nmodule.exports = app\n"
    })
    expect(path?.value).toBe('/api/internal/isalive')
    expect(path?.source).toBe('src/internal.js .get()')
    expect(path?.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'src/index.js:5',
      'src/internal.js:7',
      'src/internal.js:4'
    ])
    expect(path?.alternatives?.map(a => a.value)).toEqual(['/api/internal/isready'])
  })

  it('Fastify: `/healthz.json` in a plugin registered with a prefix', () => {
    const path = health({
      'package.json': JSON.stringify({
        name: 'c',
        scripts: { start: 'node src/app.js' },
        dependencies: { fastify: '^4.28.0' }
      }),
      'package-lock.json': lock,
      'src/app.js':
        "const fastify = require('fastify')()\nfastify.register(require('./probes'), { prefix: '/api' })\nfastify.listen({ port: 3000 })\n",
      'src/probes.js':
        "module.exports = async function (app) {\n  app.get('/healthz.json', async () => ({ ok: true }))\n}\n"
    })
    expect(path?.value).toBe('/api/healthz.json')
    expect(path?.source).toBe('src/probes.js .get()')
    expect(path?.evidence).toEqual([
      {
        file: 'src/app.js',
        line: 2,
        text: "fastify.register(require('./probes'), { prefix: '/api' })"
      },
      { file: 'src/probes.js', line: 2, text: "app.get('/healthz.json', async () => ({ ok: true }))" }
    ])
  })

  it('negative: look-alike names under the same mount (`/status.json`, `/is_alive`, `/heartbeats`) give no health path', () => {
    const files = {
      'package.json': JSON.stringify({
        name: 'd',
        scripts: { start: 'node src/server.js' },
        dependencies: { express: '^4.19.0' }
      }),
      'package-lock.json': lock,
      'src/server.js':
        "const express = require('express')\nconst api = require('./api')\nconst app = express()\napp.use('/api', api)\napp.listen(3000)\n",
      'src/api.js':
        "const { Router } = require('express')\nconst api = Router()\napi.get('/status.json', h)\napi.get('/is_alive', h)\napi.get('/heartbeats', h)\nmodule.exports = api\n"
    }
    expect(mayComposeHealth(Object.values(files))).toBe(false)
    const path = health(files)
    expect(path?.value).toBeNull()
    expect(path?.source).toBe('no health route found (a TCP check is used)')
    expect(path?.evidence).toEqual([])
  })
})
