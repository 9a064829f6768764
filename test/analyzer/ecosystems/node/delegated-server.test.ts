// A Vite client at the root whose start command changes into a server folder (`cd daemon && bun run start`,
// `npm --prefix server start`): the server folder's framework names the app (holdout19 grimoire).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function framework(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  return report.apps.find(a => a.appDir === '.')?.framework.value ?? null
}

const viteClient = (scripts: Record<string, string>) =>
  JSON.stringify({
    name: 'client',
    private: true,
    type: 'module',
    scripts: { dev: 'vite', build: 'vite build', ...scripts },
    dependencies: { react: '^18.3.1', 'react-dom': '^18.3.1' },
    devDependencies: { vite: '^5.4.0', '@vitejs/plugin-react': '^4.3.0' }
  })

const clientFiles = {
  'index.html': '<div id="root"></div><script type="module" src="/src/main.tsx"></script>\n',
  'vite.config.ts': "import { defineConfig } from 'vite'\nexport default defineConfig({})\n",
  'src/main.tsx':
    "import { createRoot } from 'react-dom/client'\ncreateRoot(document.getElementById('root')!)\n"
}

describe('a build-only root whose start command runs a server folder', () => {
  test('Dockerfile CMD → root script `cd daemon && bun run start` → Hono', () => {
    expect(
      framework({
        ...clientFiles,
        'package.json': viteClient({ 'daemon:start': 'cd daemon && bun run start' }),
        'bun.lock': '{}\n',
        'daemon/package.json': JSON.stringify({
          name: 'daemon',
          scripts: { start: 'bun src/index.ts' },
          dependencies: { hono: '^4.6.0' }
        }),
        'daemon/src/index.ts':
          "import { Hono } from 'hono'\nconst app = new Hono()\nexport default { port: 3210, fetch: app.fetch }\n",
        Dockerfile:
          'FROM oven/bun:1\nWORKDIR /app\nCOPY . .\nRUN bun install && bun run build\nEXPOSE 3210\nCMD ["bun", "run", "daemon:start"]\n'
      })
    ).toBe('hono')
  })

  test('Dockerfile CMD npm start → package.json start `npm --prefix server start` → Express', () => {
    expect(
      framework({
        ...clientFiles,
        Dockerfile:
          'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build && npm --prefix server ci\nEXPOSE 5000\nCMD ["npm", "start"]\n',
        'package.json': viteClient({ start: 'npm --prefix server start' }),
        'package-lock.json': '{"lockfileVersion": 3, "packages": {}}\n',
        'server/package.json': JSON.stringify({
          name: 'server',
          scripts: { start: 'node index.js' },
          dependencies: { express: '^4.19.0' }
        }),
        'server/index.js': "const express = require('express')\nexpress().listen(process.env.PORT || 5000)\n"
      })
    ).toBe('express')
  })

  test('negative: a Vite app whose start previews its own build stays Vite', () => {
    expect(
      framework({
        ...clientFiles,
        Dockerfile:
          'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD ["npm", "start"]\n',
        'package.json': viteClient({ start: 'vite preview' }),
        'server/package.json': JSON.stringify({ name: 'server', dependencies: { express: '^4.19.0' } })
      })
    ).toBe('vite')
  })

  test("negative: without the repository's own image the root stays the static build it is deployed as", () => {
    expect(
      framework({
        ...clientFiles,
        'package.json': viteClient({ start: 'npm --prefix server start' }),
        'server/package.json': JSON.stringify({ name: 'server', dependencies: { express: '^4.19.0' } })
      })
    ).toBe('vite')
  })

  test('negative: a folder without a server framework changes nothing', () => {
    expect(
      framework({
        ...clientFiles,
        Dockerfile: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["npm", "start"]\n',
        'package.json': viteClient({ start: 'cd docs && npm start' }),
        'docs/package.json': JSON.stringify({ name: 'docs', dependencies: { marked: '^12.0.0' } })
      })
    ).toBe('vite')
  })
})
