// A server that serves a folder the repository does not hold, built by a single-page app beside it (flame:
// `express.static(join(__dirname, 'public'))`, client/ built with react-scripts into client/build, moved to
// public/ only by its own Dockerfile): the generated image builds the client in a stage and copies its
// output to the served folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { servedClientBuild } from '../../../../src/analyzer/ecosystems/node/served-client-build.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import { analyzeRepository } from '../../../../src/pipeline/config-analyze.js'

function rendered(files: Record<string, string>): { hint: unknown; dockerfile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dl-client-'))
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    const app = primaryApp(analyzeRepository(dir).report)
    if (!app) throw new Error('no app')
    return { hint: app.hints.servedClientBuild, dockerfile: renderAppArtifacts(app).dockerfile ?? '' }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** flame's shape: express at the root, a CRA client/ with its own package-lock.json, public/ gitignored. */
const FLAME: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'startpage',
    scripts: { start: 'node server.js', 'dev-client': 'npm start --prefix client' },
    dependencies: { express: '^4.17.1' }
  }),
  'package-lock.json': JSON.stringify({ name: 'startpage', lockfileVersion: 2, packages: {} }),
  '.gitignore': 'node_modules\ndata\npublic\n!client/public\n',
  'server.js':
    "const http = require('http')\nconst api = require('./api')\nhttp.createServer(api).listen(process.env.PORT || 5005)\n",
  'api.js':
    "const { join } = require('path')\nconst express = require('express')\nconst api = express()\n\n" +
    "// Static files\napi.use(express.static(join(__dirname, 'public')));\n" +
    "api.get(/^\\/(?!api)/, (req, res) => {\n  res.sendFile(join(__dirname, 'public/index.html'));\n});\n" +
    'module.exports = api\n',
  'client/package.json': JSON.stringify({
    name: 'client',
    private: true,
    dependencies: { react: '^17.0.2', 'react-scripts': '^5.0.1' },
    scripts: { start: 'react-scripts start', build: 'react-scripts build' }
  }),
  'client/package-lock.json': JSON.stringify({ name: 'client', lockfileVersion: 2, packages: {} }),
  'client/public/index.html': '<div id="root"></div>\n',
  'client/public/flame.css': '\n',
  'client/src/index.tsx': "import React from 'react'\n"
}

/** A Vue front end in web/ built by vite with yarn, served by a server in src/ from `../static`. */
const VITE: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'notes',
    main: 'src/index.js',
    scripts: { start: 'node src/index.js' },
    dependencies: { express: '^4.19.2' }
  }),
  'yarn.lock': '# yarn lockfile v1\n\nexpress@^4.19.2:\n  version "4.19.2"\n',
  'src/index.js':
    "const path = require('path')\nconst express = require('express')\nconst app = express()\n" +
    "app.use(express.static(path.resolve(__dirname, '../static')))\napp.listen(process.env.PORT || 8080)\n",
  'web/package.json': JSON.stringify({
    name: 'web',
    scripts: { dev: 'vite', build: 'vite build' },
    dependencies: { vue: '^3.4.0' },
    devDependencies: { vite: '^5.2.0' }
  }),
  'web/yarn.lock': '# yarn lockfile v1\n\nvue@^3.4.0:\n  version "3.4.21"\n',
  'web/vite.config.js': "export default { build: { outDir: 'out' } }\n",
  'web/index.html': '<div id="app"></div>\n'
}

/** A client/ package built by vite into client/dist, with its npm lockfile (the servers below serve it). */
const VITE_CLIENT: Record<string, string> = {
  'client/package.json': JSON.stringify({
    name: 'client',
    scripts: { dev: 'vite', build: 'vite build' },
    devDependencies: { vite: '^5.2.0' }
  }),
  'client/package-lock.json': JSON.stringify({ name: 'client', lockfileVersion: 3, packages: {} }),
  'client/index.html': '<div id="app"></div>\n'
}

/** koa with koa-static under its own import name, serving `public` beside server.js. */
const KOA: Record<string, string> = {
  ...VITE_CLIENT,
  'package.json': JSON.stringify({
    name: 'koa-app',
    scripts: { start: 'node server.js' },
    dependencies: { koa: '^2.15.0', 'koa-static': '^5.0.0' }
  }),
  'package-lock.json': JSON.stringify({ name: 'koa-app', lockfileVersion: 3, packages: {} }),
  'server.js':
    "const Koa = require('koa')\nconst serve = require('koa-static')\nconst path = require('path')\nconst app = new Koa()\n" +
    "app.use(serve(path.join(__dirname, 'public')))\napp.listen(process.env.PORT || 3000)\n"
}

