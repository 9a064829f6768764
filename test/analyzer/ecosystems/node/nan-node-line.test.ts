// When nothing pins Node and a native addon compiles against a locked nan too old for the newest LTS (cusdis:
// node-expat with nan 2.16 stops on "'AccessorSignature' is not a member of 'v8'" under Node 24), the
// generated image runs the newest LTS line that nan builds on, and says why.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  lockedNanVersions,
  lockfileMissingOptional,
  lockfileNeedsNpm11,
  nanNodeLine
} from '../../../../src/analyzer/ecosystems/node/nan-node-line.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { analyzeRepository } from '../../../../src/pipeline/config-analyze.js'

function withApp<T>(files: Record<string, string>, run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'dl-nan-'))
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    return run(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function rendered(files: Record<string, string>) {
  return withApp(files, dir => {
    const app = primaryApp(analyzeRepository(dir).report)
    if (!app) throw new Error('no app')
    const art = renderAppArtifacts(app)
    return {
      runtime: app.runtimeVersion.value,
      hint: app.hints.nanNodeLine,
      from: (art.dockerfile ?? '').split('\n').find(l => l.startsWith('FROM ')),
      base: (art.dockerfile ?? '').split('\n').find(l => l.startsWith('# Base image:')),
      warning: art.warnings.find(w => w.code === 'NODE_LINE_FROM_NATIVE_ADDON')?.message
    }
  })
}

const expressPkg = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    name: 'feed',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.19.2', 'node-expat': '^2.4.0' },
    ...extra
  })
const server = "const express = require('express')\nexpress().listen(process.env.PORT || 3000)\n"

describe('locked nan versions', () => {
  it.each([
    ['pnpm 6', 'packages:\n\n  /nan@2.16.0:\n    resolution: {integrity: x}\n', '2.16.0', 3],
    ['pnpm 9', 'packages:\n\n  nan@2.17.0:\n    resolution: {integrity: x}\n', '2.17.0', 3],
    ['pnpm 5', 'packages:\n  /nan/2.14.2:\n    dev: false\n', '2.14.2', 2],
    ['npm 7+', '{\n  "packages": {\n    "node_modules/nan": {\n      "version": "2.15.0",\n', '2.15.0', 4],
    ['yarn classic', 'nan@^2.13.2:\n  version "2.14.2"\n  resolved "x"\n', '2.14.2', 2],
    ['yarn berry', '"nan@npm:^2.17.0":\n  version: 2.18.0\n', '2.18.0', 2],
    ['bun.lock', '    "nan": ["nan@2.19.0", "", {}, "sha512-"],\n', '2.19.0', 1]
  ])('%s', (_label, text, version, line) => {
    expect(lockedNanVersions(text).map(v => [v.version, v.line])).toEqual([[version, line]])
  })

  it.each([
    ['a dependency entry naming nan', '  /node-expat@2.4.0:\n    dependencies:\n      nan: 2.16.0\n'],
    ['a package whose name starts with nan', 'nanoid@^3.1.23:\n  version "3.3.7"\n'],
    ['npm: a nested package named like it', '"node_modules/nanoid": {\n  "version": "3.3.7",\n']
  ])('none for %s', (_label, text) => {
    expect(lockedNanVersions(text)).toEqual([])
  })
})

describe('the Node line a locked nan builds on', () => {
  it.each([
    ['2.14.2', 14],
    ['2.15.0', 16],
    ['2.16.0', 18],
    ['2.17.0', 18],
    ['2.18.0', 20],
    ['2.19.0', 20],
    ['2.20.0', 22],
    ['2.22.2', 22],
    ['2.13.2', 12]
  ])('nan %s → Node %i', (version, line) => {
    const found = nanNodeLine('pnpm-lock.yaml', `  /nan@${version}:\n`, 24)
    expect(found).toEqual({
      line,
      nan: version,
      file: 'pnpm-lock.yaml',
      lineNumber: 1,
      text: `/nan@${version}:`
    })
  })

  it('the oldest of several locked nan versions decides', () => {
    expect(nanNodeLine('pnpm-lock.yaml', '  /nan@2.22.0:\n  /nan@2.16.0:\n', 24)?.line).toBe(18)
  })

  it.each([
    ['a nan that supports the default line', '  /nan@2.23.0:\n', 24],
    ['a newer nan', '  /nan@2.30.0:\n', 24],
    ['a default line the nan supports', '  /nan@2.20.0:\n', 22],
    ['no nan', '  /express@4.19.2:\n', 24]
  ])('null for %s', (_label, text, defaultLine) => {
    expect(nanNodeLine('pnpm-lock.yaml', text, defaultLine)).toBeNull()
  })
})

