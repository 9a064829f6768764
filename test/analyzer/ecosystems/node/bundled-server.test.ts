// One package bundling its client (Vite) and its server: the start script runs the built server with node and
// the sources import the server framework, so that framework names the app (holdout35 flood: fastify with
// every dependency a devDependency, read as a Vite SPA).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

/** A torrent UI: React client and fastify server bundled into dist/, all devDependencies, pnpm. */
const torrentUi = (
  start: string,
  serverImport = "import fastify from 'fastify'"
): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'torrent-ui',
    bin: { 'torrent-ui': 'dist/index.js' },
    scripts: { build: 'node scripts/build.mjs', start },
    devDependencies: { fastify: '5.1.0', react: '19.0.0', vite: '6.0.0', typescript: '5.7.0' }
  }),
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'vite.config.ts': 'export default {}\n',
  'tsconfig.json': '{}',
  'client/index.html': '<div id="app"></div>',
  'client/src/app.tsx': 'export const App = () => null\n',
  'server/bin/start.ts': `${serverImport}\nconst app = fastify()\napp.listen({ port: 3000 })\n`,
  'scripts/build.mjs': "import { build } from 'vite'\nawait build()\n"
})

/** A notes app: Vue client and express server bundled by esbuild into build/server.js, all devDependencies, npm. */
const notes = (): Record<string, string> => ({
  'package.json': JSON.stringify({
    name: 'notes',
    scripts: {
      build: 'vite build && esbuild server/server.ts --bundle --platform=node --outfile=build/server.js',
      start: 'node build/server.js'
    },
    devDependencies: { express: '^4.19.0', vite: '^5.0.0', '@vitejs/plugin-vue': '^5.0.0', vue: '^3.4.0' }
  }),
  'package-lock.json': '{}',
  'vite.config.js': 'export default {}\n',
  'index.html': '<div id="app"></div>',
  'server/server.ts':
    "import express from 'express'\nconst app = express()\napp.listen(process.env.PORT || 4000)\n"
})

describe('a package bundling its Vite client and its server', () => {
  it('fastify, all devDependencies, start runs dist/index.js: fastify names the app, field by field', () => {
    const report = analyze(treeFromFiles(torrentUi('node --enable-source-maps --use_strict dist/index.js')))
    const app = report.apps.find(a => a.appDir === '.')!
    expect(app.framework.value).toBe('fastify')
    expect(app.framework.source).toBe(
      'scripts.start runs the built server dist/index.js; server/bin/start.ts imports Fastify'
    )
    expect(app.packageManager.value).toBe('pnpm')
    expect(app.startCommand.value).toBe('pnpm start')
    expect(app.port.value).toBe(3000)
  })

  it('express bundled into build/server.js beside a Vue client: express names the app', () => {
    const app = analyze(treeFromFiles(notes())).apps.find(a => a.appDir === '.')!
    expect(app.framework.value).toBe('express')
    expect(app.packageManager.value).toBe('npm')
    expect(app.startCommand.value).toBe('npm start')
  })

  it('negative: vite preview, or a server framework no source imports, stays a Vite build', () => {
    for (const files of [
      torrentUi('vite preview'),
      torrentUi(
        'node dist/index.js',
        "import http from 'node:http'\nconst fastify = () => http.createServer()"
      )
    ]) {
      const app = analyze(treeFromFiles(files)).apps.find(a => a.appDir === '.')!
      expect(app.framework.value).toBe('vite')
    }
  })
})
