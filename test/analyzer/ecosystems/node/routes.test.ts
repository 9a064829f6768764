import { jsComposedHealth } from '../../../../src/analyzer/ecosystems/node/routes.js'
import { contextFor } from '../helpers.js'

const paths = (files: Record<string, string>): string[] => {
  const ctx = contextFor(files)
  return jsComposedHealth(
    ctx,
    Object.keys(files).filter(f => /\.[cm]?[jt]s$/.test(f))
  ).map(c => c.value)
}

describe('JS route composition', () => {
  it('follows routers through modules re-exported whole (export * from, module.exports = require)', () => {
    expect(
      paths({
        'src/app.ts':
          "import express from 'express'\nimport { ops } from './routes'\nconst app = express()\napp.use('/internal', ops)\n",
        'src/routes/index.ts': "export * from './ops'\n",
        'src/routes/ops.ts':
          "import { Router } from 'express'\nexport const ops = Router()\nops.get('/livez', (_q, s) => s.send('ok'))\n"
      })
    ).toEqual(['/internal/livez'])
    expect(
      paths({
        'app.js':
          "const app = require('express')()\nconst routes = require('./routes')\napp.use('/v2', routes.api)\n",
        'routes/index.js': "module.exports = require('./table')\n",
        'routes/table.js':
          "const api = require('express').Router()\napi.get('/health', (q, s) => s.end())\nmodule.exports = { api }\n"
      })
    ).toEqual(['/v2/health'])
  })

  it('treats use(path, middleware) as a route when the middleware is not a router', () => {
    expect(
      paths({
        'server.js':
          "const app = require('express')()\napp.use('/healthz', require('express-healthcheck')())\n"
      })
    ).toEqual(['/healthz'])
  })

  it('mounts a router exported under a name and imported with an alias', () => {
    expect(
      paths({
        'src/app.ts':
          "import express from 'express'\nimport { router as ops } from './ops'\nconst app = express()\napp.use('/internal', ops)\n",
        'src/ops.ts':
          "import { Router } from 'express'\nexport const router = Router()\nrouter.get('/ready', (_q, s) => s.send('ok'))\n"
      })
    ).toEqual(['/internal/ready'])
  })

  it('composes an Elysia group callback and a constructor prefix', () => {
    expect(
      paths({
        'src/index.ts':
          "import { Elysia } from 'elysia'\nconst app = new Elysia({ prefix: '/svc' })\n  .group('/sys', app => app.get('/health', () => 'ok'))\n  .listen(3000)\n"
      })
    ).toEqual(['/svc/sys/health'])
  })

  it('gives a route on a router mounted twice both paths', () => {
    expect(
      paths({
        'index.js':
          "const express = require('express')\nconst app = express()\nconst health = express.Router()\nhealth.get('/', (q, s) => s.end())\napp.use('/health', health)\napp.use('/api/health', health)\n"
      }).sort()
    ).toEqual(['/api/health', '/health'])
  })

  it('ignores routes that look like health checks only in a string of another call', () => {
    expect(paths({ 'a.js': "fetch('/health').then(r => r.json())\nconsole.log('/healthz')\n" })).toEqual([])
  })
})

describe('files the route graph reads', () => {
  it('reads tsconfig.json and package.json for package imports even when none is resolved', () => {
    const files = {
      'tsconfig.json': '{ "compilerOptions": { "paths": { "#src/*": ["src/*"] } } }',
      'package.json': '{ "name": "api", "imports": { "#lib/*": "./lib/*" } }',
      'src/a.ts':
        "import Koa from 'koa'\nimport { x } from '#lib/x'\nexport const app = new Koa()\napp.get('/health', h)\n"
    }
    const ctx = contextFor(files)
    jsComposedHealth(ctx, ['src/a.ts'])
    // What resolving those imports reads: the content digest records these files.
    expect(ctx.tree.readPaths()).toEqual(['package.json', 'src/a.ts', 'tsconfig.json'])
  })

  it('reads only the modules of an app none of whose route calls names a health path (no graph)', () => {
    const ctx = contextFor({
      'tsconfig.json': '{ "compilerOptions": { "paths": { "#src/*": ["src/*"] } } }',
      'package.json': '{ "name": "api", "imports": { "#lib/*": "./lib/*" } }',
      'src/a.ts':
        "import Koa from 'koa'\nimport { x } from '#lib/x'\nexport const app = new Koa()\napp.get('/users', h)\n"
    })
    expect(jsComposedHealth(ctx, ['src/a.ts'])).toEqual([])
    expect(ctx.tree.readPaths()).toEqual(['src/a.ts'])
  })

  it('reads neither for relative imports only', () => {
    const ctx = contextFor({
      'tsconfig.json': '{}',
      'package.json': '{ "name": "api" }',
      'src/a.ts': "import { b } from './b'\n",
      'src/b.ts': 'export const b = 1\n'
    })
    jsComposedHealth(ctx, ['src/a.ts'])
    expect(ctx.tree.readPaths()).toEqual(['src/a.ts'])
  })
})

// A large app's health route module sits past the 400 modules the graph reads first (holdout34 worklenz:
// src/routes/public/index.ts after ~440 shallower files; src/app.ts:505 `app.use("/public", public_router)`).
describe('health route modules past the module cap', () => {
  const filler = (dir: string, n: number): Record<string, string> =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `${dir}/m${String(i).padStart(3, '0')}.ts`,
        `export const v${i} = ${i}\n`
      ])
    )
  const ordered = (files: Record<string, string>): string[] =>
    Object.keys(files).sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1))
  const composed = (files: Record<string, string>): string[] =>
    jsComposedHealth(contextFor(files), ordered(files)).map(c => c.value)

  it('reads a later module that declares a health path, under the prefix an early module mounts it at', () => {
    const tasks = {
      ...filler('src/models', 420),
      'src/app.ts':
        'import express from "express"\nimport public_router from "./routes/public"\nconst app = express()\napp.use("/public", public_router)\nexport default app\n',
      'src/routes/public/index.ts':
        'import express from "express"\nconst public_router = express.Router()\npublic_router.get("/health", (req, res) => {\n  res.json({ status: "ok" })\n})\nexport default public_router\n'
    }
    expect(composed(tasks)).toEqual(['/public/health'])
    const crm = {
      ...filler('lib/entities', 405),
      'lib/server.js':
        "const app = require('express')()\nconst ops = require('./http/ops/router')\napp.use('/ops', ops)\napp.listen(3000)\n",
      'lib/http/ops/router.js':
        "const r = require('express').Router()\nr.get('/ping', (q, s) => s.send('pong'))\nmodule.exports = r\n"
    }
    expect(composed(crm)).toEqual(['/ops/ping'])
  })

  it('negative: later modules without a health path are not read (the cap still bounds the graph)', () => {
    const files = {
      ...filler('src/models', 420),
      'src/app.ts':
        'import express from "express"\nimport users from "./routes/users/index"\nconst app = express()\napp.use("/users", users)\n',
      'src/routes/users/index.ts':
        'import express from "express"\nconst users = express.Router()\nusers.get("/list", (q, s) => s.json([]))\nexport default users\n'
    }
    expect(composed(files)).toEqual([])
  })
})
