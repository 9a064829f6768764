// A workspace root that is no app of its own whose `start` script runs one member deploys that member
// (holdout34 chibisafe: `"start": "yarn workspace @chibisafe/backend start"` beside a Next.js frontend member
// that scores higher as an app).
import { analyze } from '../../../src/analyzer/analyze.js'
import { rootStartMember } from '../../../src/analyzer/signals/root-start-member.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

/** A yarn 4 workspace: a fastify backend, a Next.js frontend, a migration tool; one image per member in docker/. */
const yarnWorkspace = (start: string | undefined): Record<string, string> => ({
  'package.json': JSON.stringify({
    private: true,
    packageManager: 'yarn@4.1.1',
    workspaces: ['packages/backend', 'packages/next', 'packages/migration'],
    engines: { node: '>=18.9.0' },
    scripts: { build: 'turbo run build', ...(start === undefined ? {} : { start }) }
  }),
  'yarn.lock': '__metadata:\n  version: 8\n',
  '.yarnrc.yml': 'nodeLinker: node-modules\n',
  'packages/backend/package.json': JSON.stringify({
    name: '@acme/backend',
    scripts: { build: 'tsc', start: 'node dist/main.js' },
    dependencies: { fastify: '^4.26.0' },
    devDependencies: { typescript: '^5.0.0' },
    engines: { node: '>=18.9.0' }
  }),
  'packages/backend/tsconfig.json': '{}',
  'packages/backend/src/main.ts': `import fastify from 'fastify'\nconst server = fastify()\nserver.listen({ port: Number(process.env.PORT ?? 8000) })\n`,
  'packages/next/package.json': JSON.stringify({
    name: '@acme/next',
    scripts: { build: 'next build', start: 'next start' },
    dependencies: { next: '^14.0.0', react: '^18.0.0' }
  }),
  'packages/next/next.config.js': 'module.exports = {}\n',
  'packages/migration/package.json': JSON.stringify({
    name: '@acme/migration',
    scripts: { start: 'node index.js' }
  }),
  'packages/migration/index.js': 'console.log("migrate")\n',
  'docker/Dockerfile': `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN yarn workspaces focus @acme/next && yarn workspace @acme/next build\nCMD ["yarn", "workspace", "@acme/next", "start"]\n`,
  'docker/DockerfileServer': `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN yarn workspaces focus @acme/backend && yarn workspace @acme/backend build\nEXPOSE 8000\nCMD ["yarn", "workspace", "@acme/backend", "start"]\n`
})

/** An npm workspace: an express API and a Next.js web client (the higher detection score), no Dockerfile. */
const npmWorkspace = (start: string): Record<string, string> => ({
  'package.json': JSON.stringify({ private: true, workspaces: ['packages/*'], scripts: { start } }),
  'package-lock.json': JSON.stringify({ lockfileVersion: 3 }),
  'packages/api/package.json': JSON.stringify({
    name: 'api',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.19.0' }
  }),
  'packages/api/server.js': `const express = require('express')\nconst app = express()\napp.get('/health', (_q, r) => r.send('ok'))\napp.listen(process.env.PORT || 5000)\n`,
  'packages/web/package.json': JSON.stringify({
    name: 'web',
    scripts: { dev: 'next dev', build: 'next build', start: 'next start' },
    dependencies: { next: '^14.0.0', react: '^18.0.0' }
  }),
  'packages/web/next.config.js': 'module.exports = {}\n'
})

describe('root start script running one member', () => {
  it('yarn workspace <package>: the backend is primary, field by field (runtime from its docker/ image)', () => {
    const files = yarnWorkspace('yarn workspace @acme/backend start')
    expect(rootStartMember(treeFromFiles(files), ['packages/backend', 'packages/next'])).toEqual({
      dir: 'packages/backend',
      reason: 'package.json scripts.start: yarn workspace @acme/backend start'
    })
    const report = analyze(treeFromFiles(files))
    expect(report.primary).toBe('packages/backend')
    const app = report.apps.find(a => a.appDir === 'packages/backend')!
    expect(app.framework.value).toBe('fastify')
    expect(app.packageManager.value).toBe('yarn')
    expect(app.port.value).toBe(8000)
    expect(app.runtimeVersion.value).toBe('20')
    expect(app.runtimeVersion.evidence[0]?.file).toBe('docker/DockerfileServer')
    expect(report.warnings.find(w => w.code === 'MULTIPLE_APPS')?.message).toContain(
      'deployed by package.json scripts.start: yarn workspace @acme/backend start'
    )
  })

  it('npm -w <folder> and cd <folder> &&: the express member is primary over the Next.js client', () => {
    for (const start of ['npm start -w packages/api', 'npm run build && cd packages/api && npm start']) {
      const report = analyze(treeFromFiles(npmWorkspace(start)))
      expect(report.primary).toBe('packages/api')
      const app = report.apps.find(a => a.appDir === 'packages/api')!
      expect(app.framework.value).toBe('express')
      expect(app.packageManager.value).toBe('npm')
      expect(app.port.value).toBe(5000)
      expect(app.healthPath.value).toBe('/health')
    }
  })

  it('negative: several members, a task runner, no start, or no workspace name no member', () => {
    const apps = ['packages/api', 'packages/web']
    for (const start of [
      'concurrently "npm start -w packages/api" "npm run dev -w packages/web"',
      'npm start -w packages/api & npm run dev -w packages/web',
      'turbo run start',
      'node server.js'
    ])
      expect(rootStartMember(treeFromFiles(npmWorkspace(start)), apps)).toBeNull()
    expect(rootStartMember(treeFromFiles(yarnWorkspace(undefined)), ['packages/backend'])).toBeNull()
    // Not a workspace root: a `cd` into a folder is that root app's own business.
    const plain = { ...npmWorkspace('cd packages/api && npm start') }
    plain['package.json'] = JSON.stringify({ scripts: { start: 'cd packages/api && npm start' } })
    expect(rootStartMember(treeFromFiles(plain), apps)).toBeNull()
    // Without the start script the scores decide, as before: the Next.js client.
    expect(analyze(treeFromFiles(npmWorkspace('turbo run start'))).primary).toBe('packages/web')
  })
})
