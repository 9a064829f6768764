// Medusa backends (holdout19 medusa-starter: a v2 starter whose devDependencies carry vite for the admin
// build): `medusa start` on 9000 with its own GET /health, not a static Vite site.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'

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

// Medusa 2's `medusa build` compiles the server, medusa-config.ts included, into .medusa/server; `medusa start`
// at the project root stopped the starter's generated image on `Error in loading config: Cannot find module
// '/app/medusa-config'` (real-node-images 07f). The image starts the server in that folder, with the app's
// node_modules above it; a v1 backend (no `medusa build`) keeps npm start at the root.
describe('Medusa 2 starts in the folder medusa build writes', () => {
  const v2 = (lockfile: Record<string, string>, build: string) => ({
    'package.json': JSON.stringify({
      name: 'store-backend',
      scripts: { build, start: 'medusa start', dev: 'medusa develop' },
      dependencies: { '@medusajs/framework': '2.8.0', '@medusajs/medusa': '2.8.0', '@medusajs/cli': '2.8.0' },
      devDependencies: { typescript: '^5.6.2' }
    }),
    ...lockfile,
    'medusa-config.ts':
      "import { defineConfig } from '@medusajs/framework/utils'\nmodule.exports = defineConfig({ projectConfig: {} })\n"
  })
  const runtime = (files: Record<string, string>) => {
    const report = analyze(treeFromFiles(files))
    const app = report.apps.find(a => a.appDir === report.primary)!
    const text = renderAppArtifacts(app).dockerfile ?? ''
    return {
      hint: app.hints.builtServerDir,
      lines: text.slice(text.indexOf('FROM base AS runtime')).split('\n')
    }
  }
  const COMMENT =
    '# The build compiles the server, its config included, into .medusa/server: it starts there (node_modules above it).'

  it.each([
    [
      'yarn 4',
      { 'yarn.lock': '__metadata:\n  version: 8\n', '.yarnrc.yml': 'nodeLinker: node-modules\n' },
      'medusa build'
    ],
    ['npm', { 'package-lock.json': '{"lockfileVersion":3}' }, 'medusa build && echo built']
  ])('%s: WORKDIR .medusa/server, medusa from the app’s node_modules/.bin', (_label, lockfile, build) => {
    const { hint, lines } = runtime(v2(lockfile, build))
    expect(hint).toBe('.medusa/server')
    const at = lines.indexOf(COMMENT)
    expect(lines[at - 1]).toBe('COPY --from=build /app ./')
    expect(lines.slice(at + 1, at + 3)).toEqual([
      'WORKDIR /app/.medusa/server',
      'RUN chown node:node /app/.medusa/server'
    ])
    expect(lines[lines.length - 2]).toBe('CMD ["/app/node_modules/.bin/medusa", "start"]')
  })

  it('negative: a v1 backend built without medusa build starts at the root with npm start', () => {
    const { hint, lines } = runtime({
      'package.json': JSON.stringify({
        name: 'medusa-server',
        scripts: { build: 'babel src -d dist', start: 'medusa start' },
        dependencies: { '@medusajs/medusa': '1.20.0', express: '^4.17.2' }
      }),
      'package-lock.json': '{"lockfileVersion":3}',
      'medusa-config.js': 'module.exports = { projectConfig: {} }\n'
    })
    expect(hint).toBeUndefined()
    expect(lines.some(line => line.includes('.medusa'))).toBe(false)
    expect(lines[lines.length - 2]).toBe('CMD ["npm", "start"]')
  })
})
