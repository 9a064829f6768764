// Remix 3 is the single `remix` package: an app builds its own node:http server, so it is Remix without
// remix-serve or `remix build` defaults; Remix 2 apps (the @remix-run/* packages) keep them.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { isRemix3 } from '../../../../src/analyzer/ecosystems/node/remix-package.js'
import { readPackageJson } from '../../../../src/analyzer/ecosystems/node/manifest.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { createAppContext } from '../../../../src/analyzer/context.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    buildCommand: app.buildCommand.value
  }
}

const pkg = (json: Record<string, unknown>) => JSON.stringify({ name: 'site', type: 'module', ...json })

// remix.run's own layout: a TypeScript server run through the package's tsx loader, PORT read in server.ts.
const websiteServer =
  "import * as http from 'node:http'\nimport { createRequestListener } from 'remix/node-fetch-server'\nimport { router } from './app/router.ts'\n\nconst port = Number(process.env.PORT ?? 3000)\nhttp.createServer(createRequestListener(request => router.fetch(request))).listen(port)\n"
// A bookstore demo: a plain JS server on 44100.
const storeServer =
  "import * as http from 'node:http'\nimport { createRequestListener } from 'remix/node-fetch-server'\nimport { router } from './app/router.js'\n\nconst server = http.createServer(createRequestListener(req => router.fetch(req)))\nserver.listen(process.env.PORT || 44100)\n"

describe('isRemix3', () => {
  it.each([
    ['remix 3 beta', { remix: '3.0.0-beta.10' }, true],
    ['remix ^3.1.0', { remix: '^3.1.0' }, true],
    [
      'remix 1 (the v1 re-export package) beside @remix-run/dev',
      { remix: '^1.19.3', '@remix-run/dev': '^1.19.3' },
      false
    ],
    [
      'remix 3 beside @remix-run/serve (a migration in progress)',
      { remix: '^3.0.0', '@remix-run/serve': '^2.0.0' },
      false
    ],
    ['no remix at all', { express: '^4.0.0' }, false]
  ])('%s', (_label, dependencies, expected) => {
    const tree = treeFromFiles({ 'package.json': pkg({ dependencies }) })
    expect(isRemix3(readPackageJson(createAppContext(tree, '.', [], null), []))).toBe(expected)
  })
})

describe('Remix 3 apps', () => {
  it('a site whose start script runs server.ts through remix/node-tsx', () => {
    expect(
      fields({
        'package.json': pkg({
          scripts: { start: 'node --import remix/node-tsx server.ts', build: 'tsc -b' },
          dependencies: { remix: '3.0.0-beta.10' }
        }),
        'server.ts': websiteServer
      })
    ).toEqual({
      framework: 'remix',
      port: 3000,
      startCommand: 'npm start',
      buildCommand: 'npm run build'
    })
  })

  it('a store demo whose start script runs server.js', () => {
    expect(
      fields({
        'package.json': pkg({ scripts: { start: 'node server.js' }, dependencies: { remix: '^3.0.0' } }),
        'server.js': storeServer
      })
    ).toEqual({ framework: 'remix', port: 44100, startCommand: 'npm start', buildCommand: null })
  })

  it('negative: a Remix 2 app without scripts keeps the remix-serve defaults', () => {
    expect(
      fields({
        'package.json': pkg({
          dependencies: { remix: '^2.0.0', '@remix-run/serve': '^2.0.0', '@remix-run/node': '^2.0.0' },
          devDependencies: { '@remix-run/dev': '^2.0.0' }
        }),
        'app/root.tsx': 'export default function App() { return null }\n'
      })
    ).toEqual({
      framework: 'remix',
      port: 3000,
      startCommand: 'npx remix-serve ./build/index.js',
      buildCommand: 'npx remix build'
    })
  })
})
