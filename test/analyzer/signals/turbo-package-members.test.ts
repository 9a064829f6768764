// A Turborepo member's own turbo.json (`"extends": ["//"]`, a package configuration) does not make the
// member a workspace root with only tooling (holdout39 tunarr: server/turbo.json beside a fastify server
// in a pnpm workspace, root an MkDocs site). Field by field through analyze(); the negative is a real
// nested turbo.json without `extends` (a workspace root of its own). No fixture listens in its entry file
// (the server starts through a module the analyzer does not follow), so the framework dependency decides.
import { analyze } from '../../../src/analyzer/analyze.js'
import { isTurboPackageConfig } from '../../../src/analyzer/signals/turbo-package.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const serverPkg = (name: string, framework: string): string =>
  JSON.stringify({
    name,
    private: true,
    main: 'src/index.ts',
    scripts: { build: 'tsc -p tsconfig.build.json', dev: 'tsx watch src/index.ts' },
    dependencies: { [framework]: '^5.0.0' }
  })

const root = (members: string[]): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'root',
    private: true,
    packageManager: 'pnpm@10.28.0',
    scripts: { build: 'turbo build' },
    devDependencies: { turbo: '^2.0.0' }
  }),
  'pnpm-workspace.yaml': `packages:\n${members.map(m => `  - ${m}\n`).join('')}`,
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'turbo.json': JSON.stringify({ tasks: { build: { dependsOn: ['^build'] } } }),
  '.nvmrc': '22.20.0\n'
})

function fields(files: Record<string, string>, dir: string) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === dir)
  return {
    primary: report.primary,
    framework: app?.framework.value,
    packageManager: app?.packageManager.value,
    runtimeVersion: app?.runtimeVersion.value
  }
}

describe('a Turborepo package configuration in a member', () => {
  test('isTurboPackageConfig reads extends ["//"], with comments', () => {
    const tree = treeFromFiles({
      'a/turbo.json': '{\n  // member\n  "extends": ["//"],\n  "tasks": {}\n}\n',
      'b/turbo.json': '{ "tasks": { "build": {} } }\n',
      'c/turbo.json': '{ "extends": ["@acme/config"] }\n'
    })
    expect(isTurboPackageConfig(tree.read('a/turbo.json'))).toBe(true)
    expect(isTurboPackageConfig(tree.read('b/turbo.json'))).toBe(false)
    expect(isTurboPackageConfig(tree.read('c/turbo.json'))).toBe(false)
    expect(isTurboPackageConfig(tree.read('missing/turbo.json'))).toBe(false)
  })

  test('server/ fastify member with server/turbo.json beside an MkDocs root is the app', () => {
    const files = {
      ...root(['server', 'web']),
      'mkdocs.yml': 'site_name: Docs\n',
      'docs/index.md': '# Docs\n',
      'server/package.json': serverPkg('@acme/server', 'fastify'),
      'server/turbo.json': JSON.stringify({ extends: ['//'], tasks: { build: { dependsOn: ['^build'] } } }),
      'server/src/index.ts': "export { start } from './Server.js'\n"
    }
    expect(fields(files, 'server')).toEqual({
      primary: 'server',
      framework: 'fastify',
      packageManager: 'pnpm',
      runtimeVersion: '22.20.0'
    })
  })

  test('apps/api express member with apps/api/turbo.json is deployable', () => {
    const files = {
      ...root(['apps/*']),
      'apps/api/package.json': serverPkg('@acme/api', 'express'),
      'apps/api/turbo.json': '{\n  "$schema": "https://turbo.build/schema.json",\n  "extends": ["//"]\n}\n',
      'apps/api/src/index.ts': "export { start } from './server.js'\n"
    }
    expect(fields(files, 'apps/api')).toEqual({
      primary: 'apps/api',
      framework: 'express',
      packageManager: 'pnpm',
      runtimeVersion: '22.20.0'
    })
  })

  test('negative: a member turbo.json without extends keeps it a workspace root with only tooling', () => {
    const files = {
      ...root(['apps/*']),
      'apps/api/package.json': serverPkg('@acme/api', 'express'),
      'apps/api/turbo.json': JSON.stringify({ tasks: { build: {} } }),
      'apps/api/src/index.ts': "export { start } from './server.js'\n"
    }
    const report = analyze(treeFromFiles(files))
    expect(report.apps.find(a => a.appDir === 'apps/api')).toBeUndefined()
  })
})
