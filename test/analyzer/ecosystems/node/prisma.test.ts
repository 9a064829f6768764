// `prisma generate` in the build stage when the app uses @prisma/client and no project script generates
// the client: npm 11 skips @prisma/client's postinstall unless allowScripts approves it, and the image then
// stops with "@prisma/client did not initialize yet".
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { renderAppArtifacts } from '../../../../src/analyzer/render/index.js'
import { primaryApp } from '../../../../src/analyzer/summary.js'
import { analyzeRepository } from '../../../../src/pipeline/config-analyze.js'

interface Pkg {
  scripts: Record<string, string>
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

const FIXTURE = resolve(process.cwd(), 'test/fixtures/apps/node-prisma-client-generate')

function render(dir: string): { schema: unknown; dockerfile: string } {
  const app = primaryApp(analyzeRepository(dir).report)
  if (!app) throw new Error(`no app in ${dir}`)
  return { schema: app.hints.prismaSchema, dockerfile: renderAppArtifacts(app).dockerfile ?? '' }
}

/** The fixture with its package.json changed by `edit`. */
function variant(edit: (pkg: Pkg) => void): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dl-prisma-'))
  cpSync(FIXTURE, dir, { recursive: true })
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Pkg
  edit(pkg)
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg))
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) }
}

describe('prisma generate', () => {
  it('the schema package.json#prisma names is generated after the install, before the build', () => {
    const { schema, dockerfile } = render(FIXTURE)
    expect(schema).toBe('src/prisma/schema.prisma')
    const generate = dockerfile.indexOf(
      'RUN npx --no-install prisma generate --schema src/prisma/schema.prisma'
    )
    expect(generate).toBeGreaterThan(dockerfile.indexOf('npm ci --no-audit'))
    expect(generate).toBeLessThan(dockerfile.indexOf('RUN npm run build'))
  })

  it.each([
    ['a postinstall script already runs it', (pkg: Pkg) => (pkg.scripts.postinstall = 'prisma generate')],
    ['the build script already runs it', (pkg: Pkg) => (pkg.scripts.build = 'prisma generate && tsc -p .')],
    ['no prisma CLI among the dependencies', (pkg: Pkg) => delete pkg.devDependencies.prisma],
    [
      '@prisma/client only a devDependency',
      (pkg: Pkg) => {
        delete pkg.dependencies['@prisma/client']
        pkg.devDependencies['@prisma/client'] = '^4.16.1'
      }
    ]
  ])('%s: no extra step', (_label, edit) => {
    const { dir, done } = variant(edit)
    try {
      const { schema, dockerfile } = render(dir)
      expect(schema).toBeUndefined()
      expect(dockerfile).not.toContain('npx --no-install prisma generate')
    } finally {
      done()
    }
  })
})

// Prisma's query engine loads libssl, which node's bookworm-slim images lack (real-node-images 07e, img9:
// remix-saas and wewe-rss logged `Prisma failed to detect the libssl/openssl version`). The base stage, which
// the runtime stage starts from, installs openssl whenever @prisma/client is a runtime dependency.
describe('prisma engines need libssl', () => {
  const OPENSSL = 'apt-get install -y --no-install-recommends openssl'
  const baseStage = (dockerfile: string) =>
    dockerfile.slice(
      dockerfile.indexOf(' AS base'),
      dockerfile.indexOf('\nFROM ', dockerfile.indexOf(' AS base'))
    )

  it('the base stage installs openssl for an app whose build stage generates the client', () => {
    const { dockerfile } = render(FIXTURE)
    expect(baseStage(dockerfile)).toContain(OPENSSL)
    expect(dockerfile).toContain('FROM base AS runtime')
  })

  it('and for an app whose own postinstall generates it', () => {
    const { dir, done } = variant(pkg => (pkg.scripts.postinstall = 'prisma generate'))
    try {
      expect(baseStage(render(dir).dockerfile)).toContain(OPENSSL)
    } finally {
      done()
    }
  })

  it('negative: @prisma/client only a devDependency', () => {
    const { dir, done } = variant(pkg => {
      delete pkg.dependencies['@prisma/client']
      pkg.devDependencies['@prisma/client'] = '^4.16.1'
    })
    try {
      expect(render(dir).dockerfile).not.toContain(OPENSSL)
    } finally {
      done()
    }
  })
})
