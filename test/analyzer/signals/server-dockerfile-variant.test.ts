// A root with no plain Dockerfile but one variant per member it ships (holdout39 your_spotify:
// `Dockerfile.client.production` + `Dockerfile.server.production` beside dev `Dockerfile.client`/`.server`):
// the variant named for the server half leads, not the alphabetically first one (the client's static front
// end). Without a client-named sibling, or with two server-named production variants, nothing changes.
import { analyze } from '../../../src/analyzer/analyze.js'
import { serverDockerfileVariant } from '../../../src/analyzer/signals/server-dockerfile-variant.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const recipe = (member: string, from: string, script: string): string =>
  `FROM ${from} AS builder\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./\nCOPY ${member}/package.json ${member}/package.json\nRUN npm i -g pnpm && pnpm install --frozen-lockfile\nCOPY ${member}/src ${member}/src\nWORKDIR /app/${member}\nRUN pnpm build\n\nFROM ${from}\nWORKDIR /app\nCOPY --from=builder /app/${member}/build/ ${member}/build/\nENTRYPOINT [ "sh", "/app/${member}/${script}" ]\n`

const workspace = (server: string, client: string): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'root', private: true }),
  'pnpm-workspace.yaml': 'packages:\n  - apps/*\n',
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  [`${server}/package.json`]: JSON.stringify({
    name: 'server',
    scripts: { build: 'tsc', start: 'node build/index.js' },
    dependencies: { express: '^5.0.0' }
  }),
  [`${server}/src/index.ts`]: "import express from 'express'\nexpress().listen(8080)\n",
  [`${client}/package.json`]: JSON.stringify({
    name: 'client',
    scripts: { build: 'vite build' },
    dependencies: { react: '^19.0.0' },
    devDependencies: { vite: '^7.0.0' }
  }),
  [`${client}/public/index.html`]: '<html><body><div id="root"></div></body></html>\n',
  [`${client}/src/main.tsx`]: 'export {}\n'
})

describe('the server-named root Dockerfile variant', () => {
  test('picks the server variant among per-member production variants', () => {
    expect(
      serverDockerfileVariant([
        'Dockerfile.client.production',
        'Dockerfile.server',
        'Dockerfile.server.production'
      ])
    ).toBe('Dockerfile.server.production')
    expect(serverDockerfileVariant(['Dockerfile.api', 'Dockerfile.web'])).toBe('Dockerfile.api')
    expect(serverDockerfileVariant(['frontend.Dockerfile', 'backend.Dockerfile'])).toBe('backend.Dockerfile')
  })

  test('keeps the caller choice without a client sibling or with two server variants', () => {
    expect(serverDockerfileVariant(['Dockerfile.server.production'])).toBeNull()
    expect(serverDockerfileVariant(['Dockerfile.prod', 'Dockerfile.server'])).toBeNull()
    expect(serverDockerfileVariant(['Dockerfile.api', 'Dockerfile.server', 'Dockerfile.web'])).toBeNull()
  })

  test('a pnpm workspace with Dockerfile.client.production and Dockerfile.server.production ships the server', () => {
    const report = analyze(
      treeFromFiles({
        ...workspace('apps/server', 'apps/client'),
        'Dockerfile.client': recipe('apps/client', 'node:25-alpine', 'scripts/run_dev.sh'),
        'Dockerfile.client.production': recipe('apps/client', 'node:25-alpine', 'scripts/run.sh'),
        'Dockerfile.server': recipe('apps/server', 'node:25-alpine', 'scripts/run_dev.sh'),
        'Dockerfile.server.production': recipe('apps/server', 'node:25-alpine', 'scripts/run.sh')
      })
    )
    expect(report.primary).toBe('apps/server')
    const server = report.apps.find(a => a.appDir === 'apps/server')!
    expect(server.framework.value).toBe('express')
    expect(server.packageManager.value).toBe('pnpm')
    expect(server.runtimeVersion.value).toBe('25')
  })

  test('Dockerfile.api beside Dockerfile.web ships the api member', () => {
    const report = analyze(
      treeFromFiles({
        ...workspace('packages/api', 'packages/web'),
        'Dockerfile.api': recipe('packages/api', 'node:22-alpine', 'start.sh'),
        'Dockerfile.web': recipe('packages/web', 'node:22-alpine', 'serve.sh')
      })
    )
    expect(report.primary).toBe('packages/api')
    const api = report.apps.find(a => a.appDir === 'packages/api')!
    expect(api.framework.value).toBe('express')
    expect(api.runtimeVersion.value).toBe('22')
  })

  test('negative: a lone Dockerfile.client.production still ships the client member', () => {
    const report = analyze(
      treeFromFiles({
        ...workspace('apps/server', 'apps/client'),
        'Dockerfile.client.production': recipe('apps/client', 'node:25-alpine', 'scripts/run.sh')
      })
    )
    expect(report.primary).toBe('apps/client')
  })
})
