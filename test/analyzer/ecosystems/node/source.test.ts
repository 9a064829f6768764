import { analyze } from '../../../../src/analyzer/analyze.js'
import { jsHealthCandidates, JS_PORT_PATTERNS } from '../../../../src/analyzer/ecosystems/node/source.js'
import { CONFIG_FILE_PORT, findPorts } from '../../../../src/analyzer/signals/ports.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { contextFor } from '../helpers.js'

const portsOf = (code: string) =>
  findPorts(treeFromFiles({ 'server.js': code }), ['server.js'], JS_PORT_PATTERNS)

test('a config object port falling back to PORT, then a literal: replaced by PORT or by the loaded config', () => {
  for (const code of [
    'const port = conf.port || process.env.PORT || 3000\napp.listen(port)\n',
    'if (!conf.port) conf.port = process.env.PORT || 3000\napp.listen(conf.port)\n',
    'if (appconfig.port < 1 || process.env.HEROKU) {\n  appconfig.port = process.env.PORT || 3000\n}\n'
  ])
    expect(portsOf(code)).toEqual([
      expect.objectContaining({
        value: 3000,
        source: 'server.js config port fallback',
        replacedBy: ['PORT', CONFIG_FILE_PORT]
      })
    ])
})

test('an unconditional assignment or a plain PORT fallback is replaced by PORT only', () => {
  for (const code of [
    'conf.port = process.env.PORT || 3000\n',
    'app.listen(process.env.PORT || 3000)\n',
    'const options = { port: process.env.PORT ?? 3000 }\n'
  ])
    expect(portsOf(code)).toEqual([
      expect.objectContaining({ value: 3000, source: 'server.js PORT fallback', replacedBy: ['PORT'] })
    ])
})

const controller = [
  "import { Controller, Get } from '@nestjs/common'",
  "@Controller('health-check')",
  'export class HealthController {',
  '  @Get()',
  "  check() { return { status: 'ok' } }",
  '}',
  ''
].join('\n')

function healthOf(bootstrap: string): string | undefined {
  const files = {
    'src/main.ts': "import { bootstrap } from './bootstrap'\nbootstrap()\n",
    'src/bootstrap.ts': bootstrap,
    'src/app/health/health.controller.ts': controller
  }
  const ctx = contextFor(files)
  return jsHealthCandidates(ctx, Object.keys(files))[0]?.value
}

describe('jsHealthCandidates: NestJS routing set up outside main.ts', () => {
  test('URI versioning in the file that calls NestFactory.create, with a context-path placeholder', () => {
    expect(
      healthOf(
        [
          "import { NestFactory } from '@nestjs/core'",
          'export async function bootstrap() {',
          '  const app = await NestFactory.create(AppModule)',
          "  app.enableVersioning({ type: VersioningType.URI, prefix: `${CONTEXT_PATH}v`, defaultVersion: '1' })",
          '  await app.listen(process.env.PORT)',
          '}'
        ].join('\n')
      )
    ).toBe('/v1/health-check')
  })
  test('header versioning leaves the path alone; a file that never creates the app is not read', () => {
    expect(
      healthOf(
        "const app = await NestFactory.create(AppModule)\napp.enableVersioning({ type: VersioningType.HEADER, header: 'v' })\n"
      )
    ).toBe('/health-check')
    expect(healthOf("export const setup = (app) => app.enableVersioning({ defaultVersion: '2' })\n")).toBe(
      '/health-check'
    )
  })
})

describe('jsHealthCandidates: requests the app makes are not routes', () => {
  const server =
    "import express from 'express'\nconst app = express()\napp.get('/healthz', (req, res) => res.send('ok'))\n"
  const client = [
    'export class PlexTvAPI {',
    '  async ping() {',
    "    const response = await this.axios.get('/api/v2/ping', { headers: {} })",
    '    return response.status === 200',
    '  }',
    '}',
    ''
  ].join('\n')
  test('an awaited client .get() is not reported as the health route', () => {
    const files = {
      'server/index.ts': "import express from 'express'\nexpress().listen(5055)\n",
      'server/api/plextv.ts': client
    }
    const values = jsHealthCandidates(contextFor(files), Object.keys(files)).map(c => c.value)
    expect(values).not.toContain('/api/v2/ping')
  })
  test('a registered route beside it still is', () => {
    const files = { 'server/index.ts': server, 'server/api/plextv.ts': client }
    expect(jsHealthCandidates(contextFor(files), Object.keys(files))[0]?.value).toBe('/healthz')
  })
})