/** fastify with @fastify/static's `root`, a multi-segment join from src/ up to the app's `www`. */
const FASTIFY: Record<string, string> = {
  ...VITE_CLIENT,
  'package.json': JSON.stringify({
    name: 'fastify-app',
    scripts: { start: 'node src/server.js' },
    dependencies: { fastify: '^4.28.0', '@fastify/static': '^7.0.0' }
  }),
  'package-lock.json': JSON.stringify({ name: 'fastify-app', lockfileVersion: 3, packages: {} }),
  'src/server.js':
    "import Fastify from 'fastify'\nimport fastifyStatic from '@fastify/static'\nimport path from 'node:path'\n" +
    'const app = Fastify()\n' +
    "app.register(fastifyStatic, {\n  root: path.join(__dirname, '..', 'www'),\n  prefix: '/',\n})\n" +
    'app.listen({ port: Number(process.env.PORT ?? 3000), host: "0.0.0.0" })\n'
}

/** NestJS with ServeStaticModule's `rootPath` in src/app.module.ts. */
const NEST: Record<string, string> = {
  ...VITE_CLIENT,
  'package.json': JSON.stringify({
    name: 'nest-app',
    scripts: { build: 'nest build', start: 'node dist/main.js' },
    dependencies: {
      '@nestjs/core': '^10.0.0',
      '@nestjs/common': '^10.0.0',
      '@nestjs/serve-static': '^4.0.0'
    },
    devDependencies: { '@nestjs/cli': '^10.0.0', typescript: '^5.4.0' }
  }),
  'package-lock.json': JSON.stringify({ name: 'nest-app', lockfileVersion: 3, packages: {} }),
  'src/main.ts':
    "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app.module'\n" +
    'NestFactory.create(AppModule).then(app => app.listen(process.env.PORT ?? 3000))\n',
  'src/app.module.ts':
    "import { Module } from '@nestjs/common'\nimport { ServeStaticModule } from '@nestjs/serve-static'\nimport { join } from 'path'\n" +
    "@Module({\n  imports: [ServeStaticModule.forRoot({ rootPath: join(__dirname, '..', 'frontend') })],\n})\n" +
    'export class AppModule {}\n'
}

/** hono on @hono/node-server with `serveStatic({ root: './static' })`, from the working directory. */
const HONO: Record<string, string> = {
  ...VITE_CLIENT,
  'package.json': JSON.stringify({
    name: 'hono-app',
    scripts: { start: 'node index.js' },
    dependencies: { hono: '^4.5.0', '@hono/node-server': '^1.12.0' }
  }),
  'package-lock.json': JSON.stringify({ name: 'hono-app', lockfileVersion: 3, packages: {} }),
  'index.js':
    "import { Hono } from 'hono'\nimport { serve } from '@hono/node-server'\nimport { serveStatic } from '@hono/node-server/serve-static'\n" +
    "const app = new Hono()\napp.use('/*', serveStatic({ root: './static' }))\nserve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) })\n"
}

