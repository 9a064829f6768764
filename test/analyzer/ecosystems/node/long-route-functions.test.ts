// Route-registration functions longer than one scan window (32 KiB): `function systemEndpoints(app) { … }`
// with dozens of handlers, handed the router mounted at /api (holdout10 anything-llm: /api/ping, not /ping).
import { jsComposedHealth } from '../../../../src/analyzer/ecosystems/node/routes.js'
import { contextFor } from '../helpers.js'

const paths = (files: Record<string, string>): string[] =>
  jsComposedHealth(
    contextFor(files),
    Object.keys(files).filter(f => /\.[cm]?[jt]s$/.test(f))
  ).map(c => c.value)

/** `count` handlers of ~290 characters each: 120 of them pass 32 KiB. */
const handlers = (receiver: string, count: number): string =>
  Array.from(
    { length: count },
    (_, i) =>
      `  ${receiver}.post("/settings/item-${i}", async (request, response) => {\n` +
      `    const body = request.body || {};\n    const value = body.value ?? null;\n` +
      `    if (value === null) return response.status(400).json({ error: "missing value ${i}" });\n` +
      `    response.status(200).json({ ok: true, item: ${i}, value });\n  });\n`
  ).join('')

describe('route functions longer than the scan window', () => {
  it('composes a CommonJS endpoints function handed an express router mounted under /api', () => {
    const system =
      'function systemEndpoints(app) {\n  if (!app) return;\n' +
      '  app.get("/ping", (_, response) => response.status(200).json({ online: true }));\n' +
      handlers('app', 160) +
      '}\n\nmodule.exports = { systemEndpoints };\n'
    expect(system.length).toBeGreaterThan(40 * 1024)
    expect(
      paths({
        'index.js':
          'const express = require("express");\nconst { systemEndpoints } = require("./endpoints/system");\n' +
          'const app = express();\nconst apiRouter = express.Router();\napp.use("/api", apiRouter);\n' +
          'systemEndpoints(apiRouter);\napp.listen(3001);\n',
        'endpoints/system.js': system
      })
    ).toEqual(['/api/ping'])
  })

  it('composes an ES module arrow function whose health route comes after 40 KiB of handlers', () => {
    const ops =
      'export const registerOps = (router) => {\n' +
      handlers('router', 170) +
      '  router.get("/healthz", (_req, res) => res.send("ok"));\n};\n'
    expect(ops.length).toBeGreaterThan(40 * 1024)
    expect(
      paths({
        'src/server.ts':
          "import express from 'express'\nimport { registerOps } from './ops'\n" +
          "const app = express()\nconst internal = express.Router()\napp.use('/internal', internal)\n" +
          'registerOps(internal)\napp.listen(8080)\n',
        'src/ops.ts': ops
      })
    ).toEqual(['/internal/healthz'])
  })

  it('keeps a long function handed the app itself at the root (no prefix invented)', () => {
    const routes =
      'function routes(app) {\n' +
      handlers('app', 160) +
      '  app.get("/status", (_req, res) => res.json({ up: true }));\n}\nmodule.exports = routes;\n'
    expect(
      paths({
        'app.js':
          'const express = require("express");\nconst routes = require("./routes");\n' +
          'const app = express();\nroutes(app);\napp.listen(3000);\n',
        'routes.js': routes
      })
    ).toEqual(['/status'])
  })
})
