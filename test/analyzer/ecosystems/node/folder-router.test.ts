// Folder routers registered on a mounted router: each module's path under the folder, under the router's mount.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const health = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const h = report.apps.find(a => a.appDir === '.')!.healthPath
  return { value: h.value, source: h.source, evidence: h.evidence.map(e => `${e.file}:${e.line}`) }
}

const MODULE = (route: string, options = '') =>
  `import { Router, Request, Response } from "express";\nimport { route } from "../middlewares";\n\nconst router = Router({ mergeParams: true });\n\nrouter.get(\n    "${route}",\n    route({ ${options}authentication: "never" }),\n    (req: Request, res: Response) => res.send({ ping: "pong!" }),\n);\n\nexport default router;\n`

const CHAT = {
  'package.json': JSON.stringify({
    name: 'chat-server',
    scripts: { start: 'node dist/bundle/start.js' },
    dependencies: { express: '^5.0.0' }
  }),
  'src/api/Server.ts':
    'import path from "path";\nimport express, { Router } from "express";\nimport { registerRoutes } from "../util";\n\nexport class APIServer {\n    async start() {\n        const app = express();\n        const api = Router({ mergeParams: true });\n' +
    '        this.routes = [\n            ...(await registerRoutes(this, path.join(__dirname, "routes", "/"), api)),\n        ];\n' +
    '        app.use("/api/v9", api);\n        app.use("/api/v10", api);\n        app.use("/api", api); // allow unversioned requests\n        app.listen(3001);\n    }\n}\n',
  'src/api/routes/ping.ts': MODULE('/'),
  'src/api/routes/-/healthz.ts': MODULE('/', 'deprecated: true, '),
  'src/api/routes/users/#id/status.ts': MODULE('/')
}

const NOTES = {
  'package.json': JSON.stringify({
    name: 'notes',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.19.0' }
  }),
  'server.js':
    "const express = require('express');\nconst loadRoutes = require('./lib/load-routes');\n\nconst app = express();\nconst v1 = express.Router();\nloadRoutes(app, __dirname + '/routes', v1);\napp.use('/v1', v1);\napp.listen(process.env.PORT || 8080);\n",
  'routes/system/health.js':
    "const router = require('express').Router();\n\nrouter.get('/live', (req, res) => res.send('ok'));\n\nmodule.exports = router;\n",
  'routes/notes.js':
    "const router = require('express').Router();\nrouter.get('/', (req, res) => res.json([]));\nmodule.exports = router;\n"
}

describe('folder routers registered on a mounted router', () => {
  it('a TypeScript server mounting its router at /api and versions: the live ping, not the deprecated healthz', () => {
    expect(health(CHAT)).toEqual({
      value: '/api/ping',
      source: 'folder router src/api/routes mounted at /api (src/api/routes/ping.ts)',
      evidence: ['src/api/Server.ts:14', 'src/api/Server.ts:10', 'src/api/routes/ping.ts:6']
    })
  })

  it('a JS server with `__dirname + "/routes"` mounted at /v1, the module’s own route below its path', () => {
    expect(health(NOTES)).toEqual({
      value: '/v1/system/health/live',
      source: 'folder router routes mounted at /v1 (routes/system/health.js)',
      evidence: ['server.js:7', 'server.js:6', 'routes/system/health.js:3']
    })
  })

  it('negative: a router never mounted (the plain file route stays), or only a parameter folder (none)', () => {
    // Unmounted: the folder router says nothing, the plain file route of `routes/` stays.
    expect(
      health({ ...NOTES, 'server.js': NOTES['server.js'].replace("app.use('/v1', v1);\n", '') })
    ).toEqual({
      value: '/system/health',
      source: 'file route routes/system/health.js',
      evidence: ['routes/system/health.js:0']
    })
    const onlyParam = { ...CHAT }
    delete (onlyParam as Record<string, string>)['src/api/routes/ping.ts']
    delete (onlyParam as Record<string, string>)['src/api/routes/-/healthz.ts']
    expect(health(onlyParam).value).toBeNull()
  })
})
