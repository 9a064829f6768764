// A root app (a Vite/Svelte client) whose root Dockerfile's final stage installs one member's manifest as its
// own ships that member (signals/final-stage-manifest.ts, wired in deploy-evidence.ts): the holdout36 miss
// (reiverr: `COPY backend/package.json .` in the production stage) and a second shape with a manifest glob;
// negatives keep a final stage that installs the root's own manifest, or two members' manifests.
import { finalStageMemberManifest } from '../../../src/analyzer/signals/final-stage-manifest.js'
import { analyzeFiles as report, primaryApp as appAt, type Files } from '../../support/analyzed-app.js'

const viteClient = (extra: Record<string, unknown> = {}): Files => ({
  'package.json': JSON.stringify({
    name: 'client',
    type: 'module',
    scripts: { dev: 'vite', build: 'vite build', ...extra },
    devDependencies: { vite: '^5.0.0', svelte: '^4.0.0', '@sveltejs/vite-plugin-svelte': '^3.0.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'vite.config.ts': "import { defineConfig } from 'vite'\nexport default defineConfig({})\n",
  'index.html': '<div id="app"></div>\n',
  'src/main.ts': "import App from './App.svelte'\nnew App({ target: document.body })\n"
})

const reiverrShape: Files = {
  ...viteClient(),
  'backend/package.json': JSON.stringify({
    name: 'backend',
    scripts: { build: 'nest build', 'start:prod': 'node dist/src/main' },
    dependencies: { '@nestjs/core': '^10.0.0', '@nestjs/common': '^10.0.0' }
  }),
  'backend/package-lock.json': '{"lockfileVersion": 3}',
  'backend/src/main.ts':
    "import { NestFactory } from '@nestjs/core'\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  await app.listen(9494)\n}\nbootstrap()\n",
  Dockerfile: [
    'FROM node:18-alpine as pre-production',
    'WORKDIR /usr/src/app',
    'COPY package.json .',
    'COPY package-lock.json .',
    'COPY backend/package.json ./backend/package.json',
    'RUN npm i && npm ci --prefix backend',
    'COPY . .',
    'RUN npm run build',
    '',
    'FROM node:18-alpine as production',
    'WORKDIR /usr/src/app',
    'COPY --from=pre-production /usr/src/app/backend/dist ./dist',
    'COPY --from=pre-production /usr/src/app/backend/node_modules ./node_modules',
    'COPY backend/package.json .',
    'COPY backend/package-lock.json .',
    'CMD [ "npm", "run", "start:prod" ]',
    ''
  ].join('\n')
}

describe('a root app whose final stage installs one member manifest ships that member', () => {
  test('reiverr shape: COPY backend/package.json . in the production stage → backend is the primary', () => {
    const r = report(reiverrShape)
    expect(r.primary).toBe('backend')
    const app = appAt(reiverrShape, 'backend')
    expect(app.framework.value).toBe('nestjs')
    expect(app.port.value).toBe(9494)
    expect(app.packageManager.value).toBe('npm')
    expect(app.startCommand.value).toBe('npm run start:prod')
    expect(finalStageMemberManifest(reiverrShape.Dockerfile!, ['backend'])).toEqual({
      dir: 'backend',
      line: 14,
      text: 'COPY backend/package.json .'
    })
  })

  test('a manifest glob into the WORKDIR beside a build output from the build stage → server is the primary', () => {
    const files: Files = {
      ...viteClient(),
      'server/package.json': JSON.stringify({
        name: 'server',
        scripts: { start: 'node dist/index.js' },
        dependencies: { fastify: '^4.26.0' }
      }),
      'server/package-lock.json': '{"lockfileVersion": 3}',
      'server/src/index.ts':
        "import Fastify from 'fastify'\nconst app = Fastify()\napp.get('/healthz', async () => ({ ok: true }))\napp.listen({ port: 8080, host: '0.0.0.0' })\n",
      Dockerfile: [
        'FROM node:20 AS build',
        'WORKDIR /src',
        'COPY package*.json ./',
        'RUN npm ci',
        'COPY . .',
        'RUN npm run build && npm ci --prefix server && npm run build --prefix server',
        'FROM node:20-slim',
        'WORKDIR /app',
        'COPY server/package*.json ./',
        'RUN npm ci --omit=dev',
        'COPY --from=build /src/server/dist ./dist',
        'COPY --from=build /src/dist ./public',
        'CMD ["node", "dist/index.js"]',
        ''
      ].join('\n')
    }
    expect(report(files).primary).toBe('server')
    const app = appAt(files, 'server')
    expect(app.framework.value).toBe('fastify')
    expect(app.port.value).toBe(8080)
    expect(app.healthPath.value).toBe('/healthz')
    expect(app.startCommand.value).toBe('node dist/index.js')
    expect(finalStageMemberManifest(files.Dockerfile!, ['server'])).toEqual({
      dir: 'server',
      line: 9,
      text: 'COPY server/package*.json ./'
    })
  })

  test("negative: a final stage that installs the root's own manifest ships the root", () => {
    const files: Files = {
      ...viteClient({ start: 'node index.js' }),
      'package.json': JSON.stringify({
        name: 'app',
        scripts: { start: 'node index.js', build: 'vite build' },
        dependencies: { express: '^4.19.0' },
        devDependencies: { vite: '^5.0.0' }
      }),
      'index.js': "const express = require('express')\nconst app = express()\napp.listen(3333)\n",
      'client/package.json': JSON.stringify({
        name: 'client',
        scripts: { build: 'nuxt build' },
        dependencies: { nuxt: '^3.0.0' }
      }),
      Dockerfile: [
        'FROM node:20 AS client',
        'WORKDIR /client',
        'COPY client/package.json ./package.json',
        'RUN npm i && npm run build',
        'FROM node:20',
        'WORKDIR /server',
        'COPY --from=client /client/dist ./client/dist',
        'COPY index.js package* /server/',
        'RUN npm ci --only=production',
        'CMD ["node", "index.js"]',
        ''
      ].join('\n')
    }
    expect(finalStageMemberManifest(files.Dockerfile!, ['client'])).toBeNull()
    expect(report(files).primary).toBe('.')
  })

  test("negative: two members' manifests in the final stage name no single member", () => {
    const text = [
      'FROM node:20',
      'WORKDIR /app',
      'COPY api/package.json .',
      'COPY worker/package.json .',
      'CMD ["node", "index.js"]'
    ].join('\n')
    expect(finalStageMemberManifest(text, ['api', 'worker'])).toBeNull()
    // A manifest copied elsewhere than the working folder installs nothing there.
    expect(
      finalStageMemberManifest('FROM node:20\nWORKDIR /app\nCOPY api/package.json /tmp/\n', ['api'])
    ).toBeNull()
  })
})
