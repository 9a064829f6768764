// Package manager of an app without its own lockfile (issue 16 #8): a workspace member takes its root's
// manager and lockfile; Yarn 2+ configuration (`.yarnrc.yml`, `.pnp.cjs`) is Yarn Berry, never npm; a
// `pnpm-workspace.yaml` is pnpm. Each fixture is analysed for real and its generated Dockerfile rendered.
import { join } from 'node:path'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { analyzeRepository } from '../../../../src/pipeline/config-analyze.js'
import type { AppAnalysis } from '../../../../src/analyzer/index.js'
import { readPackageJson } from '../../../../src/analyzer/ecosystems/node/manifest.js'
import { contextFor } from '../helpers.js'

function analyse(name: string, appDir?: string): { app: AppAnalysis; dockerfile: string } {
  const { report } = analyzeRepository(join(process.cwd(), 'test/fixtures/apps', name), { appDir })
  const app = report.apps.find(a => a.appDir === (appDir ?? report.primary))
  if (!app) throw new Error(`no app in ${name}`)
  return { app, dockerfile: renderAppArtifacts(app).dockerfile ?? '' }
}

describe('package manager without a lockfile of its own', () => {
  test('a Yarn Berry workspace member installs from the root lockfile with Berry commands', () => {
    const { app, dockerfile } = analyse('node-yarn-berry-workspace-member')
    expect(app.packageManager.value).toBe('yarn')
    expect(app.packageManager.evidence.map(e => e.file)).toEqual(['yarn.lock'])
    expect(app.hints.lockfile).toBe('yarn.lock')
    expect(dockerfile).toContain('COPY package.json yarn.lock .yarnrc.yml* ./')
    expect(dockerfile).toContain('corepack prepare yarn@4 --activate')
    expect(dockerfile).toContain('yarn workspaces focus @x/api --production')
    expect(dockerfile).not.toMatch(/npm ci|--frozen-lockfile/)
  })

  test('.yarnrc.yml with a yarnPath release: yarn, that release drives Berry commands', () => {
    const { app, dockerfile } = analyse('node-yarnrc-yarnpath-no-lockfile')
    expect(app.packageManager.value).toBe('yarn')
    expect(app.packageManager.evidence[0]).toMatchObject({ file: '.yarnrc.yml', line: 2 })
    expect(app.hints.packageManagerVersion).toBe('3.8.7')
    expect(app.hints.yarnBerry).toBeUndefined()
    expect(dockerfile).toContain('yarn workspaces focus --all --production')
  })

  test('.pnp.cjs alone: Yarn Berry, pinned past corepack’s default Yarn 1', () => {
    const { app, dockerfile } = analyse('node-pnp-cjs-no-lockfile')
    expect(app.packageManager).toMatchObject({ value: 'yarn', source: '.pnp.cjs (Yarn 2+ configuration)' })
    expect(app.hints.yarnBerry).toBe(true)
    expect(dockerfile).toContain('corepack enable && corepack prepare yarn@stable --activate')
    expect(dockerfile).toContain('yarn workspaces focus --all --production')
  })

  test('a pnpm workspace member with no lockfile anywhere: pnpm from pnpm-workspace.yaml', () => {
    const { app, dockerfile } = analyse('pnpm-workspace-member-no-lockfile')
    expect(app.packageManager).toMatchObject({ value: 'pnpm', source: 'pnpm-workspace.yaml' })
    expect(dockerfile).toContain('pnpm install --prod --filter web...')
  })

  test('a folder with its own lockfile keeps its manager under a Yarn Berry root (negative)', () => {
    const site = analyse('node-member-own-lockfile-in-berry-root', 'tools/site')
    expect(site.app.packageManager.value).toBe('npm')
    expect(site.app.packageManager.evidence.map(e => e.file)).toEqual(['tools/site/package-lock.json'])
    expect(site.app.hints.yarnBerry).toBeUndefined()
    expect(site.dockerfile).toContain('npm ci')
    const api = analyse('node-member-own-lockfile-in-berry-root', 'api')
    expect(api.app.packageManager.value).toBe('yarn')
    expect(api.app.warnings.map(w => w.code)).not.toContain('MULTIPLE_LOCKFILES')
  })

  test('no lockfile and no manager configuration stays npm (negative)', () => {
    const { app } = analyse('express-destructured-port')
    expect(app.packageManager.value).toBe('npm')
    expect(app.hints.yarnBerry).toBeUndefined()
  })
})

describe('dependency evidence', () => {
  test('is each dependency’s own manifest line, read when asked for', () => {
    const pkg = readPackageJson(
      contextFor({
        'package.json':
          '{\n  "name": "api",\n  "dependencies": {\n    "koa": "^2",\n    "zod": "^3"\n  },\n  "devDependencies": {\n    "jest": "^29"\n  }\n}\n'
      }),
      []
    )
    expect(pkg?.deps.get('zod')).toEqual({
      dev: false,
      version: '^3',
      evidence: { file: 'package.json', line: 5, text: '"zod": "^3"' }
    })
    expect(pkg?.deps.get('jest')?.evidence.line).toBe(8)
    expect(pkg?.runtimeDeps).toEqual(['koa', 'zod'])
  })
})
