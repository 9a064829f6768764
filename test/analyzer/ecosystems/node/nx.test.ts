// A workspace root with nothing to run is never an app (issue 16 item 1). holdout41's pezzo is an Nx integrated
// workspace whose root project.json is only `{ "name": "pezzo", "targets": {} }`: read as an Nx standalone
// project, the root became a Next.js app from the root package.json's dependencies alone (every member's
// dependencies sit there), beside the real apps under apps/. Such a root is a workspace root (nx.json) and the
// workspace-root rule decides it, as it does for a pnpm workspace root. Roots that are the app stay.
import { analyze } from '../../../../src/analyzer/analyze.js'
import type { AnalysisReport } from '../../../../src/analyzer/report.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const project = (dir: string, type: 'application' | 'library'): string =>
  JSON.stringify({ name: dir.split('/').pop(), projectType: type, sourceRoot: `${dir}/src`, targets: {} })

const NEST_MAIN =
  "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app/app.module'\n" +
  'async function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n' +
  '  await app.listen(process.env.PORT || 3000)\n}\nbootstrap()\n'

/** Nx integrated workspace: a NestJS API and a Next.js site under apps/, a root project.json without targets. */
const nxWorkspace = (): Record<string, string> => ({
  'nx.json': JSON.stringify({ targetDefaults: { build: { dependsOn: ['^build'] } } }),
  'project.json': JSON.stringify({
    name: 'acme',
    $schema: 'node_modules/nx/schemas/project-schema.json',
    targets: {}
  }),
  'package.json': JSON.stringify({
    name: 'acme',
    private: true,
    scripts: { postinstall: 'node tools/patch.js', 'docs:dev': 'cd docs && mintlify dev' },
    nx: {},
    dependencies: {
      '@nestjs/core': '^10.0.0',
      '@nestjs/common': '^10.0.0',
      '@nestjs/platform-express': '^10.0.0',
      next: '^14.2.0',
      react: '^18.2.0',
      'react-dom': '^18.2.0'
    },
    devDependencies: { nx: '19.0.0' }
  }),
  'package-lock.json': JSON.stringify({ lockfileVersion: 3 }),
  'tools/patch.js': "console.log('patched')\n",
  'apps/api/project.json': project('apps/api', 'application'),
  'apps/api/src/main.ts': NEST_MAIN,
  'apps/api/src/app/app.module.ts':
    "import { Module } from '@nestjs/common'\n@Module({})\nexport class AppModule {}\n",
  'apps/web/project.json': project('apps/web', 'application'),
  'apps/web/next.config.js': 'module.exports = {}\n',
  'apps/web/pages/index.tsx': 'export default function Home() {\n  return null\n}\n',
  'libs/shared/project.json': project('libs/shared', 'library'),
  'libs/shared/src/index.ts': 'export const shared = 1\n'
})

/** pnpm workspace: the root lists every member's framework and runs only tooling; members hold the apps. */
const pnpmWorkspace = (): Record<string, string> => ({
  'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n",
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'package.json': JSON.stringify({
    name: 'shop',
    private: true,
    scripts: { build: 'pnpm -r build', lint: 'eslint .' },
    dependencies: { next: '^14.2.0', express: '^4.19.0' },
    devDependencies: { eslint: '^9.0.0' }
  }),
  'apps/api/package.json': JSON.stringify({
    name: '@shop/api',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.19.0' }
  }),
  'apps/api/server.js':
    "const express = require('express')\nconst app = express()\n" +
    "app.get('/healthz', (_req, res) => res.send('ok'))\napp.listen(process.env.PORT || 4000)\n",
  'apps/storefront/package.json': JSON.stringify({
    name: '@shop/storefront',
    scripts: { build: 'next build', start: 'next start' },
    dependencies: { next: '^14.2.0', react: '^18.2.0', 'react-dom': '^18.2.0' }
  }),
  'apps/storefront/next.config.js': 'module.exports = {}\n',
  'apps/storefront/app/page.tsx': 'export default function Page() {\n  return null\n}\n'
})

const dirs = (report: AnalysisReport): string[] => report.apps.map(a => a.appDir).sort()
const app = (report: AnalysisReport, dir: string) => {
  const found = report.apps.find(a => a.appDir === dir)
  if (!found) throw new Error(`no app at ${dir}: ${dirs(report).join(', ')}`)
  return found
}

