import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isOutside, resolveInside } from '../../src/pipeline/paths.js'

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