describe('generated images of apps with an old nan and no Node pin', () => {
  it('pnpm: node-expat with nan 2.16 runs on Node 18 (cusdis shape), with the reason and a warning', () => {
    const found = rendered({
      'package.json': expressPkg(),
      'server.js': server,
      'pnpm-lock.yaml':
        "lockfileVersion: '6.0'\n\ndependencies:\n  express:\n    specifier: ^4.19.2\n    version: 4.19.2\n" +
        '  node-expat:\n    specifier: ^2.4.0\n    version: 2.4.0\n\npackages:\n\n' +
        '  /nan@2.16.0:\n    resolution: {integrity: sha512-x}\n    dev: false\n\n' +
        '  /node-expat@2.4.0:\n    resolution: {integrity: sha512-y}\n    requiresBuild: true\n' +
        '    dependencies:\n      nan: 2.16.0\n    dev: false\n'
    })
    expect(found.runtime).toBeNull()
    expect(found.hint).toBe('18 nan 2.16.0 pnpm-lock.yaml:13')
    expect(found.from).toBe('FROM node:18.20-bookworm-slim AS base')
    expect(found.base).toBe(
      '# Base image: node:18.20-bookworm-slim — no version declared; nan 2.16.0 (pnpm-lock.yaml:13) builds native addons up to Node 18'
    )
    expect(found.warning).toMatch(/lockfile resolves nan 2\.16\.0 \(pnpm-lock\.yaml:13\)/)
    expect(found.warning).toMatch(/the image runs Node 18, not the newest LTS/)
  })

  it('npm: bcrypt with nan 2.17 (npm lockfile v3) runs on Node 18', () => {
    const found = rendered({
      'package.json': JSON.stringify({
        name: 'auth',
        scripts: { start: 'node server.js' },
        dependencies: { express: '^4.19.2', bcrypt: '^5.0.1' }
      }),
      'server.js': server,
      'package-lock.json': JSON.stringify(
        {
          name: 'auth',
          lockfileVersion: 3,
          packages: {
            '': { name: 'auth', dependencies: { express: '^4.19.2', bcrypt: '^5.0.1' } },
            'node_modules/bcrypt': { version: '5.0.1', dependencies: { nan: '^2.17.0' } },
            'node_modules/nan': { version: '2.17.0' },
            'node_modules/express': { version: '4.19.2' }
          }
        },
        null,
        2
      )
    })
    expect(found.runtime).toBeNull()
    expect(found.hint).toBe('18 nan 2.17.0 package-lock.json:19')
    expect(found.from).toBe('FROM node:18.20-bookworm-slim AS base')
    expect(found.warning).toMatch(/nan 2\.17\.0 \(package-lock\.json:19\)/)
  })

  it('a pinned Node version is kept, with no hint and no warning', () => {
    const found = rendered({
      'package.json': expressPkg({ engines: { node: '>=20' } }),
      'server.js': server,
      'yarn.lock':
        'nan@^2.13.2:\n  version "2.14.2"\n\nnode-expat@^2.4.0:\n  version "2.4.0"\n  dependencies:\n    nan "^2.13.2"\n'
    })
    expect(found.runtime).toBe('22')
    expect(found.hint).toBeUndefined()
    expect(found.from).toBe('FROM node:22.23-bookworm-slim AS base')
    expect(found.warning).toBeUndefined()
  })

  it('a nan new enough for the default line keeps the default', () => {
    const found = rendered({
      'package.json': expressPkg(),
      'server.js': server,
      'yarn.lock':
        'nan@^2.23.0:\n  version "2.23.0"\n\nnode-expat@^2.4.1:\n  version "2.4.1"\n  dependencies:\n    nan "^2.23.0"\n'
    })
    expect(found.hint).toBeUndefined()
    expect(found.from).toBe('FROM node:24.21-bookworm-slim AS base')
    expect(found.warning).toBeUndefined()
  })

  it('a nan without any source-built addon says nothing', () => {
    const found = rendered({
      'package.json': JSON.stringify({
        name: 'web',
        scripts: { start: 'node server.js' },
        dependencies: { express: '^4.19.2' }
      }),
      'server.js': server,
      'yarn.lock': 'nan@^2.14.0:\n  version "2.14.2"\n'
    })
    expect(found.hint).toBeUndefined()
    expect(found.from).toBe('FROM node:24.21-bookworm-slim AS base')
  })
})

