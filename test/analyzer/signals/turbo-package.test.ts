// A member's turbo.json that extends the root (`"extends": ["//"]`, a Turborepo Package Configuration) marks a
// member, not a workspace root: the member stays an app of its own (holdout34: an npm/turbo workspace whose
// fastify server member was read as a workspace root with only tooling, leaving a Vite client as primary).
import { analyze } from '../../../src/analyzer/analyze.js'
import { isTurboPackageConfig, workspaceRootConfigs } from '../../../src/analyzer/signals/turbo-package.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const MEMBER_TURBO = JSON.stringify({ extends: ['//'], tasks: { build: { outputs: ['dist/**'] } } })
const ROOT_TURBO = JSON.stringify({ tasks: { build: { dependsOn: ['^build'] } } })

const viteClient = (dir: string): Record<string, string> => ({
  [`${dir}/package.json`]: JSON.stringify({
    name: `@acme/${dir.split('/').pop()}`,
    scripts: { dev: 'vite', build: 'vite build' },
    dependencies: { react: '^18.0.0' },
    devDependencies: { vite: '^5.0.0', typescript: '^5.0.0' }
  }),
  [`${dir}/index.html`]: '<div id="root"></div>',
  [`${dir}/tsconfig.json`]: '{}'
})

/** An npm workspace (collaboration app): a fastify server member with its own turbo.json, two Vite clients. */
const npmWorkspace = (serverTurbo: string | null): Record<string, string> => ({
  'package.json': JSON.stringify({
    private: true,
    workspaces: ['apps/*'],
    packageManager: 'npm@10.9.0',
    scripts: { build: 'turbo run build' },
    devDependencies: { turbo: '^2.0.0' }
  }),
  'package-lock.json': JSON.stringify({ lockfileVersion: 3 }),
  'turbo.json': ROOT_TURBO,
  'apps/server/package.json': JSON.stringify({
    name: '@acme/server',
    type: 'module',
    main: './dist/index.js',
    scripts: { build: 'tsup', dev: 'tsx watch src/index.ts' },
    dependencies: { fastify: '^5.0.0' },
    devDependencies: { tsup: '^8.0.0', typescript: '^5.0.0' }
  }),
  'apps/server/tsconfig.json': '{}',
  'apps/server/src/index.ts': `import { initApp } from './app.js'\nawait initApp()\n`,
  'apps/server/src/app.ts': `import { fastify } from 'fastify'\nexport async function initApp() {\n  const server = fastify()\n  await server.listen({ port: 3000, host: '0.0.0.0' })\n}\n`,
  ...(serverTurbo === null ? {} : { 'apps/server/turbo.json': serverTurbo }),
  ...viteClient('apps/mobile'),
  ...viteClient('apps/web')
})

/** A pnpm workspace (a second app): an express API member with a commented package config beside a Vite web. */
const pnpmWorkspace = (): Record<string, string> => ({
  'package.json': JSON.stringify({ private: true, scripts: { build: 'turbo build' } }),
  'pnpm-workspace.yaml': 'packages:\n  - "apps/*"\n',
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'turbo.json': ROOT_TURBO,
  'apps/api/package.json': JSON.stringify({
    name: 'api',
    scripts: { build: 'tsc', dev: 'tsx watch src/main.ts' },
    dependencies: { express: '^4.19.0' },
    devDependencies: { typescript: '^5.0.0' }
  }),
  'apps/api/turbo.json': `// package configuration\n{\n  "extends": ["//"],\n  "tasks": { "build": { "outputs": ["dist/**"] } }\n}\n`,
  'apps/api/src/main.ts': `import express from 'express'\nconst app = express()\napp.get('/healthz', (_q, r) => r.send('ok'))\napp.listen(4000)\n`,
  ...viteClient('apps/web')
})

describe('turbo package configurations', () => {
  it('isTurboPackageConfig: extends ["//"] (also with comments) is a member config; a root config is not', () => {
    expect(isTurboPackageConfig(MEMBER_TURBO)).toBe(true)
    expect(isTurboPackageConfig('// x\n{ "extends": ["//"] }')).toBe(true)
    expect(isTurboPackageConfig(ROOT_TURBO)).toBe(false)
    expect(isTurboPackageConfig(JSON.stringify({ extends: ['./base.json'] }))).toBe(false)
    expect(isTurboPackageConfig(null)).toBe(false)
    const files: Record<string, string> = { 'turbo.json': MEMBER_TURBO, 'nx.json': '{}' }
    expect(
      workspaceRootConfigs(
        f => f in files,
        f => files[f] ?? null
      )
    ).toEqual(['nx.json'])
  })

  it('npm workspace: the fastify member with its own turbo.json is the primary app, field by field', () => {
    const report = analyze(treeFromFiles(npmWorkspace(MEMBER_TURBO)))
    expect(report.primary).toBe('apps/server')
    const app = report.apps.find(a => a.appDir === 'apps/server')!
    expect(app.language.value).toBe('typescript')
    expect(app.framework.value).toBe('fastify')
    expect(app.packageManager.value).toBe('npm')
    expect(app.port.value).toBe(3000)
  })

  it('pnpm workspace: the express member with a commented package config is the primary app', () => {
    const report = analyze(treeFromFiles(pnpmWorkspace()))
    expect(report.primary).toBe('apps/api')
    const app = report.apps.find(a => a.appDir === 'apps/api')!
    expect(app.framework.value).toBe('express')
    expect(app.packageManager.value).toBe('pnpm')
    expect(app.port.value).toBe(4000)
    expect(app.healthPath.value).toBe('/healthz')
  })

  it('negative: a root turbo.json (no extends) keeps the root a workspace shell, not an app', () => {
    const report = analyze(treeFromFiles(npmWorkspace(null)))
    expect(report.apps.map(a => a.appDir)).not.toContain('.')
    expect(report.primary).toBe('apps/server')
    // The same member with a turbo.json that does not extend the root is still read as a workspace root
    // (what holdout34's first run saw).
    const rootLike = analyze(treeFromFiles(npmWorkspace(ROOT_TURBO)))
    expect(rootLike.apps.map(a => a.appDir)).not.toContain('apps/server')
  })
})
