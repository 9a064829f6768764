// A workspace member whose root package.json lists production dependencies (the member imports them from
// the root node_modules): the image's production install must include the root, and the workspace packages
// among the root's dependencies are built and copied. A root without dependencies keeps the filtered install.
import { resolve } from 'node:path'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { analyzeRepository } from '../../../../src/pipeline/config-analyze.js'
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function analyse(dir: string, appDir: string) {
  const app = primaryApp(analyzeRepository(resolve(process.cwd(), dir), { appDir }).report)
  if (!app) throw new Error(`no app in ${dir}`)
  const artifacts = renderAppArtifacts(app)
  return { app, dockerfile: artifacts.dockerfile ?? '', codes: artifacts.warnings.map(w => w.code) }
}

describe('workspace root with production dependencies', () => {
  const { app, dockerfile, codes } = analyse(
    'test/fixtures/apps/node-pnpm-workspace-root-dependencies',
    'apps/server'
  )

  it('the workspace packages the root depends on join the member’s dependencies', () => {
    expect(app.hints.workspaceDependencies).toEqual(['packages/ext'])
    expect(app.hints.workspaceRootDependencies).toBe(true)
  })

  it('production install covers the root (no --filter), builds and copies packages/ext, warns why', () => {
    expect(dockerfile).toMatch(/^RUN .* pnpm install --frozen-lockfile --prod$/m)
    expect(dockerfile).not.toContain('--filter')
    expect(dockerfile).toContain('RUN cd packages/ext && npm run build --if-present')
    expect(dockerfile).toContain('COPY --from=build /app/packages/ext ./packages/ext')
    expect(dockerfile).not.toContain('packages/unused ./')
    expect(codes).toContain('WORKSPACE_ROOT_DEPENDENCIES')
  })

  it('the patch pnpm-workspace.yaml names is copied before each install', () => {
    const copies = dockerfile.match(/^COPY patches\/ms@2\.1\.3\.patch patches\/ms@2\.1\.3\.patch$/gm) ?? []
    expect(copies).toHaveLength(2)
  })
})

describe('workspace root without production dependencies', () => {
  it('keeps the filtered member install and no root-dependencies hint', () => {
    const { app, dockerfile, codes } = analyse('examples/apps/pnpm-workspace', 'apps/api')
    expect(app.hints.workspaceRootDependencies).toBeUndefined()
    expect(dockerfile).toContain('--prod --filter @demo/api...')
    expect(codes).not.toContain('WORKSPACE_ROOT_DEPENDENCIES')
  })
})

// An app at its workspace's own root (a backup app's root package.json builds and serves while declaring
// `workspaces: ["apps/*", "packages/*"]`, real-node-images 07f): the install resolves `workspace:` members
// and checks the lockfile against them, so their manifests come in before it — for npm and for bun alike.
describe('an app at its workspace root', () => {
  const NPM_ROOT = {
    'package.json': JSON.stringify({
      name: 'site',
      workspaces: ['packages/*'],
      scripts: { build: 'tsc', start: 'node dist/server.js' },
      dependencies: { express: '^4.21.2', '@site/shared': '*' }
    }),
    'package-lock.json': '{"lockfileVersion":3}',
    'src/server.ts': "import express from 'express'\nexpress().listen(process.env.PORT || 3000)\n",
    'tsconfig.json': '{}',
    'packages/shared/package.json': JSON.stringify({ name: '@site/shared', main: 'index.js' }),
    'packages/shared/index.js': 'module.exports = {}\n'
  }
  const BUN_ROOT = {
    'package.json': JSON.stringify({
      name: 'backup',
      workspaces: ['apps/*', 'packages/*'],
      scripts: { build: 'bun build src/index.ts --outdir dist', start: 'bun run dist/index.js' },
      dependencies: { hono: '^4.6.0', '@backup/core': 'workspace:*' },
      devDependencies: { '@types/bun': 'latest' }
    }),
    'bun.lock': '{}',
    'src/index.ts': "import { Hono } from 'hono'\nexport default { port: 3000, fetch: new Hono().fetch }\n",
    'apps/agent/package.json': JSON.stringify({ name: '@backup/agent' }),
    'packages/core/package.json': JSON.stringify({ name: '@backup/core' })
  }
  const render = (files: Record<string, string>) => {
    const app = primaryApp(analyze(treeFromFiles(files)))!
    return { app, lines: (renderAppArtifacts(app).dockerfile ?? '').split('\n') }
  }
  const installAt = (lines: string[]) => lines.findIndex(line => /^RUN .*(?:npm ci|bun install)/.test(line))

  it('npm: the member manifests come in before npm ci', () => {
    const { app, lines } = render(NPM_ROOT)
    expect(app.appDir).toBe('.')
    expect(app.hints.workspaceManifests).toEqual(['packages/shared/package.json'])
    const copy = lines.indexOf('COPY packages/shared/package.json packages/shared/package.json')
    expect(copy).toBeGreaterThan(lines.indexOf('FROM base AS build'))
    expect(copy).toBeLessThan(installAt(lines))
  })

  it('bun: every member manifest comes in before bun install', () => {
    const { app, lines } = render(BUN_ROOT)
    expect(app.hints.workspaceManifests).toEqual(['apps/agent/package.json', 'packages/core/package.json'])
    const at = installAt(lines)
    expect(lines.slice(at - 3, at)).toEqual([
      'COPY package.json bun.lock* bun.lockb* ./',
      'COPY apps/agent/package.json apps/agent/package.json',
      'COPY packages/core/package.json packages/core/package.json'
    ])
  })

  it('negative: an app without workspaces copies its own manifest and lockfile only', () => {
    const files: Record<string, string> = { ...NPM_ROOT }
    files['package.json'] = JSON.stringify({
      ...JSON.parse(NPM_ROOT['package.json']),
      workspaces: undefined
    })
    const { app, lines } = render(files)
    expect(app.hints.workspaceManifests).toBeUndefined()
    expect(lines.filter(line => line.startsWith('COPY ') && line.includes('package.json'))).toEqual([
      'COPY package.json package-lock.json ./'
    ])
  })
})
