// A NestJS handler that binds named request input (`@Query('apiKey')`, `@Param('id')`, `@Body('x')`), or a
// Fastify route whose schema requires a querystring or params, is not a probe, however health-like its path
// reads: a load balancer sends none. A member that other members import but that ships its own image is an app.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { inputGate } from '../../../src/analyzer/signals/handler-input.js'

const nest = (controllers: Record<string, string>): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'api',
    scripts: { start: 'node dist/main.js', build: 'nest build' },
    dependencies: { '@nestjs/core': '^11.0.0', '@nestjs/common': '^11.0.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'src/main.ts':
    "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app.module'\n" +
    'async function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  await app.listen(3000)\n}\nbootstrap()\n',
  ...controllers
})

const healthOf = (files: Record<string, string>) => {
  const app = analyze(treeFromFiles(files)).apps.find(a => a.appDir === '.')!
  return { framework: app.framework.value, port: app.port.value, healthPath: app.healthPath.value }
}

describe('health-looking NestJS routes whose handler needs input', () => {
  it('a provider status checked by api key is no probe: nothing else, no health path', () => {
    const files = nest({
      'src/integrations.controller.ts':
        "import { Controller, Get, Query } from '@nestjs/common'\n@Controller('/integrations')\nexport class IntegrationsController {\n" +
        "  @Get('/acme/status')\n  async acmeStatus(@Query('apiKey') apiKey: string) {\n    return { ok: !!apiKey }\n  }\n}\n"
    })
    expect(healthOf(files)).toEqual({ framework: 'nestjs', port: 3000, healthPath: null })
  })

  it('a job status by id is dropped, the plain /health beside it is kept', () => {
    const files = nest({
      'src/jobs.controller.ts':
        "import { Controller, Get, Param } from '@nestjs/common'\n@Controller('jobs')\nexport class JobsController {\n" +
        "  @Get('status')\n  status(\n    @Param('id') id: string,\n  ) {\n    return id\n  }\n}\n",
      'src/health.controller.ts':
        "import { Controller, Get } from '@nestjs/common'\n@Controller()\nexport class HealthController {\n" +
        "  @Get('health')\n  health() {\n    return { status: 'ok' }\n  }\n}\n"
    })
    expect(healthOf(files)).toEqual({ framework: 'nestjs', port: 3000, healthPath: '/health' })
  })

  it('negative: @Req()/@Res() or no parameters keep the route', () => {
    const files = nest({
      'src/status.controller.ts':
        "import { Controller, Get, Req } from '@nestjs/common'\n@Controller('api')\nexport class StatusController {\n" +
        "  @Get('status')\n  status(@Req() req: unknown) {\n    return { up: true }\n  }\n}\n"
    })
    expect(healthOf(files).healthPath).toBe('/api/status')
    const lines = ["@Get('ping')", 'ping() {', '  return 1', '}']
    expect(inputGate({ file: 'a.ts', line: 1, text: lines[0]! }, lines)).toBeNull()
  })
})

const fastifyApp = (routes: string): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'svc',
    scripts: { start: 'node dist/server.js', build: 'tsc' },
    dependencies: { fastify: '^5.0.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'src/server.ts':
    "import Fastify from 'fastify'\nconst app = Fastify()\n" +
    routes +
    "app.listen({ port: 8080, host: '0.0.0.0' })\n"
})

describe('Fastify routes whose schema requires input', () => {
  it('a segment status needing a querystring is dropped', () => {
    const files = fastifyApp(
      "app.get(\n  '/segments/status',\n  {\n    schema: {\n      querystring: StatusRequest,\n    },\n  },\n  async (request) => lookup(request.query),\n)\n"
    )
    expect(healthOf(files)).toEqual({ framework: 'fastify', port: 8080, healthPath: null })
  })

  it('a job status with path params is dropped; /healthz beside it is kept', () => {
    const files = fastifyApp(
      "app.route({\n  method: 'GET',\n  url: '/jobs/status',\n  schema: { params: JobParams },\n  handler: async (req) => req.params,\n})\n" +
        "app.get('/healthz', async () => ({ ok: true }))\n"
    )
    expect(healthOf(files).healthPath).toBe('/healthz')
  })

  it('negative: a schema with only a response keeps the route', () => {
    const files = fastifyApp(
      "app.get('/status', { schema: { response: { 200: Status } } }, async () => ({ up: true }))\n"
    )
    expect(healthOf(files).healthPath).toBe('/status')
  })
})

