// A build script that migrates a database cannot run in an image build (no database there): the generated
// image builds with the sibling script that builds without migrating, as the repository's own image does
// (cusdis: `build` runs `prisma migrate deploy` through db:deploy, its Dockerfile `build:without-migrate`).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { buildMigration } from '../../../../src/analyzer/ecosystems/node/build-migrations.js'
import type { PackageJson } from '../../../../src/analyzer/ecosystems/node/manifest.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

/** cusdis' shape: pnpm v6 lockfile, Next.js, Prisma; the migration two scripts down, env set on the steps. */
const PRISMA_NEXT = {
  'package.json': JSON.stringify({
    name: 'comments',
    scripts: {
      build:
        'DB_TYPE=pgsql npm run db:generate && DB_TYPE=pgsql npm run db:deploy && next build && npm run build:widget',
      'build:without-migrate': 'npm run db:generate && next build && npm run build:widget',
      'build:widget': 'vite build --config scripts/vite.widget.config.js',
      'db:deploy': 'prisma migrate deploy --schema ./prisma/$DB_TYPE/schema.prisma',
      'db:generate': 'prisma generate --schema ./prisma/$DB_TYPE/schema.prisma',
      start: 'next start -p 3000',
      'start:with-migrate': 'npm run db:generate && npm run db:deploy && next start -p 3000'
    },
    dependencies: { next: '^14.2.0', '@prisma/client': '^5.0.0', react: '^18.0.0' },
    devDependencies: { prisma: '^5.0.0', vite: '^5.0.0' }
  }),
  'pnpm-lock.yaml': "lockfileVersion: '6.0'\n",
  'pages/index.tsx': 'export default function Home() { return null }'
}

/** An Express API compiled by tsc whose build then runs knex migrations; `build:docker` only compiles. */
const KNEX_API = {
  'package.json': JSON.stringify({
    name: 'api',
    main: 'dist/index.js',
    scripts: {
      build: 'tsc -p tsconfig.build.json && knex migrate:latest',
      'build:docker': 'tsc -p tsconfig.build.json',
      start: 'node dist/index.js'
    },
    dependencies: { express: '^4.21.0', knex: '^3.1.0', pg: '^8.11.0' },
    devDependencies: { typescript: '^5.6.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'src/index.ts': "import express from 'express'\nexpress().listen(process.env.PORT ?? 8080)"
}

/** The build migrates and no sibling builds without: the build stays, with a warning. */
const NO_SIBLING = {
  'package.json': JSON.stringify({
    name: 'api',
    scripts: { build: 'prisma migrate deploy && tsc', start: 'node dist/index.js' },
    dependencies: { express: '^4.21.0', '@prisma/client': '^5.0.0' },
    devDependencies: { prisma: '^5.0.0', typescript: '^5.6.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'src/index.ts': "import express from 'express'\nexpress().listen(process.env.PORT ?? 8080)"
}

/** The migration only at start (`start:with-migrate`), and `prisma generate` in the build: nothing to change. */
const MIGRATES_AT_START = {
  'package.json': JSON.stringify({
    name: 'api',
    scripts: {
      build: 'prisma generate && tsc',
      'build:clean': 'rm -rf dist && npm run build',
      start: 'node dist/index.js',
      'start:with-migrate': 'prisma migrate deploy && node dist/index.js'
    },
    dependencies: { express: '^4.21.0', '@prisma/client': '^5.0.0' },
    devDependencies: { prisma: '^5.0.0', typescript: '^5.6.0' }
  }),
  'package-lock.json': '{"lockfileVersion": 3}',
  'src/index.ts': "import express from 'express'\nexpress().listen(process.env.PORT ?? 8080)"
}

function render(files: Record<string, string>) {
  const app = primaryApp(analyze(treeFromFiles(files)))!
  const art = renderAppArtifacts(app)
  return {
    hint: (app.hints as Record<string, unknown>).buildMigration,
    build: app.buildCommand.value,
    dockerfile: art.dockerfile ?? '',
    warning: art.warnings.find(w => w.code === 'BUILD_RUNS_MIGRATION')?.message
  }
}

const pkgOf = (files: Record<string, string>): PackageJson =>
  ({
    scripts: (JSON.parse(files['package.json']!) as { scripts: Record<string, string> }).scripts
  }) as PackageJson

describe('buildMigration', () => {
  it('cusdis’ shape: the migration through a called script, the sibling, and the variable the build sets', () => {
    expect(buildMigration(pkgOf(PRISMA_NEXT))).toEqual({
      migration: 'prisma migrate deploy',
      via: ['build', 'db:deploy'],
      sibling: 'build:without-migrate',
      env: ['DB_TYPE=pgsql']
    })
  })

  it('the migration in the build itself, the sibling holding the build’s own command', () => {
    expect(buildMigration(pkgOf(KNEX_API))).toEqual({
      migration: 'knex migrate:latest',
      via: ['build'],
      sibling: 'build:docker',
      env: []
    })
  })

  it('no sibling, and no migration in the build', () => {
    expect(buildMigration(pkgOf(NO_SIBLING))).toEqual({
      migration: 'prisma migrate deploy',
      via: ['build'],
      sibling: null,
      env: []
    })
    expect(buildMigration(pkgOf(MIGRATES_AT_START))).toBeNull()
  })
})

describe('the generated build stage never migrates', () => {
  it('cusdis’ shape builds with the sibling and DB_TYPE=pgsql; the report’s build command is unchanged', () => {
    const r = render(PRISMA_NEXT)
    expect(r.hint).toEqual([
      'prisma migrate deploy',
      'build → db:deploy',
      'build:without-migrate',
      'DB_TYPE=pgsql'
    ])
    expect(r.build).toBe('pnpm run build')
    expect(r.dockerfile).toMatch(/^RUN .*DB_TYPE=pgsql pnpm run build:without-migrate$/m)
    expect(r.dockerfile).not.toMatch(/pnpm run build$/m)
    expect(r.warning).toBe(
      'The build script runs prisma migrate deploy (build → db:deploy), which needs the database at image ' +
        'build time: the image builds with build:without-migrate (and DB_TYPE=pgsql, as the build sets), which ' +
        'does the same without it. Run the migration when you deploy (a release step, or before the start command).'
    )
  })

  it('the knex API builds with build:docker', () => {
    const r = render(KNEX_API)
    expect(r.hint).toEqual(['knex migrate:latest', 'build', 'build:docker', '-'])
    expect(r.dockerfile).toMatch(/^RUN npm run build:docker$/m)
    expect(r.warning).toContain('the image builds with build:docker, which does the same without it')
  })

  it('negative: no sibling keeps the build and warns that it needs the database', () => {
    const r = render(NO_SIBLING)
    expect(r.hint).toEqual(['prisma migrate deploy', 'build', '-', '-'])
    expect(r.dockerfile).toMatch(/^RUN npm run build$/m)
    expect(r.warning).toContain(
      'so the image build fails without one. Move the migration out of the build script'
    )
  })

  it('negative: a migration only at start changes nothing', () => {
    const r = render(MIGRATES_AT_START)
    expect(r.hint).toBeUndefined()
    expect(r.dockerfile).toMatch(/^RUN npm run build$/m)
    expect(r.warning).toBeUndefined()
  })
})