describe('port helper default: parseInt’s second argument is a radix, not a port', () => {
  test('a NestJS config factory and an express server parsing APP_PORT/PORT in base 10 report no port 10', () => {
    const nestConfig = [
      'export default registerAs("app", () => ({',
      '  port: process.env.APP_PORT',
      '    ? parseInt(process.env.APP_PORT, 10)',
      '    : process.env.PORT',
      '      ? parseInt(process.env.PORT, 10)',
      '      : 3000,',
      '}))',
      ''
    ].join('\n')
    const express = 'const port = parseInt(process.env.HTTP_PORT, 10)\napp.listen(port)\n'
    for (const code of [nestConfig, express]) expect(portsOf(code).map(p => p.value)).not.toContain(10)
    expect(portsOf(express)).toEqual([])
  })

  test('a helper whose second argument is the default still gives that default', () => {
    expect(portsOf('const port = toNumber(process.env.SERVER_PORT, 8080)\n')).toEqual([
      expect.objectContaining({ value: 8080, source: 'server.js port helper default' })
    ])
  })
})

// File routes answer a load balancer's GET only when their module exports one (holdout27 dub: `export const
// POST` at `app/(ee)/api/intercom/webhook/health-check/route.ts` is Intercom's signed webhook, and `export
// const GET = withWorkspace(async ({ workspace, searchParams }) => …)` at `api/domains/status` needs a
// workspace's API key); an OpenAPI paths object built in code (`lib/openapi/…`) describes routes, serves none.
describe('file routes a probe can GET', () => {
  const fields = (files: Record<string, string>) => {
    const report = analyze(treeFromFiles(files))
    const app = report.apps.find(a => a.appDir === report.primary)!
    return {
      framework: app.framework.value,
      port: app.port.value,
      startCommand: app.startCommand.value,
      healthPath: app.healthPath.value
    }
  }
  const next = (routes: Record<string, string>) => ({
    'package.json': JSON.stringify({
      name: 'web',
      scripts: { build: 'next build', start: 'next start' },
      dependencies: { next: '15.0.0', react: '19.0.0', 'react-dom': '19.0.0' }
    }),
    'package-lock.json': '{"lockfileVersion":3}',
    'next.config.js': 'module.exports = {}\n',
    'app/page.tsx': 'export default function Page() { return null }\n',
    ...routes
  })
  const svelte = (routes: Record<string, string>) => ({
    'package.json': JSON.stringify({
      name: 'kit',
      type: 'module',
      scripts: { build: 'vite build', start: 'node build' },
      devDependencies: { '@sveltejs/kit': '^2.0.0', '@sveltejs/adapter-node': '^5.0.0', vite: '^5' }
    }),
    'package-lock.json': '{"lockfileVersion":3}',
    'svelte.config.js':
      "import adapter from '@sveltejs/adapter-node'\nexport default { kit: { adapter: adapter() } }\n",
    'src/routes/+page.svelte': '<h1>hi</h1>\n',
    ...routes
  })
  const POST_ONLY =
    'import { NextResponse } from "next/server"\n// POST /api/intercom/webhook/health-check\nexport const POST = async (req) => {\n  await verify(req)\n  return NextResponse.json({ state: "OK" })\n}\n'

  test('Next.js: a GET route handler is the health path; a POST-only one beside it is not', () => {
    expect(
      fields(
        next({
          'app/api/health/route.ts': POST_ONLY,
          'app/api/status/route.ts':
            'export async function GET() {\n  return Response.json({ ok: true })\n}\n'
        })
      )
    ).toEqual({ framework: 'nextjs', port: 3000, startCommand: 'npm start', healthPath: '/api/status' })
  })

  test('SvelteKit: `export { handler as GET }` counts; `export async function POST` alone does not', () => {
    expect(
      fields(
        svelte({
          'src/routes/api/health/+server.ts':
            'export async function POST({ request }) {\n  return new Response("ok")\n}\n',
          'src/routes/api/ping/+server.ts':
            'const handler = () => new Response("pong")\nexport { handler as GET, handler as HEAD }\n'
        })
      )
    ).toEqual({ framework: 'sveltekit', port: 3000, startCommand: 'npm start', healthPath: '/api/ping' })
  })

  test('negative: a POST-only handler, a workspace-wrapped GET and an OpenAPI paths object give no health path', () => {
    expect(
      fields(
        next({
          'app/(ee)/api/intercom/webhook/health-check/route.ts': POST_ONLY,
          'app/(ee)/api/domains/status/route.ts':
            'import { withWorkspace } from "@/lib/auth"\nexport const GET = withWorkspace(\n  async ({ workspace, searchParams }) => {\n    return Response.json(await check(workspace, searchParams))\n  }\n)\n',
          'lib/openapi/domains/index.ts':
            'export const domainsPaths = {\n  "/domains/status": {\n    get: checkDomainStatus,\n  },\n}\n'
        })
      )
    ).toEqual({ framework: 'nextjs', port: 3000, startCommand: 'npm start', healthPath: null })
  })
})

