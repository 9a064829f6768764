// An env helper taking the variable's name and a default (`parseEnv("LAT_API_PORT", "number", 3001)`,
// `env('APP_PORT', 8088)`, `config.get<number>('HTTP_PORT', 3333)`): the port the server binds while the
// variable is unset (holdout41: latitude's Hono api).
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const app = (deps: Record<string, string>, files: Record<string, string>) =>
  analyze(
    treeFromFiles({
      'package.json': JSON.stringify({
        name: 'svc',
        scripts: { build: 'tsc', start: 'node dist/server.js' },
        dependencies: deps
      }),
      'package-lock.json': JSON.stringify({ lockfileVersion: 3 }),
      ...files
    })
  ).apps[0]!

describe('env helper default by variable name', () => {
  it('Hono api: parseEnv("LAT_API_PORT", "number", 3001) beside a URL setting, field by field', () => {
    const a = app(
      { hono: '^4.6.0', '@hono/node-server': '^1.13.0' },
      {
        'src/server.ts':
          "import { serve } from '@hono/node-server'\nimport { Hono } from 'hono'\nimport { parseEnv } from '@platform/env'\n" +
          'const app = new Hono()\n' +
          'const url = Effect.runSync(parseEnv("LAT_API_URL", "string", "http://localhost:3001"))\n' +
          'const port = Effect.runSync(parseEnv("LAT_API_PORT", "number", 3001))\n' +
          "app.get('/health', c => c.json({ status: 'ok' }))\n" +
          'serve({ fetch: app.fetch, port })\n'
      }
    )
    expect(a.framework.value).toBe('hono')
    expect(a.port.value).toBe(3001)
    expect(a.port.source).toBe('src/server.ts env helper default (variable name, default)')
    expect(a.port.evidence[0]).toEqual({
      file: 'src/server.ts',
      line: 6,
      text: 'const port = Effect.runSync(parseEnv("LAT_API_PORT", "number", 3001))'
    })
    expect(a.healthPath.value).toBe('/health')
  })

  it("express api: env('APP_PORT', 8088) read in a config module", () => {
    const a = app(
      { express: '^4.19.0' },
      {
        'src/config.ts':
          "import { env } from './env'\nexport const config = {\n  port: env('APP_PORT', 8088),\n}\n",
        'src/server.ts':
          "import express from 'express'\nimport { config } from './config'\nconst app = express()\n" +
          "app.get('/healthz', (_req, res) => res.send('ok'))\napp.listen(config.port)\n"
      }
    )
    expect(a.framework.value).toBe('express')
    expect(a.port.value).toBe(8088)
    expect(a.port.evidence[0]?.file).toBe('src/config.ts')
    expect(a.port.evidence[0]?.line).toBe(3)
    expect(a.healthPath.value).toBe('/healthz')
  })

  it("NestJS: configService.get<number>('HTTP_PORT', 3333)", () => {
    const a = app(
      { '@nestjs/core': '^10.0.0', '@nestjs/common': '^10.0.0', '@nestjs/config': '^3.0.0' },
      {
        'src/main.ts':
          "import { NestFactory } from '@nestjs/core'\nimport { ConfigService } from '@nestjs/config'\nimport { AppModule } from './app.module'\n" +
          'async function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n' +
          '  const configService = app.get(ConfigService)\n' +
          "  await app.listen(configService.get<number>('HTTP_PORT', 3333))\n}\nbootstrap()\n"
      }
    )
    expect(a.framework.value).toBe('nestjs')
    expect(a.port.value).toBe(3333)
    expect(a.port.evidence[0]?.line).toBe(7)
  })

  it('negative: backing-service ports and well-known database ports read by name are not the web port', () => {
    const a = app(
      { hono: '^4.6.0', '@hono/node-server': '^1.13.0' },
      {
        'src/db.ts':
          'export const dbPort = parseEnv("DB_PORT", "number", 5433)\n' +
          "export const redisPort = getEnv('REDIS_PORT', 6380)\n" +
          "export const metrics = env('METRICS_PORT', 9464)\n" +
          "export const pg = env('PGPORT', 5432)\n",
        'src/server.ts':
          "import { serve } from '@hono/node-server'\nimport { Hono } from 'hono'\nconst app = new Hono()\nserve({ fetch: app.fetch })\n"
      }
    )
    expect(a.port.value).toBe(3000)
    expect(a.port.source).toBe('Hono default')
  })
})
