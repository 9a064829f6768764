// A listen call passing a constant a settings module declares as an environment variable with a literal
// fallback: that literal is the port (replaced by the variable).
import { nodeProvider } from '../../../../src/analyzer/ecosystems/node/provider.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith } from '../helpers.js'

const node = nodeProvider as Provider<unknown>

test('NestJS app: listen(APP_LISTEN_PORT) imported from an environments module', () => {
  const { value, app } = analyzeWith(node, {
    'package.json': JSON.stringify({
      name: 'server',
      scripts: { start: 'node dist/main.js', build: 'nest build' },
      dependencies: { '@nestjs/core': '10.0.0', '@nestjs/common': '10.0.0' }
    }),
    'src/environments/index.ts':
      "export const APP_LISTEN_HOSTNAME = process.env.APP_LISTEN_HOSTNAME || '0.0.0.0'\nexport const APP_LISTEN_PORT: number = +process.env.APP_LISTEN_PORT || 8000\nexport const REDIS_PORT: number = +process.env.REDIS_PORT || 6379\n",
    'src/main.ts':
      "import { NestFactory } from '@nestjs/core'\nimport { APP_LISTEN_HOSTNAME, APP_LISTEN_PORT } from '@environments'\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  await app.listen(APP_LISTEN_PORT, APP_LISTEN_HOSTNAME)\n}\n"
  })
  expect(value('port')).toBe(8000)
  expect(app?.port.evidence[0]).toMatchObject({ file: 'src/environments/index.ts', line: 2 })
})

test('express app: server.listen(config.HTTP_PORT) with a Number(process.env[…]) ?? fallback', () => {
  const { value } = analyzeWith(node, {
    'package.json': JSON.stringify({
      name: 'api',
      scripts: { start: 'node index.js' },
      dependencies: { express: '4.0.0' }
    }),
    'config.js': "export const HTTP_PORT = Number(process.env['HTTP_PORT']) ?? 4100\n",
    'index.js':
      "import express from 'express'\nimport * as config from './config.js'\nconst app = express()\napp.listen(config.HTTP_PORT, () => {})\n"
  })
  expect(value('port')).toBe(4100)
})

test('a constant the listen calls never pass, or a backing service port, is no port', () => {
  const { value } = analyzeWith(node, {
    'package.json': JSON.stringify({
      name: 'api',
      scripts: { start: 'node index.js' },
      dependencies: { express: '4.0.0' }
    }),
    'settings.js':
      'export const METRICS_PORT = +process.env.METRICS_PORT || 9464\nexport const ADMIN_UI_PORT = +process.env.ADMIN_UI_PORT || 7000\n',
    'index.js':
      "import express from 'express'\nimport { METRICS_PORT } from './settings.js'\nconst app = express()\nmetrics.listen(METRICS_PORT)\napp.listen(process.env.PORT)\n"
  })
  expect(value('port')).not.toBe(9464)
  expect(value('port')).not.toBe(7000)
})
