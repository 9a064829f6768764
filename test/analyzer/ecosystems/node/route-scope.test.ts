import { jsComposedHealth, resolveSpecifier } from '../../../../src/analyzer/ecosystems/node/routes.js'
import {
  namesHealthPath,
  seedMountsHealth,
  seedsHealthPath
} from '../../../../src/analyzer/ecosystems/node/route-precheck.js'
import { routeScope } from '../../../../src/analyzer/ecosystems/node/route-scope.js'
import { contextFor } from '../helpers.js'

const sources = (files: Record<string, string>): string[] =>
  Object.keys(files).filter(f => /\.[cm]?[jt]s$/.test(f))

const paths = (files: Record<string, string>): string[] =>
  jsComposedHealth(contextFor(files), sources(files)).map(c => c.value)

/** The modules whose routes the graph reads, with relative imports resolved as the graph resolves them. */
const scopeOf = (files: Record<string, string>): string[] => {
  const ctx = contextFor(files)
  return [
    ...routeScope({
      files: sources(files),
      read: f => ctx.tree.read(f),
      isSeed: namesHealthPath,
      resolve: (from, spec) => resolveSpecifier(ctx, from, spec),
      importedBy: () => []
    })
  ].sort()
}

describe('the modules the JS route graph reads (route-scope.ts)', () => {
  it('climbs from the module naming the health path to the modules that mount it, through a named barrel', () => {
    const files = {
      'src/app.ts':
        "import express from 'express'\nimport { api } from './routes'\nconst app = express()\napp.use('/api', api)\napp.listen(3000)\n",
      'src/routes/index.ts': "export { api } from './api'\nexport { users } from './users'\n",
      'src/routes/api.ts':
        "import { Router } from 'express'\nimport { ops } from './ops'\nexport const api = Router()\napi.use('/v1', ops)\n",
      'src/routes/ops.ts':
        "import { Router } from 'express'\nexport const ops = Router()\nops.get('/healthz', (_q, s) => s.send('ok'))\n",
      'src/routes/users.ts':
        "import { Router } from 'express'\nexport const users = Router()\nusers.get('/users/:id', (_q, s) => s.send('u'))\n"
    }
    expect(paths(files)).toEqual(['/api/v1/healthz'])
    // users.ts names no health path and leads to none: its routes are not read.
    expect(scopeOf(files)).toEqual([
      'src/app.ts',
      'src/routes/api.ts',
      'src/routes/index.ts',
      'src/routes/ops.ts'
    ])
  })

  it('climbs through a CommonJS re-export (module.exports = require(…)) and a koa-mount prefix', () => {
    const files = {
      'server/server.js':
        "const Koa = require('koa')\nconst mount = require('koa-mount')\nconst routes = require('./routes')\nconst app = new Koa()\napp.use(mount('/api', routes.api))\n",
      'server/routes/index.js': "module.exports = require('./routes')\n",
      'server/routes/routes.js':
        "const Router = require('@koa/router')\nconst health = require('./health')\nconst api = new Router()\napi.use('/health', health.routes())\nmodule.exports = { api }\n",
      'server/routes/health.js':
        "const Router = require('@koa/router')\nconst r = new Router()\nr.get('/', ctx => { ctx.body = 'ok' })\nmodule.exports = r\n"
    }
    expect(paths(files)).toEqual(['/api/health'])
    expect(scopeOf(files)).toEqual(['server/routes/index.js', 'server/routes/routes.js', 'server/server.js'])
  })

  it('stops at a module that imports another name of a barrel, or imports the seed without mounting anything', () => {
    const files = {
      'src/internals.ts': "export * from './routes/health'\nexport * from './flags'\n",
      'src/routes/health.ts':
        "import { Router } from 'express'\nexport const healthRouter = Router()\nhealthRouter.get('/health', (_q, s) => s.send('ok'))\n",
      'src/flags.ts': 'export const ALL_PROJECTS = "*"\n',
      // Takes ALL_PROJECTS from the barrel, not the router: a store, whatever routes it may declare.
      'src/db/store.ts':
        "import { ALL_PROJECTS } from '../internals'\nexport const get = (m: Map<string, string>) => m.get(ALL_PROJECTS)\n",
      // Takes the router but never mounts it (a test helper's table of routers).
      'src/list.ts': "import { healthRouter } from './routes/health'\nexport const all = [healthRouter]\n"
    }
    expect(scopeOf(files)).toEqual(['src/internals.ts', 'src/routes/health.ts'])
  })

  it('a prefix mounted where no import leads to the health route is not composed (dependency injection)', () => {
    const files = {
      'src/app.ts':
        "import express from 'express'\nimport { container } from './container'\nconst app = express()\napp.use('/api', container.resolve('router'))\n",
      'src/container.ts': 'export const container = new Map<string, unknown>()\n',
      'src/health.ts':
        "import { Router } from 'express'\nimport { container } from './container'\nconst router = Router()\nrouter.get('/health', (_q, s) => s.send('ok'))\ncontainer.set('router', router)\n"
    }
    expect(paths(files)).toEqual(['/health'])
    expect(scopeOf(files)).toEqual(['src/health.ts'])
  })
})

