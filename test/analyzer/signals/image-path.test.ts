// Paths inside an image (signals/image-path.ts): `.` and `..` folded, relative paths against the WORKDIR.
import { normaliseImagePath, resolveImagePath } from '../../../src/analyzer/signals/image-path.js'

describe('image paths', () => {
  test('normaliseImagePath folds `.`, `..` and repeated or trailing slashes', () => {
    expect(normaliseImagePath('/srv/./app/../app/x')).toBe('/srv/app/x')
    expect(normaliseImagePath('//opt//tool/')).toBe('/opt/tool')
    expect(normaliseImagePath('/../etc')).toBe('/etc')
  })

  test('resolveImagePath: a relative path against the WORKDIR, an absolute one as it is', () => {
    expect(resolveImagePath('/usr/src/app/', '.')).toBe('/usr/src/app')
    expect(resolveImagePath('/usr/src/app', '../server/')).toBe('/usr/src/server')
    expect(resolveImagePath('/app', '/server')).toBe('/server')
    expect(resolveImagePath('/', 'backend')).toBe('/backend')
  })
})
