// A package folder on a framework the analyzer does not know (thinkjs on Koa, an in-house wrapper), with no
// `start` script, whose own Dockerfile runs one of its files with node, is a Node app — with the workspace
// root's package manager and its own engines — not a bare Dockerfile (holdout38: a pnpm workspace member
// whose images run `node vanilla.js` from source or `node node_modules/<its name>/vanilla.js` from npm).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { ownImageRunsPackageFile } from '../../../../src/analyzer/ecosystems/node/own-image-entry.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { contextFor } from '../helpers.js'

/** A pnpm workspace whose server member installs its own published package in the image. */
const comments = (dockerfile: string): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'comments-root', private: true, scripts: { lint: 'oxlint .' } }),
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
  'packages/server/package.json': JSON.stringify({
    name: '@comments/server',
    scripts: { dev: 'node development.js 9090' },
    dependencies: { thinkjs: '4.0.0', '@koa/cors': '^5.0.0' },
    engines: { node: '^20.19.0 || ^22.12.0 || ^24.0.0' }
  }),
  'packages/server/vanilla.js':
    "const Application = require('thinkjs');\nnew Application({ ROOT_PATH: __dirname }).run();\n",
  'packages/server/src/config/router.js': 'module.exports = [];\n',
  'packages/server/Dockerfile': dockerfile
})

const published = [
  'FROM node:lts AS build',
  'WORKDIR /app',
  'RUN npm install --production @comments/server',
  'FROM node:lts-slim',
  'WORKDIR /app',
  'COPY --from=build /app .',
  'EXPOSE 8360',
  'CMD ["node", "node_modules/@comments/server/vanilla.js"]',
  ''
].join('\n')

/** A yarn project whose server runs an in-house wrapper; its Dockerfile builds from source. */
const relay = (): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'relay',
    private: true,
    dependencies: { '@acme/http-kit': '3.1.0' },
    engines: { node: '>=20' }
  }),
  'yarn.lock': '',
  'server/boot.mjs': "import { boot } from '@acme/http-kit'\nawait boot({ port: 4000 })\n",
  Dockerfile: [
    'FROM node:20-alpine',
    'WORKDIR /srv',
    'COPY . .',
    'RUN yarn install --production',
    'EXPOSE 4000',
    'CMD ["node", "./server/boot.mjs"]',
    ''
  ].join('\n')
})

const appAt = (files: Record<string, string>, dir: string) =>
  analyze(treeFromFiles(files)).apps.find(a => a.appDir === dir)

describe('own image runs a file of the package', () => {
  it('finds the published copy of the package by its name', () => {
    const ctx = contextFor(comments(published), 'packages/server')
    const found = ownImageRunsPackageFile(ctx, '@comments/server')
    expect(found?.file).toBe('packages/server/Dockerfile')
    expect(found?.line).toBe(8)
  })

  it('a workspace member on thinkjs is a Node app, field by field', () => {
    const app = appAt(comments(published), 'packages/server')
    expect(app?.language.value).toBe('javascript')
    expect(app?.framework.value).toBe('none')
    expect(app?.packageManager.value).toBe('pnpm')
    expect(app?.runtimeVersion.value).toBe('22')
    expect(app?.startCommand.value).toBe('node node_modules/@comments/server/vanilla.js')
    expect(app?.port.value).toBe(8360)
    expect(app?.healthPath.value).toBeNull()
  })

  it('the same member built from source (`node vanilla.js`), field by field', () => {
    const source = [
      'FROM node:lts-alpine',
      'WORKDIR /app',
      'COPY . .',
      'EXPOSE 8360',
      'CMD ["node", "vanilla.js"]',
      ''
    ]
    const app = appAt(comments(source.join('\n')), 'packages/server')
    expect(app?.language.value).toBe('javascript')
    expect(app?.packageManager.value).toBe('pnpm')
    expect(app?.startCommand.value).toBe('node vanilla.js')
    expect(app?.port.value).toBe(8360)
  })

  it('a root app on an in-house wrapper whose Dockerfile runs its file, field by field', () => {
    const ctx = contextFor(relay())
    expect(ownImageRunsPackageFile(ctx, 'relay')?.file).toBe('Dockerfile')
    const app = appAt(relay(), '.')
    expect(app?.language.value).toBe('javascript')
    expect(app?.framework.value).toBe('none')
    expect(app?.packageManager.value).toBe('yarn')
    expect(app?.startCommand.value).toBe('node ./server/boot.mjs')
    expect(app?.port.value).toBe(4000)
  })

  it('negative: an image running another package or a file not in the folder stays a bare Dockerfile', () => {
    const other = published.replace(
      'node_modules/@comments/server/vanilla.js',
      'node_modules/other-server/index.js'
    )
    const ctx = contextFor(comments(other), 'packages/server')
    expect(ownImageRunsPackageFile(ctx, '@comments/server')).toBeNull()
    expect(appAt(comments(other), 'packages/server')?.packageManager.value).toBe('none')
    const absolute = published.replace('node_modules/@comments/server/vanilla.js', '/opt/app/server.js')
    expect(
      ownImageRunsPackageFile(contextFor(comments(absolute), 'packages/server'), '@comments/server')
    ).toBeNull()
  })
})
