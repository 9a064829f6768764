// A start entry that writes into the files its repository commits gets an image whose sources the node
// user owns: the generated image copied them as root, and a pastebin that minifies its static assets into
// static/ at start stopped on `EACCES: permission denied, open './static/application.min.js'`.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { startWritesOwnFiles } from '../../../../src/analyzer/ecosystems/node/start-writes-own-files.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const manifest = (start: string, deps: Record<string, string> = { express: '^4.21.0' }): string =>
  JSON.stringify({ name: 'app', scripts: { start }, dependencies: deps })

/** Minifies static/*.js into static/*.min.js at start (a relative path with `+`). */
const MINIFIES_STATIC = {
  'package.json': manifest('node server.js', { connect: '^3.7.0', 'uglify-js': '3.1.6' }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'server.js': [
    "var fs = require('fs')",
    "var connect = require('connect')",
    "var list = fs.readdirSync('./static')",
    'for (var j = 0; j < list.length; j++) {',
    "  fs.writeFileSync('./static/' + list[j].replace('.js', '.min.js'), 'x', 'utf8')",
    '}',
    'connect().listen(process.env.PORT || 7777)'
  ].join('\n'),
  'static/application.js': 'console.log(1)',
  'static/index.html': '<html></html>'
}

/** Rewrites its committed settings file beside the entry (`path.join(__dirname, …)`), entry in src/. */
const REWRITES_SETTINGS = {
  'package.json': manifest('node src/index.js'),
  'package-lock.json': '{"lockfileVersion": 3}',
  'src/index.js': [
    "const path = require('path')",
    "const fs = require('fs')",
    "const settings = require('./settings.json')",
    'settings.started = Date.now()',
    "fs.writeFileSync(path.join(__dirname, 'settings.json'), JSON.stringify(settings))",
    "require('express')().listen(3000)"
  ].join('\n'),
  'src/settings.json': '{}'
}

/** Creates data/ at start: no committed data/, so the node user (owner of /app) creates it. */
const CREATES_DATA = {
  'package.json': manifest('node server.js'),
  'package-lock.json': '{"lockfileVersion": 3}',
  'server.js': [
    "const fs = require('fs')",
    "fs.mkdirSync('./data', { recursive: true })",
    "fs.writeFileSync('data/db.json', '{}')",
    "require('express')().listen(3000)"
  ].join('\n'),
  'public/index.html': '<html></html>'
}

function dockerfile(files: Record<string, string>): string {
  const app = primaryApp(analyze(treeFromFiles(files)))!
  return renderAppArtifacts(app).dockerfile ?? ''
}

describe('startWritesOwnFiles', () => {
  it('finds a write into a committed folder (relative path) and into a committed file (__dirname)', () => {
    expect(startWritesOwnFiles(treeFromFiles(MINIFIES_STATIC), '.', 'server.js')).toEqual({
      file: 'server.js',
      line: 5,
      target: 'static'
    })
    expect(startWritesOwnFiles(treeFromFiles(REWRITES_SETTINGS), '.', 'src/index.js')).toEqual({
      file: 'src/index.js',
      line: 5,
      target: 'src/settings.json'
    })
  })

  it('an app folder below the repository root: paths are the app folder’s', () => {
    const nested = Object.fromEntries(Object.entries(MINIFIES_STATIC).map(([k, v]) => [`server/${k}`, v]))
    expect(startWritesOwnFiles(treeFromFiles(nested), 'server', 'server/server.js')?.target).toBe('static')
  })

  it('writes only to paths the repository does not hold: none', () => {
    expect(startWritesOwnFiles(treeFromFiles(CREATES_DATA), '.', 'server.js')).toBeNull()
  })

  it('reads of committed files are no writes', () => {
    const tree = treeFromFiles({
      'server.js': "const html = require('fs').readFileSync('./static/index.html')",
      'static/index.html': 'x'
    })
    expect(startWritesOwnFiles(tree, '.', 'server.js')).toBeNull()
  })
})

describe('the generated image', () => {
  it.each([
    ['minifies into static/', MINIFIES_STATIC, 'server.js:5 writes static'],
    ['rewrites src/settings.json', REWRITES_SETTINGS, 'src/index.js:5 writes src/settings.json']
  ])('%s: the sources are copied owned by the node user', (_label, files, hint) => {
    const app = primaryApp(analyze(treeFromFiles(files)))!
    expect(app.hints.startWritesOwnFiles).toBe(hint)
    const lines = dockerfile(files).split('\n')
    expect(lines).toContain('COPY --chown=node:node . .')
    expect(lines).toContain('COPY --from=deps /app/node_modules ./node_modules')
    expect(lines).toContain('USER node')
  })

  it('an app that only creates new paths: the sources stay root-owned (the node user owns /app)', () => {
    const lines = dockerfile(CREATES_DATA).split('\n')
    expect(lines).toContain('COPY . .')
    expect(lines.some(line => line.includes('--chown'))).toBe(false)
    expect(lines).toContain('RUN chown node:node /app')
  })
})
