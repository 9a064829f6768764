// A workspace root's Dockerfile running a member's compiled TypeScript (`node src/main.js`) from the folder the
// member's tsconfig writes to outside itself (`"outDir": "../dist"`), copied from the build stage into the last
// stage's WORKDIR: the member's image (holdout33 traduora).
import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyzer/analyze.js'
import { runsCompiledMemberEntry } from '../../../src/analyzer/signals/compiled-member-entry.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const pkg = (name: string, extra: Record<string, unknown> = {}): string => JSON.stringify({ name, ...extra })
const tsconfig = (outDir: string): string =>
  JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'es2022', outDir }, include: ['src/**/*'] })

/** A translation platform: NestJS api/ and Angular webapp/ (both with src/main.ts), built by bin/build.sh. */
const translate = (apiOutDir: string): Record<string, string> => ({
  'package.json': pkg('translate', { private: true, workspaces: ['api', 'webapp'] }),
  'yarn.lock': '',
  'bin/build.sh': '#!/bin/sh\nset -e\ncd webapp && yarn build:prod\ncd ../api && yarn build:prod\n',
  'api/package.json': pkg('api', {
    scripts: { build: 'tsc', start: 'nodemon' },
    dependencies: {
      '@nestjs/core': '^11.0.0',
      '@nestjs/common': '^11.0.0',
      '@nestjs/platform-express': '^11.0.0'
    }
  }),
  'api/tsconfig.json': tsconfig(apiOutDir),
  'api/src/main.ts':
    "import { NestFactory } from '@nestjs/core'\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n  await app.listen(process.env.PORT || 3000)\n}\nbootstrap()\n",
  'webapp/package.json': pkg('webapp', {
    scripts: { build: 'ng build' },
    dependencies: { '@angular/core': '^19.0.0' },
    devDependencies: { '@angular/cli': '^19.0.0' }
  }),
  'webapp/angular.json': '{}',
  'webapp/tsconfig.json': tsconfig('./dist/out-tsc'),
  'webapp/src/main.ts': "import { bootstrapApplication } from '@angular/platform-browser'\n",
  'docker-entrypoint.sh': '#!/bin/sh\nset -e\nexport SECRET_FILE_LOADED=1\nexec node src/main.js\n',
  Dockerfile:
    'FROM node:20.19.0-alpine AS builder\nCOPY docker-entrypoint.sh /\nWORKDIR /opt/translate\nCOPY bin bin\nCOPY api api\nCOPY webapp webapp\n' +
    'RUN bin/build.sh\n\nFROM node:20.19.0-alpine\nWORKDIR /opt/translate\nCOPY --from=builder /docker-entrypoint.sh ./\n' +
    'COPY --from=builder /opt/translate/dist/ /opt/translate/\nEXPOSE 8080\nENTRYPOINT ["./docker-entrypoint.sh"]\n'
})

/** A mail relay: an express member server/ compiled to ../build/server, run directly by CMD. */
const relay: Record<string, string> = {
  'package.json': pkg('relay', { private: true, workspaces: ['server', 'admin'] }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'server/package.json': pkg('server', { scripts: { build: 'tsc' }, dependencies: { express: '^4.21.0' } }),
  'server/tsconfig.json': JSON.stringify({ compilerOptions: { outDir: '../build/server', rootDir: 'src' } }),
  'server/src/index.ts':
    "import express from 'express'\nconst app = express()\napp.listen(Number(process.env.PORT) || 4100)\n",
  'admin/package.json': pkg('admin', {
    scripts: { build: 'vite build' },
    dependencies: { vite: '^6.0.0', react: '^19.0.0' }
  }),
  'admin/index.html': '<div id="root"></div>\n',
  'admin/src/index.ts': "import React from 'react'\n",
  Dockerfile:
    'FROM node:22-slim AS build\nWORKDIR /src\nCOPY package.json package-lock.json ./\nCOPY server/ ./server/\nCOPY admin/ ./admin/\n' +
    'RUN npm ci && npm run build --workspaces\n\nFROM node:22-slim\nWORKDIR /srv\nCOPY --from=build /src/build/server ./server\n' +
    'EXPOSE 4100\nCMD ["node", "server/index.js"]\n'
}

const fields = (files: Record<string, string>, dir: string) => {
  const app = analyze(treeFromFiles(files)).apps.find(a => a.appDir === dir)!
  return {
    framework: app.framework.value,
    port: app.port.value,
    startCommand: app.startCommand.value,
    runtimeVersion: app.runtimeVersion.value,
    startFile: app.startCommand.evidence[0]?.file
  }
}

describe("a root Dockerfile running a member's compiled entry", () => {
  it('gives the NestJS api the image command and port, not the Angular webapp', () => {
    expect(fields(translate('../dist'), 'api')).toEqual({
      framework: 'nestjs',
      port: 8080,
      startCommand: 'node src/main.js',
      runtimeVersion: '20.19.0',
      startFile: 'Dockerfile'
    })
  })

  it('gives the express server the image command and port (rootDir src)', () => {
    expect(fields(relay, 'server')).toEqual({
      framework: 'express',
      port: 4100,
      startCommand: 'node server/index.js',
      runtimeVersion: '22',
      startFile: 'Dockerfile'
    })
  })

  it('does not claim the image when the member compiles elsewhere (negative)', () => {
    const files = translate('./dist')
    const tree = treeFromFiles(files)
    expect(runsCompiledMemberEntry(tree, '.', 'api', files.Dockerfile!, 'node src/main.js')).toBe(false)
    expect(runsCompiledMemberEntry(tree, '.', 'webapp', files.Dockerfile!, 'node src/main.js')).toBe(false)
    expect(fields(files, 'api').startFile).not.toBe('Dockerfile')
    expect(fields(files, 'api').port).not.toBe(8080)
  })
})