// An npm lockfile that leaves out an optional dependency a locked package declares (reiverr: chokidar's
// fsevents): npm 11 (Node 24) refuses it in `npm ci` (`Missing: fsevents@2.3.3 from lock file`), npm 10
// installs it. With no Node pin, the image runs Node 22.
describe('npm lockfiles npm 11 refuses', () => {
  const lock = (packages: Record<string, unknown>) =>
    JSON.stringify({ name: 'api', lockfileVersion: 3, packages }, null, 2)
  const chokidar = {
    '': { name: 'api', dependencies: { express: '^4.19.2', chokidar: '^3.5.3' } },
    'node_modules/express': { version: '4.19.2' },
    'node_modules/chokidar': { version: '3.6.0', optionalDependencies: { fsevents: '~2.3.2' } }
  }

  it.each([
    ['chokidar without fsevents', chokidar, 'fsevents (optional dependency of node_modules/chokidar)'],
    [
      'a nested package',
      {
        'node_modules/jest-haste-map': { version: '29.7.0', optionalDependencies: { fsevents: '^2.3.2' } },
        'node_modules/a/node_modules/b': { version: '1.0.0', optionalDependencies: { 'b-native': '1.0.0' } },
        'node_modules/b-native': { version: '1.0.0' }
      },
      'fsevents (optional dependency of node_modules/jest-haste-map)'
    ]
  ])('%s', (_label, packages, expected) => {
    expect(lockfileMissingOptional(lock(packages))).toBe(expected)
  })

  it.each([
    [
      'the optional dependency locked',
      { ...chokidar, 'node_modules/fsevents': { version: '2.3.3', optional: true } }
    ],
    ['locked nested', { ...chokidar, 'node_modules/chokidar/node_modules/fsevents': { version: '2.3.3' } }],
    ['no optional dependencies', { 'node_modules/express': { version: '4.19.2' } }]
  ])('null when %s', (_label, packages) => {
    expect(lockfileMissingOptional(lock(packages))).toBeNull()
  })

  it('null for a lockfile that is not JSON', () => {
    expect(lockfileMissingOptional('{ not json')).toBeNull()
  })

  const app = (extra: Record<string, unknown> = {}, packages: Record<string, unknown> = chokidar) => ({
    'package.json': JSON.stringify({
      name: 'api',
      scripts: { start: 'node server.js' },
      dependencies: { express: '^4.19.2', chokidar: '^3.5.3' },
      ...extra
    }),
    'server.js': server,
    'package-lock.json': lock(packages)
  })

  it('an app with no Node pin runs on Node 22, with the reason and a warning', () => {
    const found = withApp(app(), dir => {
      const analysed = primaryApp(analyzeRepository(dir).report)!
      const art = renderAppArtifacts(analysed)
      return { hint: analysed.hints.npm10Lockfile, dockerfile: art.dockerfile ?? '', warnings: art.warnings }
    })
    expect(found.hint).toBe('package-lock.json lacks fsevents (optional dependency of node_modules/chokidar)')
    expect(found.dockerfile).toContain('FROM node:22.23-bookworm-slim AS base')
    expect(found.dockerfile).toContain(
      '# Base image: node:22.23-bookworm-slim — no version declared; package-lock.json lacks fsevents (optional dependency of node_modules/chokidar), which npm 11 (Node 24) refuses'
    )
    expect(found.warnings.map(w => w.code)).toContain('NODE_LINE_FOR_NPM10_LOCKFILE')
  })

  it.each([
    ['a pinned Node version', app({ engines: { node: '24.x' } }), 'FROM node:24.21-bookworm-slim AS base'],
    [
      'a complete lockfile',
      app({}, { ...chokidar, 'node_modules/fsevents': { version: '2.3.3', optional: true } }),
      'FROM node:24.21-bookworm-slim AS base'
    ]
  ])('no change with %s', (_label, files, from) => {
    const found = withApp(files, dir => {
      const analysed = primaryApp(analyzeRepository(dir).report)!
      const art = renderAppArtifacts(analysed)
      return { hint: analysed.hints.npm10Lockfile, dockerfile: art.dockerfile ?? '', warnings: art.warnings }
    })
    expect(found.hint).toBeUndefined()
    expect(found.dockerfile).toContain(from)
    expect(found.warnings.map(w => w.code)).not.toContain('NODE_LINE_FOR_NPM10_LOCKFILE')
  })
})

