// Property: whatever the tree holds (invalid manifests, binary data, symlink loops, links out of the tree,
// deep or empty directories), the analysis returns a well-formed report or a clear one-line error — and the
// same tree always gives the same bytes.
import fc from 'fast-check'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AnalyzeError } from '../../src/analyzer/analyze.js'
import type { AnalysisReport } from '../../src/analyzer/report.js'
import { isValidFargatePair } from '../../src/analyzer/signals/resources.js'
import { analyzeRepository } from '../../src/pipeline/config-analyze.js'
import { ConfigError } from '../../src/pipeline/config.js'

const NAMES = [
  'package.json',
  'deno.json',
  'bun.lock',
  'pnpm-workspace.yaml',
  'tsconfig.json',
  'next.config.js',
  'Dockerfile',
  'Procfile',
  '.env',
  'docker-compose.yml',
  'fly.toml',
  'render.yaml',
  'app.yaml',
  'index.html',
  '.gitignore',
  '.dockerignore',
  '.nvmrc',
  '.tool-versions',
  'requirements.txt',
  'pyproject.toml',
  'go.mod',
  'go.work',
  'Cargo.toml',
  'pom.xml',
  'build.gradle',
  'Gemfile',
  'composer.json',
  'mix.exs',
  'app.csproj',
  'server.js',
  'main.ts',
  'app.py',
  'main.go',
  '.delightful.yaml',
  'x.bin'
]
const DIRS = ['apps', 'web', 'api', 'src', 'packages', 'node_modules', 'test', 'deep', 'a', 'b']

const manifestLike = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map(v => JSON.stringify(v)),
  fc.constantFrom(
    '{"dependencies": {"express": ',
    '{"scripts": {"start": "node server.js"}, "dependencies": {"next": "1"}, "workspaces": ["*", "**", "../.."]}',
    '[tool.poetry\nname = ',
    'packages:\n  - "**"\n  - [',
    'FROM node\nEXPOSE 99999\nCMD ["node"',
    'web: gunicorn -b :notaport app:app',
    'PORT=abc\nPORT=70000',
    'services:\n  web:\n    build: ../../..\n    ports: ["x:y", 8080]',
    'app:\n  port: 3000\n  nope: 1',
    'app.listen(process.env.PORT || 0)\napp.get("/health"',
    '\u0000\u0001binary\u0000'
  ),
  fc.uint8Array({ maxLength: 64 }).map(b => Buffer.from(b))
)

const entry = fc.record({
  dir: fc.array(fc.constantFrom(...DIRS), { maxLength: 22 }),
  name: fc.constantFrom(...NAMES),
  content: manifestLike,
  link: fc.option(fc.constantFrom('..', '.', '/', '/tmp', '../../..', 'missing', 'a'), { freq: 5 })
})

function materialize(
  root: string,
  entries: { dir: string[]; name: string; content: string | Buffer; link: string | null }[]
): void {
  for (const e of entries) {
    const dir = join(root, ...e.dir)
    try {
      mkdirSync(dir, { recursive: true })
      if (e.link !== null) symlinkSync(e.link, join(dir, `link-${e.name}`))
      else writeFileSync(join(dir, e.name), e.content)
    } catch {
      // Collisions (a file where a directory is wanted) are just another shape of tree.
    }
  }
}

function assertWellFormed(report: AnalysisReport): void {
  expect(report.schemaVersion).toBe(2)
  expect(report.contentDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
  for (const app of report.apps) {
    expect(Number.isInteger(app.port.value) && app.port.value >= 1 && app.port.value <= 65535).toBe(true)
    expect(isValidFargatePair(app.resources.value.cpu, app.resources.value.memory)).toBe(true)
    expect(app.name).toMatch(/^[a-z][a-z0-9-]*$/)
    expect(app.framework.value).toMatch(/^[a-z0-9][a-z0-9.-]*$/)
    for (const f of [app.language, app.framework, app.port, app.startCommand, app.healthPath]) {
      expect(f.confidence).toBeGreaterThanOrEqual(0)
      expect(f.confidence).toBeLessThanOrEqual(1)
      for (const e of f.evidence) expect(e.file.startsWith('/')).toBe(false)
    }
  }
  if (report.apps.length > 0) expect(report.apps.some(a => a.appDir === report.primary)).toBe(true)
  // Internal errors survive as warnings for users; in a test they are bugs.
  expect(report.warnings.filter(w => ['APP_ANALYSIS_FAILED', 'PROVIDER_ERROR'].includes(w.code))).toEqual([])
}

test('random trees give a well-formed, deterministic report or a clear error', () => {
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 25 }), entries => {
      const root = mkdtempSync(join(tmpdir(), 'deplight-prop-'))
      try {
        materialize(root, entries)
        let first: string
        try {
          first = JSON.stringify(analyzeRepository(root).report)
        } catch (err) {
          expect(err instanceof ConfigError || err instanceof AnalyzeError).toBe(true)
          expect((err as Error).message).toMatch(/^[^\n]+$/)
          return
        }
        assertWellFormed(JSON.parse(first) as AnalysisReport)
        expect(JSON.stringify(analyzeRepository(root).report)).toBe(first)
        expect(first).not.toContain(root)
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    }),
    { numRuns: 60 }
  )
})