describe('a seed whose health literals are all route paths (seedMountsHealth)', () => {
  /** The scope as the graph builds it: seeds by seedsHealthPath, each seed's imports taken from its text. */
  const graphScope = (files: Record<string, string>, everySeed = false): string[] => {
    const ctx = contextFor(files)
    const list = sources(files)
    return [
      ...routeScope({
        files: list,
        read: f => ctx.tree.read(f),
        isSeed: seedsHealthPath,
        mountsHealth: everySeed ? undefined : seedMountsHealth,
        resolve: (from, spec) => resolveSpecifier(ctx, from, spec),
        importedBy: f =>
          [...(ctx.tree.read(f) ?? '').matchAll(/from '([^']+)'/g)]
            .map(m => resolveSpecifier(ctx, f, m[1]!))
            .filter((x): x is string => x !== null)
      })
    ].sort()
  }

  it('express: app.ts with a /healthcheck route beside its mounted routers reads none of them', () => {
    const files = {
      'src/server.ts': "import app from './app'\napp.listen(3000)\n",
      'src/app.ts':
        "import express from 'express'\nimport { users } from './routers/users'\nimport { orgs } from './routers/orgs'\nconst app = express()\napp.get('/healthcheck', (_q, s) => s.send('ok'))\napp.use('/users', users)\napp.use('/orgs', orgs)\napp.post('/experiment/:id/status', h)\nexport default app\n",
      'src/routers/users.ts':
        "import { Router } from 'express'\nexport const users = Router()\nusers.get('/:id', h)\n",
      'src/routers/orgs.ts':
        "import { Router } from 'express'\nexport const orgs = Router()\norgs.get('/', h)\n"
    }
    expect(paths(files)).toEqual(['/healthcheck'])
    expect(graphScope(files)).toEqual(['src/app.ts'])
    // Without the rule every import of the seed was read for its routes.
    expect(graphScope(files, true)).toEqual(['src/app.ts', 'src/routers/orgs.ts', 'src/routers/users.ts'])
  })

  it('koa: a router with a /ping route mounted by the server keeps its chain, and its imports stay out', () => {
    const files = {
      'server/index.ts':
        "import Koa from 'koa'\nimport mount from 'koa-mount'\nimport { api } from './api'\nconst app = new Koa()\napp.use(mount('/api', api.routes()))\n",
      'server/api.ts':
        "import Router from '@koa/router'\nimport { items } from './items'\nexport const api = new Router()\napi.get('/ping', ctx => { ctx.body = 'pong' })\napi.use('/items', items.routes())\n",
      'server/items.ts':
        "import Router from '@koa/router'\nexport const items = new Router()\nitems.get('/', h)\n"
    }
    expect(paths(files)).toEqual(['/api/ping'])
    expect(graphScope(files)).toEqual(['server/api.ts', 'server/index.ts'])
    expect(graphScope(files, true)).toEqual(['server/api.ts', 'server/index.ts', 'server/items.ts'])
  })

  it("negative: a seed mounting a router under its health prefix still reads that router's routes", () => {
    const files = {
      'src/app.ts':
        "import express from 'express'\nimport { health } from './health'\nconst app = express()\napp.get('/status', h)\napp.use('/health', health)\n",
      'src/health.ts':
        "import { Router } from 'express'\nexport const health = Router()\nhealth.get('/live', h)\n"
    }
    expect(paths(files)).toEqual(['/health/live', '/status'])
    expect(graphScope(files)).toEqual(['src/app.ts', 'src/health.ts'])
  })
})

describe('importers found by the quoted key of a specifier (namesTargets)', () => {
  /** An app whose api router (with the health route) is mounted from server.ts through `spec`. */
  const app = (spec: string, extra: Record<string, string>): Record<string, string> => ({
    'package.json': '{"name":"api","main":"src/server.ts"}',
    'src/server.ts': `import express from 'express'\nimport { api } from '${spec}'\nconst app = express()\napp.use('/api/v2', api)\napp.listen(3000)\n`,
    'src/modules/api/index.ts':
      "import { Router } from 'express'\nexport const api = Router()\napi.get('/healthz', (_q, s) => s.send('ok'))\n",
    // Many modules naming other files: none is parsed for its imports.
    'src/lib/a.ts': "import { b } from './b'\nexport const a = () => b\n",
    'src/lib/b.ts': "export const b = 'api'\n",
    ...extra
  })

  it.each([
    ['a relative path to the folder', './modules/api', {}],
    ['a relative path with an extension', './modules/api/index.js', {}],
    [
      'a tsconfig pattern ending in *',
      'back-end/modules/api',
      { 'tsconfig.json': '{"compilerOptions":{"paths":{"back-end/*":["./src/*"]}}}' }
    ],
    ['a baseUrl folder', 'modules/api', { 'tsconfig.json': '{"compilerOptions":{"baseUrl":"src"}}' }],
    [
      'an exact alias that renames the target',
      '@backend',
      { 'tsconfig.json': '{"compilerOptions":{"paths":{"@backend":["./src/modules/api/index.ts"]}}}' }
    ],
    [
      'a pattern whose target does not end in *',
      '@mod/api',
      { 'tsconfig.json': '{"compilerOptions":{"paths":{"@mod/*":["./src/modules/*/index.ts"]}}}' }
    ]
  ])('composes the prefix through %s', (_what, spec, extra) => {
    expect(paths(app(spec, extra))).toEqual(['/api/v2/healthz'])
  })

  it('package.json imports (#api) still resolve', () => {
    const files = app('#api', {})
    files['package.json'] = '{"name":"api","imports":{"#api":"./src/modules/api/index.ts"}}'
    expect(paths(files)).toEqual(['/api/v2/healthz'])
  })

  it('negative: a module importing another file with the same name is not taken for an importer', () => {
    const files = app('./modules/api', {
      'src/other/index.ts':
        "import express from 'express'\nimport { api } from './api'\nconst o = express()\no.use('/other', api)\n",
      'src/other/api.ts':
        "import { Router } from 'express'\nexport const api = Router()\napi.get('/users', h)\n"
    })
    expect(paths(files)).toEqual(['/api/v2/healthz'])
  })
})
