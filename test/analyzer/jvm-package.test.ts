import { inJvmPackage } from '../../src/analyzer/jvm-package.js'

describe('inJvmPackage', () => {
  test.each([
    'src/main/java/com/example/demo/',
    'src/main/kotlin/com/example/',
    'src/main/scala/org/examples/x/Api.scala',
    'src/main/groovy/com/example/',
    'src/com/example/demo/',
    'src/org/acme/Health.java'
  ])('%s is inside a package', folder => {
    expect(inJvmPackage(folder)).toBe(true)
  })

  test.each([
    'examples/demo-app/',
    'example/',
    'src/examples/',
    'src/app/example/',
    'src/com/',
    'lib/main/java/com/example/',
    'examples/demo-app/src/main/java/com/example/'
  ])('%s is no package folder', folder => {
    expect(inJvmPackage(folder)).toBe(false)
  })
})
