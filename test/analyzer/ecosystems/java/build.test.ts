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

// A spring-boot-maven-plugin told to skip (`<configuration><skip>true</skip>`, or the
// `spring-boot.repackage.skip` property) builds no runnable jar: a module without a main that declares it is
// a library of the build (holdout42 hertzbeat-ai beside the hertzbeat-startup server), not an app.
describe('a Boot plugin that skips makes no runnable module', () => {
  const parent =
    '<project><groupId>org.acme</groupId><artifactId>acme</artifactId><packaging>pom</packaging><modules><module>acme-startup</module><module>acme-ai</module></modules><properties><java.version>21</java.version></properties></project>\n'
  const module = (artifactId: string, plugin: string, props = ''): string =>
    `<project>\n  <parent><groupId>org.acme</groupId><artifactId>acme</artifactId><version>1</version></parent>\n  <artifactId>${artifactId}</artifactId>\n  <properties>${props}</properties>\n  <dependencies>\n    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>\n  </dependencies>\n  <build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId>${plugin}</plugin></plugins></build>\n</project>\n`
  const SKIP = '<configuration><skip>true</skip></configuration>'
  const files = (aiPlugin: string, aiProps = ''): Record<string, string> => ({
    'pom.xml': parent,
    'acme-startup/pom.xml': module('acme-startup', ''),
    'acme-startup/src/main/java/org/acme/AcmeApplication.java': javaMain('org.acme'),
    'acme-startup/src/main/resources/application.yml': 'server:\n  port: 1157\n',
    'acme-ai/pom.xml': module('acme-ai', aiPlugin, aiProps),
    'acme-ai/src/main/java/org/acme/ai/AiService.java': 'package org.acme.ai;\npublic class AiService {}\n'
  })
  const report = (f: Record<string, string>) => analyze(treeFromFiles(f))

  it('plugin configuration skip: the module is a library, the server module is the app', () => {
    const r = report(files(SKIP))
    expect(r.apps.map(a => a.appDir)).toEqual(['acme-startup'])
    expect(r.primary).toBe('acme-startup')
    expect(app(files(SKIP), 'acme-startup')).toEqual({
      framework: 'spring-boot',
      packageManager: 'maven',
      port: 1157
    })
  })

  it('spring-boot.repackage.skip property: the same', () => {
    const f = files('', '<spring-boot.repackage.skip>true</spring-boot.repackage.skip>')
    const r = report(f)
    expect(r.apps.map(a => a.appDir)).toEqual(['acme-startup'])
    expect(r.primary).toBe('acme-startup')
  })

  it('negative: the plugin without skip keeps the module an app (a runnable Boot jar)', () => {
    const r = report(files(''))
    expect(r.apps.map(a => a.appDir).sort()).toEqual(['acme-ai', 'acme-startup'])
    expect(r.apps.find(a => a.appDir === 'acme-ai')!.framework.value).toBe('spring-boot')
  })
})
