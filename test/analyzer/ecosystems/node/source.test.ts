import { jsHealthCandidates } from '../../../../src/analyzer/ecosystems/node/source.js'
import { contextFor } from '../helpers.js'

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
