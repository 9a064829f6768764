import { jsComposedHealth } from '../../../src/analyzer/providers/node-routes.js'
import { contextFor } from './helpers.js'

const paths = (files: Record<string, string>): string[] => {
  const ctx = contextFor(files)
  return jsComposedHealth(
    ctx,
    Object.keys(files).filter(f => /\.[cm]?[jt]s$/.test(f))
  ).map(c => c.value)
}

describe('JS route composition', () => {
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