describe('a client build served from a folder the repository lacks', () => {
  it('flame: CRA client/ into public/, npm', () => {
    const { hint, dockerfile } = rendered(FLAME)
    expect(hint).toEqual(['client', 'client/build', 'public', 'package-lock.json', 'api.js:6'])
    const lines = dockerfile.split('\n')
    const from = lines.indexOf('FROM base AS client')
    expect(lines[from - 1]).toBe(
      '# client/ builds the front end the server serves from public/ (api.js:6), which the repository does not hold.'
    )
    expect(lines.slice(from, from + 8)).toEqual([
      'FROM base AS client',
      'WORKDIR /app/client',
      'COPY client/package.json client/package-lock.json ./',
      'RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund',
      'COPY client/ ./',
      'ENV NODE_ENV=production',
      'RUN npm run build',
      ''
    ])
    const runtime = lines.indexOf('FROM base AS runtime')
    expect(runtime).toBeGreaterThan(from)
    const copy = lines.indexOf('COPY --from=client --chown=node:node /app/client/build ./public')
    expect(copy).toBeGreaterThan(lines.indexOf('COPY . .', runtime))
    expect(copy).toBeLessThan(lines.indexOf('USER node'))
  })

  it('a vite front end in web/ (outDir from vite.config) served by src/ from ../static, yarn', () => {
    const { hint, dockerfile } = rendered(VITE)
    expect(hint).toEqual(['web', 'web/out', 'static', 'yarn.lock', 'src/index.js:4'])
    expect(dockerfile).toContain(
      '# web/ builds the front end the server serves from static/ (src/index.js:4), which the repository does not hold.'
    )
    expect(dockerfile).toContain('COPY web/package.json web/yarn.lock ./')
    expect(dockerfile).toContain(
      'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile'
    )
    expect(dockerfile).toContain('RUN yarn run build')
    expect(dockerfile).toContain('COPY --from=client --chown=node:node /app/web/out ./static')
  })

  it.each([
    [
      'the served folder is committed',
      { ...FLAME, '.gitignore': 'node_modules\n', 'public/index.html': '<html></html>\n' }
    ],
    [
      'two client packages',
      {
        ...FLAME,
        'admin/package.json': JSON.stringify({ name: 'admin', scripts: { build: 'vite build' } })
      }
    ],
    [
      'the client builds with something that is no SPA builder',
      {
        ...FLAME,
        'client/package.json': JSON.stringify({ name: 'client', scripts: { build: 'tsc -p .' } })
      }
    ],
    [
      'the server serves no static folder',
      { ...FLAME, 'api.js': "const express = require('express')\nmodule.exports = express()\n" }
    ],
    [
      'a workspace root',
      {
        ...FLAME,
        'package.json': JSON.stringify({
          name: 'startpage',
          workspaces: ['client'],
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4.17.1' }
        })
      }
    ]
  ])('none when %s', (_label, files) => {
    const { hint, dockerfile } = rendered(files as Record<string, string>)
    expect(hint).toBeUndefined()
    expect(dockerfile).not.toContain('AS client')
  })

  it.each([
    [
      'koa-static under its import name',
      KOA,
      ['client', 'client/dist', 'public', 'package-lock.json', 'server.js:5'],
      'public'
    ],
    [
      '@fastify/static root, a multi-segment join',
      FASTIFY,
      ['client', 'client/dist', 'www', 'package-lock.json', 'src/server.js:6'],
      'www'
    ],
    [
      'NestJS ServeStaticModule rootPath',
      NEST,
      ['client', 'client/dist', 'frontend', 'package-lock.json', 'src/app.module.ts:5'],
      'frontend'
    ],
    [
      'hono serveStatic root from the working directory',
      HONO,
      ['client', 'client/dist', 'static', 'package-lock.json', 'index.js:5'],
      'static'
    ]
  ])('%s', (_label, files, expected, served) => {
    const { hint, dockerfile } = rendered(files)
    expect(hint).toEqual(expected)
    expect(dockerfile).toContain('FROM base AS client')
    expect(dockerfile).toContain('COPY client/package.json client/package-lock.json ./')
    expect(dockerfile).toContain(`COPY --from=client --chown=node:node /app/client/dist ./${served}`)
  })

  it.each([
    [
      'a `root` option in a file that imports no static plugin',
      {
        ...FASTIFY,
        'src/server.js':
          "import Fastify from 'fastify'\nconst app = Fastify()\nconst cfg = { root: './www' }\napp.register(plugin, { root: './www' })\n" +
          'app.listen({ port: 3000 })\n'
      }
    ],
    ['koa-static serving a committed folder', { ...KOA, 'public/index.html': '<html></html>\n' }],
    [
      'a koa app whose dependencies hold no static server',
      {
        ...KOA,
        'package.json': JSON.stringify({
          name: 'koa-app',
          scripts: { start: 'node server.js' },
          dependencies: { koa: '^2.15.0' }
        })
      }
    ]
  ])('none when %s', (_label, files) => {
    const { hint, dockerfile } = rendered(files as Record<string, string>)
    expect(hint).toBeUndefined()
    expect(dockerfile).not.toContain('AS client')
  })

  it('a path that climbs out of the app is never served', () => {
    const tree = treeFromFiles({
      'server.js': "app.use(express.static(path.join(__dirname, '../public')))\n",
      'client/package.json': JSON.stringify({ scripts: { build: 'vite build' } })
    })
    expect(servedClientBuild(tree, '.', false)).toBeNull()
  })

  it('a bare relative folder is the working directory, the app', () => {
    const tree = treeFromFiles({
      'lib/app.js': "app.use(express.static('./dist-web'))\n",
      'ui/package.json': JSON.stringify({ scripts: { build: 'vue-cli-service build' } })
    })
    expect(servedClientBuild(tree, '.', false)).toEqual({
      client: 'ui',
      output: 'ui/dist',
      served: 'dist-web',
      file: 'lib/app.js',
      line: 1,
      text: "app.use(express.static('./dist-web'))"
    })
  })
})
