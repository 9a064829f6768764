import { jsComposedHealth } from '../../../../src/analyzer/ecosystems/node/routes.js'
import { tsconfigPathBases } from '../../../../src/analyzer/ecosystems/node/tsconfig-paths.js'
import { contextFor } from '../helpers.js'

const paths = (files: Record<string, string>, dir = '.'): string[] => {
  const ctx = contextFor(files, dir)
  return jsComposedHealth(
    ctx,
    Object.keys(files).filter(f => /\.[cm]?[jt]s$/.test(f))
  ).map(c => c.value)
}

describe('routers imported through tsconfig aliases', () => {
  it('follows a `paths` alias relative to baseUrl, with TypeScript type arguments on the route call', () => {
    expect(
      paths({
        'tsconfig.json':
          '{ "compilerOptions": { "baseUrl": "src", "paths": { "@server/*": ["../server/*"], "@app/*": ["*"] } } }',
        'server/index.ts':
          "import express from 'express'\nimport routes from '@server/routes'\nconst server = express()\nserver.use('/api/v1', routes)\n",
        'server/routes/index.ts':
          "import { Router } from 'express'\nconst router = Router()\nrouter.get<unknown, StatusResponse>('/status', async (req, res) => res.json({}))\nexport default router\n"
      })
    ).toEqual(['/api/v1/status'])
  })

  it('reads route calls with type arguments on Koa routers too, and never a comparison', () => {
    expect(
      paths({
        'src/app.ts':
          "import Koa from 'koa'\nimport Router from '@koa/router'\nconst router = new Router<AppState, AppContext>({ prefix: '/api' })\nrouter.get<Record<string, never>>('/healthz', ctx => { ctx.body = 'ok' })\nconst app = new Koa()\napp.use(router.routes())\n",
        'src/limits.ts': "export const over = (cache: Map<string, number>) => cache.get < 3 ? 1 : ('/x', 2)\n"
      })
    ).toEqual(['/api/healthz'])
  })

  it('reads paths from the config a member tsconfig extends (nx/turbo tsconfig.base.json)', () => {
    expect(
      paths(
        {
          'tsconfig.base.json':
            '{ "compilerOptions": { "paths": { "@acme/health": ["libs/health/src/index.ts"] } } }',
          'apps/api/tsconfig.json': '{ "extends": "../../tsconfig.base.json", "compilerOptions": {} }',
          'apps/api/src/main.ts':
            "import express from 'express'\nimport { healthRouter } from '@acme/health'\nconst app = express()\napp.use('/api', healthRouter)\n",
          'libs/health/src/index.ts':
            "import { Router } from 'express'\nexport const healthRouter = Router()\nhealthRouter.get('/healthz', (_q, s) => s.send('ok'))\n"
        },
        'apps/api'
      )
    ).toEqual(['/api/healthz'])
  })

  it('uses the tsconfig nearest to the importing file, its own baseUrl over the extended one', () => {
    expect(
      paths({
        'tsconfig.json': '{ "compilerOptions": { "baseUrl": "src", "paths": { "@app/*": ["*"] } } }',
        'server/tsconfig.json':
          '{ "extends": "../tsconfig", "compilerOptions": { "baseUrl": ".", "paths": { "@server/*": ["*"] } } }',
        'server/index.ts':
          "import Koa from 'koa'\nimport mount from 'koa-mount'\nimport api from '@server/api'\nconst app = new Koa()\napp.use(mount('/api', api))\n",
        'server/api.ts':
          "import Koa from 'koa'\nimport Router from '@koa/router'\nconst router = new Router()\nrouter.get('/ping', ctx => { ctx.body = 'pong' })\nconst api = new Koa()\napi.use(router.routes())\nexport default api\n"
      })
    ).toEqual(['/api/ping'])
  })

  it('resolves a bare specifier below baseUrl when no pattern matches', () => {
    expect(
      paths({
        'tsconfig.json': '{ "compilerOptions": { "baseUrl": "src" } }',
        'src/app.ts':
          "import express from 'express'\nimport ops from 'routes/ops'\nconst app = express()\napp.use('/internal', ops)\n",
        'src/routes/ops.ts':
          "import { Router } from 'express'\nconst ops = Router()\nops.get('/health', (_q, s) => s.end())\nexport default ops\n"
      })
    ).toEqual(['/internal/health'])
  })
})

describe('tsconfigPathBases', () => {
  it('gives nothing for a package when no baseUrl or alias names it', () => {
    const ctx = contextFor({
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@app/*": ["src/*"] } } }',
      'src/a.ts': ''
    })
    expect(tsconfigPathBases(ctx, 'src/a.ts', 'express')).toEqual([])
    expect(tsconfigPathBases(ctx, 'src/a.ts', '@app/x')).toEqual(['src/x'])
  })

  it('survives extends cycles, package extends and malformed configs', () => {
    const ctx = contextFor({
      'tsconfig.json': '{ "extends": ["@tsconfig/node20/tsconfig.json", "./b.json"] }',
      'b.json': '{ "extends": "./tsconfig.json", "compilerOptions": { "paths": { "~lib/*": ["lib/*"] } } }',
      'web/tsconfig.json': '{ "compilerOptions": { "paths": ',
      'web/a.ts': ''
    })
    expect(tsconfigPathBases(ctx, 'a.ts', '~lib/x')).toEqual(['lib/x'])
    // The malformed nearest config resolves nothing; the app's own config is the fallback.
    expect(tsconfigPathBases(ctx, 'web/a.ts', '~lib/x')).toEqual(['lib/x'])
    expect(tsconfigPathBases(ctx, 'web/a.ts', 'express')).toEqual([])
  })
})