describe('a workspace package other members import that ships its own image', () => {
  const workspace = (apiDockerfile: string | null): Record<string, string> => ({
    'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
    'yarn.lock': '__metadata:\n  version: 8\n',
    '.yarnrc.yml': 'nodeLinker: node-modules\n',
    'packages/api/package.json': JSON.stringify({
      name: 'api',
      exports: { './*': './dist/*.js' },
      dependencies: { fastify: '4.23.2' }
    }),
    'packages/api/src/app.ts': "import Fastify from 'fastify'\nexport const app = Fastify()\n",
    'packages/api/scripts/startServer.ts': "import { app } from '../src/app'\napp.listen({ port: 3001 })\n",
    'packages/all/package.json': JSON.stringify({
      name: 'all',
      scripts: { start: 'node dist/start.js' },
      dependencies: { api: '0.0.1', fastify: '4.23.2' }
    }),
    'packages/all/src/start.ts': "import { app } from 'api/src/app'\napp.listen({ port: 3000 })\n",
    ...(apiDockerfile ? { 'packages/api/Dockerfile': apiDockerfile } : {})
  })

  it('is a fastify app with its image', () => {
    const report = analyze(
      treeFromFiles(
        workspace(
          'FROM node:20.19.5-slim\nWORKDIR /service\nCOPY . .\nEXPOSE 3001\nCMD ["node", "./dist/scripts/startServer.js"]\n'
        )
      )
    )
    const api = report.apps.find(a => a.appDir === 'packages/api')!
    expect({
      framework: api.framework.value,
      packageManager: api.packageManager.value,
      runtimeVersion: api.runtimeVersion.value,
      port: api.port.value
    }).toEqual({ framework: 'fastify', packageManager: 'yarn', runtimeVersion: '20.19.5', port: 3001 })
  })

  it('an express server package with a main field, imported by a CLI member, in a pnpm workspace', () => {
    const files = {
      'package.json': JSON.stringify({ name: 'tool', private: true, packageManager: 'pnpm@9.15.0' }),
      'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      'packages/server/package.json': JSON.stringify({
        name: '@tool/server',
        main: 'dist/index.js',
        dependencies: { express: '^4.21.0' }
      }),
      'packages/server/src/index.ts':
        "import express from 'express'\nexport const app = express()\napp.get('/healthz', (_req, res) => res.send('ok'))\n",
      'packages/server/Dockerfile':
        'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 7000\nCMD ["node", "dist/index.js"]\n',
      'packages/cli/package.json': JSON.stringify({
        name: '@tool/cli',
        bin: { tool: 'dist/cli.js' },
        dependencies: { '@tool/server': 'workspace:*' }
      }),
      'packages/cli/src/cli.ts': "import { app } from '@tool/server'\napp.listen(7000)\n"
    }
    const server = analyze(treeFromFiles(files)).apps.find(a => a.appDir === 'packages/server')!
    expect({
      framework: server.framework.value,
      packageManager: server.packageManager.value,
      runtimeVersion: server.runtimeVersion.value,
      port: server.port.value,
      healthPath: server.healthPath.value
    }).toEqual({
      framework: 'express',
      packageManager: 'pnpm',
      runtimeVersion: '22',
      port: 7000,
      healthPath: '/healthz'
    })
  })

  it('negative: without a Dockerfile it stays a package the others import', () => {
    const report = analyze(treeFromFiles(workspace(null)))
    expect(report.apps.find(a => a.appDir === 'packages/api')?.framework.value ?? 'not an app').not.toBe(
      'fastify'
    )
  })
})
