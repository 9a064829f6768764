// Gradle plugin ids in the Groovy DSL (`id "x"` lines without parentheses): every line is read on its own.
// A gap that crossed the line end used to take the next `id "…"` line as this one's tail and skip it, so
// every second plugin went unread (holdout32 micronaut-starter: `id "io.micronaut.application"` after
// `id "io.micronaut.crac"` was lost, and the module lost its framework).
import { analyze } from '../../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const app = (files: Record<string, string>, dir: string) => {
  const found = analyze(treeFromFiles(files)).apps.find(a => a.appDir === dir)!
  return {
    framework: found.framework.value,
    packageManager: found.packageManager.value,
    port: found.port.value
  }
}

const javaMain = (pkg: string): string =>
  `package ${pkg};\npublic class Application { public static void main(String[] a) {} }\n`

test('micronaut: the application plugin as the fourth Groovy `id` line of the plugins block', () => {
  expect(
    app(
      {
        'settings.gradle': "include 'web'\n",
        'web/build.gradle': [
          'plugins {',
          '    id "com.example.convention"',
          '    id "com.github.johnrengelman.shadow"',
          '    id "io.micronaut.crac"',
          '    id "io.micronaut.application"',
          '}',
          'micronaut {',
          '    runtime "netty"',
          '}',
          'dependencies {',
          '    implementation("io.micronaut.serde:micronaut-serde-jackson")',
          '}',
          ''
        ].join('\n'),
        'web/src/main/java/demo/Application.java': javaMain('demo')
      },
      'web'
    )
  ).toEqual({ framework: 'micronaut', packageManager: 'gradle', port: 8080 })
})

test('spring boot: the Boot plugin on the line after the java plugin, single quotes', () => {
  expect(
    app(
      {
        'build.gradle': [
          'plugins {',
          "    id 'java'",
          "    id 'org.springframework.boot' version '3.3.4'",
          "    id 'io.spring.dependency-management' version '1.1.6'",
          '}',
          'dependencies {',
          "    implementation 'org.example:util:1.0'",
          '}',
          ''
        ].join('\n'),
        'src/main/java/demo/Application.java': javaMain('demo')
      },
      '.'
    )
  ).toEqual({ framework: 'spring-boot', packageManager: 'gradle', port: 8080 })
})

test('negative: a plugins block of build plugins only names no framework', () => {
  expect(
    app(
      {
        'build.gradle': [
          'plugins {',
          '    id "java"',
          '    id "application"',
          '    id "com.github.johnrengelman.shadow"',
          '}',
          "application { mainClass = 'demo.Application' }",
          ''
        ].join('\n'),
        'src/main/java/demo/Application.java': javaMain('demo')
      },
      '.'
    ).framework
  ).toBe('none')
})
