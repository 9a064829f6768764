// The folders an app writes its state into get the node user as owner in the generated image: reiverr's
// TypeORM SQLite database goes in the committed (root-owned) `config/`, and its start stopped on
// `SQLITE_CANTOPEN: unable to open database file`.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { writableFolders } from '../../../../src/analyzer/ecosystems/node/writable-folders.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const manifest = (start: string, deps: Record<string, string>): string =>
  JSON.stringify({ name: 'app', scripts: { start }, dependencies: deps })

/** reiverr's shape: a TypeORM DataSource whose SQLite file (a template literal) is in a committed config/. */
const TYPEORM_CONFIG = {
  'package.json': manifest('node dist/main.js', {
    '@nestjs/core': '^10.0.0',
    typeorm: '^0.3.20',
    sqlite3: '^5.1.7'
  }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'data-source.ts': [
    "import { DataSource } from 'typeorm';",
    'export default new DataSource({',
    "  type: 'sqlite',",
    "  database: `./config/app${ENV === 'development' ? '.dev' : ''}.sqlite`,",
    "  entities: ['dist/**/*.entity.js'],",
    '});'
  ].join('\n'),
  'config/.gitkeep': '',
  'src/main.ts':
    "import { NestFactory } from '@nestjs/core'\nawait NestFactory.create({}).then(a => a.listen(9494))"
}

/** Sequelize's `storage` in src/db.js, a committed data/db/ with a README beside the database. */
const SEQUELIZE_STORAGE = {
  'package.json': manifest('node src/server.js', {
    express: '^4.21.0',
    sequelize: '^6.37.0',
    sqlite3: '^5.1.7'
  }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'src/db.js': [
    "const { Sequelize } = require('sequelize')",
    "module.exports = new Sequelize({ dialect: 'sqlite', storage: 'data/db/app.sqlite' })"
  ].join('\n'),
  'src/server.js': "require('./db')\nrequire('express')().listen(process.env.PORT || 3000)",
  'data/db/README.md': 'The database lives here.',
  // A committed empty uploads folder (only its .gitignore): the app writes there too.
  'uploads/.gitignore': '*\n!.gitignore\n'
}

/** better-sqlite3 with a file in the working directory itself, and an absolute path: nothing to own. */
const NO_FOLDER = {
  'package.json': manifest('node server.js', { express: '^4.21.0', 'better-sqlite3': '^11.0.0' }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'server.js': [
    "const Database = require('better-sqlite3')",
    "const db = new Database('app.db')",
    "const cache = new Database('/var/lib/app/cache.db')",
    "const mem = new Database(':memory:')",
    "require('express')().listen(3000)"
  ].join('\n'),
  // Placeholders of a build output folder and of tests: not state.
  'dist/.gitkeep': '',
  'test/fixtures/.gitkeep': '',
  // A folder with a placeholder and real files: the app's code, not its state.
  'views/.gitkeep': '',
  'views/index.html': '<html></html>'
}

/** reiverr's plugin loader: lists packages/ (committed) and plugins/ (absent) from the compiled entry's folder. */
const LISTS_PLUGINS = {
  'package.json': manifest('node dist/src/main.js', { '@nestjs/core': '^10.0.0' }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'src/main.ts':
    "import { NestFactory } from '@nestjs/core'\nawait NestFactory.create({}).then(a => a.listen(9494))",
  'src/sources/sources.service.ts': [
    "import * as fs from 'fs'",
    "import * as path from 'path'",
    'export class SourcesService {',
    '  providers = {',
    "    ...this.load(path.join(require.main.path, '..', '..', 'packages')),",
    "    ...this.load(path.join(require.main.path, '..', '..', 'plugins')),",
    '  }',
    '  load(dir: string) { return fs.readdirSync(dir) }',
    '}'
  ].join('\n'),
  'packages/a.plugin/package.json': '{"name": "a"}'
}

/** Express listing `./themes` (absent) with a literal path; files and a path above the app are not folders of its. */
const LISTS_THEMES = {
  'package.json': manifest('node server.js', { express: '^4.21.0' }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'server.js': [
    "const fs = require('fs')",
    "const path = require('path')",
    "const themes = fs.readdirSync('./themes')",
    "const notes = fs.readFileSync(path.join(__dirname, 'CHANGELOG.md'))",
    "const shared = fs.readdirSync(path.join(__dirname, '..', 'shared'))",
    "const views = fs.readdirSync(path.join(__dirname, 'views'))",
    "require('express')().listen(3000)"
  ].join('\n'),
  'views/index.html': '<html></html>'
}

function render(files: Record<string, string>): { dockerfile: string; hints: Record<string, unknown> } {
  const app = primaryApp(analyze(treeFromFiles(files)))!
  return { dockerfile: renderAppArtifacts(app).dockerfile ?? '', hints: app.hints as Record<string, unknown> }
}

describe('writableFolders', () => {
  it('finds a TypeORM SQLite file’s committed folder (a template literal path) once, database first', () => {
    expect(writableFolders(treeFromFiles(TYPEORM_CONFIG), '.')).toEqual([
      {
        folder: 'config',
        evidence: "data-source.ts:4 opens ./config/app${ENV === 'development' ? '.dev' : ''}.sqlite"
      }
    ])
  })

  it('finds Sequelize’s storage folder (nested) and a placeholder-only folder', () => {
    expect(writableFolders(treeFromFiles(SEQUELIZE_STORAGE), '.')).toEqual([
      { folder: 'data/db', evidence: 'src/db.js:2 opens data/db/app.sqlite' },
      { folder: 'uploads', evidence: 'uploads/.gitignore' }
    ])
  })

  it('paths are the app folder’s when the app is below the repository root', () => {
    const nested = Object.fromEntries(Object.entries(TYPEORM_CONFIG).map(([k, v]) => [`backend/${k}`, v]))
    expect(writableFolders(treeFromFiles(nested), 'backend').map(w => w.folder)).toEqual(['config'])
  })

  it('negatives: a file in the working directory, absolute and in-memory paths, build output, tests, a folder with code', () => {
    expect(writableFolders(treeFromFiles(NO_FOLDER), '.')).toEqual([])
  })
})

describe('folders the app lists at start that the repository lacks', () => {
  it('reiverr’s plugin folder from require.main.path, not the committed packages/', () => {
    expect(writableFolders(treeFromFiles(LISTS_PLUGINS), '.')).toEqual([
      {
        folder: 'plugins',
        evidence: 'src/sources/sources.service.ts:6 lists plugins/, which the repository lacks'
      }
    ])
    const { dockerfile } = render(LISTS_PLUGINS)
    expect(dockerfile).toContain(
      'RUN mkdir -p /app/plugins && chown node:node /app && chown -R node:node /app/plugins'
    )
  })

  it('a literal path; negatives: a file, a path above the app, a committed folder', () => {
    expect(writableFolders(treeFromFiles(LISTS_THEMES), '.')).toEqual([
      { folder: 'themes', evidence: 'server.js:3 lists themes/, which the repository lacks' }
    ])
  })
})

describe('the generated image lets the node user own the writable folders', () => {
  it('reiverr’s shape: config/ is created if absent and owned by the node user, nothing else changes hands', () => {
    const { dockerfile, hints } = render(TYPEORM_CONFIG)
    expect(hints.writableFolders).toEqual([
      "config data-source.ts:4 opens ./config/app${ENV === 'development' ? '.dev' : ''}.sqlite"
    ])
    expect(dockerfile).toContain(
      'RUN mkdir -p /app/config && chown node:node /app && chown -R node:node /app/config\nUSER node'
    )
    expect(dockerfile).toContain(
      "# The app writes its state into config/ (data-source.ts:4 opens ./config/app${ENV === 'development' ? '.dev' : ''}.sqlite):"
    )
    expect(dockerfile).not.toContain('--chown=node:node /app ./')
  })

  it('two folders in one instruction', () => {
    const { dockerfile, hints } = render(SEQUELIZE_STORAGE)
    expect(hints.writableFolders).toEqual([
      'data/db src/db.js:2 opens data/db/app.sqlite',
      'uploads uploads/.gitignore'
    ])
    expect(dockerfile).toContain(
      'RUN mkdir -p /app/data/db /app/uploads && chown node:node /app && chown -R node:node /app/data/db /app/uploads'
    )
  })

  it('negative: without writable folders the node user owns only the app folder, as before', () => {
    const { dockerfile, hints } = render(NO_FOLDER)
    expect(hints.writableFolders).toBeUndefined()
    expect(dockerfile).toContain('RUN chown node:node /app\nUSER node')
    expect(dockerfile).not.toContain('chown -R')
  })
})
