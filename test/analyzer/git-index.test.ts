import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseGitIndex, TrackedPaths } from '../../src/analyzer/git-index.js'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deplight-git-index-'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: root, stdio: 'ignore' })
}

function write(rel: string, content = 'x'): void {
  mkdirSync(join(root, rel, '..'), { recursive: true })
  writeFileSync(join(root, rel), content)
}

// A long name (over the 12-bit length field), a non-ASCII one, names that sort around '/', and a shared
// prefix run that v4 compresses.
// The long one is added to the index only (`--cacheinfo`): no file system takes a 4,200-byte path.
const LONG = `deep/${Array.from({ length: 20 }, () => 'n'.repeat(210)).join('/')}.txt`
const NAMES = [
  'a-b.txt',
  'a/b.txt',
  'a/b/c.txt',
  'a0.txt',
  'docker/usr/local/bin/docker-entrypoint.sh',
  'docker/usr/local/bin/other.sh',
  'café/menu.txt',
  LONG
]

function repoWithFiles(initArgs: string[] = []): void {
  git('init', '-q', ...initArgs)
  for (const name of NAMES) if (name !== LONG) write(name)
  git('add', '.')
  const blob = execFileSync('git', ['hash-object', '-w', 'a0.txt'], { cwd: root }).toString().trim()
  git('update-index', '--add', '--cacheinfo', `100644,${blob},${LONG}`)
}

const index = (): TrackedPaths | null => parseGitIndex(readFileSync(join(root, '.git', 'index')))

describe.each([2, 3, 4])('index version %i written by git', version => {
  test('lists every tracked path, in order, with exact and folder look-ups', () => {
    repoWithFiles()
    git('update-index', '--index-version', String(version))
    if (version === 3) {
      // v3 entries carry extended flags only when one is set: intent-to-add sets one.
      write('intent.txt')
      git('add', '-N', 'intent.txt')
    }
    const tracked = index()
    expect(tracked).not.toBeNull()
    const expected = version === 3 ? [...NAMES, 'intent.txt'] : NAMES
    expect(tracked!.size).toBe(expected.length)
    for (const name of expected) expect(tracked!.has(name)).toBe(true)
    expect(tracked!.has('docker/usr/local/bin')).toBe(false)
    expect(tracked!.hasUnder('docker/usr/local/bin')).toBe(true)
    expect(tracked!.hasUnder('a')).toBe(true)
    expect(tracked!.hasUnder('a/b')).toBe(true)
    expect(tracked!.hasUnder('a-b.txt')).toBe(false)
    expect(tracked!.hasUnder('docker/usr/local/sbin')).toBe(false)
    expect(tracked!.has('missing.txt')).toBe(false)
  })
})

test('a SHA-256 repository (32-byte object names) is read too', () => {
  try {
    repoWithFiles(['--object-format=sha256'])
  } catch {
    return // a git without SHA-256 support: nothing to read
  }
  const tracked = index()
  expect(tracked?.size).toBe(NAMES.length)
  expect(tracked?.has('docker/usr/local/bin/docker-entrypoint.sh')).toBe(true)
})

test('unmerged paths (one entry per stage) are listed once', () => {
  git('init', '-q')
  write('f.txt', 'base\n')
  git('add', '.')
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base')
  git('checkout', '-qb', 'other')
  write('f.txt', 'other\n')
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'other')
  git('checkout', '-q', 'main')
  write('f.txt', 'main\n')
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'main')
  try {
    git('merge', '-q', 'other')
  } catch {
    // the conflict is the point
  }
  const tracked = index()
  expect(tracked?.size).toBe(1)
  expect(tracked?.has('f.txt')).toBe(true)
})

test('a split index (entries in a shared file) is refused, not half-read', () => {
  repoWithFiles()
  git('update-index', '--split-index')
  write('new.txt')
  git('add', 'new.txt')
  expect(index()).toBeNull()
})

test('corrupt, truncated or unknown indexes answer null without throwing', () => {
  repoWithFiles()
  const good = readFileSync(join(root, '.git', 'index'))
  expect(parseGitIndex(good)).not.toBeNull()
  expect(parseGitIndex(Buffer.alloc(0))).toBeNull()
  expect(parseGitIndex(Buffer.from('DIRC'))).toBeNull()
  // Unknown version.
  const v5 = Buffer.from(good)
  v5.writeUInt32BE(5, 4)
  expect(parseGitIndex(v5)).toBeNull()
  // Another signature.
  const other = Buffer.from(good)
  other.write('XXXX', 0)
  expect(parseGitIndex(other)).toBeNull()
  // Cut anywhere inside the entries.
  for (const cut of [13, 60, 100, 200, Math.floor(good.length / 2)])
    expect(parseGitIndex(good.subarray(0, cut))).toBeNull()
  // A count the file cannot hold.
  const many = Buffer.from(good)
  many.writeUInt32BE(0xffffffff, 8)
  expect(parseGitIndex(many)).toBeNull()
  // A path length in the flags that disagrees with the path.
  const lying = Buffer.from(good)
  lying.writeUInt16BE((lying.readUInt16BE(12 + 60) & 0xf000) | 3, 12 + 60)
  expect(parseGitIndex(lying)).toBeNull()
  // Random bytes after a valid header.
  const noise = Buffer.concat([
    good.subarray(0, 12),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))
  ])
  expect(() => parseGitIndex(noise)).not.toThrow()
})

test('a 100,000-entry index parses without pathological slowness', () => {
  // Synthetic v2 index (git's layout): what a large monorepo's checkout holds.
  const entries: Buffer[] = []
  const paths = Array.from(
    { length: 100_000 },
    (_, i) => `pkg${String(i % 500).padStart(3, '0')}/src/file${i}.ts`
  ).sort()
  for (const p of paths) {
    const name = Buffer.from(p)
    const size = (62 + name.length + 8) & ~7
    const e = Buffer.alloc(size)
    e.writeUInt16BE(Math.min(name.length, 0xfff), 60)
    name.copy(e, 62)
    entries.push(e)
  }
  const header = Buffer.alloc(12)
  header.write('DIRC', 0)
  header.writeUInt32BE(2, 4)
  header.writeUInt32BE(paths.length, 8)
  const buf = Buffer.concat([header, ...entries, Buffer.alloc(20)])
  const start = performance.now()
  const tracked = parseGitIndex(buf)
  const ms = performance.now() - start
  expect(tracked?.size).toBe(100_000)
  expect(tracked?.has(paths[54_321]!)).toBe(true)
  // A guard against quadratic parsing only (10^10 steps would take minutes), with room for a loaded CI
  // machine; parse speed belongs in the bench.
  expect(ms).toBeLessThan(10_000)
})
