// The Node version CI sets up (actions/setup-node `node-version`) when the project pins none (holdout19
// adocasts: a Cleavr deploy workflow builds on node-version '20', no engines, no .nvmrc); a hosting platform's
// CLI building on the runner counts as the build (holdout27 crab.fit frontend: `vercel build --prod` on 18).
import { primaryApp } from '../../../support/analyzed-app.js'

function runtime(files: Record<string, string>) {
  return primaryApp(files).runtimeVersion.value
}

const app = (extra: Record<string, unknown> = {}) => ({
  'package.json': JSON.stringify({
    name: 'site',
    scripts: { build: 'node ace build', start: 'node bin/server.js' },
    dependencies: { '@adonisjs/core': '^6.12.0' },
    ...extra
  }),
  'package-lock.json': '{"lockfileVersion": 3, "packages": {}}\n',
  'adonisrc.ts': "import { defineConfig } from '@adonisjs/core/app'\nexport default defineConfig({})\n",
  'bin/server.ts':
    "import { Ignitor } from '@adonisjs/core'\nnew Ignitor(new URL('../', import.meta.url)).httpServer().start()\n"
})

const workflow = (setup: string) =>
  `name: Deploy\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n${setup}\n      - run: npm ci\n      - run: npm run build\n`

describe('Node version from the CI workflow', () => {
  test('a deploy workflow on node-version 20', () => {
    expect(
      runtime({ ...app(), '.github/workflows/deploy.yml': workflow("          node-version: '20'") })
    ).toBe('20')
  })

  test('two workflows agreeing on 22 (22.x, 22.11.0)', () => {
    expect(
      runtime({
        ...app(),
        '.github/workflows/ci.yml': workflow('          node-version: 22.x'),
        '.github/workflows/release.yaml': workflow('          node-version: "22.11.0" # LTS')
      })
    ).toBe('22')
  })

  test('negative: a matrix of versions, or workflows that disagree, say nothing', () => {
    expect(
      runtime({
        ...app(),
        '.github/workflows/ci.yml': workflow('          node-version: ${{ matrix.node }}').replace(
          '    runs-on: ubuntu-latest\n',
          '    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        node: [18, 20, 22]\n'
        )
      })
    ).toBeNull()
    expect(
      runtime({
        ...app(),
        '.github/workflows/ci.yml': workflow('          node-version: 18'),
        '.github/workflows/deploy.yml': workflow('          node-version: 20')
      })
    ).toBeNull()
  })

  test('negative: an LTS alias follows the release line, it pins nothing', () => {
    expect(
      runtime({ ...app(), '.github/workflows/ci.yml': workflow('          node-version: lts/-1') })
    ).toBeNull()
    expect(
      runtime({ ...app(), '.github/workflows/ci.yml': workflow('          node-version: lts/*') })
    ).toBeNull()
  })

  test('negative: a lint-only workflow says nothing about production', () => {
    expect(
      runtime({
        ...app(),
        '.github/workflows/lint.yml': workflow("          node-version: '22'").replace(
          '      - run: npm run build\n',
          '      - run: npm run lint\n      - run: npm run typecheck\n'
        )
      })
    ).toBeNull()
  })

  test('negative: engines still decide when the project pins a range', () => {
    expect(
      runtime({
        ...app({ engines: { node: '>=24' } }),
        '.github/workflows/deploy.yml': workflow("          node-version: '20'")
      })
    ).toBe('24')
  })

  describe("a hosting platform's CLI building on the runner", () => {
    const next = {
      'frontend/package.json': JSON.stringify({
        name: 'front',
        scripts: { dev: 'next dev --port 1234', build: 'next build', start: 'next start' },
        dependencies: { next: '^13.4.6', react: '^18', 'react-dom': '^18' }
      }),
      'frontend/yarn.lock': '# yarn lockfile v1\n',
      'frontend/next.config.js': 'module.exports = {}\n'
    }
    const deploy = (node: string, steps: string[]) =>
      [
        'name: Deploy Frontend',
        'on:',
        '  push:',
        '    branches: [main]',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    defaults:',
        '      run:',
        '        working-directory: frontend',
        '    steps:',
        '      - uses: actions/checkout@v3',
        '      - uses: actions/setup-node@v3',
        '        with:',
        `          node-version: ${node}`,
        '          cache: yarn',
        '      - run: npm install --global vercel@latest',
        ...steps.map(s => `      - run: ${s}`),
        ''
      ].join('\n')
    const fields = (files: Record<string, string>) => {
      const app = primaryApp(files, 'frontend')
      return {
        framework: app.framework.value,
        packageManager: app.packageManager.value,
        runtimeVersion: app.runtimeVersion.value,
        runtimeEvidence: app.runtimeVersion.evidence.map(e => `${e.file}:${e.line}`)
      }
    }

    test('vercel build --prod then vercel deploy --prebuilt: the set-up Node is the build runtime', () => {
      expect(
        fields({
          ...next,
          '.github/workflows/deploy_frontend.yml': deploy('18', [
            'vercel pull --yes --environment=production',
            'vercel build --prod',
            'vercel deploy --prebuilt --prod'
          ])
        })
      ).toEqual({
        framework: 'nextjs',
        packageManager: 'yarn',
        runtimeVersion: '18',
        runtimeEvidence: ['.github/workflows/deploy_frontend.yml:15']
      })
    })

    test('netlify build then netlify deploy', () => {
      expect(
        fields({
          ...next,
          '.github/workflows/netlify.yml': deploy("'20.x'", [
            'npx netlify build',
            'npx netlify deploy --prod'
          ])
        })
      ).toEqual({
        framework: 'nextjs',
        packageManager: 'yarn',
        runtimeVersion: '20',
        runtimeEvidence: ['.github/workflows/netlify.yml:15']
      })
    })

    test('negative: a bare vercel deploy builds on the platform, not on the runner', () => {
      expect(
        fields({ ...next, '.github/workflows/deploy.yml': deploy('18', ['vercel deploy --prod']) })
      ).toEqual({ framework: 'nextjs', packageManager: 'yarn', runtimeVersion: null, runtimeEvidence: [] })
    })
  })
})
