// CommonJS apps that build their routers with required factories: `var api = require('../api/')(env)` then
// `app.use('/api/v1', api)`, and `app.all('/status*', require('./status')(app))` inside that router.
import { jsComposedHealth } from '../../../../src/analyzer/ecosystems/node/routes.js'
import { contextFor } from '../helpers.js'

const health = (files: Record<string, string>) =>
  jsComposedHealth(
    contextFor(files),
    Object.keys(files).filter(f => /\.[cm]?[jt]s$/.test(f))
  )

test('a factory-built router assigned to a variable and mounted; a folder required with a trailing slash', () => {
  const found = health({
    'lib/server/app.js':
      "function create(env) {\n  var express = require('express'), app = express()\n  var api = require('../api/')(env)\n  app.use('/api/v1', api)\n  return app\n}\nmodule.exports = create\n",
    'lib/api/index.js':
      "function create(env) {\n  var express = require('express'), app = express()\n  app.all('/status*', require('./status')(app, env))\n  return app\n}\nmodule.exports = create\n",
    'lib/api/status.js':
      "function configure(app, env) {\n  var express = require('express'), api = express.Router()\n  api.get('/status', function (req, res) { res.json({ status: 'ok' }) })\n  return api\n}\nmodule.exports = configure\n"
  })
  expect(found.map(c => c.value)).toEqual(['/api/v1/status'])
  expect(found[0]!.evidence.map(e => `${e.file}:${e.line}`)).toEqual(
    expect.arrayContaining(['lib/server/app.js:4', 'lib/api/status.js:3'])
  )
})

test('a const factory router and a route handing its path to a router: each answers under its mount', () => {
  const found = health({
    'server.js':
      "const express = require('express')\nconst app = express()\nconst apiRoot = require('./routes/root')()\napp.use('/api', apiRoot)\nconst v3 = require('./v3')()\napp.use('/api/v3', v3)\napp.listen(3000)\n",
    'routes/root.js':
      "function configure() {\n  const express = require('express')\n  const api = express.Router()\n  api.get('/healthz', (req, res) => res.send('ok'))\n  return api\n}\nmodule.exports = configure\n",
    'v3.js':
      "function create() {\n  const express = require('express')\n  const app = express()\n  app.get('/ping', require('./ping')(app))\n  return app\n}\nmodule.exports = create\n",
    'ping.js':
      "function configure() {\n  const express = require('express')\n  const r = express.Router()\n  r.get('/ping', (req, res) => res.end())\n  return r\n}\nmodule.exports = configure\n"
  })
  expect(found.map(c => c.value).sort()).toEqual(['/api/healthz', '/api/v3/ping'])
})

test('a required factory that returns no router, or a plain handler after a route path, mounts nothing', () => {
  const found = health({
    'server.js':
      "const express = require('express')\nconst app = express()\nconst limiter = require('./limiter')(10)\napp.get('/status', limiter, (req, res) => res.json({ ok: true }))\napp.listen(3000)\n",
    'limiter.js': 'module.exports = function (n) {\n  return function (req, res, next) { next() }\n}\n'
  })
  expect(found.map(c => c.value)).toEqual(['/status'])
})

test("a router built inline from the required package (`require('express').Router()`), returned by an exported function expression", () => {
  const found = health({
    'server.js':
      "const express = require('express')\nconst app = express()\nconst apiRoot = require('./routes/root')()\napp.use('/api', apiRoot)\napp.listen(3000)\n",
    'routes/root.js':
      "module.exports = function configure() {\n  const api = require('express').Router()\n  api.get('/healthz', (req, res) => res.send('ok'))\n  return api\n}\n"
  })
  expect(found.map(c => c.value)).toEqual(['/api/healthz'])
})
