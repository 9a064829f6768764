// A server framework that answers a health endpoint by itself (Strapi's `router.all('/_health', …)`) gives
// that path at framework-default confidence when the code declares no health route (holdout19
// foodadvisor-api, Strapi 4).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function health(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return { value: app.healthPath.value, source: app.healthPath.source }
}

const strapi = (version: string) =>
  JSON.stringify({
    name: 'cms',
    scripts: { develop: 'strapi develop', start: 'strapi start', build: 'strapi build' },
    dependencies: { '@strapi/strapi': version, 'better-sqlite3': '^9.0.0' }
  })

describe('framework built-in health endpoints', () => {
  test('Strapi 4 (JavaScript config): /_health', () => {
    const got = health({
      'package.json': strapi('4.13.5'),
      'config/server.js':
        "module.exports = ({ env }) => ({\n  host: env('HOST', '0.0.0.0'),\n  port: env.int('PORT', 1337),\n});\n",
      'src/index.js': 'module.exports = { register() {}, bootstrap() {} };\n'
    })
    expect(got.value).toBe('/_health')
    expect(got.source).toMatch(/Strapi built-in/)
  })

  test('Strapi 5 (TypeScript config, in a subfolder beside a front end): /_health', () => {
    expect(
      health({
        'backend/package.json': strapi('5.12.0'),
        'backend/config/server.ts':
          "export default ({ env }) => ({\n  host: env('HOST', '0.0.0.0'),\n  port: env.int('PORT', 1337),\n});\n",
        'backend/src/index.ts': 'export default { register() {}, bootstrap() {} };\n'
      }).value
    ).toBe('/_health')
  })

  test('negative: the probe the repository declares wins over the built-in one', () => {
    expect(
      health({
        'package.json': strapi('4.15.0'),
        'config/server.js': "module.exports = ({ env }) => ({ port: env.int('PORT', 1337) });\n",
        Dockerfile:
          'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nEXPOSE 1337\nHEALTHCHECK CMD wget -qO- http://localhost:1337/api/healthz || exit 1\nCMD ["npm", "run", "start"]\n'
      }).value
    ).toBe('/api/healthz')
  })

  test('negative: an express app without a health route gets none', () => {
    expect(
      health({
        'package.json': JSON.stringify({
          name: 'api',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4.19.0' }
        }),
        'server.js':
          "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('hi'));\napp.listen(3000);\n"
      }).value
    ).toBeNull()
  })
})
