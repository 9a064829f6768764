import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

// node-config apps: the listen call reads a key of config/default.* (production.* over it), not a literal.
describe('node-config port (config/default.*, config/production.*)', () => {
  const collective = {
    'package.json': JSON.stringify({
      name: 'collective-api',
      scripts: { start: 'node dist/index.js', build: 'tsc' },
      dependencies: { express: '^4.21.0', config: '^3.3.9' }
    }),
    'config/default.json': '{\n  "port": "3060",\n  "database": { "port": 5432 }\n}\n',
    'config/custom-environment-variables.json': '{\n  "port": "PORT"\n}\n',
    'config/production.json': '{\n  "host": { "api": "https://api.example.com" }\n}\n',
    'server/index.ts':
      "import config from 'config'\nimport express from 'express'\nconst app = express()\nconst server = app.listen(config.port, () => {\n  console.log('up')\n})\n"
  }
  const shop = {
    'package.json': JSON.stringify({
      name: 'shop',
      scripts: { start: 'node src/server.js' },
      dependencies: { koa: '^2.15.0', config: '^3.3.9' }
    }),
    'config/default.yml': 'server:\n  port: 4100\ndb:\n  port: 5433\n',
    'config/production.yml': 'server:\n  port: 8088\n',
    'src/server.js':
      "const Koa = require('koa')\nconst config = require('config')\nconst app = new Koa()\napp.listen(config.get('server.port'))\n"
  }
  test('two apps take the port of the key their listen call reads, production over default', () => {
    const a = analyze(treeFromFiles(collective)).apps[0]!
    expect(a.framework.value).toBe('express')
    expect(a.port.value).toBe(3060)
    expect(a.port.source).toBe('node-config default file (port)')
    expect(a.port.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'config/default.json:2',
      'server/index.ts:4'
    ])
    expect(a.startCommand.value).toBe('npm start')
    const b = analyze(treeFromFiles(shop)).apps[0]!
    expect(b.framework.value).toBe('koa')
    expect(b.port.value).toBe(8088)
    expect(b.port.source).toBe('node-config production file (server.port)')
    expect(b.port.evidence.map(e => `${e.file}:${e.line}`)).toEqual([
      'config/production.yml:2',
      'src/server.js:4'
    ])
  })
  test('without the config dependency, or when the listen call reads no config key, nothing is read', () => {
    const noDep = {
      ...collective,
      'package.json': JSON.stringify({
        name: 'collective-api',
        scripts: { start: 'node dist/index.js' },
        dependencies: { express: '^4.21.0' }
      })
    }
    const a = analyze(treeFromFiles(noDep)).apps[0]!
    expect(a.port.value).not.toBe(3060)
    expect(a.port.source).not.toMatch(/node-config/)
    const literal = { ...shop, 'src/server.js': "const Koa = require('koa')\nnew Koa().listen(5055)\n" }
    const b = analyze(treeFromFiles(literal)).apps[0]!
    expect(b.port.value).toBe(5055)
    expect(b.port.source).not.toMatch(/node-config/)
  })
})
