// An Nx integrated project (project.json with projectType application, no package.json, nx.json above) is an
// app of its own for the deployment recipes: a compose service built from its Dockerfile deploys it, not the
// workspace root whose package.json holds every dependency (holdout41: pezzo's apps/server).
import { analyze } from '../../../src/analyzer/analyze.js'
import { isNxApplicationProject } from '../../../src/analyzer/signals/nx-project-app.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const project = (dir: string, type: 'application' | 'library'): string =>
  JSON.stringify({ name: dir.split('/').pop(), projectType: type, sourceRoot: `${dir}/src`, targets: {} })

/** An Nx workspace: a NestJS API and a React console, each imaged by compose from its own Dockerfile. */
const nestWorkspace = (): Record<string, string> => ({
  'nx.json': JSON.stringify({ targetDefaults: {} }),
  'project.json': JSON.stringify({ name: 'acme', targets: {} }),
  'package.json': JSON.stringify({
    name: 'acme',
    scripts: { postinstall: 'node tools/patch.js' },
    dependencies: {
      '@nestjs/core': '^10.0.0',
      '@nestjs/common': '^10.0.0',
      '@nestjs/platform-express': '^10.0.0',
      next: '^14.0.0',
      react: '^18.0.0'
    }
  }),
  'package-lock.json': JSON.stringify({ lockfileVersion: 2 }),
  'docker-compose.yaml': [
    'services:',
    '  server:',
    '    build:',
    '      context: .',
    '      dockerfile: ./apps/server/Dockerfile',
    '    ports: ["3000:3000"]',
    '  console:',
    '    build:',
    '      context: .',
    '      dockerfile: ./apps/console/Dockerfile',
    ''
  ].join('\n'),
  'apps/server/project.json': project('apps/server', 'application'),
  'apps/server/Dockerfile':
    'FROM node:18-slim\nWORKDIR /app\nCOPY dist/apps/server .\nRUN npm i --omit=dev\nEXPOSE 3000\nENTRYPOINT ["node", "main.js"]\n',
  'apps/server/src/main.ts':
    "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app/app.module'\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  app.setGlobalPrefix('api')\n  await app.listen(process.env.PORT || 3000)\n}\nbootstrap()\n",
  'apps/server/src/app/app.module.ts':
    "import { Module } from '@nestjs/common'\nimport { HealthController } from './health.controller'\n@Module({ controllers: [HealthController] })\nexport class AppModule {}\n",
  'apps/server/src/app/health.controller.ts':
    "import { Controller, Get } from '@nestjs/common'\n@Controller('healthz')\nexport class HealthController {\n  @Get()\n  check() {\n    return { status: 'OK' }\n  }\n}\n",
  'apps/console/project.json': project('apps/console', 'application'),
  'apps/console/Dockerfile': 'FROM nginx:alpine\nCOPY dist/apps/console /usr/share/nginx/html\n',
  'apps/console/src/main.tsx': "import React from 'react'\nexport const App = () => null\n",
  'libs/graphql/project.json': project('libs/graphql', 'library'),
  'libs/graphql/src/index.ts': 'export const schema = 1\n'
})

/**
 * An Nx workspace under `packages/`: an express API imaged by compose beside a Next.js site; the workspace
 * root starts nothing, yet its package.json holds next (a Next.js app by its dependencies alone).
 */
