// A root Dockerfile of a workspace that builds one member in a stage, copies its build output into the final
// stage and runs it by a path relative to the WORKDIR (`bun run apps/api/dist/index.js`): that member ships,
// although the file is a build output the repository does not hold and the workspace root (turbo scripts)
// counts as an app (holdout40 databuddy: apps/api among a Next.js dashboard and two more members).
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { memberRunByBuiltPath } from '../../../src/analyzer/signals/image-run-built-file.js'

function primary(files: Record<string, string>) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    runtimeVersion: app.runtimeVersion.value,
    startCommand: app.startCommand.value,
    port: app.port.value
  }
}

const workspaceRoot = (pm: string): string =>
  JSON.stringify({
    name: 'suite',
    private: true,
    scripts: { build: 'turbo run build', start: 'turbo run start' },
    devDependencies: { turbo: '^2' },
    packageManager: pm,
    workspaces: ['apps/*', 'packages/*']
  })

const nextDashboard = {
  'apps/dashboard/package.json': JSON.stringify({
    name: '@suite/dashboard',
    scripts: { build: 'next build', start: 'next start -p 3000' },
    dependencies: { next: '^15', react: '^19', 'react-dom': '^19' }
  }),
  'apps/dashboard/next.config.ts': 'export default { output: "standalone" }\n'
}

describe('a root image that runs a member build output by a path relative to its WORKDIR', () => {
  it('bun workspace: bun run apps/api/dist/index.js ships the Elysia member apps/api', () => {
    const files = {
      'package.json': workspaceRoot('bun@1.2.19'),
      'bun.lock': '{}\n',
      ...nextDashboard,
      'apps/api/package.json': JSON.stringify({
        name: '@suite/api',
        scripts: { build: 'bun build src/index.ts --outdir dist --target bun' },
        dependencies: { elysia: '^1.3' }
      }),
      'apps/api/src/index.ts':
        "import { Elysia } from 'elysia'\nconst app = new Elysia().get('/health', () => 'ok')\napp.listen(process.env.PORT ?? 3000)\n",
      Dockerfile: [
        'FROM oven/bun:1-slim AS base',
        'WORKDIR /app',
        'FROM base AS builder',
        'COPY package.json bun.lock ./',
        'COPY apps/ ./apps',
        'RUN bun install',
        'WORKDIR /app/apps/api',
        'RUN bun run build',
        'FROM base AS production',
        'WORKDIR /app',
        'COPY --from=builder /app/package.json /app/bun.lock ./',
        'RUN bun install --production',
        'COPY --from=builder /app/apps/api/dist ./apps/api/dist',
        'EXPOSE 3000',
        'CMD ["bun", "run", "apps/api/dist/index.js"]',
        ''
      ].join('\n')
    }
    const got = primary(files)
    expect(got.appDir).toBe('apps/api')
    expect(got.framework).toBe('elysia')
    expect(got.packageManager).toBe('bun')
    // The major-only image tag takes the version the workspace root's packageManager pins.
    expect(got.runtimeVersion).toBe('1.2.19')
    expect(got.startCommand).toBe('bun run apps/api/dist/index.js')
    expect(got.port).toBe(3000)
    expect(
      memberRunByBuiltPath(treeFromFiles(files), 'Dockerfile', ['.', 'apps/api', 'apps/dashboard'])
    ).toEqual({
      dir: 'apps/api',
      file: 'apps/api/dist/index.js',
      line: 15,
      text: 'CMD ["bun", "run", "apps/api/dist/index.js"]'
    })
  })

  it('npm workspace: node packages/server/build/main.js ships the express member packages/server', () => {
    const got = primary({
      'package.json': JSON.stringify({
        name: 'mono',
        private: true,
        scripts: { build: 'npm run build --workspaces' },
        workspaces: ['packages/*']
      }),
      'package-lock.json': '{"lockfileVersion": 3}\n',
      'packages/web/package.json': JSON.stringify({
        name: 'web',
        scripts: { build: 'vite build', dev: 'vite' },
        devDependencies: { vite: '^6' }
      }),
      'packages/web/vite.config.js': 'export default {}\n',
      'packages/web/index.html': '<div id="app"></div>\n',
      'packages/server/package.json': JSON.stringify({
        name: 'server',
        scripts: { build: 'tsc -p .', start: 'node build/main.js' },
        dependencies: { express: '^4' },
        devDependencies: { typescript: '^5' }
      }),
      'packages/server/tsconfig.json': '{"compilerOptions": {"outDir": "build"}}\n',
      'packages/server/src/main.ts':
        "import express from 'express'\nconst app = express()\napp.get('/healthz', (_q, r) => r.send('ok'))\napp.listen(8080)\n",
      Dockerfile: [
        'FROM node:22-slim AS build',
        'WORKDIR /srv',
        'COPY . .',
        'RUN npm ci && npm run build',
        'FROM node:22-slim',
        'WORKDIR /srv',
        'COPY --from=build /srv/node_modules ./node_modules',
        'COPY --from=build /srv/packages/server/build ./packages/server/build',
        'COPY --from=build /srv/packages/web/dist ./public',
        'CMD ["node", "packages/server/build/main.js"]',
        ''
      ].join('\n')
    })
    expect(got.appDir).toBe('packages/server')
    expect(got.framework).toBe('express')
    expect(got.packageManager).toBe('npm')
    expect(got.runtimeVersion).toBe('22')
    expect(got.startCommand).toBe('node packages/server/build/main.js')
    expect(got.port).toBe(8080)
  })

  it("negative: a command running a root file, files of two members, or a script's background job names no member", () => {
    const tree = treeFromFiles({
      Dockerfile: [
        'FROM node:22-slim',
        'WORKDIR /app',
        'COPY . .',
        'CMD ["node", "dist/server.js"]',
        ''
      ].join('\n'),
      'bg.Dockerfile': [
        'FROM node:22-slim',
        'WORKDIR /app',
        'COPY . .',
        'CMD ["sh", "./scripts/start.sh"]',
        ''
      ].join('\n'),
      'scripts/start.sh': '#!/bin/sh\nnode apps/a/dist/main.js &\ncd apps/b && npm run prod\n',
      'two.Dockerfile': [
        'FROM node:22-slim',
        'WORKDIR /app',
        'COPY . .',
        'CMD ["node", "apps/a/dist/main.js", "apps/b/dist/main.js"]',
        ''
      ].join('\n')
    })
    expect(memberRunByBuiltPath(tree, 'Dockerfile', ['.', 'apps/a', 'apps/b'])).toBeNull()
    // A command read out of a script that runs one member in the background names none either.
    expect(memberRunByBuiltPath(tree, 'bg.Dockerfile', ['.', 'apps/a', 'apps/b'])).toBeNull()
    expect(memberRunByBuiltPath(tree, 'two.Dockerfile', ['.', 'apps/a', 'apps/b'])).toBeNull()
  })
})
