// Files the install reads besides package.json and the lockfile (.npmrc settings, the release and plugins
// .yarnrc.yml names, pnpm patches), and the generated Dockerfile copying them before the install: without
// them `npm ci` stops with ERESOLVE (legacy-peer-deps), Yarn with ENOENT … yarn-4.3.1.cjs, pnpm with a
// missing patch file.
import { installFiles } from '../../../../src/analyzer/ecosystems/node/install-files.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { generateDockerfile } from '../../../../src/analyzer/render/dockerfile/index.js'
import { renderDockerignore } from '../../../../src/analyzer/render/dockerignore.js'
import { makeApp } from '../../render/make-app.js'
import { lintDockerfile } from '../../render/dockerfile-lint.js'
import type { Warning } from '../../../../src/analyzer/report.js'

const RC = [
  'nodeLinker: node-modules',
  '',
  'plugins:',
  '  - path: .yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs',
  '    spec: "@yarnpkg/plugin-workspace-tools"',
  '  - ./.yarn/plugins/local.cjs',
  '',
  "yarnPath: '.yarn/releases/yarn-4.3.1.cjs'",
  ''
].join('\n')

describe('installFiles', () => {
  it('yarnPath and plugin paths that exist, relative to the lockfile folder', () => {
    const tree = treeFromFiles({
      'api/.yarnrc.yml': RC,
      'api/.yarn/releases/yarn-4.3.1.cjs': '',
      'api/.yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs': '',
      'api/.yarn/plugins/local.cjs': ''
    })
    expect(installFiles(tree, 'api')).toEqual([
      '.yarn/releases/yarn-4.3.1.cjs',
      '.yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs',
      '.yarn/plugins/local.cjs'
    ])
  })

  it('an .npmrc of settings is needed; one with credentials is not', () => {
    const settings = treeFromFiles({ '.npmrc': 'legacy-peer-deps=true\nmin-release-age=14\n' })
    expect(installFiles(settings, '.')).toEqual(['.npmrc'])
    for (const secret of [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n',
      'legacy-peer-deps=true\n_auth=dXNlcjpwYXNz\n',
      '//npm.corp/:_password=c2VjcmV0\n'
    ])
      expect(installFiles(treeFromFiles({ '.npmrc': secret }), '.')).toEqual([])
  })

  it('pnpm patches from pnpm-workspace.yaml and package.json, and .pnpmfile.cjs', () => {
    const tree = treeFromFiles({
      'pnpm-workspace.yaml':
        "packages:\n  - 'apps/*'\npatchedDependencies:\n  scimmy@1.3.5: patches/scimmy@1.3.5.patch\n",
      'package.json': JSON.stringify({
        pnpm: { patchedDependencies: { 'a@1.0.0': 'patches/a@1.0.0.patch' } }
      }),
      'patches/scimmy@1.3.5.patch': '',
      'patches/a@1.0.0.patch': '',
      '.pnpmfile.cjs': ''
    })
    expect(installFiles(tree, '.')).toEqual([
      'patches/scimmy@1.3.5.patch',
      'patches/a@1.0.0.patch',
      '.pnpmfile.cjs'
    ])
  })

  it('the scan never lists .yarn/: a release .yarnrc.yml names there is taken on its word', () => {
    const tree = treeFromFiles({ '.yarnrc.yml': 'yarnPath: .yarn/releases/yarn-4.3.1.cjs\n' })
    expect(installFiles(tree, '.')).toEqual(['.yarn/releases/yarn-4.3.1.cjs'])
  })

  it('files that are not committed, absolute or outside the folder are left out; no config, nothing', () => {
    const tree = treeFromFiles({
      '.yarnrc.yml': 'yarnPath: /opt/yarn.cjs\nplugins:\n  - path: ../x.cjs\n  - path: tools/gone.cjs\n',
      'pnpm-workspace.yaml': 'patchedDependencies:\n  x@1.0.0: patches/missing.patch\n'
    })
    expect(installFiles(tree, '.')).toEqual([])
    expect(installFiles(treeFromFiles({ 'package.json': '{}' }), '.')).toEqual([])
  })
})

describe('the generated Dockerfile copies the installFiles before the install', () => {
  const app = (appDir: string, lockfile: string, files: string[], pm = 'yarn', format = '8') =>
    makeApp({
      appDir,
      language: 'javascript',
      framework: 'express',
      packageManager: pm,
      port: 5006,
      startCommand: 'node app.js',
      lockfile: 'yarn.lock',
      hints: { lockfile, lockfileVersion: format, installFiles: files }
    })
  const render = (a: ReturnType<typeof makeApp>): string => {
    const warnings: Warning[] = []
    return generateDockerfile(a, { baseImageRegistry: null }, warnings)?.text ?? ''
  }

  it('Yarn Berry: the release is copied ahead of the install', () => {
    const text = render(app('.', 'yarn.lock', ['.yarn/releases/yarn-4.3.1.cjs']))
    const copy = text.indexOf('COPY .yarn/releases/yarn-4.3.1.cjs .yarn/releases/yarn-4.3.1.cjs')
    expect(copy).toBeGreaterThan(0)
    expect(copy).toBeLessThan(text.indexOf('yarn workspaces focus'))
  })

  it('npm with an .npmrc of settings: copied before npm ci, and not ignored by the .dockerignore', () => {
    const withRc = app('.', 'package-lock.json', ['.npmrc'], 'npm', '3')
    const text = render(withRc)
    expect(text.indexOf('COPY .npmrc ./')).toBeGreaterThan(0)
    expect(text.indexOf('COPY .npmrc ./')).toBeLessThan(text.indexOf('npm ci'))
    expect(renderDockerignore(withRc, 'node').split('\n')).not.toContain('.npmrc')
    const without = app('.', 'package-lock.json', [], 'npm', '3')
    expect(render(without)).not.toContain('.npmrc')
    expect(renderDockerignore(without, 'node').split('\n')).toContain('.npmrc')
  })

  it('the Dockerfile lint takes a credential-free .npmrc the analysis listed as settings, no other', () => {
    const text = render(app('.', 'package-lock.json', ['.npmrc'], 'npm', '3'))
    const base = { port: 3000, healthPath: null, installCache: true }
    expect(lintDockerfile(text, base)).toContain('copies a secret: .npmrc')
    expect(lintDockerfile(text, { ...base, settingsFiles: ['.npmrc'] })).not.toContain(
      'copies a secret: .npmrc'
    )
  })

  it('a lockfile outside the build context: nothing copied (the paths would not resolve)', () => {
    expect(render(app('services/api', 'yarn.lock', ['.yarn/releases/yarn-4.3.1.cjs']))).not.toContain(
      '.yarn/releases'
    )
  })
})