describe('a workspace root with nothing to run is not an app', () => {
  it('Nx integrated workspace: the root project.json without targets is no Next.js app; members are, field by field', () => {
    const report = analyze(treeFromFiles(nxWorkspace()))
    expect(dirs(report)).toEqual(['apps/api', 'apps/web'])
    const api = app(report, 'apps/api')
    expect(api.language.value).toBe('typescript')
    expect(api.framework.value).toBe('nestjs')
    expect(api.packageManager.value).toBe('npm')
    expect(api.port.value).toBe(3000)
    const web = app(report, 'apps/web')
    expect(web.framework.value).toBe('nextjs')
    expect(web.packageManager.value).toBe('npm')
    expect(web.port.value).toBe(3000)
  })

  it('Nx integrated workspace under packages/ with yarn: the same, the root is dropped', () => {
    const files = nxWorkspace()
    const moved: Record<string, string> = {}
    for (const [path, text] of Object.entries(files)) {
      const to = path.replace(/^apps\//, 'packages/')
      moved[to] = text.replaceAll('apps/', 'packages/')
    }
    delete moved['package-lock.json']
    moved['yarn.lock'] = ''
    const report = analyze(treeFromFiles(moved))
    expect(dirs(report)).toEqual(['packages/api', 'packages/web'])
    const api = app(report, 'packages/api')
    expect(api.framework.value).toBe('nestjs')
    expect(api.packageManager.value).toBe('yarn')
    expect(api.port.value).toBe(3000)
    expect(app(report, 'packages/web').framework.value).toBe('nextjs')
  })

  it('pnpm workspace: a root holding next and express among its dependencies, running only tooling, is no app', () => {
    const report = analyze(treeFromFiles(pnpmWorkspace()))
    expect(dirs(report)).toEqual(['apps/api', 'apps/storefront'])
    const api = app(report, 'apps/api')
    expect(api.language.value).toBe('javascript')
    expect(api.framework.value).toBe('express')
    expect(api.packageManager.value).toBe('pnpm')
    expect(api.port.value).toBe(4000)
    expect(api.startCommand.value).toBe('pnpm start')
    expect(api.healthPath.value).toBe('/healthz')
    const site = app(report, 'apps/storefront')
    expect(site.framework.value).toBe('nextjs')
    expect(site.packageManager.value).toBe('pnpm')
  })

  it('negative: an Nx root with a start script of its own stays an app', () => {
    const files = nxWorkspace()
    const pkg = JSON.parse(files['package.json']!) as {
      scripts: Record<string, string>
      dependencies: Record<string, string>
    }
    pkg.scripts.start = 'node dist/apps/api/main.js'
    for (const dep of ['next', 'react', 'react-dom']) delete pkg.dependencies[dep]
    const report = analyze(treeFromFiles({ ...files, 'package.json': JSON.stringify(pkg) }))
    expect(dirs(report)).toContain('.')
    const root = app(report, '.')
    expect(root.framework.value).toBe('nestjs')
    expect(root.packageManager.value).toBe('npm')
    expect(root.startCommand.value).toBe('npm start')
  })

  it('negative: an Nx root whose own Dockerfile runs the built API stays an app', () => {
    const files = nxWorkspace()
    const pkg = JSON.parse(files['package.json']!) as { dependencies: Record<string, string> }
    for (const dep of ['next', 'react', 'react-dom']) delete pkg.dependencies[dep]
    const report = analyze(
      treeFromFiles({
        ...files,
        'package.json': JSON.stringify(pkg),
        Dockerfile:
          'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npx nx build api\nEXPOSE 3000\n' +
          'CMD ["node", "dist/apps/api/main.js"]\n'
      })
    )
    expect(dirs(report)).toContain('.')
    const root = app(report, '.')
    expect(root.framework.value).toBe('nestjs')
    expect(root.packageManager.value).toBe('npm')
    expect(root.port.value).toBe(3000)
    expect(root.startCommand.value).toBe('node dist/apps/api/main.js')
  })

  it('negative: an Nx root that is itself a Next.js app (app/ and next.config.js at the root) stays the app', () => {
    const report = analyze(
      treeFromFiles({
        ...nxWorkspace(),
        'tsconfig.json': '{}',
        'next.config.js': 'module.exports = {}\n',
        'app/page.tsx': 'export default function Page() {\n  return null\n}\n'
      })
    )
    expect(dirs(report)).toContain('.')
    const root = app(report, '.')
    expect(root.language.value).toBe('typescript')
    expect(root.framework.value).toBe('nextjs')
    expect(root.packageManager.value).toBe('npm')
    expect(root.port.value).toBe(3000)
  })

  it('negative: a pnpm workspace root that is a Next.js app (next.config.js, app/, next build/start) stays the app', () => {
    const files = pnpmWorkspace()
    const report = analyze(
      treeFromFiles({
        ...files,
        'package.json': JSON.stringify({
          name: 'shop',
          private: true,
          scripts: { build: 'next build', start: 'next start' },
          dependencies: { next: '^14.2.0', react: '^18.2.0', 'react-dom': '^18.2.0' }
        }),
        'next.config.js': 'module.exports = {}\n',
        'app/page.tsx': 'export default function Page() {\n  return null\n}\n'
      })
    )
    expect(dirs(report)).toContain('.')
    const root = app(report, '.')
    expect(root.framework.value).toBe('nextjs')
    expect(root.packageManager.value).toBe('pnpm')
    expect(root.startCommand.value).toBe('pnpm start')
    expect(root.port.value).toBe(3000)
  })
})
