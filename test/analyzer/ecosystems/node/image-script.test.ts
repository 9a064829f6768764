// A workspace root that is itself the server: it lists itself (or docs beside it) as a workspace package,
// has a server framework in `dependencies`, no `start` script, and its own image runs the script that
// starts it (`CMD ["pnpm", "run", "prod"]`). That script stands for `start`; a delegating script does not.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const honoServer =
  "import { serve } from '@hono/node-server'\nimport app from '../src/index'\nconst PORT = Number.parseInt(process.env.PORT ?? '3000', 10)\nserve({ fetch: app.fetch, port: PORT })\n"

describe('the script a workspace root’s own image runs', () => {
  it('makes a pnpm root listing itself and docs, run by `pnpm run prod`, the Hono app it is', () => {
    const report = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'social',
          type: 'module',
          packageManager: 'pnpm@11.21.0',
          scripts: {
            build: 'tsdown',
            prod: 'pnpm run migrate && node --env-file-if-exists=.env dist/bin/server.js',
            migrate: 'drizzle-kit migrate'
          },
          dependencies: { hono: '^4.12.0', '@hono/node-server': '^2.0.0' }
        }),
        'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
        'pnpm-workspace.yaml': 'packages:\n- .\n- docs\n',
        'mise.toml': '[tools]\nnode = "24"\npnpm = "11.21.0"\n',
        'bin/server.ts': honoServer,
        'src/index.tsx':
          "import { Hono } from 'hono'\nconst app = new Hono()\napp.get('/', c => c.text('hi'))\nexport default app\n",
        'docs/package.json': JSON.stringify({
          name: 'docs',
          scripts: { build: 'astro build' },
          devDependencies: { astro: '^5' }
        }),
        'docs/astro.config.mjs': 'export default {}\n',
        Dockerfile:
          'FROM node:24-bookworm-slim\nWORKDIR /app\nCOPY . .\nRUN corepack enable && pnpm install --frozen-lockfile && pnpm run build\nEXPOSE 3000\nCMD ["pnpm", "run", "prod"]\n'
      })
    )
    const app = report.apps.find(a => a.appDir === '.')!
    expect(report.primary).toBe('.')
    expect(app.framework.value).toBe('hono')
    expect(app.packageManager.value).toBe('pnpm')
    expect(app.runtimeVersion.value).toBe('24')
    expect(app.port.value).toBe(3000)
    expect(app.startCommand.value).toBe('pnpm run prod')
  })

  it('makes an npm workspaces root whose image runs `npm run serve` the express app it is', () => {
    const report = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'portal',
          workspaces: ['packages/*'],
          scripts: { serve: 'node lib/boot.js', build: 'npm run build --workspaces --if-present' },
          dependencies: { express: '^4.21.0' },
          engines: { node: '22.x' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'lib/boot.js':
          "const express = require('express')\nconst app = express()\napp.get('/healthz', (req, res) => res.send('ok'))\napp.listen(process.env.PORT || 8080)\n",
        'packages/ui-kit/package.json': JSON.stringify({
          name: 'ui-kit',
          main: 'index.js',
          dependencies: { react: '^19' }
        }),
        'packages/ui-kit/index.js': 'module.exports = {}\n',
        Dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD npm run serve\n'
      })
    )
    const app = report.apps.find(a => a.appDir === '.')!
    expect(report.primary).toBe('.')
    expect(app.framework.value).toBe('express')
    expect(app.packageManager.value).toBe('npm')
    expect(app.runtimeVersion.value).toBe('22')
    expect(app.port.value).toBe(8080)
    expect(app.startCommand.value).toBe('npm run serve')
    expect(app.healthPath.value).toBe('/healthz')
  })

  it('leaves a root whose image runs a delegating script a workspace shell: its member is the app', () => {
    const report = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'mono',
          workspaces: ['apps/*'],
          scripts: { serve: 'turbo run start --filter=api' },
          dependencies: { express: '^4.21.0' },
          devDependencies: { turbo: '^2' }
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'turbo.json': '{}\n',
        'apps/api/package.json': JSON.stringify({
          name: 'api',
          scripts: { start: 'node index.js' },
          dependencies: { express: '^4.21.0' }
        }),
        'apps/api/index.js': "const app = require('express')()\napp.listen(process.env.PORT || 4000)\n",
        Dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["npm", "run", "serve"]\n'
      })
    )
    expect(report.primary).toBe('apps/api')
    const root = report.apps.find(a => a.appDir === '.')
    expect(root === undefined || root.framework.value === 'none').toBe(true)
    const api = report.apps.find(a => a.appDir === 'apps/api')!
    expect(api.framework.value).toBe('express')
    expect(api.port.value).toBe(4000)
  })
})
