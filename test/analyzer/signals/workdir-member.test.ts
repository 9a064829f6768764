// A workspace root whose Dockerfile (a standard one, or its one production-named variant such as
// `Dockerfile.server`) copies several members in a build stage and runs its command in one member's copy
// (`WORKDIR /home/app/packages/server`): that member is the app the repository deploys, with that Dockerfile.
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { finalWorkdir, workdirMember } from '../../../src/analyzer/signals/dockerfile-app.js'

const pkg = (name: string, extra: Record<string, unknown> = {}): string => JSON.stringify({ name, ...extra })

const yarnWorkspace = {
  'package.json': pkg('notes-monorepo', {
    private: true,
    workspaces: ['packages/*'],
    packageManager: 'yarn@3.8.3',
    engines: { node: '>=18' }
  }),
  '.yarnrc.yml': 'nodeLinker: node-modules\n',
  'yarn.lock': '__metadata:\n  version: 6\n',
  'packages/server/package.json': pkg('server', {
    scripts: { start: 'node dist/app.js', build: 'tsc' },
    dependencies: { koa: '2.15.3' }
  }),
  'packages/server/src/app.ts': "import Koa from 'koa'\nconst app = new Koa()\napp.listen(22300)\n",
  'packages/docs/package.json': pkg('docs', {
    scripts: { start: 'next start', build: 'next build' },
    dependencies: { next: '15.0.0', react: '19.0.0' }
  }),
  'packages/docs/pages/index.tsx': 'export default function Home() { return null }\n',
  'packages/lib/package.json': pkg('lib', { main: 'index.js' }),
  'packages/lib/index.js': 'module.exports = {}\n'
}

const notesServerImage =
  'FROM node:18-bullseye AS builder\nWORKDIR /build\nCOPY package.json yarn.lock .yarnrc.yml ./\n' +
  'COPY packages/lib ./packages/lib\nCOPY packages/server ./packages/server\nRUN yarn install && yarn build\n\n' +
  'FROM node:18-bullseye-slim\nARG user=notes\nUSER $user\nCOPY --from=builder /build/packages /home/$user/packages\n' +
  'WORKDIR /home/$user/packages/server\nEXPOSE 22300\nCMD ["yarn", "start"]\n'

const pnpmWorkspace = {
  'package.json': pkg('shop', { private: true, packageManager: 'pnpm@9.15.0' }),
  'pnpm-workspace.yaml': 'packages:\n  - apps/*\n  - packages/*\n',
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'apps/api/package.json': pkg('api', {
    scripts: { start: 'node dist/main.js', build: 'tsc' },
    dependencies: { fastify: '^5.0.0' }
  }),
  'apps/api/src/main.ts':
    "import Fastify from 'fastify'\nconst app = Fastify()\napp.listen({ port: 4000, host: '0.0.0.0' })\n",
  'apps/web/package.json': pkg('web', {
    scripts: { start: 'next start', build: 'next build' },
    dependencies: { next: '15.0.0', react: '19.0.0' }
  }),
  'apps/web/app/page.tsx': 'export default function Page() { return null }\n',
  'packages/shared/package.json': pkg('shared'),
  'packages/shared/index.ts': 'export const x = 1\n'
}

const primaryOf = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    primary: report.primary,
    framework: app.framework.value,
    port: app.port.value,
    packageManager: app.packageManager.value,
    runtimeVersion: app.runtimeVersion.value,
    dockerfile: app.dockerfile
  }
}

describe('the member the final WORKDIR runs in', () => {
  it('koa member of a yarn berry workspace, root Dockerfile.server', () => {
    expect(primaryOf({ ...yarnWorkspace, 'Dockerfile.server': notesServerImage })).toEqual({
      primary: 'packages/server',
      framework: 'koa',
      port: 22300,
      packageManager: 'yarn',
      runtimeVersion: '18',
      dockerfile: 'Dockerfile.server'
    })
  })

  it('fastify member of a pnpm workspace beside a Next member, root Dockerfile', () => {
    const files = {
      ...pnpmWorkspace,
      Dockerfile:
        'FROM node:22-slim AS build\nWORKDIR /app\nCOPY . .\nRUN corepack enable && pnpm install --frozen-lockfile && pnpm -r build\n\n' +
        'FROM node:22-slim\nWORKDIR /app\nCOPY --from=build /app /app\nWORKDIR /app/apps/api\nEXPOSE 4000\nCMD ["node", "dist/main.js"]\n'
    }
    expect(primaryOf(files)).toMatchObject({
      primary: 'apps/api',
      framework: 'fastify',
      port: 4000,
      packageManager: 'pnpm',
      dockerfile: 'Dockerfile'
    })
  })

  it('negative: a WORKDIR ending in a one-segment folder name, or a dev variant, names no member', () => {
    expect(workdirMember('FROM node\nWORKDIR /app/server\n', ['server', 'web'])).toBeNull()
    expect(workdirMember('FROM node\nWORKDIR /srv\n', ['packages/server'])).toBeNull()
    const dev = primaryOf({
      ...yarnWorkspace,
      'Dockerfile.dev': notesServerImage.replace(
        'WORKDIR /home/$user/packages/server',
        'WORKDIR /home/$user/packages/docs'
      )
    })
    expect(dev.dockerfile).toBeNull()
  })
})

describe('finalWorkdir', () => {
  it('follows FROM <stage> and ARG values', () => {
    expect(finalWorkdir('FROM node AS base\nWORKDIR /app\nFROM base\nWORKDIR web\n')).toBe('/app/web')
    expect(finalWorkdir('ARG ROOT=/srv\nFROM node\nWORKDIR ${ROOT}/apps/api\n')).toBe('/srv/apps/api')
    expect(finalWorkdir('FROM node AS a\nWORKDIR /x\nFROM node\n')).toBe('/')
  })
})
