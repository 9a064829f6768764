// Bun as the package manager only: an app with a bun lockfile that declares the Node it runs on
// (engines.node) and starts with node/next runs on Node, installed with bun. A start script run by bun, or
// Bun's own libraries, keep the Bun runtime.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

describe('a bun lockfile beside engines.node', () => {
  it('keeps a Next.js app whose image runs node on Node, with bun as its package manager', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'search',
          scripts: { build: 'next build', start: 'next start' },
          dependencies: { next: '^16.2.6', react: '^19', 'react-dom': '^19' },
          engines: { node: '22.x' }
        }),
        'bun.lock': '{\n  "lockfileVersion": 1,\n  "workspaces": {}\n}\n',
        Dockerfile:
          'FROM node:22-slim AS builder\nWORKDIR /app\nRUN npm install -g bun\nCOPY package.json bun.lock ./\nRUN bun install\nCOPY . .\nRUN npm run build\nFROM node:22-slim\nWORKDIR /app\nCOPY --from=builder /app ./\nCMD ["npx", "next", "start", "-H", "0.0.0.0"]\n'
      })
    ).apps[0]!
    expect(app.runtimeVersion.value).toBe('22')
    expect(app.packageManager.value).toBe('bun')
    expect(app.framework.value).toBe('nextjs')
  })

  it('keeps an express server with bun.lockb and engines on Node', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'api',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4' },
          engines: { node: '>=20 <23' }
        }),
        'bun.lockb': 'binary',
        'server.js': "require('express')().listen(process.env.PORT || 3000)\n"
      })
    ).apps[0]!
    expect(app.runtimeVersion.value).toBe('22')
    expect(app.runtimeVersion.source).toContain('engines')
    expect(app.packageManager.value).toBe('bun')
  })

  it('leaves a Hono server started by bun on Bun despite an engines.node', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'api',
          scripts: { start: 'bun run src/index.ts' },
          dependencies: { hono: '^4' },
          engines: { node: '>=18' }
        }),
        'bun.lock': '{\n  "lockfileVersion": 1\n}\n',
        '.bun-version': '1.2.2\n',
        'src/index.ts':
          "import { Hono } from 'hono'\nconst app = new Hono()\nexport default { port: 3000, fetch: app.fetch }\n"
      })
    ).apps[0]!
    expect(app.runtimeVersion.value).toBe('1.2.2')
    expect(app.runtimeVersion.source).toContain('.bun-version')
  })

  it('leaves an app whose image ends on oven/bun on Bun despite an engines.node', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'api',
          scripts: { build: 'tsc', start: 'node dist/index.js' },
          dependencies: { hono: '^4' },
          engines: { node: '>=20' }
        }),
        'bun.lock': '{\n  "lockfileVersion": 1\n}\n',
        'src/index.ts':
          "import { Hono } from 'hono'\nconst app = new Hono()\nexport default { port: 3000, fetch: app.fetch }\n",
        Dockerfile:
          'FROM node:22 AS build\nWORKDIR /app\nCOPY . .\nRUN npm i -g bun && bun install && bun run build\nFROM oven/bun:1.3.2-slim\nWORKDIR /app\nCOPY --from=build /app ./\nCMD ["bun", "dist/index.js"]\n'
      })
    ).apps[0]!
    expect(app.runtimeVersion.value).toBe('1.3.2')
  })
})

// The generated image of such an app: a node image (its engines major) that installs bun to run the
// install, never an oven/bun image tagged with the Node major (`oven/bun:22-slim` does not exist: a real
// Next.js app's generated Dockerfile could not even pull its base).
describe('the generated image of a Node app installed with bun', () => {
  const NEXT_ON_NODE = {
    'package.json': JSON.stringify({
      name: 'search',
      scripts: { build: 'next build', start: 'next start' },
      dependencies: { next: '^16.2.6', react: '^19', 'react-dom': '^19' },
      engines: { node: '22.x' }
    }),
    'bun.lock': '{\n  "lockfileVersion": 1,\n  "workspaces": {}\n}\n'
  }
  const EXPRESS_ON_NODE = {
    'package.json': JSON.stringify({
      name: 'api',
      scripts: { start: 'node server.js' },
      dependencies: { express: '^4' },
      engines: { node: '>=20 <23' },
      packageManager: 'bun@1.2.19'
    }),
    'bun.lockb': 'binary',
    'server.js': "require('express')().listen(process.env.PORT || 3000)\n"
  }

  it.each([
    ['Next.js, bun.lock, engines 22.x', NEXT_ON_NODE, 'node:22.23-bookworm-slim', 'bun@1'],
    [
      'express, bun.lockb, packageManager bun@1.2.19',
      EXPRESS_ON_NODE,
      'node:22.23-bookworm-slim',
      'bun@1.2.19'
    ]
  ])('%s: FROM node, bun installed by npm, bun installs', (_label, files, base, bun) => {
    const app = analyze(treeFromFiles(files)).apps[0]!
    expect(app.hints.runtime).toBe('node')
    const artifacts = renderAppArtifacts(app)
    expect(artifacts.generator).not.toBe('bun')
    const lines = (artifacts.dockerfile ?? '').split('\n')
    expect(lines).toContain(`FROM ${base} AS base`)
    expect(lines).toContain(`RUN npm install -g ${bun} --no-audit --no-fund`)
    expect(lines.some(line => line.includes('bun install --frozen-lockfile'))).toBe(true)
    expect(lines.some(line => line.includes('oven/bun'))).toBe(false)
  })

  it('a Hono app started by bun stays on the bun image, with no npm-installed bun', () => {
    const app = analyze(
      treeFromFiles({
        'package.json': JSON.stringify({
          name: 'api',
          scripts: { start: 'bun run src/index.ts' },
          dependencies: { hono: '^4' },
          engines: { node: '>=18' }
        }),
        'bun.lock': '{\n  "lockfileVersion": 1\n}\n',
        '.bun-version': '1.2.2\n',
        'src/index.ts':
          "import { Hono } from 'hono'\nconst app = new Hono()\nexport default { port: 3000, fetch: app.fetch }\n"
      })
    ).apps[0]!
    expect(app.hints.runtime).toBeUndefined()
    const artifacts = renderAppArtifacts(app)
    expect(artifacts.generator).toBe('bun')
    expect(artifacts.dockerfile).toContain('FROM oven/bun:1.2')
    expect(artifacts.dockerfile).not.toContain('npm install -g bun')
  })
})
