// Medusa backends (holdout19 medusa-starter: a v2 starter whose devDependencies carry vite for the admin
// build): `medusa start` on 9000 with its own GET /health, not a static Vite site.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function fields(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    framework: app.framework.value,
    port: app.port.value,
    start: app.startCommand.value,
    health: app.healthPath.value
  }
}

describe('Medusa backends', () => {
  test('v2 starter (vite in devDependencies for the admin build)', () => {
    expect(
      fields({
        'package.json': JSON.stringify({
          name: 'store-backend',
          scripts: { build: 'medusa build', start: 'medusa start', dev: 'medusa develop' },
          dependencies: {
            '@medusajs/admin-sdk': '2.8.0',
            '@medusajs/cli': '2.8.0',
            '@medusajs/framework': '2.8.0',
            '@medusajs/medusa': '2.8.0'
          },
          devDependencies: { vite: '^5.2.11', react: '^18.2.0', typescript: '^5.6.2' }
        }),
        'medusa-config.ts':
          "import { loadEnv, defineConfig } from '@medusajs/framework/utils'\nloadEnv(process.env.NODE_ENV || 'development', process.cwd())\nmodule.exports = defineConfig({ projectConfig: { databaseUrl: process.env.DATABASE_URL } })\n",
        'src/api/store/custom/route.ts':
          "import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http'\nexport async function GET(req: MedusaRequest, res: MedusaResponse) {\n  res.sendStatus(200)\n}\n"
      })
    ).toEqual({ framework: 'medusa', port: 9000, start: 'npm start', health: '/health' })
  })

  test('v1 backend with medusa-config.js', () => {
    const got = fields({
      'package.json': JSON.stringify({
        name: 'medusa-server',
        scripts: { build: 'cross-env npm run clean && npm run build:server', start: 'medusa start' },
        dependencies: { '@medusajs/medusa': '1.20.0', express: '^4.17.2', 'medusa-interfaces': '^1.3.7' }
      }),
      'yarn.lock': '# yarn lockfile v1\n',
      'medusa-config.js': 'module.exports = { projectConfig: { redis_url: process.env.REDIS_URL } }\n'
    })
    expect(got.framework).toBe('medusa')
    expect(got.port).toBe(9000)
    expect(got.health).toBe('/health')
  })

  test('negative: a storefront that talks to Medusa is not a Medusa backend', () => {
    const got = fields({
      'package.json': JSON.stringify({
        name: 'storefront',
        scripts: { build: 'next build', start: 'next start' },
        dependencies: { next: '^14.2.0', react: '^18.3.0', '@medusajs/js-sdk': '^2.8.0' }
      }),
      'next.config.js': 'module.exports = {}\n'
    })
    expect(got.framework).toBe('nextjs')
    expect(got.health).toBeNull()
  })
})
