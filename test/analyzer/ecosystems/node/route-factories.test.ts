import { jsComposedHealth } from '../../../../src/analyzer/ecosystems/node/routes.js'
import {
  calledFunction,
  returnedIdentifiers,
  routerPassingCalls
} from '../../../../src/analyzer/ecosystems/node/route-factories.js'
import { lexJs } from '../../../../src/analyzer/ecosystems/node/js-lexer.js'
import { ROUTE_METHODS } from '../../../../src/analyzer/ecosystems/node/js-facts.js'
import { contextFor } from '../helpers.js'

const health = (files: Record<string, string>) =>
  jsComposedHealth(
    contextFor(files),
    Object.keys(files).filter(f => /\.[cm]?[jt]s$/.test(f))
  )

describe('routers reaching their mount through functions', () => {
  it('follows a router passed to a route function, a returned array and a factory mounted with koa-mount', () => {
    const found = health({
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "#src/*": ["src/*"] } } }',
      'src/app.ts':
        "import Koa from 'koa'\nimport mount from 'koa-mount'\nimport initApis from '#src/init.js'\nconst app = new Koa()\napp.use(mount('/api', initApis()))\n",
      'src/init.ts':
        "import Koa from 'koa'\nimport Router from 'koa-router'\nimport statusRoutes from './status.js'\nconst createRouters = () => {\n  const anonymousRouter = new Router()\n  statusRoutes(anonymousRouter)\n  return [anonymousRouter]\n}\nexport default function initApis(): Koa {\n  const apisApp = new Koa()\n  for (const router of createRouters()) {\n    apisApp.use(router.routes())\n  }\n  return apisApp\n}\n",
      'src/status.ts':
        "export default function statusRoutes<T>(...[router]: [T]) {\n  router.get('/status', ctx => { ctx.status = 204 })\n}\n"
    })
    expect(found.map(c => c.value)).toEqual(['/api/status'])
    // Every link is evidence: the mount, the loop, the call, the route.
    expect(found[0]!.evidence.map(e => `${e.file}:${e.line}`)).toEqual(
      expect.arrayContaining(['src/app.ts:5', 'src/init.ts:6', 'src/status.ts:2'])
    )
  })

  it('keeps two functions’ routers of the same name apart', () => {
    const found = health({
      'app.js':
        "const app = require('express')()\nconst { publicApi, adminApi } = require('./apis')\napp.use('/public', publicApi())\napp.use('/admin', adminApi())\n",
      'apis.js':
        "const express = require('express')\nconst health = require('./health')\nfunction publicApi() {\n  const router = express.Router()\n  health(router)\n  return router\n}\nfunction adminApi() {\n  const router = express.Router()\n  return router\n}\nmodule.exports = { publicApi, adminApi }\n",
      'health.js':
        "module.exports = function health(router) {\n  router.get('/healthz', (q, s) => s.end())\n}\n"
    })
    expect(found.map(c => c.value)).toEqual(['/public/healthz'])
  })

  it('does not mount what a call to an unknown or parameterless helper names', () => {
    const found = health({
      'app.js':
        "const app = require('express')()\nconst helmet = require('helmet')\nhelmet(app)\napp.get('/healthz', (q, s) => s.end())\n"
    })
    expect(found.map(c => c.value)).toEqual(['/healthz'])
  })
})

describe('route factory text helpers', () => {
  it('finds statement calls that pass an identifier first, not keywords or member calls', () => {
    expect(
      routerPassingCalls(
        lexJs('statusRoutes(router, t)\nif (x) {}\na.b(c)\n  await wire(app)\n', ROUTE_METHODS)
      ).map(c => c.callee)
    ).toEqual(['statusRoutes', 'wire'])
    // Not in a string, a template or a comment.
    const quoted = "const s = '; fake(router)'\nconst t = `\n  alsoFake(app)`\n// gone(app)\nreal(app)\n"
    expect(routerPassingCalls(lexJs(quoted, ROUTE_METHODS)).map(c => c.callee)).toEqual(['real'])
  })

  it('reads what a body returns and which function an argument calls', () => {
    expect(returnedIdentifiers('{ const a = 1\n return [a, b, c.d]\n}').names).toEqual(['a', 'b'])
    expect(returnedIdentifiers('{ return apisApp\n}').names).toEqual(['apisApp'])
    expect(calledFunction('initApis(tenantContext)')).toBe('initApis')
    expect(calledFunction('a.b(c)')).toBeNull()
  })
})
