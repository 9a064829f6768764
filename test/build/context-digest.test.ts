import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CONTEXT_DIGEST_VERSION,
  contextDigest,
  type ContextDigestInput
} from '../../src/build/context-digest.js'

const PINNED_V2_DIGEST = '2031663515cb0d68f3f129814f725c2b6695e74cbf71fc39bd8ba5923863bcda'

let root: string
const dirs: string[] = []

function makeContext(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dl-ctx-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'src'))
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true })
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /app\n')
  writeFileSync(join(dir, '.dockerignore'), 'node_modules\n*.log\n')
  writeFileSync(join(dir, 'src', 'index.js'), 'console.log(1)\n')
  writeFileSync(join(dir, 'node_modules', 'x', 'index.js'), 'module.exports = 1\n')
  writeFileSync(join(dir, 'run.sh'), 'echo hi\n')
  return dir
}

const input = (dir: string, extra: Partial<ContextDigestInput> = {}): ContextDigestInput => ({
  context: dir,
  dockerfile: join(dir, 'Dockerfile'),
  buildArgs: [],
  platforms: [],
  ...extra
})
const digestOf = async (dir: string, extra: Partial<ContextDigestInput> = {}) =>
  (await contextDigest(input(dir, extra))).digest

beforeEach(() => {
  root = makeContext()
})
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

test('is stable and independent of where the context lives', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'dl-ctx-copy-'))
  dirs.push(copy)
  cpSync(root, copy, { recursive: true })
  const a = await digestOf(root)
  expect(a).toMatch(/^[0-9a-f]{64}$/)
  expect(await digestOf(root)).toBe(a)
  expect(await digestOf(copy)).toBe(a)
})

test('files the .dockerignore leaves out do not count; included ones do', async () => {
  const before = await contextDigest(input(root))
  writeFileSync(join(root, 'node_modules', 'x', 'index.js'), 'changed\n')
  writeFileSync(join(root, 'debug.log'), 'noise\n')
  expect((await contextDigest(input(root))).digest).toBe(before.digest)
  expect(before.files).toBe(4) // Dockerfile, .dockerignore, run.sh, src/index.js
  writeFileSync(join(root, 'src', 'index.js'), 'console.log(2)\n')
  expect(await digestOf(root)).not.toBe(before.digest)
})

test('permission bits, symlink targets and empty directories are part of the context', async () => {
  const base = await digestOf(root)
  chmodSync(join(root, 'run.sh'), 0o755)
  const executable = await digestOf(root)
  expect(executable).not.toBe(base)
  symlinkSync('/etc/hostname', join(root, 'link'))
  const linked = await digestOf(root)
  expect(linked).not.toBe(executable)
  unlinkSync(join(root, 'link'))
  symlinkSync('/etc/hosts', join(root, 'link'))
  expect(await digestOf(root)).not.toBe(linked)
  const beforeDir = await digestOf(root)
  mkdirSync(join(root, 'empty'))
  expect(await digestOf(root)).not.toBe(beforeDir)
})

test('build args (order-insensitive), platforms and the Dockerfile content count', async () => {
  const base = await digestOf(root)
  const withArgs = await digestOf(root, {
    buildArgs: [
      ['A', '1'],
      ['B', '2']
    ]
  })
  expect(withArgs).not.toBe(base)
  expect(
    await digestOf(root, {
      buildArgs: [
        ['B', '2'],
        ['A', '1']
      ]
    })
  ).toBe(withArgs)
  expect(
    await digestOf(root, {
      buildArgs: [
        ['A', '1'],
        ['B', '3']
      ]
    })
  ).not.toBe(withArgs)
  expect(await digestOf(root, { platforms: ['linux/arm64'] })).not.toBe(base)
  writeFileSync(join(root, 'Dockerfile'), 'FROM scratch\nCOPY . /srv\n')
  expect(await digestOf(root)).not.toBe(base)
})

test('<Dockerfile>.dockerignore next to the Dockerfile wins over the context .dockerignore', async () => {
  mkdirSync(join(root, 'docker'))
  writeFileSync(join(root, 'docker', 'app.Dockerfile'), 'FROM scratch\n')
  writeFileSync(join(root, 'docker', 'app.Dockerfile.dockerignore'), 'src\n')
  const dockerfile = join(root, 'docker', 'app.Dockerfile')
  const before = await contextDigest(input(root, { dockerfile }))
  writeFileSync(join(root, 'src', 'index.js'), 'ignored by the specific file\n')
  expect((await contextDigest(input(root, { dockerfile }))).digest).toBe(before.digest)
  // node_modules is no longer ignored under the Dockerfile-specific rules.
  writeFileSync(join(root, 'node_modules', 'x', 'index.js'), 'counts now\n')
  expect((await contextDigest(input(root, { dockerfile }))).digest).not.toBe(before.digest)
})