const expressWorkspace = (): Record<string, string> => ({
  'nx.json': JSON.stringify({ npmScope: 'shop' }),
  'package.json': JSON.stringify({
    name: 'shop',
    scripts: { lint: 'nx run-many -t lint' },
    dependencies: { express: '^4.18.0', next: '^14.2.0', react: '^18.2.0', 'react-dom': '^18.2.0' }
  }),
  'yarn.lock': '',
  'compose.yml': [
    'services:',
    '  api:',
    '    build:',
    '      context: .',
    '      dockerfile: packages/api/Dockerfile',
    ''
  ].join('\n'),
  'packages/api/project.json': project('packages/api', 'application'),
  'packages/api/Dockerfile': 'FROM node:20-alpine\nCOPY dist/packages/api .\nCMD ["node", "main.js"]\n',
  'packages/api/src/main.ts':
    "import express from 'express'\nconst app = express()\napp.get('/status', (_req, res) => res.json({ ok: true }))\napp.listen(process.env.PORT || 4100)\n",
  'packages/web/project.json': project('packages/web', 'application'),
  'packages/web/next.config.js': 'module.exports = {}\n',
  'packages/web/pages/index.tsx': 'export default function Home() {\n  return null\n}\n'
})

describe('Nx application projects as deployable apps', () => {
  it('recognises an application project under nx.json, not libraries, roots or package members', () => {
    const tree = treeFromFiles(nestWorkspace())
    expect(isNxApplicationProject(tree, 'apps/server')).toBe(true)
    expect(isNxApplicationProject(tree, 'apps/console')).toBe(true)
    expect(isNxApplicationProject(tree, 'libs/graphql')).toBe(false)
    expect(isNxApplicationProject(tree, '.')).toBe(false)
    const withManifest = treeFromFiles({
      ...nestWorkspace(),
      'apps/server/package.json': '{"name":"server"}'
    })
    expect(isNxApplicationProject(withManifest, 'apps/server')).toBe(false)
    const { 'nx.json': _nx, ...noNx } = nestWorkspace()
    expect(isNxApplicationProject(treeFromFiles(noNx), 'apps/server')).toBe(false)
  })

  it('NestJS project built by compose: it is primary, not the workspace root, field by field', () => {
    const report = analyze(treeFromFiles(nestWorkspace()))
    expect(report.primary).toBe('apps/server')
    const app = report.apps.find(a => a.appDir === 'apps/server')!
    expect(app.framework.value).toBe('nestjs')
    expect(app.port.value).toBe(3000)
    expect(app.packageManager.value).toBe('npm')
    expect(app.healthPath.value).toBe('/api/healthz')
    expect(report.warnings.find(w => w.code === 'MULTIPLE_APPS')?.message).toContain(
      'docker-compose.yaml services.server builds apps/server'
    )
  })

  it('express project under packages/ built by compose: it is primary, field by field', () => {
    const report = analyze(treeFromFiles(expressWorkspace()))
    expect(report.primary).toBe('packages/api')
    const app = report.apps.find(a => a.appDir === 'packages/api')!
    expect(app.framework.value).toBe('express')
    expect(app.port.value).toBe(4100)
    expect(app.packageManager.value).toBe('yarn')
    expect(app.healthPath.value).toBe('/status')
  })

  it('negative: a root Dockerfile working in the built dist/apps/api keeps the workspace root primary', () => {
    const { 'docker-compose.yaml': _c, ...files } = nestWorkspace()
    const report = analyze(
      treeFromFiles({
        ...files,
        'package.json': JSON.stringify({
          name: 'acme',
          scripts: { build: 'nx run api:build', start: 'node dist/apps/server/main' },
          dependencies: { '@nestjs/core': '^10.0.0', '@nestjs/common': '^10.0.0' }
        }),
        Dockerfile:
          'FROM node:22-slim AS builder\nWORKDIR /acme\nCOPY . .\nRUN npm ci && npm run build\n' +
          'FROM node:22-slim\nCOPY --from=builder /acme/dist/apps /acme/apps/\nWORKDIR /acme/apps/server\nCMD ["node", "main"]\n'
      })
    )
    expect(report.primary).toBe('.')
  })

  it('negative: the same workspace without a compose recipe leaves the choice to the scores', () => {
    const { 'compose.yml': _c, ...files } = expressWorkspace()
    const report = analyze(treeFromFiles(files))
    expect(report.warnings.find(w => w.code === 'MULTIPLE_APPS')?.message).not.toContain('deployed by')
  })
})
