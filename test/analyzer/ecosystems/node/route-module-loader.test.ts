// Route modules loaded from a folder by the app's own loader: the module's `url`/`path` under the prefix the
// loader writes in front of it, not the module's file path.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../../src/analyzer/analyze.js'
import { declaredRouteOf } from '../../../../src/analyzer/ecosystems/node/route-module-loader.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const health = (files: Record<string, string>, dir = '.') => {
  const report = analyze(treeFromFiles(files))
  const h = report.apps.find(a => a.appDir === dir)!.healthPath
  return { value: h.value, source: h.source, evidence: h.evidence.map(e => `${e.file}:${e.line}`) }
}

const FASTIFY_LOADER =
  "import { fileURLToPath } from 'node:url';\nimport jetpack from 'fs-jetpack';\n\nexport default {\n" +
  '\tload: async (server) => {\n' +
  "\t\tconst files = await jetpack.findAsync(fileURLToPath(new URL('../routes', import.meta.url)), { matching: '*.js' });\n" +
  '\t\tfor (const file of files) {\n\t\t\tconst route = await import(file);\n\t\t\tconst options = route.options;\n' +
  "\t\t\toptions.url = `${route.options?.ignoreRoutePrefix ? '' : '/api'}${options.url}`;\n" +
  '\t\t\tserver.route({ ...options, handler: route.run });\n\t\t}\n\t}\n};\n'

const FASTIFY_HEALTH = (extra = '') =>
  "import type { FastifyReply } from 'fastify';\n\nexport const schema = { summary: 'Health' };\n\n" +
  `export const options = {\n\turl: '/health',\n\tmethod: 'get'${extra}\n};\n\n` +
  "export const run = (_, res: FastifyReply) => res.send({ status: 'yes' });\n"

const FASTIFY = {
  'packages/backend/package.json': JSON.stringify({
    name: '@files/backend',
    type: 'module',
    scripts: { start: 'node dist/main.js' },
    dependencies: { fastify: '^4.26.0', 'fs-jetpack': '^5.1.0' }
  }),
  'packages/backend/src/main.ts':
    "import Fastify from 'fastify';\nimport Routes from './structures/routes.js';\n\nconst server = Fastify();\nawait Routes.load(server);\nawait server.listen({ port: 8000, host: '0.0.0.0' });\n",
  'packages/backend/src/structures/routes.ts': FASTIFY_LOADER,
  'packages/backend/src/routes/health/HealthCheck.ts': FASTIFY_HEALTH(),
  'packages/backend/src/routes/files/GetFiles.ts':
    "export const options = {\n\turl: '/files',\n\tmethod: 'get',\n\tmiddlewares: ['auth']\n};\nexport const run = () => [];\n"
}

const EXPRESS = {
  'package.json': JSON.stringify({
    name: 'notes-api',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.19.2' }
  }),
  'server.js':
    "const express = require('express');\nconst fs = require('fs');\nconst path = require('path');\n\nconst app = express();\n" +
    "for (const name of fs.readdirSync(path.join(__dirname, 'routes'), { recursive: true })) {\n" +
    "  if (!name.endsWith('.js')) continue;\n  const route = require(path.join(__dirname, 'routes', name));\n" +
    "  app[route.method.toLowerCase()]('/v2' + route.path, route.handler);\n}\n\napp.listen(process.env.PORT || 4000);\n",
  'routes/monitoring/ping.js':
    "module.exports = {\n  method: 'GET',\n  path: '/ping',\n  handler: (req, res) => res.send('pong')\n};\n"
}

describe('declaredRouteOf', () => {
  it('reads the exported route object whatever the order of its keys', () => {
    expect(declaredRouteOf('a.ts', "export default { method: 'GET', url: '/status', handler }\n")).toEqual({
      path: '/status',
      evidence: { file: 'a.ts', line: 1, text: "export default { method: 'GET', url: '/status', handler }" }
    })
  })

  it('negative: an object without a method, or not exported, declares no route', () => {
    expect(declaredRouteOf('a.ts', "export const config = { url: '/health' }\n")).toBeNull()
    expect(declaredRouteOf('a.ts', "const options = { url: '/health', method: 'get' }\n")).toBeNull()
  })
})

describe('route modules loaded from a folder', () => {
  it('a fastify loader prefixing /api unless the module opts out: /api/health, not the file path', () => {
    expect(health(FASTIFY, 'packages/backend')).toEqual({
      value: '/api/health',
      source: 'route module packages/backend/src/routes/health/HealthCheck.ts (loaded from its folder)',
      evidence: [
        'packages/backend/src/structures/routes.ts:10',
        'packages/backend/src/routes/health/HealthCheck.ts:6'
      ]
    })
  })

  it('an express loader requiring every module under routes/ with a concatenated /v2: /v2/ping', () => {
    expect(health(EXPRESS)).toEqual({
      value: '/v2/ping',
      source: 'route module routes/monitoring/ping.js (loaded from its folder)',
      evidence: ['server.js:9', 'routes/monitoring/ping.js:3']
    })
  })

  it('negative: the module sets the flag the loader’s prefix condition reads: no prefix', () => {
    const files = {
      ...FASTIFY,
      'packages/backend/src/routes/health/HealthCheck.ts': FASTIFY_HEALTH(',\n\tignoreRoutePrefix: true')
    }
    expect(health(files, 'packages/backend').value).toBe('/health')
  })

  it('negative: a module that declares no route keeps its file path (a plain folder router)', () => {
    const files = {
      ...EXPRESS,
      'routes/monitoring/ping.js': "module.exports = (req, res) => res.send('pong')\n"
    }
    expect(health(files).value).toBe('/monitoring/ping')
  })
})
