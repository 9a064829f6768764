// A workspace root's Railway file that deploys one member through a root script: its healthcheckPath is the
// member's health path.
import { analyze } from '../../../src/analyzer/analyze.js'
import { rootRailwayMemberHealth } from '../../../src/analyzer/signals/railway-member.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const fieldsOf = (files: Record<string, string>, dir: string) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === dir)!
  return {
    primary: report.primary,
    framework: app.framework.value,
    port: app.port.value,
    healthPath: app.healthPath.value
  }
}

// A feedback board: pnpm workspace, express API in packages/server answering GET /api.
const feedbackBoard = (serverStart: string): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'board',
    private: true,
    scripts: { 'server:start': serverStart, 'server:dev': 'pnpm --filter @board/api dev' }
  }),
  'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'railway.json': JSON.stringify(
    {
      build: { builder: 'NIXPACKS' },
      deploy: { startCommand: 'pnpm server:start', healthcheckPath: '/api' }
    },
    null,
    2
  ),
  'packages/server/package.json': JSON.stringify({
    name: '@board/api',
    scripts: { start: 'node src/index.js' },
    dependencies: { express: '^4.21.0' }
  }),
  'packages/server/src/index.js':
    "const express = require('express')\nconst app = express()\nconst router = express.Router()\nrouter.get('/api', (_req, res) => res.send('up'))\napp.use(router)\napp.listen(process.env.PORT || 8000)\n",
  'packages/theme/package.json': JSON.stringify({
    name: '@board/theme',
    scripts: { build: 'vite build' },
    devDependencies: { vite: '^5.0.0' }
  }),
  'packages/theme/index.html': '<div id="app"></div>\n'
})

// A status page: npm workspaces, a koa member started by folder, railway.toml.
const statusPage: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'status',
    private: true,
    workspaces: ['apps/*'],
    scripts: { 'start:api': 'npm start --workspace=apps/api' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}\n',
  'railway.toml': '[deploy]\nstartCommand = "npm run start:api"\nhealthcheckPath = "/status/live"\n',
  'apps/api/package.json': JSON.stringify({
    name: 'status-api',
    scripts: { start: 'node server.js' },
    dependencies: { koa: '^2.15.0' }
  }),
  'apps/api/server.js':
    "const Koa = require('koa')\nconst app = new Koa()\napp.use(ctx => { ctx.body = 'status' })\napp.listen(process.env.PORT || 4100)\n"
}

describe('rootRailwayMemberHealth', () => {
  it('a filter by package name', () => {
    const tree = treeFromFiles(feedbackBoard('pnpm --filter @board/api start'))
    expect(rootRailwayMemberHealth(tree, 'packages/server', [])).toMatchObject({
      value: '/api',
      evidence: [
        { file: 'railway.json', text: '"healthcheckPath": "/api"' },
        { file: 'package.json', text: expect.stringContaining('"server:start"') }
      ]
    })
  })

  it('a workspace named by folder in railway.toml', () => {
    expect(rootRailwayMemberHealth(treeFromFiles(statusPage), 'apps/api', [])?.value).toBe('/status/live')
  })

  it.each([
    ['a script starting two members', 'pnpm --filter @board/api --filter @board/theme start'],
    ['a script starting another member', 'pnpm --filter @board/theme preview']
  ])('negative: %s', (_label, script) => {
    expect(rootRailwayMemberHealth(treeFromFiles(feedbackBoard(script)), 'packages/server', [])).toBeNull()
  })
})

describe('members deployed by a root Railway file', () => {
  it('the express API of a pnpm workspace takes /api', () => {
    expect(fieldsOf(feedbackBoard('pnpm --filter @board/api start'), 'packages/server')).toEqual({
      primary: 'packages/server',
      framework: 'express',
      port: 8000,
      healthPath: '/api'
    })
  })

  it('the koa API of an npm workspace takes /status/live', () => {
    expect(fieldsOf(statusPage, 'apps/api')).toEqual({
      primary: 'apps/api',
      framework: 'koa',
      port: 4100,
      healthPath: '/status/live'
    })
  })

  it('negative: a root script that starts the theme leaves the API without a declared health path', () => {
    expect(fieldsOf(feedbackBoard('pnpm --filter @board/theme preview'), 'packages/server')).toEqual({
      primary: 'packages/server',
      framework: 'express',
      port: 8000,
      healthPath: null
    })
  })
})
