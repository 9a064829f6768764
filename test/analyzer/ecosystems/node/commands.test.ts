// bunVersionCandidates: a bun workspace member without a Bun pin of its own runs on the Bun the workspace
// root installs with (`"packageManager": "bun@1.2.19"` at the root; holdout40 databuddy's apps/api, whose
// image is tagged `oven/bun:1-slim`); a member's own pin wins; a root managed by another tool pins no Bun.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function member(files: Record<string, string>, dir: string) {
  const app = analyze(treeFromFiles(files)).apps.find(a => a.appDir === dir)!
  return {
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    runtimeVersion: app.runtimeVersion.value,
    runtimeSource: app.runtimeVersion.source,
    runtimeEvidence: app.runtimeVersion.evidence.map(e => `${e.file}:${e.line}`)
  }
}

const root = (pm: string): string =>
  JSON.stringify(
    {
      name: 'suite',
      private: true,
      packageManager: pm,
      workspaces: ['apps/*'],
      devDependencies: { turbo: '^2' }
    },
    null,
    2
  )

const elysia = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    name: 'api',
    scripts: { start: 'bun run src/index.ts' },
    dependencies: { elysia: '^1.3' },
    ...extra
  })
const hono = JSON.stringify({
  name: 'edge',
  scripts: { start: 'bun run src/index.ts' },
  dependencies: { hono: '^4' }
})

const files = (pm: string, apiExtra: Record<string, unknown> = {}): Record<string, string> => ({
  'package.json': root(pm),
  'bun.lock': '{}\n',
  'apps/api/package.json': elysia(apiExtra),
  'apps/api/src/index.ts':
    "import { Elysia } from 'elysia'\nnew Elysia().get('/', () => 'hi').listen(3001)\n",
  'apps/edge/package.json': hono,
  'apps/edge/src/index.ts':
    "import { Hono } from 'hono'\nconst app = new Hono()\nexport default { port: 3002, fetch: app.fetch }\n"
})

describe('bun version of a workspace member', () => {
  it('members without a pin take the root packageManager bun@1.2.19 (elysia and hono members)', () => {
    const tree = files('bun@1.2.19')
    const api = member(tree, 'apps/api')
    expect(api.framework).toBe('elysia')
    expect(api.packageManager).toBe('bun')
    expect(api.runtimeVersion).toBe('1.2.19')
    expect(api.runtimeSource).toBe('workspace root package.json#packageManager')
    expect(api.runtimeEvidence).toEqual(['package.json:4'])
    const edge = member(tree, 'apps/edge')
    expect(edge.framework).toBe('hono')
    expect(edge.packageManager).toBe('bun')
    expect(edge.runtimeVersion).toBe('1.2.19')
    expect(edge.runtimeSource).toBe('workspace root package.json#packageManager')
  })

  it("a member's own packageManager pin wins over the root's", () => {
    const api = member(files('bun@1.2.19', { packageManager: 'bun@1.1.30' }), 'apps/api')
    expect(api.runtimeVersion).toBe('1.1.30')
    expect(api.runtimeSource).toBe('package.json#packageManager')
    expect(api.runtimeEvidence).toEqual(['apps/api/package.json:1'])
  })

  it('negative: a root pinned to another package manager gives the members no Bun version', () => {
    const api = member(files('pnpm@9.15.0'), 'apps/api')
    expect(api.runtimeSource).not.toBe('workspace root package.json#packageManager')
    expect(api.runtimeVersion).not.toBe('9.15.0')
  })
})
