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
