import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { main } from '../../src/cli/main.js'
import { parseAnalyzeArgs, UsageError } from '../../src/cli/analyze.js'

const fixtures = resolve(import.meta.dirname, '../fixtures/apps')

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: s => (stdout += s) },
    stderr: { write: s => (stderr += s) }
  })
  return { code, stdout, stderr }
}

describe('parseAnalyzeArgs', () => {
  test('reads flags in both forms', () => {
    expect(parseAnalyzeArgs(['repo', '--app-dir=apps/web', '--json'])).toEqual({
      dir: 'repo',
      appDir: 'apps/web',
      format: 'json',
      write: false,
      force: false
    })
    expect(
      parseAnalyzeArgs(['--markdown', '--write', '--force', '--base-image-registry', 'ecr.local/hub'])
    ).toMatchObject({
      dir: '.',
      format: 'markdown',
      write: true,
      force: true,
      baseImageRegistry: 'ecr.local/hub'
    })
  })
  test.each([
    [['--json', '--markdown'], '--json and --markdown are exclusive; pick one'],
    [['--app-dir'], '--app-dir needs a value, e.g. --app-dir apps/web'],
    [['--frobnicate'], "unknown option '--frobnicate' for analyze; see 'deplight --help'"],
    [['a', 'b'], 'analyze takes one directory, got 2: a b'],
    [['--force'], '--force only applies with --write'],
    [['--base-image-registry', 'r.example'], '--base-image-registry only applies with --write or --markdown']
  ])('%j is rejected', (argv, message) => {
    expect(() => parseAnalyzeArgs(argv)).toThrow(new UsageError(message))
  })
})

describe('deplight analyze', () => {
  test('--json prints the primary app as plain fields, every app and the full report', async () => {
    const { code, stdout, stderr } = await cli('analyze', join(fixtures, 'monorepo-turbo-pnpm'), '--json')
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const out = JSON.parse(stdout)
    expect(out).toMatchObject({
      appDir: 'apps/web',
      framework: 'nextjs',
      language: 'typescript',
      packageManager: 'pnpm',
      port: 3000
    })
    expect(out.apps.map((a: { appDir: string }) => a.appDir)).toEqual(['apps/api', 'apps/web'])
    expect(out.report.schemaVersion).toBe(2)
    expect(out.report.apps[0].port).toMatchObject({ value: 4000, overrideKey: 'app.port' })
  })

  test('the human summary is a table with value, confidence and evidence', async () => {
    const { code, stdout } = await cli('analyze', join(fixtures, 'express-basic'))
    expect(code).toBe(0)
    expect(stdout).toMatch(/^field +value +confidence +evidence$/m)
    expect(stdout).toMatch(
      /^port +3000 +high 0\.85 +server\.js:4: const PORT = process\.env\.PORT \|\| 3000$/m
    )
    expect(stdout).toMatch(/^health path +\/health +high 0\.85 +server\.js:6: app\.get\('\/health'/m)
  })

  test('--markdown prints the PR comment the analyze action posts', async () => {
    const { code, stdout } = await cli('analyze', join(fixtures, 'express-basic'), '--markdown')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^<!-- deplight:analysis/)
    expect(stdout).toContain('| Port | <code>3000</code> |')
    expect(stdout).toContain('server.js:4')
    expect(stdout).toContain('container_port')
    expect(stdout).toMatch(/<details>[\s\S]*FROM /)
  })

  test('the same tree gives byte-identical JSON', async () => {
    const a = await cli('analyze', join(fixtures, 'nestjs-app'), '--json')
    const b = await cli('analyze', join(fixtures, 'nestjs-app'), '--json')
    expect(a.stdout).toBe(b.stdout)
    expect(a.stdout).not.toContain(fixtures)
  })

  test.each([
    [
      ['analyze', join(fixtures, 'does-not-exist')],
      /does-not-exist does not exist; pass the path of a repository directory\n$/
    ],
    [['analyze', join(fixtures, 'express-basic', 'server.js')], /server\.js is not a directory/],
    [
      ['analyze', join(fixtures, 'monorepo-turbo-pnpm'), '--app-dir', 'apps/nope'],
      /app dir 'apps\/nope' does not exist or holds no files; available app dirs: apps\/api, apps\/web\n$/
    ],
    [
      ['analyze', join(fixtures, 'monorepo-turbo-pnpm'), '--app-dir', '../x'],
      /app dir '\.\.\/x' leaves the repository/
    ]
  ])('bad input %j exits 2 with one line', async (argv, message) => {
    const { code, stdout, stderr } = await cli(...argv)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  describe('with a temporary repository', () => {
    let dir: string
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'deplight-cli-'))
      cpSync(join(fixtures, 'express-basic'), dir, { recursive: true })
    })
    afterEach(() => rmSync(dir, { recursive: true, force: true }))

    test('a bad .delightful.yaml exits 2 naming file, line and fix', async () => {
      writeFileSync(join(dir, '.delightful.yaml'), 'app:\n  port: 3000\n  helthPath: /up\n')
      const { code, stderr } = await cli('analyze', dir)
      expect(code).toBe(2)
      expect(stderr).toBe(
        "deplight analyze: .delightful.yaml:3: unknown key 'helthPath' in app; remove it or use one of: dir, name, language, framework, port, startCommand, healthPath\n"
      )
    })

    test('--write writes the generated files and never touches an existing Dockerfile', async () => {
      const first = await cli('analyze', dir, '--write')
      expect(first.code).toBe(0)
      expect(first.stderr).toContain('wrote    Dockerfile')
      expect(existsSync(join(dir, 'Dockerfile'))).toBe(true)
      writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nEXPOSE 3000\n')
      const second = await cli('analyze', dir, '--write', '--force')
      expect(second.code).toBe(0)
      expect(second.stderr).toContain('kept     Dockerfile')
      expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe('FROM scratch\nEXPOSE 3000\n')
    })
  })
})

describe('deplight analyze --cache-dir', () => {
  test('a second run is a cache hit with the same --json output; the status goes to stderr', async () => {
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'deplight-cli-cache-')), 'cache')
    try {
      const repo = join(fixtures, 'express-basic')
      const first = await cli('analyze', repo, '--json', '--cache-dir', cacheDir)
      expect(first.code).toBe(0)
      expect(first.stderr).toMatch(/^deplight analyze: cache miss; analysed in .* and stored\n$/)
      const second = await cli('analyze', repo, '--json', `--cache-dir=${cacheDir}`)
      expect(second.code).toBe(0)
      expect(second.stderr).toMatch(/^deplight analyze: cache hit in .* \(the analysis took .*\)\n$/)
      expect(second.stdout).toBe(first.stdout)
      expect(second.stdout).toBe((await cli('analyze', repo, '--json')).stdout)
    } finally {
      rmSync(join(cacheDir, '..'), { recursive: true, force: true })
    }
  })

  test('a file where the cache directory should be is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deplight-cli-cache-'))
    try {
      writeFileSync(join(dir, 'file'), '')
      const out = await cli('analyze', join(fixtures, 'express-basic'), '--cache-dir', join(dir, 'file'))
      expect(out.code).toBe(2)
      expect(out.stderr).toBe(
        `deplight analyze: --cache-dir ${join(dir, 'file')} is a file; pass a directory (it is created if missing)\n`
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
