import {
  createTree,
  headOf,
  isInside,
  joinPath,
  MAX_HEAD_BYTES,
  MAX_READ_BYTES,
  normalizePath,
  treeFromFiles
} from '../../src/analyzer/tree.js'

test('normalizePath resolves . and .. without climbing above the root', () => {
  expect(normalizePath('apps/api/../web/./src')).toBe('apps/web/src')
  expect(normalizePath('./docker/../Dockerfile')).toBe('Dockerfile')
  expect(normalizePath('a/..')).toBe('.')
  expect(normalizePath('../../etc/passwd')).toBe('etc/passwd')
})

test('joinPath and isInside treat . as the repository root', () => {
  expect(joinPath('.', 'package.json')).toBe('package.json')
  expect(joinPath('apps/api', '.')).toBe('apps/api')
  expect(isInside('apps/api/src/main.ts', 'apps/api')).toBe(true)
  expect(isInside('apps/api2/main.ts', 'apps/api')).toBe(false)
})

describe('readHead', () => {
  const big = `lockfileVersion: '6.0'\n${'x'.repeat(MAX_READ_BYTES)}\n`

  test('a file within the read limit answers from read() and is recorded as read', () => {
    const tree = treeFromFiles({ 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n\nimporters: {}\n" })
    expect(tree.readHead('pnpm-lock.yaml', 22)).toBe("lockfileVersion: '9.0'")
    expect(tree.readPaths()).toEqual(['pnpm-lock.yaml'])
  })

  test('a file over the read limit: read() is null, its head is still there and not recorded as read', () => {
    const tree = treeFromFiles({ 'pnpm-lock.yaml': big })
    expect(tree.read('pnpm-lock.yaml')).toBeNull()
    expect(tree.readHead('pnpm-lock.yaml', 23)).toBe("lockfileVersion: '6.0'\n")
    expect(tree.readPaths()).toEqual([])
  })

  test('heads are capped at MAX_HEAD_BYTES; binary, missing and unreadable heads are null', () => {
    const tree = createTree(
      [
        { path: 'big.txt', size: MAX_READ_BYTES + 1 },
        { path: 'big.bin', size: MAX_READ_BYTES + 1 },
        { path: 'denied', size: MAX_READ_BYTES + 1 }
      ],
      path => {
        if (path === 'denied') throw Object.assign(new Error('denied'), { code: 'EACCES' })
        return path === 'big.bin' ? Buffer.from([0x7b, 0, 0x7d]) : big
      }
    )
    expect(Buffer.byteLength(tree.readHead('big.txt', 10 * MAX_HEAD_BYTES) ?? '')).toBe(MAX_HEAD_BYTES)
    expect(tree.readHead('big.bin', 100)).toBeNull()
    expect(tree.readHead('denied', 100)).toBeNull()
    expect(tree.readHead('absent', 100)).toBeNull()
  })

  test('the bound is in bytes, and a multi-byte character cut in half is dropped', () => {
    expect(headOf('héllo', 2)).toBe('h')
    expect(headOf(Buffer.from('héllo'), 3)).toBe('hé')
    expect(headOf('héllo', 100)).toBe('héllo')
  })
})
