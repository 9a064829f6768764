// Committed key files the start entry loads stay in the generated image's build context: the .dockerignore
// excludes key files as secrets, and a server reading its self-signed certificate at start then stopped on
// ENOENT (a real WebRTC app's generated image did: `open '/app/app/ssl/key.pem'`).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { startDotenv, startKeyFiles } from '../../../../src/analyzer/ecosystems/node/start-key-files.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const manifest = (start: string): string =>
  JSON.stringify({ name: 'app', scripts: { start }, dependencies: { express: '^4.21.0' } })

const SSL_BESIDE_SRC = {
  'package.json': manifest('node app/src/server.js'),
  'package-lock.json': '{"lockfileVersion": 3}',
  'app/src/server.js': [
    "const https = require('https')",
    "const path = require('path')",
    "const key = fs.readFileSync(path.join(__dirname, '../ssl/key.pem'), 'utf-8')",
    "const cert = fs.readFileSync(path.join(__dirname, '../ssl/cert.pem'), 'utf-8')",
    "https.createServer({ key, cert }, require('express')()).listen(3000)"
  ].join('\n'),
  'app/ssl/key.pem': '-----BEGIN PRIVATE KEY-----\n',
  'app/ssl/cert.pem': '-----BEGIN CERTIFICATE-----\n',
  'test/fixtures/client.pem': '-----BEGIN CERTIFICATE-----\n'
}

const KEY_IN_CERTS = {
  'package.json': manifest('node index.js'),
  'package-lock.json': '{"lockfileVersion": 3}',
  'index.js': [
    'const options = { key: fs.readFileSync(\'certs/server.key\'), cert: fs.readFileSync("certs/server.crt") }',
    "require('https').createServer(options, require('express')()).listen(8443)"
  ].join('\n'),
  'certs/server.key': '-----BEGIN PRIVATE KEY-----\n',
  'certs/server.crt': '-----BEGIN CERTIFICATE-----\n'
}

function artifacts(files: Record<string, string>): { dockerignore: string[]; codes: string[] } {
  const app = primaryApp(analyze(treeFromFiles(files)))!
  const rendered = renderAppArtifacts(app)
  return { dockerignore: rendered.dockerignore.split('\n'), codes: app.warnings.map(w => w.code) }
}

describe('startKeyFiles', () => {
  it('keeps the key files the entry names, not other committed ones', () => {
    expect(startKeyFiles(treeFromFiles(SSL_BESIDE_SRC), '.', 'app/src/server.js')).toEqual([
      'app/ssl/cert.pem',
      'app/ssl/key.pem'
    ])
    expect(startKeyFiles(treeFromFiles(KEY_IN_CERTS), '.', 'index.js')).toEqual(['certs/server.key'])
  })

  it('a name inside a longer one is not a mention (key.pem vs monkey.pem)', () => {
    const tree = treeFromFiles({
      'server.js': "readFileSync('ssl/monkey.pem')",
      'ssl/key.pem': 'x'
    })
    expect(startKeyFiles(tree, '.', 'server.js')).toEqual([])
  })
})

describe('the generated .dockerignore', () => {
  it.each([
    ['self-signed pem files beside the sources', SSL_BESIDE_SRC, ['!app/ssl/cert.pem', '!app/ssl/key.pem']],
    ['a server.key in certs/', KEY_IN_CERTS, ['!certs/server.key']]
  ])('%s: re-included after the secret patterns, and warned', (_label, files, kept) => {
    const { dockerignore, codes } = artifacts(files)
    const secrets = dockerignore.indexOf('**/*.pem')
    for (const line of kept) expect(dockerignore.indexOf(line)).toBeGreaterThan(secrets)
    expect(dockerignore).not.toContain('!test/fixtures/client.pem')
    expect(codes).toContain('COMMITTED_KEY_FILES')
  })

  it('an app that loads no key file: key files stay excluded, no re-include, no warning', () => {
    const { dockerignore, codes } = artifacts({
      'package.json': manifest('node server.js'),
      'package-lock.json': '{"lockfileVersion": 3}',
      'server.js': "require('express')().listen(3000)",
      'deploy/key.pem': '-----BEGIN PRIVATE KEY-----\n'
    })
    expect(dockerignore).toContain('**/*.pem')
    expect(dockerignore.some(line => line.startsWith('!') && line.includes('.pem'))).toBe(false)
    expect(codes).not.toContain('COMMITTED_KEY_FILES')
  })
})

// A committed .env the start entry loads with dotenv (flame: server.js `require('dotenv').config()`, .env with
// VERSION=2.4.0, which the app slugifies at start): kept in the build context, and warned.
describe('a committed .env the start entry loads', () => {
  const FLAME = {
    'package.json': manifest('node server.js'),
    'package-lock.json': '{"lockfileVersion": 3}',
    '.env': 'PORT=5005\nNODE_ENV=development\nVERSION=2.4.0\nPASSWORD=change_me\n',
    'server.js':
      "require('dotenv').config();\nconst http = require('http')\nhttp.createServer(require('express')()).listen(process.env.PORT || 5005)\n"
  }
  const ESM = {
    'package.json': JSON.stringify({
      name: 'api',
      type: 'module',
      scripts: { start: 'node src/main.js' },
      dependencies: { express: '^4.21.0', dotenv: '^16.4.0' }
    }),
    'package-lock.json': '{"lockfileVersion": 3}',
    '.env': 'APP_NAME=api\n',
    'src/main.js':
      "import 'dotenv/config'\nimport express from 'express'\nexpress().listen(process.env.PORT || 3000)\n"
  }

  it.each([
    ["require('dotenv').config() in server.js", FLAME, 'server.js'],
    ["import 'dotenv/config' in src/main.js", ESM, 'src/main.js']
  ])('%s: .env kept after the secrets exclusion, with COMMITTED_DOTENV', (_label, files, entry) => {
    const tree = treeFromFiles(files)
    expect(startDotenv(tree, '.', entry)).toBe('.env')
    const { dockerignore, codes } = artifacts(files)
    expect(dockerignore.indexOf('!.env')).toBeGreaterThan(dockerignore.indexOf('**/.env'))
    expect(dockerignore[dockerignore.indexOf('!.env') - 1]).toBe(
      '# The .env the start entry loads with dotenv, committed to the repository: kept'
    )
    expect(codes).toContain('COMMITTED_DOTENV')
  })

  it.each([
    ['the entry does not load dotenv', { ...FLAME, 'server.js': "require('express')().listen(5005)\n" }],
    [
      'only an example is committed',
      {
        ...Object.fromEntries(Object.entries(FLAME).filter(([path]) => path !== '.env')),
        '.env.example': 'VERSION=\n'
      }
    ],
    [
      'dotenv is only mentioned',
      { ...FLAME, 'server.js': "// see dotenv docs\nrequire('express')().listen(5005)\n" }
    ]
  ])('none when %s', (_label, files) => {
    const { dockerignore, codes } = artifacts(files as Record<string, string>)
    expect(dockerignore).toContain('**/.env')
    expect(dockerignore).not.toContain('!.env')
    expect(codes).not.toContain('COMMITTED_DOTENV')
  })
})
