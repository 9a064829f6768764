// Loading .delightful.yaml from disk: a file that is there but cannot be used fails with the real reason,
// whether it was found by default or named with --config — never silently skipped, never "not found".
// Permission errors need a user the file mode applies to: as root the CLI runs as `nobody` (65534).
import { execFile, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { analyzeRepository } from '../../src/pipeline/config-analyze.js'
import { ConfigError } from '../../src/pipeline/config.js'

const projectRoot = process.cwd()
let root: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dl-config-'))
  chmodSync(root, 0o755)
  writeFileSync(join(root, 'server.js'), "require('http').createServer().listen(3000)\n")
  writeFileSync(join(root, 'package.json'), '{"name":"svc","scripts":{"start":"node server.js"}}\n')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** `deplight analyze` in a child process, as an unprivileged user when the tests run as root. */
async function cliAsUser(...args: string[]): Promise<{ code: number; stderr: string }> {
  const asRoot = process.getuid?.() === 0
  try {
    await promisify(execFile)(
      join(projectRoot, 'node_modules', '.bin', 'tsx'),
      [join(projectRoot, 'src', 'cli', 'index.ts'), 'analyze', ...args],
      { cwd: root, ...(asRoot ? { uid: 65534, gid: 65534 } : {}), env: { ...process.env, HOME: root } }
    )
    return { code: 0, stderr: '' }
  } catch (failure) {
    const { code, stderr } = failure as { code: number; stderr: string }
    return { code, stderr }
  }
}

describe('an unreadable .delightful.yaml', () => {
  beforeEach(() => {
    writeFileSync(join(root, '.delightful.yaml'), 'app:\n  port: 8080\n')
    chmodSync(join(root, '.delightful.yaml'), 0o000)
  })

  test('found by default: the run fails with EACCES instead of dropping the overrides', async () => {
    const { code, stderr } = await cliAsUser(root, '--json')
    expect(code).toBe(2)
    expect(stderr.trim()).toBe(
      'deplight analyze: .delightful.yaml: cannot be read (EACCES: permission denied); make it readable by the user running deplight'
    )
  }, 30_000)

  test('named with --config: EACCES is reported as EACCES, not "not found"', async () => {
    const { code, stderr } = await cliAsUser(root, '--config', join(root, '.delightful.yaml'))
    expect(code).toBe(2)
    expect(stderr).toContain('.delightful.yaml: cannot be read (EACCES: permission denied)')
    expect(stderr).not.toContain('not found')
    expect(stderr.trim().split('\n')).toHaveLength(1)
  }, 30_000)
})

describe('config files that are not plain readable files', () => {
  const failure = (configPath?: string): string => {
    try {
      analyzeRepository(root, { configPath })
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      return (error as Error).message
    }
    throw new Error('expected a ConfigError')
  }

  test('--config naming a missing file still says not found', () => {
    expect(failure(join(root, 'nope.yaml'))).toMatch(/nope\.yaml: config file not found; pass an existing/)
  })

  test('--config naming a directory or a FIFO is refused without reading it', () => {
    mkdirSync(join(root, 'conf'))
    expect(failure(join(root, 'conf'))).toMatch(/conf: is a directory, not a config file/)
    mkfifo(join(root, 'pipe.yaml'))
    expect(failure(join(root, 'pipe.yaml'))).toMatch(/pipe\.yaml: is a FIFO, not a config file/)
  })

  test('a default .delightful.yaml linking out of the repository fails instead of being skipped', () => {
    const outside = mkdtempSync(join(tmpdir(), 'dl-config-outside-'))
    try {
      writeFileSync(join(outside, 'x.yaml'), 'app:\n  port: 1\n')
      symlinkSync(join(outside, 'x.yaml'), join(root, '.delightful.yaml'))
      expect(failure()).toBe(
        '.delightful.yaml: is a symlink to a file outside the repository; commit the config file itself'
      )
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  test('a default .delightful.yaml that is binary or too large fails with that reason', () => {
    writeFileSync(join(root, '.delightful.yaml'), Buffer.from([0x61, 0x00, 0x62]))
    expect(failure()).toBe('.delightful.yaml: is not a text file (it holds NUL bytes)')
    writeFileSync(join(root, '.delightful.yaml'), `# ${'x'.repeat(1024 * 1024)}\n`)
    expect(failure()).toBe('.delightful.yaml: is larger than 1 MiB; a config file is a few lines of YAML')
  })

  test('a .delightful.yaml the .gitignore hides is still the config', () => {
    writeFileSync(join(root, '.gitignore'), '.delightful.yaml\n')
    writeFileSync(join(root, '.delightful.yaml'), 'app:\n  port: 8080\n')
    const { report, config } = analyzeRepository(root)
    expect(config?.file).toBe('.delightful.yaml')
    expect(report.apps[0]?.port.value).toBe(8080)
  })
})

function mkfifo(path: string): void {
  const result = spawnSync('mkfifo', [path])
  if (result.status !== 0) throw new Error(`mkfifo failed: ${String(result.stderr)}`)
}