// A guard against pathological (per-pair, quadratic) work only, with room for a loaded CI machine: the
// digest's speed is measured in bench/build-push.ts, not here.
test('digests 3,000 files without pathological slowness', async () => {
  for (let d = 0; d < 30; d++) {
    mkdirSync(join(root, 'src', `m${d}`))
    for (let f = 0; f < 100; f++)
      writeFileSync(join(root, 'src', `m${d}`, `f${f}.js`), `export const v = ${d * 100 + f}\n`.repeat(20))
  }
  const started = Date.now()
  const result = await contextDigest(input(root))
  const elapsed = Date.now() - started
  expect(result.files).toBe(3004)
  console.log(`context digest: ${result.files} files, ${result.bytes} bytes in ${elapsed} ms`)
  expect(elapsed).toBeLessThan(30_000)
})

describe('entries cannot be forged through names (one JSON record per entry)', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
  const dockerfileOutside = () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-ctx-df-'))
    dirs.push(dir)
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /app\n')
    return join(dir, 'Dockerfile')
  }
  const bare = () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-ctx-bare-'))
    dirs.push(dir)
    return dir
  }

  test('a file whose name holds a newline and a forged record does not collide with two real files', async () => {
    const dockerfile = dockerfileOutside()
    // Honest context: files a and b.
    const honest = bare()
    writeFileSync(join(honest, 'a'), 'A')
    writeFileSync(join(honest, 'b'), 'B')
    chmodSync(join(honest, 'a'), 0o644)
    chmodSync(join(honest, 'b'), 0o644)
    // Forged context: one file named "a <hash of A>\nf 644 b", holding B — its raw line would read as both.
    const forged = bare()
    const name = `a ${sha256('A')}\nf 644 b`
    writeFileSync(join(forged, name), 'B')
    chmodSync(join(forged, name), 0o644)
    const a = await contextDigest({ context: honest, dockerfile, buildArgs: [], platforms: [] })
    const b = await contextDigest({ context: forged, dockerfile, buildArgs: [], platforms: [] })
    expect(b.digest).not.toBe(a.digest)
  })

  test('a link target holding a newline does not forge a file entry', async () => {
    const dockerfile = dockerfileOutside()
    const honest = bare()
    symlinkSync('x', join(honest, 'l'))
    writeFileSync(join(honest, 'm'), 'M')
    chmodSync(join(honest, 'm'), 0o644)
    const forged = bare()
    symlinkSync(`x\nf 644 m ${sha256('M')}`, join(forged, 'l'))
    const mode = (lstatSync(join(honest, 'l')).mode & 0o7777).toString(8)
    expect((lstatSync(join(forged, 'l')).mode & 0o7777).toString(8)).toBe(mode)
    const a = await contextDigest({ context: honest, dockerfile, buildArgs: [], platforms: [] })
    const b = await contextDigest({ context: forged, dockerfile, buildArgs: [], platforms: [] })
    expect(b.digest).not.toBe(a.digest)
  })

  test('the recipe is versioned v2, so ctx- tags written by the old recipe are never trusted', async () => {
    expect(CONTEXT_DIGEST_VERSION).toBe('v2')
    // A fixed context, pinned: any change to what is hashed must bump the version above.
    const dockerfile = dockerfileOutside()
    const fixed = bare()
    mkdirSync(join(fixed, 'src'))
    writeFileSync(join(fixed, 'src', 'index.js'), 'console.log(1)\n')
    chmodSync(join(fixed, 'src'), 0o755)
    chmodSync(join(fixed, 'src', 'index.js'), 0o644)
    symlinkSync('src/index.js', join(fixed, 'main.js'))
    const result = await contextDigest({
      context: fixed,
      dockerfile,
      buildArgs: [['NODE_ENV', 'production']],
      platforms: ['linux/amd64']
    })
    expect(result.digest).toBe(PINNED_V2_DIGEST)
  })
})

test('a .dockerignore that is a FIFO, a link out of the context or over 1 MiB is refused with a clear error (issue 14 item 4)', async () => {
  const ignore = join(root, '.dockerignore')
  rmSync(ignore, { force: true })
  execFileSync('mkfifo', [ignore])
  await expect(contextDigest(input(root))).rejects.toThrow('is not a regular file')
  rmSync(ignore)
  symlinkSync('/dev/zero', ignore)
  await expect(contextDigest(input(root))).rejects.toThrow('links outside the build context')
  rmSync(ignore)
  writeFileSync(ignore, 'x'.repeat(1024 * 1024 + 1))
  await expect(contextDigest(input(root))).rejects.toThrow('is larger than 1048576 bytes')
})
