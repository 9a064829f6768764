import {
  checkExistingDockerfile,
  readDockerfileFacts
} from '../../../src/analyzer/render/existing-dockerfile.js'
import { renderAppArtifacts } from '../../../src/analyzer/render/index.js'
import { CASES } from './cases.js'
import { makeApp } from './make-app.js'

describe('existing Dockerfile check', () => {
  const app = CASES['express-npm']!

  it('reads EXPOSE, USER and HEALTHCHECK of the final stage only', () => {
    const facts = readDockerfileFacts(
      'FROM node:20 AS build\nEXPOSE 9999\nFROM node:20-slim\n# comment\nEXPOSE 3000/tcp \\\n  3001\nUSER node\nHEALTHCHECK CMD true\n'
    )
    expect(facts).toEqual({ exposed: [3000, 3001], exposeLine: 5, hasHealthcheck: true, user: 'node' })
  })

  it('warns when EXPOSE differs from the detected port, with file and line', () => {
    const warnings = checkExistingDockerfile(
      app,
      'Dockerfile',
      'FROM node:20\nUSER node\nEXPOSE 8080\nCMD ["node","s.js"]\n'
    )
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'DOCKERFILE_PORT_MISMATCH', file: 'Dockerfile', line: 3 })
    ])
    expect(warnings[0]?.message).toContain('exposes 8080 but the app listens on 3000')
  })

  it('is quiet when the Dockerfile agrees, and flags root and a missing EXPOSE', () => {
    expect(checkExistingDockerfile(app, 'Dockerfile', 'FROM node:20\nUSER node\nEXPOSE 3000\n')).toEqual([])
    const codes = checkExistingDockerfile(app, 'Dockerfile', 'FROM node:20\nUSER root\n').map(w => w.code)
    expect(codes).toEqual(['DOCKERFILE_NO_EXPOSE', 'DOCKERFILE_RUNS_AS_ROOT'])
  })
})

describe('build context of an existing Dockerfile', () => {
  const spec = { language: 'typescript', framework: 'nuxt', packageManager: 'pnpm', port: 51821 } as const

  it('is the app folder when the Dockerfile sits in the app or its docker/ folder', () => {
    const own = renderAppArtifacts(makeApp({ ...spec, appDir: 'web', dockerfile: 'web/docker/Dockerfile' }))
    expect(own.buildContext).toBe('web')
  })

  it("is the Dockerfile's folder when a parent Dockerfile copies the app folder in", () => {
    const parent = renderAppArtifacts(makeApp({ ...spec, appDir: 'src', dockerfile: 'Dockerfile' }))
    expect(parent.buildContext).toBe('.')
    expect(parent.dockerfilePath).toBe('Dockerfile')
  })

  it("is the workspace that keeps the Dockerfile folder when a member ships from the workspace's docker/", () => {
    const member = renderAppArtifacts(
      makeApp({ ...spec, appDir: 'crates/server', dockerfile: 'docker/Dockerfile' })
    )
    expect(member.buildContext).toBe('.')
    const nested = renderAppArtifacts(
      makeApp({ ...spec, appDir: 'backend/crates/api', dockerfile: 'backend/deploy/docker/Dockerfile' })
    )
    expect(nested.buildContext).toBe('backend')
  })

  it('stays the Dockerfile folder when it is no Dockerfile folder of an enclosing one (negative)', () => {
    const sibling = renderAppArtifacts(
      makeApp({ ...spec, appDir: 'apps/web', dockerfile: 'images/web/Dockerfile' })
    )
    expect(sibling.buildContext).toBe('images/web')
  })
})
