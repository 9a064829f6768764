// A NestJS handler that binds named request input (`@Query('apiKey')`, `@Param('id')`, `@Body('x')`) is not
// a probe, however health-like its path reads: a load balancer sends none.
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
