// build-app.ts: the runtime image of a workspace member without a Dockerfile of its own comes from the
// Dockerfile of an enclosing folder that names it — also one of several per-member images kept in a Dockerfile
// folder (`docker/Dockerfile` for the frontend beside `docker/DockerfileServer` for the backend, holdout34
// chibisafe; `docker/Dockerfile.api` beside `docker/Dockerfile.web`).
import { analyze } from '../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../src/analyzer/tree.js'

const member = (dir: string, name: string, engines: string): Record<string, string> => ({
  [`${dir}/package.json`]: JSON.stringify({
    name,
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.19.0' },
    engines: { node: engines }
  }),
  [`${dir}/server.js`]: `const express = require('express')\nexpress().listen(3000)\n`
})

/** A yarn workspace whose docker/ folder keeps one image per member, the backend's joined in camel case. */
const yarnImages = (): Record<string, string> => ({
  'package.json': JSON.stringify({ private: true, workspaces: ['packages/*'] }),
  'yarn.lock': '',
  ...member('packages/backend', '@acme/backend', '>=18.9.0'),
  ...member('packages/site', '@acme/site', '>=18.9.0'),
  'docker/Dockerfile': `FROM node:18-alpine\nCOPY . .\nRUN yarn workspaces focus @acme/site && yarn workspace @acme/site build\nCMD ["yarn", "workspace", "@acme/site", "start"]\n`,
  'docker/DockerfileServer': `FROM node:20-alpine\nCOPY . .\nRUN yarn workspaces focus @acme/backend && yarn workspace @acme/backend build\nCMD ["yarn", "workspace", "@acme/backend", "start"]\n`
})

/** An npm workspace whose docker/ folder keeps dotted variants that copy their member by path. */
const npmImages = (webNamesApi: boolean): Record<string, string> => ({
  'package.json': JSON.stringify({ private: true, workspaces: ['apps/*'] }),
  'package-lock.json': '{}',
  ...member('apps/api', 'api', '>=18'),
  ...member('apps/web', 'web', '>=18'),
  'docker/Dockerfile.api': `FROM node:18-slim\nWORKDIR /app\nCOPY apps/api ./\nCMD ["node", "server.js"]\n`,
  'docker/Dockerfile.web': `FROM node:21-slim\nWORKDIR /app\nCOPY apps/web ./\n${webNamesApi ? 'COPY apps/api/shared.js ./\n' : ''}CMD ["node", "server.js"]\n`
})

const runtimeOf = (files: Record<string, string>, appDir: string) =>
  analyze(treeFromFiles(files), { appDir }).apps.find(a => a.appDir === appDir)!.runtimeVersion

describe('runtime image from a Dockerfile folder variant naming the member', () => {
  it('yarn workspace: docker/DockerfileServer selects the backend by package name (node 20)', () => {
    const backend = runtimeOf(yarnImages(), 'packages/backend')
    expect(backend.value).toBe('20')
    expect(backend.source).toBe('Dockerfile FROM node:20-alpine (builds packages/backend)')
    expect(backend.evidence[0]).toEqual({
      file: 'docker/DockerfileServer',
      line: 1,
      text: 'FROM node:20-alpine'
    })
    // The frontend's plain docker/Dockerfile still answers for it.
    expect(runtimeOf(yarnImages(), 'packages/site').value).toBe('18')
  })

  it('npm workspace: docker/Dockerfile.api and docker/Dockerfile.web each answer for their member', () => {
    const api = runtimeOf(npmImages(false), 'apps/api')
    expect(api.value).toBe('18')
    expect(api.evidence[0]?.file).toBe('docker/Dockerfile.api')
    const web = runtimeOf(npmImages(false), 'apps/web')
    expect(web.value).toBe('21')
    expect(web.evidence[0]?.file).toBe('docker/Dockerfile.web')
  })

  it('negative: two variants naming the member say nothing; engines decides', () => {
    const api = runtimeOf(npmImages(true), 'apps/api')
    expect(api.source).toMatch(/engines/)
    expect(api.evidence[0]?.file).toBe('apps/api/package.json')
  })
})
