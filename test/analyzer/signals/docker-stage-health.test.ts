import { describe, expect, it } from '@jest/globals'
import { memberStageHealth } from '../../../src/analyzer/signals/docker-stage-health.js'
import { HEALTH } from '../../../src/analyzer/precedence.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const APPS = {
  'package.json': '{ "private": true, "workspaces": ["apps/*"] }',
  'apps/web/package.json': '{ "name": "web" }',
  'apps/workers/package.json': '{ "name": "workers" }'
}

const tree = (dockerfile: string, path = 'docker/Dockerfile') =>
  treeFromFiles({ ...APPS, [path]: dockerfile })

/** A multi-target Dockerfile: a build stage that copies everything, and one shipping stage per app. */
const MULTI = [
  'FROM node:20 AS base',
  'WORKDIR /app',
  'COPY package.json ./',
  'COPY apps/web/package.json apps/web/',
  'COPY apps/workers/package.json apps/workers/',
  'RUN npm ci',
  'COPY . .',
  'RUN npm run build',
  '',
  'FROM node:20-slim AS web',
  'COPY --from=base /app/apps/web/.next/standalone ./',
  'HEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1:${PORT:-3000}/api/health || exit 1',
  'CMD ["node", "server.js"]',
  '',
  'FROM node:20-slim AS workers',
  'COPY --from=base /app/apps/workers/dist ./dist',
  'HEALTHCHECK CMD curl -f http://localhost:9000/healthz',
  'CMD ["node", "dist/main.js"]'
].join('\n')

describe('memberStageHealth', () => {
  it("reports the HEALTHCHECK of the stage that ships the member as the member's probe", () => {
    expect(memberStageHealth(tree(MULTI), 'apps/web')).toEqual([
      {
        value: '/api/health',
        confidence: HEALTH.deployFile,
        source: 'docker/Dockerfile HEALTHCHECK of the stage that ships apps/web (web)',
        evidence: [
          {
            file: 'docker/Dockerfile',
            line: 12,
            text: 'HEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1:${PORT:-3000}/api/health || exit 1'
          }
        ]
      }
    ])
    expect(memberStageHealth(tree(MULTI), 'apps/workers').map(c => c.value)).toEqual(['/healthz'])
  })

  it('counts the copies of the stages a stage is built FROM', () => {
    const text = [
      'FROM node:20 AS web-build',
      'COPY apps/web ./apps/web',
      'RUN npm run build',
      'FROM web-build AS web',
      'HEALTHCHECK CMD curl -f http://localhost:3000/health'
    ].join('\n')
    expect(memberStageHealth(tree(text, 'Dockerfile'), 'apps/web').map(c => c.value)).toEqual(['/health'])
    expect(memberStageHealth(tree(text, 'Dockerfile'), 'apps/workers')).toEqual([])
  })

  it('is empty when the stage ships several apps or names none', () => {
    const both = [
      'FROM node:20',
      'COPY apps/web/dist ./web',
      'COPY apps/workers/dist ./workers',
      'HEALTHCHECK CMD curl -f http://localhost:3000/health'
    ].join('\n')
    expect(memberStageHealth(tree(both), 'apps/web')).toEqual([])
    const everything = [
      'FROM node:20',
      'COPY . .',
      'HEALTHCHECK CMD curl -f http://localhost:3000/health'
    ].join('\n')
    expect(memberStageHealth(tree(everything), 'apps/web')).toEqual([])
  })

  it('does not count install layers that copy every member manifest', () => {
    const text = [
      'FROM node:20',
      'COPY apps/web/package.json apps/web/',
      'COPY apps/workers/package.json apps/workers/',
      'COPY apps/web/src ./src',
      'HEALTHCHECK CMD curl -f http://localhost:3000/health'
    ].join('\n')
    expect(memberStageHealth(tree(text), 'apps/web').map(c => c.value)).toEqual(['/health'])
  })

  it('only takes health-named probe paths', () => {
    for (const probe of [
      'HEALTHCHECK CMD curl -f http://localhost:3000/',
      'HEALTHCHECK CMD curl -f http://localhost:3000/dashboard',
      'HEALTHCHECK NONE',
      'HEALTHCHECK CMD pg_isready'
    ]) {
      const text = ['FROM node:20', 'COPY apps/web/dist ./dist', probe].join('\n')
      expect([probe, memberStageHealth(tree(text), 'apps/web')]).toEqual([probe, []])
    }
  })

  it('is empty for the repository root and when there is no repository-level Dockerfile', () => {
    expect(memberStageHealth(tree(MULTI), '.')).toEqual([])
    expect(memberStageHealth(tree(MULTI, 'apps/web/Dockerfile'), 'apps/web')).toEqual([])
    expect(memberStageHealth(treeFromFiles(APPS), 'apps/web')).toEqual([])
  })
})