// The npm major a lockfile needs, against the one the image's Node line ships: npm 11 refuses a lockfile
// without an optional dependency (above), npm 10 one whose optional peer resolves to another major than its
// range (swetrix: nunjucks' optional peer chokidar ^3.3.0 under the root's chokidar 4.0.3, `Missing:
// chokidar@3.6.0 from lock file` with npm 10 on node:22). The image installs the npm the lockfile needs.
describe('the npm major the lockfile needs', () => {
  const lock = (packages: Record<string, unknown>) =>
    JSON.stringify({ name: 'api', lockfileVersion: 3, packages }, null, 2)
  const optionalPeer = {
    '': { name: 'api', dependencies: { express: '^4.19.2', nunjucks: '^3.2.4' } },
    'node_modules/express': { version: '4.19.2' },
    'node_modules/chokidar': { version: '4.0.3', dev: true },
    'node_modules/mailer/node_modules/nunjucks': {
      version: '3.2.4',
      peerDependencies: { chokidar: '^3.3.0' },
      peerDependenciesMeta: { chokidar: { optional: true } }
    }
  }
  const fseventsGap = {
    'node_modules/watcher': { version: '3.6.0', optionalDependencies: { fsevents: '~2.3.2' } }
  }

  it('an optional peer resolving (from the folders above) to another major', () => {
    expect(lockfileNeedsNpm11(lock(optionalPeer))).toBe(
      'chokidar@^3.3.0 (optional peer of node_modules/mailer/node_modules/nunjucks) resolves to 4.0.3'
    )
    // Resolved from the package's own node_modules first: a second nested copy of another major.
    expect(
      lockfileNeedsNpm11(
        lock({
          ...optionalPeer,
          'node_modules/chokidar': { version: '3.6.0' },
          'node_modules/mailer/node_modules/nunjucks/node_modules/chokidar': { version: '5.0.0' }
        })
      )
    ).toBe('chokidar@^3.3.0 (optional peer of node_modules/mailer/node_modules/nunjucks) resolves to 5.0.0')
  })

  it.each([
    [
      'the copy it resolves has the range’s major',
      { ...optionalPeer, 'node_modules/chokidar': { version: '3.6.0' } }
    ],
    [
      'a copy of that major nearer to the package',
      { ...optionalPeer, 'node_modules/mailer/node_modules/chokidar': { version: '3.6.0' } }
    ],
    [
      'a peer that is not optional',
      {
        ...optionalPeer,
        'node_modules/mailer/node_modules/nunjucks': {
          version: '3.2.4',
          peerDependencies: { chokidar: '^3.3.0' }
        }
      }
    ],
    [
      'a range that is not a plain major',
      {
        ...optionalPeer,
        'node_modules/mailer/node_modules/nunjucks': {
          version: '3.2.4',
          peerDependencies: { chokidar: '>=3.3.0' },
          peerDependenciesMeta: { chokidar: { optional: true } }
        }
      }
    ],
    ['an optional peer nobody locks', { ...optionalPeer, 'node_modules/chokidar': undefined }]
  ])('null when %s', (_label, packages) => {
    expect(lockfileNeedsNpm11(lock(packages as Record<string, unknown>))).toBeNull()
  })

  const app = (engines: string | null, packages: Record<string, unknown>) => ({
    'package.json': JSON.stringify({
      name: 'api',
      scripts: { start: 'node server.js' },
      dependencies: { express: '^4.19.2', nunjucks: '^3.2.4' },
      ...(engines ? { engines: { node: engines } } : {})
    }),
    'server.js': server,
    'package-lock.json': lock(packages)
  })
  const render = (files: Record<string, string>) =>
    withApp(files, dir => {
      const analysed = primaryApp(analyzeRepository(dir).report)!
      const art = renderAppArtifacts(analysed)
      return {
        hint: analysed.hints.npmLockfileMajor,
        dockerfile: art.dockerfile ?? '',
        codes: art.warnings.map(w => w.code)
      }
    })

  it('Node 22 pinned, a lockfile npm 10 refuses: the base stage installs npm 11', () => {
    const found = render(app('22.x', optionalPeer))
    expect(found.hint).toBe(
      '11 package-lock.json: chokidar@^3.3.0 (optional peer of node_modules/mailer/node_modules/nunjucks) resolves to 4.0.3, which npm 10 refuses'
    )
    const lines = found.dockerfile.split('\n')
    const from = lines.indexOf('FROM node:22.23-bookworm-slim AS base')
    expect(lines.slice(from, from + 4)).toEqual([
      'FROM node:22.23-bookworm-slim AS base',
      'WORKDIR /app',
      '# package-lock.json: chokidar@^3.3.0 (optional peer of node_modules/mailer/node_modules/nunjucks) resolves to 4.0.3, which npm 10 refuses: npm 11 installs it, the image ships npm 10.',
      'RUN npm install -g npm@11 --no-audit --no-fund'
    ])
    expect(found.codes).toContain('NPM11_FOR_LOCKFILE')
  })

  it('Node 24 pinned, a lockfile npm 11 refuses: the base stage installs npm 10, with a warning', () => {
    const found = render(
      app('24.x', { ...optionalPeer, 'node_modules/chokidar': { version: '3.6.0' }, ...fseventsGap })
    )
    expect(found.hint).toBe(
      '10 package-lock.json lacks fsevents (optional dependency of node_modules/watcher), which npm 11 refuses'
    )
    expect(found.dockerfile).toContain('FROM node:24.21-bookworm-slim AS base')
    expect(found.dockerfile).toContain('RUN npm install -g npm@10 --no-audit --no-fund')
    expect(found.codes).toContain('NPM10_FOR_LOCKFILE')
    expect(found.codes).not.toContain('NODE_LINE_FOR_NPM10_LOCKFILE')
  })

  it.each([
    ['the line already ships the npm it needs (Node 24, optional peer)', app('24.x', optionalPeer), [], []],
    ['Node 20 (npm 11 needs 20.17)', app('20.x', optionalPeer), ['NPM_LOCKFILE_NEEDS_NPM11'], []],
    [
      'both gaps: no npm installs it',
      app('22.x', { ...optionalPeer, ...fseventsGap }),
      ['NPM_LOCKFILE_UNINSTALLABLE'],
      []
    ]
  ])('no npm install with %s', (_label, files, codes, _none) => {
    const found = render(files)
    expect(found.dockerfile).not.toContain('npm install -g npm@')
    for (const code of codes) expect(found.codes).toContain(code)
    expect(found.codes).not.toContain('NPM11_FOR_LOCKFILE')
    expect(found.codes).not.toContain('NPM10_FOR_LOCKFILE')
  })
})
