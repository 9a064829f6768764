// A workspace member whose root package.json lists production dependencies (the member imports them from
// the root node_modules): the image's production install must include the root, and the workspace packages
// among the root's dependencies are built and copied. A root without dependencies keeps the filtered install.
import { resolve } from 'node:path'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { analyzeRepository } from '../../../../src/pipeline/config-analyze.js'

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
