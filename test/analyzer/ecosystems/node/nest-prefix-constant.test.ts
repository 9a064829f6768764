// NestJS global prefixes given through a constant of the main file (`const globalPrefix = 'api'`,
// `app.setGlobalPrefix(globalPrefix)`, as Nx's Nest generator writes it): health routes carry the prefix.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { globalPrefixOf } from '../../../../src/analyzer/ecosystems/node/source.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const nestApp = (main: string, controller: string): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'api',
    scripts: { build: 'nest build', start: 'node dist/main' },
    dependencies: { '@nestjs/core': '^10.0.0', '@nestjs/common': '^10.0.0' }
  }),
  'src/main.ts': main,
  'src/health/health.controller.ts': controller
})

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

const healthController =
  "import { Controller, Get } from '@nestjs/common'\n@Controller('health')\nexport class HealthController {\n  @Get()\n  check() { return { ok: true } }\n}\n"

describe('NestJS global prefix held in a constant', () => {
  it('reads the literal a same-file constant holds (nx generator layout)', () => {
    const main =
      "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app.module'\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  const globalPrefix = 'api'\n  app.setGlobalPrefix(globalPrefix)\n  const port = process.env.PORT || 3000\n  await app.listen(port)\n}\nbootstrap()\n"
    expect(fields(nestApp(main, healthController))).toEqual({
      framework: 'nestjs',
      port: 3000,
      startCommand: 'npm start',
      healthPath: '/api/health'
    })
  })

  it('reads a typed module-level constant with options after it', () => {
    const main =
      "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app.module'\nconst API_PREFIX: string = '/v2/'\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  app.setGlobalPrefix(API_PREFIX, { exclude: ['/'] })\n  await app.listen(8080)\n}\nbootstrap()\n"
    const ctl =
      "import { Controller, Get } from '@nestjs/common'\n@Controller()\nexport class StatusController {\n  @Get('healthz')\n  up() { return 'ok' }\n}\n"
    expect(fields(nestApp(main, ctl))).toEqual({
      framework: 'nestjs',
      port: 8080,
      startCommand: 'npm start',
      healthPath: '/v2/healthz'
    })
  })

  it('adds no prefix when the argument is computed or the constant is not a string (negative)', () => {
    const main =
      "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app.module'\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  const globalPrefix = process.env.PREFIX\n  app.setGlobalPrefix(globalPrefix)\n  await app.listen(3000)\n}\nbootstrap()\n"
    expect(fields(nestApp(main, healthController)).healthPath).toBe('/health')
    expect(globalPrefixOf('app.setGlobalPrefix(prefix)\n')).toBeNull()
    expect(globalPrefixOf('const p = `${base}/api`\napp.setGlobalPrefix(p)')).toBeNull()
    expect(globalPrefixOf("app.setGlobalPrefix('api')")).toBe('api')
    expect(globalPrefixOf('app.listen(3000)')).toBeNull()
  })
})
