// A Bun app's runtime version is the one of its oven/bun image (holdout19 grimoire, bun-api), also from a
// per-service Dockerfile variant at the workspace root that names the member (`Dockerfile.backend`).
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

function app(files: Record<string, string>, dir?: string) {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === (dir ?? report.primary))!
}

const elysia = (extra = '') =>
  JSON.stringify({
    name: 'api',
    scripts: { start: 'bun src/index.ts' },
    dependencies: { elysia: '^1.4.0' },
    ...(extra ? { packageManager: extra } : {})
  })
const server = "import { Elysia } from 'elysia'\nnew Elysia().get('/', () => 'hi').listen(8090)\n"

describe('the Bun version of an oven/bun image', () => {
  test('FROM oven/bun:1-slim in the app Dockerfile gives 1', () => {
    const a = app({
      'package.json': elysia(),
      'bun.lock': '{}\n',
      'src/index.ts': server,
      Dockerfile:
        'FROM oven/bun:1 AS build\nWORKDIR /app\nCOPY . .\nRUN bun install\nFROM oven/bun:1-slim\nCOPY --from=build /app /app\nCMD ["bun", "src/index.ts"]\n'
    })
    expect(a.runtimeVersion.value).toBe('1')
    expect(a.runtimeVersion.evidence[0]).toMatchObject({ file: 'Dockerfile', line: 5 })
  })

  test('a member built by the root Dockerfile.backend (beside Dockerfile.frontend) takes its oven/bun version', () => {
    const a = app(
      {
        'package.json': JSON.stringify({ name: 'root', workspaces: ['apps/*'] }),
        'bun.lock': '{}\n',
        'apps/backend/package.json': elysia(),
        'apps/backend/src/index.ts': server,
        'apps/frontend/package.json': JSON.stringify({
          name: 'web',
          scripts: { build: 'vite build' },
          devDependencies: { vite: '^5.0.0' }
        }),
        'apps/frontend/index.html': '<div id="app"></div>\n',
        'Dockerfile.backend':
          'FROM oven/bun AS build\nWORKDIR /app\nCOPY . .\nRUN bun install\nRUN cd apps/backend && bun build --compile --outfile server src/index.ts\nFROM oven/bun:1.3.2-slim AS deploy\nCOPY --from=build /app/apps/backend/server server\nCMD ["./server"]\n',
        'Dockerfile.frontend':
          'FROM oven/bun AS build\nCOPY . .\nRUN bun install && bun run --filter web build\nFROM nginx:alpine\nCOPY --from=build /app/apps/frontend/dist /usr/share/nginx/html\n'
      },
      'apps/backend'
    )
    expect(a.runtimeVersion.value).toBe('1.3.2')
    expect(a.runtimeVersion.evidence[0]).toMatchObject({ file: 'Dockerfile.backend', line: 6 })
  })

  test('negative: a declared Bun version wins over the image; a node image says nothing of Bun', () => {
    const declared = app({
      'package.json': elysia('bun@1.2.5'),
      'bun.lock': '{}\n',
      '.bun-version': '1.2.5\n',
      'src/index.ts': server,
      Dockerfile: 'FROM oven/bun:1\nCOPY . .\nCMD ["bun", "src/index.ts"]\n'
    })
    expect(declared.runtimeVersion.value).toBe('1.2.5')
    const nodeImage = app({
      'package.json': elysia(),
      'bun.lock': '{}\n',
      'src/index.ts': server,
      Dockerfile: 'FROM node:22-slim\nRUN npm i -g bun\nCOPY . .\nCMD ["bun", "src/index.ts"]\n'
    })
    expect(nodeImage.runtimeVersion.value).toBeNull()
  })

  test('negative: two variants naming the same member are the deployer’s choice (nothing read)', () => {
    const a = app(
      {
        'package.json': JSON.stringify({ name: 'root', workspaces: ['apps/*'] }),
        'bun.lock': '{}\n',
        'apps/backend/package.json': elysia(),
        'apps/backend/src/index.ts': server,
        'Dockerfile.alpine': 'FROM oven/bun:1.2-alpine\nCOPY apps/backend .\nCMD ["bun", "src/index.ts"]\n',
        'Dockerfile.debian': 'FROM oven/bun:1.3-slim\nCOPY apps/backend .\nCMD ["bun", "src/index.ts"]\n'
      },
      'apps/backend'
    )
    expect(a.runtimeVersion.value).toBeNull()
  })
})
