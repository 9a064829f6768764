// A root Dockerfile whose final image runs a bundle one member built (`COPY --from=builder
// /app/packages/app-server/dist-node/index.cjs ./index.cjs`, `CMD ["node", "index.cjs"]`) is that member's
// image: its EXPOSE and CMD are the member's port and start command.
import { analyze } from '../../../src/analyzer/analyze.js'
import { memberBuildOutputRun } from '../../../src/analyzer/signals/image-built-file.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const fieldsOf = (files: Record<string, string>, dir: string) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === dir)!
  return {
    primary: report.primary,
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value
  }
}

// A secret-sharing app: a pnpm workspace whose server bundles to one CommonJS file run from WORKDIR /app.
const honoWorkspace = (finalCopy: string, cmd: string): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'root', private: true, packageManager: 'pnpm@9.15.0' }),
  'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'packages/app-client/package.json': JSON.stringify({
    name: '@x/app-client',
    scripts: { build: 'vite build' },
    devDependencies: { vite: '^5.0.0' }
  }),
  'packages/app-client/index.html': '<div id="app"></div>\n',
  'packages/app-server/package.json': JSON.stringify({
    name: '@x/app-server',
    scripts: { 'build:node': 'esbuild --bundle src/index.ts --platform=node --outfile=dist-node/index.cjs' },
    dependencies: { hono: '^4.5.8', '@hono/node-server': '^1.12.1' }
  }),
  'packages/app-server/src/index.ts':
    "import { serve } from '@hono/node-server'\nimport { app } from './app'\nserve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) })\n",
  'packages/app-server/src/app.ts':
    "import { Hono } from 'hono'\nexport const app = new Hono()\napp.get('/api/ping', c => c.json({ ok: true }))\n",
  Dockerfile: [
    'FROM node:22-slim AS builder',
    'WORKDIR /app',
    'COPY . .',
    'RUN npm i -g pnpm && pnpm install --frozen-lockfile',
    'RUN pnpm --filter @x/app-client run build && pnpm --filter @x/app-server run build:node',
    'FROM node:22-alpine',
    'WORKDIR /app',
    'COPY --from=builder /app/packages/app-client/dist ./public',
    finalCopy,
    'EXPOSE 8787',
    cmd,
    ''
  ].join('\n')
})

// A shop API: an npm workspace whose express member builds build/server.mjs, run by its absolute path.
const expressWorkspace: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'shop', private: true, workspaces: ['apps/*'] }),
  'package-lock.json': '{"lockfileVersion": 3}\n',
  'apps/api/package.json': JSON.stringify({
    name: '@shop/api',
    scripts: {
      build: 'esbuild src/server.ts --bundle --platform=node --format=esm --outfile=build/server.mjs'
    },
    dependencies: { express: '^4.19.0' }
  }),
  'apps/api/src/server.ts':
    "import express from 'express'\nconst app = express()\napp.get('/health', (_req, res) => res.send('ok'))\napp.listen(process.env.PORT || 3000)\n",
  'apps/admin/package.json': JSON.stringify({
    name: '@shop/admin',
    scripts: { build: 'vite build' },
    devDependencies: { vite: '^5.0.0' }
  }),
  'apps/admin/index.html': '<div id="root"></div>\n',
  Dockerfile: [
    'FROM node:20 AS build',
    'WORKDIR /repo',
    'COPY . .',
    'RUN npm ci && npm run build --workspace @shop/api',
    'FROM node:20-slim',
    'WORKDIR /srv',
    'COPY --from=build /repo/apps/api/build/server.mjs /srv/server.mjs',
    'EXPOSE 4000',
    'ENV PORT=4000',
    'CMD ["node", "/srv/server.mjs"]',
    ''
  ].join('\n')
}

describe('memberBuildOutputRun', () => {
  it('traces a relative bundle path back to the member that built it', () => {
    const tree = treeFromFiles(
      honoWorkspace(
        'COPY --from=builder /app/packages/app-server/dist-node/index.cjs ./index.cjs',
        'CMD ["node", "index.cjs"]'
      )
    )
    expect(memberBuildOutputRun(tree, 'Dockerfile', ['packages/app-server', 'packages/app-client'])).toEqual({
      dir: 'packages/app-server',
      file: 'packages/app-server/dist-node/index.cjs',
      line: 11,
      text: 'CMD ["node", "index.cjs"]'
    })
  })

  it('negative: a bundle built at the workspace root belongs to no member', () => {
    const tree = treeFromFiles(
      honoWorkspace('COPY --from=builder /app/dist/index.cjs ./index.cjs', 'CMD ["node", "index.cjs"]')
    )
    expect(
      memberBuildOutputRun(tree, 'Dockerfile', ['packages/app-server', 'packages/app-client'])
    ).toBeNull()
  })

  it('negative: a file the copies may have put there from two members names neither', () => {
    const tree = treeFromFiles({
      'services/api/package.json': '{"name":"api","dependencies":{"express":"^4"}}',
      'services/worker/package.json': '{"name":"worker","dependencies":{"express":"^4"}}',
      Dockerfile:
        'FROM node:22 AS build\nWORKDIR /srv\nCOPY services/api /srv\nCOPY services/worker /srv\nFROM node:22-slim\nCOPY --from=build /srv /srv\nWORKDIR /srv\nCMD ["node", "run-all.js"]\n'
    })
    expect(memberBuildOutputRun(tree, 'Dockerfile', ['services/api'])).toBeNull()
  })
})

describe('members run as a bundle by a root image', () => {
  it('the Hono server member takes the image’s EXPOSE and CMD', () => {
    expect(
      fieldsOf(
        honoWorkspace(
          'COPY --from=builder /app/packages/app-server/dist-node/index.cjs ./index.cjs',
          'CMD ["node", "index.cjs"]'
        ),
        'packages/app-server'
      )
    ).toEqual({
      primary: 'packages/app-server',
      framework: 'hono',
      port: 8787,
      startCommand: 'node index.cjs'
    })
  })

  it('the express API member run by an absolute path takes them too', () => {
    expect(fieldsOf(expressWorkspace, 'apps/api')).toEqual({
      primary: 'apps/api',
      framework: 'express',
      port: 4000,
      startCommand: 'node /srv/server.mjs'
    })
  })

  it('negative: an image running a root-built bundle leaves the member its own defaults', () => {
    expect(
      fieldsOf(
        honoWorkspace('COPY --from=builder /app/dist/index.cjs ./index.cjs', 'CMD ["node", "index.cjs"]'),
        'packages/app-server'
      )
    ).toEqual({
      primary: 'packages/app-server',
      framework: 'hono',
      port: 3000,
      startCommand: 'npx tsx src/index.ts'
    })
  })
})