// A file route whose response is cached (Nitro's defineCachedEventHandler, a Next segment's revalidate or
// force-static) reports what it cached, not the app's state now: never its health path.
describe('cached file routes', () => {
  it('gives a Nuxt site whose only health-named route is cached module-health data no health path', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'site',
          packageManager: 'pnpm@11.22.0',
          scripts: { build: 'nuxt build', preview: 'nuxt preview' },
          dependencies: { nuxt: '^4.5.2' }
        }),
        'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
        'nuxt.config.ts': 'export default defineNuxtConfig({})\n',
        'server/api/v1/modules/health.get.ts':
          "export default defineCachedEventHandler(async (event) => {\n  return await fetchModuleHealth(event)\n}, { name: 'modules:health', swr: true, maxAge: 3600 })\n"
      })
    ).apps[0]!
    expect(app.healthPath.value).toBeNull()
    expect(app.framework.value).toBe('nuxt')
    expect(app.port.value).toBe(3000)
    expect(app.packageManager.value).toBe('pnpm')
  })

  it('gives a Next app its uncached /api/ping, not the revalidated /api/health', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'dash',
          scripts: { build: 'next build', start: 'next start' },
          dependencies: { next: '^15', react: '^19', 'react-dom': '^19' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'next.config.ts': 'export default {}\n',
        'app/api/health/route.ts':
          "export const revalidate = 3600\nexport async function GET() {\n  return Response.json(await fetch('https://status.example.com').then(r => r.json()))\n}\n",
        'app/api/ping/route.ts': 'export async function GET() {\n  return Response.json({ ok: true })\n}\n'
      })
    ).apps[0]!
    expect(app.healthPath.value).toBe('/api/ping')
    expect(app.framework.value).toBe('nextjs')
    expect(app.startCommand.value).toBe('npm start')
  })

  it('keeps an uncached Nuxt health route', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'site',
          scripts: { build: 'nuxt build' },
          dependencies: { nuxt: '^4' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'nuxt.config.ts': 'export default defineNuxtConfig({})\n',
        'server/api/health.get.ts': "export default defineEventHandler(() => ({ status: 'ok' }))\n"
      })
    ).apps[0]!
    expect(app.healthPath.value).toBe('/api/health')
  })
})

// A config module reading the environment through an alias (`const env = process.env`), the app's own
// variable parsed in base 10 with its default after `||` (holdout33 traduora: `port: parseInt(env.TR_PORT, 10)
// || 8080` in api/src/config.ts, main.ts listens on config.port).
describe('port variable fallback through an environment alias', () => {
  const configModule = (line: string) =>
    `import * as process from 'process'\nconst env = process.env\nexport const config = {\n  env: env.NODE_ENV || 'dev',\n${line}\n}\n`

  test('a NestJS config module and an express settings object give their defaults', () => {
    const nest = {
      'package.json': JSON.stringify({
        name: 'translate-api',
        scripts: { build: 'tsc', 'start:prod': 'node dist/main.js' },
        dependencies: {
          '@nestjs/core': '^11.0.0',
          '@nestjs/common': '^11.0.0',
          '@nestjs/platform-express': '^11.0.0'
        }
      }),
      'src/config.ts': configModule('  port: parseInt(env.TR_PORT, 10) || 8080,'),
      'src/main.ts':
        "import { NestFactory } from '@nestjs/core'\nimport { config } from './config'\nasync function bootstrap() {\n" +
        "  const app = await NestFactory.create(AppModule)\n  await app.listen(config.port, '0.0.0.0')\n}\nbootstrap()\n"
    }
    const express = {
      'package.json': JSON.stringify({
        name: 'wiki',
        scripts: { start: 'node server.js' },
        dependencies: { express: '^4.21.0' }
      }),
      'settings.js': configModule('  port: Number(env.WIKI_PORT) ?? 4310,').replace(
        "import * as process from 'process'\n",
        ''
      ),
      'server.js':
        "const express = require('express')\nconst { config } = require('./settings')\nexpress().listen(config.port)\n"
    }
    for (const [files, port, file, start, framework] of [
      [nest, 8080, 'src/config.ts', 'npm run start:prod', 'nestjs'],
      [express, 4310, 'settings.js', 'npm start', 'express']
    ] as const) {
      const report = analyze(treeFromFiles(files))
      const app = report.apps[0]!
      expect(app.port.value).toBe(port)
      expect(app.port.evidence[0]?.file).toBe(file)
      expect(app.startCommand.value).toBe(start)
      expect(app.framework.value).toBe(framework)
    }
  })

  test('a backing service variable, or an env property of another object, gives no port', () => {
    expect(portsOf(configModule('  port: parseInt(env.DB_PORT, 10) || 5433,'))).toEqual([])
    expect(portsOf(configModule('  port: parseInt(options.env.APP_PORT, 10) || 7000,'))).toEqual([])
    expect(portsOf(configModule('  port: parseInt(env.TR_PORT, 10) || 8080,'))).toEqual([
      expect.objectContaining({ value: 8080, source: 'server.js port variable fallback' })
    ])
  })
})
