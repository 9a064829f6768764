import { dockerignoreMatcher } from '../../src/analyzer/dockerignore.js'

test('allow-list: `*` then `!src` keeps everything under src/', () => {
  const ignored = dockerignoreMatcher('# keep only what the build needs\n*\n!src\n!Cargo.toml\n')
  expect(ignored('src')).toBe(false)
  expect(ignored('src/api')).toBe(false)
  expect(ignored('src/api/web.rs')).toBe(false)
  expect(ignored('docs')).toBe(true)
  expect(ignored('docs/guide')).toBe(true)
})

test('`*` and `?` stay within one path segment; `**` spans directories; later rules win', () => {
  const ignored = dockerignoreMatcher('*/temp*\n**/*.log\n/node_modules/\n.git\n!keep/*.log\n')
  expect(ignored('a/temporary')).toBe(true)
  expect(ignored('a/b/temporary')).toBe(false)
  expect(ignored('deep/er/x.log')).toBe(true)
  expect(ignored('keep/x.log')).toBe(false)
  expect(ignored('node_modules')).toBe(true)
  expect(ignored('node_modules/x')).toBe(true)
  expect(ignored('.git')).toBe(true)
  expect(ignored('src')).toBe(false)
})

test('allow-list: `*` then `!src/**` walks src/ (a later `!` rule re-includes what lies under it)', () => {
  const ignored = dockerignoreMatcher('*\n!package.json\n!src/**\n!prisma/**\n')
  expect(ignored('src')).toBe(false)
  expect(ignored('src/routes')).toBe(false)
  expect(ignored('src/routes/health.ts')).toBe(false)
  expect(ignored('docs')).toBe(true)
  // A re-include rule under another folder does not open this one.
  expect(ignored('test')).toBe(true)
  // An exclusion after the re-include wins again.
  expect(dockerignoreMatcher('*\n!src/**\nsrc\n')('src')).toBe(true)
})
