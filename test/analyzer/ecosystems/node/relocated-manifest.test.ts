// A package.json kept in a subfolder for the app in the folder above (NodeBB: install/package.json starts
// `node loader.js`, which is at the repository root; its own image copies the manifest to the root): the
// generated image builds from the root with the manifest copied in before the install.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { relocatedManifest } from '../../../../src/analyzer/ecosystems/node/relocated-manifest.js'
import type { PackageJson } from '../../../../src/analyzer/ecosystems/node/manifest.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { treeFromFiles, type SourceTree } from '../../../../src/analyzer/tree.js'
import { analyzeRepository } from '../../../../src/pipeline/config-analyze.js'

function rendered(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'dl-relocated-'))
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    const app = primaryApp(analyzeRepository(dir).report)
    if (!app) throw new Error('no app')
    const art = renderAppArtifacts(app)
    return {
      appDir: app.appDir,
      hint: app.hints.relocatedManifest,
      context: art.buildContext,
      dockerfilePath: art.dockerfilePath,
      dockerfile: art.dockerfile ?? '',
      warning: art.warnings.find(w => w.code === 'MANIFEST_IN_SUBFOLDER')?.message
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The parts of a read package.json the rule looks at. */
function readPackageJson(tree: SourceTree, path: string): PackageJson | null {
  const text = tree.read(path)
  if (text === null) return null
  const json = JSON.parse(text) as Record<string, unknown>
  const scripts = (json.scripts ?? {}) as Record<string, string>
  return { path, text, json, scripts, deps: new Map(), runtimeDeps: [] }
}

const express = "const express = require('express')\nexpress().listen(process.env.PORT || 4567)\n"

/** NodeBB's shape: no root manifest, install/package.json starts loader.js at the root, no lockfile. */
const NODEBB: Record<string, string> = {
  'install/package.json': JSON.stringify({
    name: 'forum',
    main: 'app.js',
    scripts: { start: 'node loader.js' },
    dependencies: { express: '^4.21.0', nconf: '^0.12.1' }
  }),
  'install/web.js': "const express = require('express')\nmodule.exports = express()\n",
  'loader.js': "const pkg = require('./package.json')\nrequire('child_process').fork('app.js')\n",
  'app.js': "require('./src/webserver')\n",
  'src/webserver.js': express
}

/** A manifest in setup/ with a lockfile beside it, naming the root's server through `main` only. */
const SETUP: Record<string, string> = {
  'setup/package.json': JSON.stringify({
    name: 'board',
    main: 'server.js',
    dependencies: { express: '^4.21.0' }
  }),
  'setup/package-lock.json': JSON.stringify({
    name: 'board',
    lockfileVersion: 3,
    packages: { '': { dependencies: { express: '^4.21.0' } }, 'node_modules/express': { version: '4.21.0' } }
  }),
  'server.js': express
}

describe('a manifest kept in a subfolder for the app above it', () => {
  it('NodeBB: install/package.json, start script node loader.js, no lockfile', () => {
    const found = rendered(NODEBB)
    expect(found.appDir).toBe('install')
    expect(found.hint).toEqual(['.', 'loader.js'])
    expect(found.context).toBe('.')
    expect(found.dockerfilePath).toBe('install/Dockerfile')
    const lines = found.dockerfile.split('\n')
    expect(lines).toContain('# Build: docker build -f install/Dockerfile -t forum .')
    expect(lines).toContain('WORKDIR /app')
    expect(lines).toContain('COPY install/package.json install/package-lock.json* ./')
    expect(lines).toContain(
      'RUN --mount=type=cache,target=/root/.npm npm install --omit=dev --no-audit --no-fund'
    )
    const copyAll = lines.indexOf('COPY . .')
    expect(lines[copyAll + 1]).toBe('COPY install/package.json ./package.json')
    expect(lines).toContain('CMD ["node", "loader.js"]')
    expect(found.dockerfile).not.toContain('WORKDIR /app/install')
    expect(found.warning).toBe(
      'install/package.json starts loader.js, which is in the repository root, not in install: the image builds ' +
        "from . and copies the manifest there before the install, as the app's own setup does."
    )
  })

  it('setup/package.json with its lockfile, main server.js', () => {
    const found = rendered(SETUP)
    expect(found.hint).toEqual(['.', 'server.js'])
    expect(found.context).toBe('.')
    expect(found.dockerfile).toMatch(/^COPY setup\/package\.json setup\/package-lock\.json \.\/$/m)
    expect(found.dockerfile).toContain(
      'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund'
    )
    expect(found.dockerfile).toContain('COPY setup/package.json ./package.json')
    // No start script: npm start runs `node server.js`, which is at /app.
    expect(found.dockerfile).toContain('CMD ["npm", "start"]')
  })

  it.each([
    ['the entry is in the manifest folder too', { ...NODEBB, 'install/loader.js': 'require("../app")\n' }],
    [
      'the folder above has its own package.json',
      { ...NODEBB, 'package.json': JSON.stringify({ name: 'tools', private: true }) }
    ],
    ['the entry is nowhere', { ...SETUP, 'server.js': undefined }]
  ])('none when %s', (_label, files) => {
    const kept = Object.fromEntries(Object.entries(files).filter(([, text]) => text !== undefined)) as Record<
      string,
      string
    >
    const tree = treeFromFiles(kept)
    const manifest = Object.keys(kept).find(path => path.endsWith('/package.json'))!
    const pkg = readPackageJson(tree, manifest)
    expect(pkg).not.toBeNull()
    expect(relocatedManifest(tree, dirname(manifest), pkg!)).toBeNull()
  })

  it('an entry that climbs out of the folder is not followed', () => {
    const tree = treeFromFiles({
      'install/package.json': JSON.stringify({ scripts: { start: 'node ../loader.js' } }),
      'loader.js': '\n'
    })
    expect(relocatedManifest(tree, 'install', readPackageJson(tree, 'install/package.json')!)).toBeNull()
  })
})
