// JavaScript workspace members: the Node provider's workspace hints and the Dockerfile that installs only
// the member's dependencies (npm -w, pnpm --filter, yarn workspaces focus, bun --filter) from manifests
// copied first, then copies the member and the workspace packages it uses — not the whole monorepo.
import { join } from 'node:path'
import { generateDockerfile } from '../../../src/analyzer/render/dockerfile/index.js'
import { renderAppArtifacts } from '../../../src/analyzer/render/index.js'
import type { Warning } from '../../../src/analyzer/report.js'
import { analyzeRepository } from '../../../src/pipeline/config-analyze.js'
import { CASES } from './cases.js'
import { makeApp } from './make-app.js'

const render = (name: string, warnings: Warning[] = []): string =>
  generateDockerfile(CASES[name]!, { baseImageRegistry: null }, warnings)?.text ?? ''

describe('node provider workspace hints', () => {
  it('lists every member manifest, the member package name and its workspace dependencies', () => {
    const { report } = analyzeRepository(join(process.cwd(), 'examples/apps/npm-workspaces'), {
      appDir: 'apps/api'
    })
    const api = report.apps.find(app => app.appDir === 'apps/api')!
    expect(api.hints).toMatchObject({
      workspaceRoot: '.',
      workspaceKind: 'npm-workspaces',
      workspacePackage: '@demo/api',
      workspaceDependencies: ['packages/shared'],
      workspaceManifests: ['apps/admin/package.json', 'apps/api/package.json', 'packages/shared/package.json']
    })
    // No pin of its own: the root's engines.node decides the Node version.
    expect(api.runtimeVersion.source).toMatch(/^workspace root package\.json#engines\.node/)
    // The build context the analyze action outputs is the workspace root, the Dockerfile sits in the member.
    const artifacts = renderAppArtifacts(api)
    expect(artifacts.buildContext).toBe('.')
    expect(artifacts.dockerfilePath).toBe('apps/api/Dockerfile')
    expect(artifacts.warnings.map(w => w.code)).not.toContain('WORKSPACE_MANIFESTS_UNKNOWN')
  })

  it('orders transitive workspace dependencies before the packages that use them', () => {
    const { report } = analyzeRepository(join(process.cwd(), 'test/fixtures/apps/monorepo-turbo-pnpm'))
    const web = report.apps.find(app => app.appDir === 'apps/web')!
    expect(web.hints.workspaceDependencies).toEqual(['packages/ui'])
    expect(web.hints.workspacePackage).toBe('@acme/web')
  })
})

describe('workspace member Dockerfiles', () => {
  it('npm: installs the member with -w after copying only manifests, then copies member and dependency', () => {
    const text = render('npm-workspace-member')
    expect(text).toContain('npm ci --omit=dev --workspace apps/api --no-audit --no-fund')
    const install = text.indexOf('npm ci --omit=dev')
    expect(text.indexOf('COPY packages/shared/package.json')).toBeLessThan(install)
    expect(text.indexOf('COPY --from=build /app/packages/shared ./packages/shared')).toBeGreaterThan(install)
    expect(text).toContain(
      'RUN cd packages/shared && npm run build --if-present\nRUN cd apps/api && npm run build'
    )
  })

  it('pnpm: --filter name... installs the member and the workspace packages it depends on', () => {
    const text = render('pnpm-workspace-member')
    expect(text).toContain('pnpm install --frozen-lockfile --prod --filter @acme/web...')
    expect(text).toContain('COPY package.json pnpm-lock.yaml pnpm-workspace.yaml* ./')
    expect(text).toMatch(/COPY packages\/ui packages\/ui\nCOPY apps\/web apps\/web\nWORKDIR \/app\/apps\/web/)
    expect(text).not.toMatch(/^COPY \. \.$/m)
  })

  it('yarn Berry: workspaces focus --production; dependencies built in order before the member', () => {
    const text = render('yarn-berry-workspace-member')
    expect(text).toContain('yarn workspaces focus api --production')
    expect(text.indexOf('cd libs/log && npm run build')).toBeLessThan(
      text.indexOf('cd libs/db && npm run build')
    )
    expect(text.indexOf('cd libs/db && npm run build')).toBeLessThan(
      text.indexOf('cd services/api && yarn run build')
    )
  })

  it('yarn 1 has no per-member install: the whole workspace production install, with a warning', () => {
    const warnings: Warning[] = []
    const text = render('yarn-classic-workspace-member', warnings)
    expect(text).toContain('yarn install --frozen-lockfile --non-interactive --production')
    expect(warnings.map(w => w.code)).toContain('WORKSPACE_INSTALL_UNFILTERED')
    expect(text).toContain('COPY packages/server packages/server')
  })

  it('bun as package manager: install --filter', () => {
    const app = makeApp({
      ...{ appDir: 'apps/api', language: 'javascript', framework: 'express', packageManager: 'bun' },
      lockfile: 'bun.lock',
      startCommand: 'node index.js',
      port: 3000,
      hints: { workspaceRoot: '.', workspaceManifests: ['apps/api/package.json'], workspacePackage: 'api' }
    })
    // The workspace's lockfile is at its root, the build context.
    const packageManager = {
      ...app.packageManager,
      evidence: [{ file: 'bun.lock', line: 0, text: 'bun.lock' }]
    }
    const generated = generateDockerfile(
      { ...app, packageManager, hints: { ...app.hints, ecosystem: 'node' } },
      { baseImageRegistry: null },
      []
    )
    expect(generated?.text ?? '').toContain('bun install --frozen-lockfile --production --filter api')
  })

  it('a package name that is not an npm name never reaches the command line', () => {
    const base = CASES['npm-workspace-member']!
    const app = { ...base, hints: { ...base.hints, workspacePackage: 'api; rm -rf /' } }
    const warnings: Warning[] = []
    const text = generateDockerfile(app, { baseImageRegistry: null }, warnings)?.text ?? ''
    expect(text).not.toContain('rm -rf')
    expect(warnings.map(w => w.code)).toContain('WORKSPACE_INSTALL_UNFILTERED')
  })
})
