import { isInside, joinPath, normalizePath } from '../../src/analyzer/tree.js'

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
