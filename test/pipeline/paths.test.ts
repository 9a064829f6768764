import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { committedFileInside, isOutside, resolveInside, writeFileInside } from '../../src/pipeline/paths.js'

const base = mkdtempSync(join(tmpdir(), 'deplight-paths-'))
const workspace = join(base, 'workspace')
const temp = join(base, 'temp')
mkdirSync(join(workspace, 'app'), { recursive: true })
mkdirSync(temp)
symlinkSync(base, join(workspace, 'escape'))

test('isOutside tells a climb out from a name that starts with two dots', () => {
  expect(isOutside('..')).toBe(true)
  expect(isOutside(join('..', 'x'))).toBe(true)
  expect(isOutside('/abs')).toBe(true)
  expect(isOutside('..config')).toBe(false)
  expect(isOutside('')).toBe(false)
})

test('paths inside the root resolve; the root itself counts', () => {
  expect(resolveInside('app', [workspace])).toBe(join(workspace, 'app'))
  expect(resolveInside('.', [workspace])).toBe(workspace)
  expect(resolveInside('app/not-yet-created', [workspace])).toBe(join(workspace, 'app/not-yet-created'))
})

test('climbing out, absolute paths elsewhere and symlinks out are refused', () => {
  expect(resolveInside('../temp', [workspace])).toBeNull()
  expect(resolveInside('/etc/passwd', [workspace])).toBeNull()
  expect(resolveInside('escape/temp', [workspace])).toBeNull()
})

test('any of several roots will do', () => {
  expect(resolveInside(join(temp, 'Dockerfile'), [workspace, temp])).toBe(join(temp, 'Dockerfile'))
  expect(resolveInside(join(base, 'other'), [workspace, temp])).toBeNull()
})

describe('writeFileInside (issue 14: no writes through symlinks)', () => {
  const root = mkdtempSync(join(tmpdir(), 'deplight-write-'))
  const away = mkdtempSync(join(tmpdir(), 'deplight-away-'))

  test('creates new files and folders, and replaces a regular file only when asked', () => {
    expect(writeFileInside(root, 'a/b/new.txt', 'one', { replace: false })).toBe(join(root, 'a/b/new.txt'))
    expect(readFileSync(join(root, 'a/b/new.txt'), 'utf8')).toBe('one')
    expect(() => writeFileInside(root, 'a/b/new.txt', 'two', { replace: false })).toThrow(
      'refusing to write a/b/new.txt: it exists'
    )
    writeFileInside(root, 'a/b/new.txt', 'two', { replace: true })
    expect(readFileSync(join(root, 'a/b/new.txt'), 'utf8')).toBe('two')
    // the temp file of the replacement is gone
    expect(readdirSync(join(root, 'a/b'))).toEqual(['new.txt'])
  })

  test('a link as the last component is refused, dangling or not, and its target untouched', () => {
    writeFileSync(join(away, 'target'), 'keep')
    symlinkSync(join(away, 'target'), join(root, 'live'))
    symlinkSync(join(away, 'missing'), join(root, 'dangling'))
    for (const name of ['live', 'dangling'])
      for (const replace of [false, true])
        expect(() => writeFileInside(root, name, 'x', { replace })).toThrow(
          `refusing to write ${name}: it is a symbolic link`
        )
    expect(readFileSync(join(away, 'target'), 'utf8')).toBe('keep')
    expect(existsSync(join(away, 'missing'))).toBe(false)
  })

  test('a folder on the way that links out is refused, even when the file does not exist yet', () => {
    symlinkSync(away, join(root, 'out'))
    expect(() => writeFileInside(root, 'out/deeper/file', 'x', { replace: false })).toThrow(
      /refusing to write out\/deeper\/file: its folder out leads outside .* through a symbolic link/
    )
    expect(existsSync(join(away, 'deeper'))).toBe(false)
    expect(() => writeFileInside(root, '../x', 'x', { replace: false })).toThrow('is outside')
  })

  test('committedFileInside hands on regular files inside the root only', () => {
    writeFileSync(join(root, 'real.tfvars'), 'a = 1\n')
    symlinkSync('real.tfvars', join(root, 'alias.tfvars'))
    symlinkSync('/etc/passwd', join(root, 'passwd.tfvars'))
    symlinkSync(join(away, 'nothing'), join(root, 'nothing.tfvars'))
    mkdirSync(join(root, 'dir.tfvars'))
    expect(committedFileInside(root, 'real.tfvars')).toBe(join(root, 'real.tfvars'))
    expect(committedFileInside(root, 'alias.tfvars')).toBe(join(root, 'alias.tfvars'))
    expect(committedFileInside(root, 'absent.tfvars')).toBeNull()
    expect(() => committedFileInside(root, 'passwd.tfvars')).toThrow(
      'passwd.tfvars leads outside the repository through a symbolic link; commit a regular file inside the repository, or delete it'
    )
    expect(() => committedFileInside(root, 'nothing.tfvars')).toThrow(
      'nothing.tfvars is a symbolic link to nothing'
    )
    expect(() => committedFileInside(root, 'dir.tfvars')).toThrow('dir.tfvars is not a regular file')
  })
})
