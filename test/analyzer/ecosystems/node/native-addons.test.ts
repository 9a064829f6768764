// Native addons that compile with node-gyp when no prebuilt binary matches: the install stages of the
// generated image get python3, make and g++; the runtime stage never does.
import { resolve } from 'node:path'
import { sourceBuiltAddons } from '../../../../src/analyzer/ecosystems/node/native-addons.js'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { analyzeRepository } from '../../../../src/pipeline/config-analyze.js'

const fixture = (name: string) => resolve(process.cwd(), 'test/fixtures/apps', name)

function analyzed(name: string): { addons: unknown; dockerfile: string } {
  const app = primaryApp(analyzeRepository(fixture(name)).report)
  if (!app) throw new Error(`no app in ${name}`)
  return { addons: app.hints.nativeAddons, dockerfile: renderAppArtifacts(app).dockerfile ?? '' }
}

/** The lines of one stage, from its FROM to the next. */
function stage(dockerfile: string, name: string): string {
  const start = dockerfile.search(new RegExp(`^FROM .* AS ${name}$`, 'm'))
  if (start < 0) return ''
  const next = dockerfile.slice(start + 1).search(/^FROM /m)
  return next < 0 ? dockerfile.slice(start) : dockerfile.slice(start, start + 1 + next)
}

describe('addons named by the lockfile', () => {
  const addons = (text: string) => sourceBuiltAddons(null, text)

  it.each([
    [
      'npm 7+ packages',
      '{"packages": {"node_modules/better-sqlite3": {"version": "11.8.1"}}}',
      ['better-sqlite3']
    ],
    ['npm nested install', '{"packages": {"node_modules/x/node_modules/bcrypt": {}}}', ['bcrypt']],
    ['npm 6 dependencies', '{"dependencies": {"lodepng": {"version": "2.3.0"}}}', ['lodepng']],
    ['yarn classic', 'bcrypt@^5.1.1:\n  version "5.1.1"\n', ['bcrypt']],
    ['yarn berry', '"argon2@npm:^0.41.1":\n  version: 0.41.1\n', ['argon2']],
    ['pnpm 6 key', 'packages:\n\n  /sqlite3@5.1.7:\n    resolution: {}\n', ['sqlite3']],
    ['pnpm 9 key', 'packages:\n\n  node-pty@1.0.0:\n    resolution: {}\n', ['node-pty']],
    ['pnpm snapshot reference', '  knex@3.1.0(better-sqlite3@11.8.1):\n', ['better-sqlite3']],
    ['bun.lock', '"canvas": ["canvas@2.11.2", "", {}, "sha512-"],', ['canvas']],
    // One pass over the lockfile for every name: names that start at one place or inside another, a
    // mention that does not resolve before one that does, several names in one file.
    [
      'a scoped name holding another, both installed',
      'packages:\n  /@vscode/sqlite3@5.1.8:\n  /sqlite3@5.1.7:\n',
      ['@vscode/sqlite3', 'sqlite3']
    ],
    [
      'a mention before the entry',
      'packages:\n  knex@3.1.0:\n    peerDependenciesMeta:\n      sqlite3:\n  sqlite3@5.1.7:\n',
      ['sqlite3']
    ],
    [
      'names sharing a start',
      '"libxmljs2@0.33.0":\n"libxmljs@1.0.11":\n"better-sqlite3@11.0.0":\n"bcrypt@5.1.1":\n',
      ['bcrypt', 'better-sqlite3', 'libxmljs', 'libxmljs2']
    ]
  ])('%s', (_label, text, expected) => {
    expect(addons(text)).toEqual(expected)
  })

  it.each([
    [
      'optional peers npm 7+ lists beside its packages (knex)',
      '{"packages": {"node_modules/knex": {"peerDependenciesMeta": {"sqlite3": {"optional": true}, "better-sqlite3": {"optional": true}}}}}'
    ],
    [
      'pnpm peer metadata',
      'packages:\n  knex@3.1.0:\n    peerDependenciesMeta:\n      sqlite3:\n        optional: true\n'
    ],
    ['a scoped package of the same name', 'packages:\n\n  /@vscode/sqlite3@5.1.8:\n    resolution: {}\n'],
    ['a longer name that ends with it', 'better-bcrypt@1.0.0:\n  version "1.0.0"\n'],
    ['bun optional peers', '"knex": ["knex@3.1.0", "", { "optionalPeers": ["sqlite3"] }, "sha512-"],'],
    [
      'prebuilt-only natives (sharp 0.33, bufferutil)',
      '{"packages": {"node_modules/sharp": {}, "node_modules/bufferutil": {}}}'
    ]
  ])('not for %s', (_label, text) => {
    expect(addons(text)).not.toContain('sqlite3')
    expect(addons(text)).not.toContain('better-sqlite3')
    expect(addons(text)).not.toContain('bcrypt')
    expect(addons(text)).toEqual(expect.not.arrayContaining(['sharp', 'bufferutil']))
  })
})

describe('generated images with native addons', () => {
  it('an unbuilt npm app installs on the toolchain stage and runs on the bare base (better-sqlite3)', () => {
    const { addons, dockerfile } = analyzed('node-express-better-sqlite3')
    expect(addons).toEqual(['better-sqlite3'])
    expect(stage(dockerfile, 'toolchain')).toContain(
      'apt-get install -y --no-install-recommends python3 make g++'
    )
    expect(dockerfile).toContain('FROM toolchain AS deps')
    expect(stage(dockerfile, 'runtime')).toMatch(/^FROM base AS runtime$/m)
    expect(stage(dockerfile, 'runtime')).not.toContain('apt-get')
  })

  it('a built pnpm app builds on the toolchain stage (bcrypt, argon2)', () => {
    const { addons, dockerfile } = analyzed('node-typescript-bcrypt-argon2')
    expect(addons).toEqual(['argon2', 'bcrypt'])
    expect(dockerfile).toContain('# argon2, bcrypt compile with node-gyp')
    expect(dockerfile).toContain('FROM toolchain AS build')
    expect(stage(dockerfile, 'runtime')).toMatch(/^FROM base AS runtime$/m)
  })

  it('a static build gets the compiler in its build stage (node-sass, a devDependency)', () => {
    const { addons, dockerfile } = analyzed('node-cra-node-sass')
    expect(addons).toEqual(['node-sass'])
    const build = stage(dockerfile, 'build')
    expect(build.indexOf('python3 make g++')).toBeGreaterThan(-1)
    expect(build.indexOf('python3 make g++')).toBeLessThan(build.indexOf('yarn install'))
    expect(stage(dockerfile, 'runtime')).not.toContain('g++')
  })

  it('addons that ship their binaries (sharp 0.33, bufferutil) add no toolchain', () => {
    const { addons, dockerfile } = analyzed('node-express-sharp-bufferutil')
    expect(addons).toBeUndefined()
    expect(dockerfile).not.toContain('toolchain')
    expect(dockerfile).toContain('FROM base AS deps')
  })
})
