import { catalogKey, versionCatalogFor } from '../../../../src/analyzer/ecosystems/java/version-catalog.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const CATALOG = [
  '[versions]',
  'boot = "3.3.4"',
  '[libraries]',
  'spring-starter-actuator = { module = "org.springframework.boot:spring-boot-starter-actuator", version.ref = "boot" }',
  'web_flux = { group = "org.springframework.boot", name = "spring-boot-starter-webflux" }',
  'jackson = "com.fasterxml.jackson.core:jackson-databind:2.17.1"',
  'broken = { version = "1.0" }',
  '[plugins]',
  'spring-boot = { id = "org.springframework.boot", version.ref = "boot" }',
  'shadow = "com.gradleup.shadow:8.3.0"',
  ''
].join('\n')

test('aliases of every notation map to group:artifact, separators folded', () => {
  const catalog = versionCatalogFor(treeFromFiles({ 'gradle/libs.versions.toml': CATALOG }), '.')
  expect(catalog?.libraries.get(catalogKey('spring.starter.actuator'))).toBe(
    'org.springframework.boot:spring-boot-starter-actuator'
  )
  expect(catalog?.libraries.get(catalogKey('web.flux'))).toBe(
    'org.springframework.boot:spring-boot-starter-webflux'
  )
  expect(catalog?.libraries.get(catalogKey('jackson'))).toBe('com.fasterxml.jackson.core:jackson-databind')
  expect(catalog?.libraries.has(catalogKey('broken'))).toBe(false)
  expect(catalog?.plugins.get(catalogKey('spring.boot'))).toBe('org.springframework.boot')
  expect(catalog?.plugins.get(catalogKey('shadow'))).toBe('com.gradleup.shadow')
})

test("a module finds its build root's catalog; none, or a malformed one, gives null", () => {
  const tree = treeFromFiles({ 'gradle/libs.versions.toml': CATALOG, 'api/build.gradle': '' })
  expect(versionCatalogFor(tree, 'api')?.plugins.get('spring-boot')).toBe('org.springframework.boot')
  expect(versionCatalogFor(treeFromFiles({ 'api/build.gradle': '' }), 'api')).toBeNull()
  expect(
    versionCatalogFor(treeFromFiles({ 'gradle/libs.versions.toml': '[libraries\nx = ' }), '.')
  ).toBeNull()
})
