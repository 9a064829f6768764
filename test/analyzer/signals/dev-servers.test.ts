// Start scripts that run a development server: a framework's own dev command (`astro dev`, `nuxi dev`,
// `react-router dev` …) ranks below the framework's production server, as `next dev` and nodemon do.
import { resolve } from 'node:path'
import { analyze } from '../../../src/analyzer/analyze.js'
import { NODE_DEV_RUNNERS, DEV_SERVER_COMMAND } from '../../../src/analyzer/signals/dev-servers.js'
import { primaryApp } from '../../../src/analyzer/summary.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { analyzeRepository } from '../../../src/pipeline/config-analyze.js'

describe('development server commands', () => {
  it.each([
    'astro dev',
    'nuxi dev --port 3000',
    'remix dev',
    'react-router dev',
    'svelte-kit dev',
    'vinxi dev',
    'next dev -p 3001',
    'nodemon server.js',
    'node --watch server.js',
    'node --watch-path=src src/index.js',
    'tsc --watch & node dist/index.js',
    'vite',
    'npx vite --port 3000',
    'node_modules/.bin/vite --host',
    'cross-env NODE_ENV=development vite'
  ])('%s is a dev runner', command => {
    expect(NODE_DEV_RUNNERS.test(command)).toBe(true)
    expect(DEV_SERVER_COMMAND.test(command)).toBe(true)
  })

  it.each([
    'node ./dist/server/entry.mjs',
    'astro preview',
    'react-router-serve ./build/server/index.js',
    'remix-serve build/index.js',
    'nuxi preview',
    'node .output/server/index.mjs',
    'node vite-server.js',
    'node scripts/vite.mjs',
    'node dist/vite',
    'vite preview --port 4173',
    'node src/no--watch.js'
  ])('%s is not', command => {
    expect(NODE_DEV_RUNNERS.test(command)).toBe(false)
  })

  it("an Astro app whose start script is `astro dev` starts the node adapter's server", () => {
    const { report } = analyzeRepository(resolve('test/fixtures/apps/astro-start-script-dev'), {})
    const app = primaryApp(report)!
    expect(app.framework.value).toBe('astro')
    expect(app.startCommand.value).toBe('node ./dist/server/entry.mjs')
  })

  describe('start scripts, whole apps', () => {
    const app = (start: string, extra: Record<string, string> = {}): Record<string, string> => ({
      'package.json': JSON.stringify({
        name: 'svc',
        scripts: { start },
        dependencies: { express: '^4.19.0' }
      }),
      'package-lock.json': '{"lockfileVersion":3}',
      'server.js': "const app = require('express')()\napp.listen(3000)\n",
      'vite-server.js': "const app = require('express')()\napp.listen(3000)\n",
      ...extra
    })
    const startOf = (files: Record<string, string>): { start: string | null; dev: boolean } => {
      const r = analyze(treeFromFiles(files))
      const a = r.apps.find(x => x.appDir === r.primary)!
      return {
        start: a.startCommand.value,
        dev: a.warnings.some(w => w.code === 'DEV_START_SCRIPT')
      }
    }

    it.each([
      ['node --watch server.js', 'a Node watcher'],
      ['vite --port 3000', 'the vite dev server']
    ])('`%s` (%s) is warned DEV_START_SCRIPT and the server file starts instead', start => {
      expect(startOf(app(start))).toEqual({ start: 'node server.js', dev: true })
    })

    it('a production start:prod beside `node --watch` in start wins', () => {
      const files = app('node --watch server.js')
      const pkg = JSON.parse(files['package.json']!) as { scripts: Record<string, string> }
      pkg.scripts['start:prod'] = 'node server.js'
      expect(startOf({ ...files, 'package.json': JSON.stringify(pkg) }).start).toBe('npm run start:prod')
    })

    it('`node vite-server.js` (a file named after vite) is the production start, not warned', () => {
      expect(startOf(app('node vite-server.js'))).toEqual({ start: 'npm start', dev: false })
    })
  })
})
