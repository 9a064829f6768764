import { javaProvider } from '../../../../src/analyzer/ecosystems/java/provider.js'
import { readGradle, readPom } from '../../../../src/analyzer/ecosystems/java/build.js'
import { configValueVariables, portFromConfigValue } from '../../../../src/analyzer/ecosystems/java/config.js'
import {
  childText,
  descendants,
  MAX_XML_DEPTH,
  parseXml
} from '../../../../src/analyzer/ecosystems/common/xml.js'
import type { Provider } from '../../../../src/analyzer/provider.js'
import { analyzeWith, contextFor } from '../helpers.js'
import { leastCpuMs } from '../../../support/least-cpu.js'

const java = javaProvider as Provider<unknown>

test('the XML reader keeps line numbers, skips comments and namespaces, and reports unclosed elements', () => {
  const doc = parseXml(
    '<?xml version="1.0"?>\n<!-- <version>9</version> -->\n<p:project xmlns:p="x">\n  <version>1.2</version>\n  <name><![CDATA[a<b]]></name>\n'
  )
  const project = doc.root.children[0]!
  expect(project.name).toBe('project')
  expect(project.children[0]).toMatchObject({ name: 'version', line: 4, text: '1.2' })
  expect(childText(project, 'name')).toBe('a<b')
  expect(doc.error).toEqual({ message: '<project> is never closed', line: 3 })
})

test('the XML reader stops at a nesting depth no manifest has, instead of overflowing the stack', () => {
  const doc = parseXml('<project>' + '<a>'.repeat(200_000))
  expect(doc.error).toEqual({ message: `elements nested more than ${MAX_XML_DEPTH} levels deep`, line: 1 })
  // Every recursive walk over what was read stays within the stack.
  expect(descendants(doc.root, 'a').length).toBe(MAX_XML_DEPTH - 1)
  expect(() => analyzeWith(java, { 'pom.xml': '<project>' + '<a>'.repeat(200_000) })).not.toThrow()
})

test('Gradle: a java version variable named by a hostile 512 KiB identifier is skipped, not compiled into a pattern', () => {
  const name = 'v'.repeat(512 * 1024) // within the 1 MiB read cap
  const ctx = contextFor({
    'build.gradle': [
      `sourceCompatibility = ${name}`,
      'def javaVersion = 21',
      'sourceCompatibility = javaVersion'
    ].join('\n')
  })
  expect(readGradle(ctx)?.javaVersion?.value).toBe('21')
})

test('pom.xml: a property value of 300,000 unclosed ${ is resolved in linear time', () => {
  const pom = (opens: number) =>
    `<project><properties><java.version>${'${'.repeat(opens)}</java.version></properties></project>`
  const small = contextFor({ 'pom.xml': pom(75_000) })
  const large = contextFor({ 'pom.xml': pom(300_000) })
  expect(readPom(large)?.javaVersion).toBeNull() // also the warm-up before the measurements
  // Quadratic resolution took over 10 s on the large input, so 4× the input would cost 16× the time; linear ≈ 4×.
  // A ratio of two sizes in the same run, not a wall-clock limit, so a loaded machine cannot fail it. One read of
  // the small input takes about a millisecond, so each measurement reads it 4 times. Measured under load: 2.1–4.9; with the unbounded
  // pattern put back, 17 (at 3k and 12k `${`: the large input takes minutes).
  // CPU time, not wall-clock: a process descheduled on a loaded machine (load 20-40 on 2 cores here) is not
  // charged for the wait, which would inflate the larger, longer measurement more than the small one.
  const reads = (ctx: typeof small) => () => {
    for (let i = 0; i < 4; i++) readPom(ctx)
  }
  expect(leastCpuMs(reads(large)) / leastCpuMs(reads(small))).toBeLessThan(9)
})

test('pom.xml: parent, dependencies with test scope, properties and finalName', () => {
  const pom = [
    '<project>',
    '  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version></parent>',
    '  <artifactId>svc</artifactId>',
    '  <properties><java.version>21</java.version><web>spring-boot-starter-web</web></properties>',
    '  <dependencies>',
    '    <dependency><groupId>org.springframework.boot</groupId><artifactId>${web}</artifactId></dependency>',
    '    <dependency><groupId>org.junit</groupId><artifactId>junit</artifactId><scope>test</scope></dependency>',
    '  </dependencies>',
    '  <build><finalName>app</finalName></build>',
    '</project>'
  ].join('\n')
  const build = readPom(contextFor({ 'pom.xml': pom }))!
  expect(build.version).toBe('3.2.0')
  expect(build.finalName).toBe('app')
  expect(build.javaVersion).toMatchObject({ value: '21', evidence: [{ file: 'pom.xml', line: 4 }] })
  expect(build.deps.get('org.springframework.boot:spring-boot-starter-web')).toMatchObject({
    dev: false,
    evidence: { line: 6 }
  })
  expect(build.deps.get('org.junit:junit')?.dev).toBe(true)
})

test('build.gradle.kts: plugins (apply false ignored), dependencies, toolchain, version and settings name', () => {
  const ctx = contextFor({
    'settings.gradle.kts': 'rootProject.name = "orders"\ninclude(":api", ":core")\n',
    'build.gradle.kts': [
      'plugins {',
      '  id("org.springframework.boot") version "3.3.0"',
      '  id("io.quarkus") apply false',
      '  kotlin("jvm") version "1.9.0"',
      '}',
      'version = "1.0.0"',
      'java { toolchain { languageVersion.set(JavaLanguageVersion.of(17)) } }',
      'dependencies {',
      '  // implementation("io.ktor:ktor-server-core:2.0")',
      '  implementation("org.springframework.boot:spring-boot-starter-web")',
      '  testImplementation("org.springframework.boot:spring-boot-starter-test")',
      '}'
    ].join('\n')
  })
  const build = readGradle(ctx)!
  expect(build.deps.has('plugin:org.springframework.boot')).toBe(true)
  expect(build.deps.has('plugin:io.quarkus')).toBe(false)
  expect(build.deps.has('io.ktor:ktor-server-core')).toBe(false)
  expect(build.deps.get('org.springframework.boot:spring-boot-starter-test')?.dev).toBe(true)
  expect(build.kotlin).toBe(true)
  expect(build.javaVersion?.value).toBe('17')
  expect([build.name, build.version]).toEqual(['orders', '1.0.0'])
  expect(build.modules).toEqual(['api', 'core'])
})

test('config port values: plain, ${PORT:N}, nested defaults, and env-only', () => {
  expect(portFromConfigValue('8081')).toBe(8081)
  expect(portFromConfigValue('${PORT:8082}')).toBe(8082)
  expect(portFromConfigValue('${SERVER_PORT:${PORT:9000}}')).toBe(9000)
  expect(portFromConfigValue('${PORT}')).toBeNull()
})

test('a ${PORT:N} config default is no port rival of a Dockerfile that sets PORT, and is of EXPOSE', () => {
  expect(configValueVariables('${SERVER_PORT:${PORT:9000}}')).toEqual(['SERVER_PORT', 'PORT'])
  expect(configValueVariables('8081')).toEqual([])
  const app = (docker: string) =>
    analyzeWith(java, {
      'build.gradle': "plugins { id 'org.springframework.boot' version '3.2.0' }\n",
      'src/main/resources/application.properties': 'server.port=${PORT:8081}\n',
      'src/main/java/A.java': 'class A {}\n',
      Dockerfile: `FROM eclipse-temurin:21\n${docker}CMD ["java", "-jar", "app.jar"]\n`
    }).app
  const codes = (docker: string) => app(docker)?.warnings.map(w => w.code)
  expect(codes('ENV PORT=9000\nEXPOSE 9000\n')).not.toContain('PORT_MISMATCH')
  expect(codes('EXPOSE 9000\n')).toContain('PORT_MISMATCH')
  expect(app('EXPOSE 9000\n')?.port.value).toBe(9000)
  // The config default outranks ENV PORT alone, yet PORT is set, so the default never applies: 9000 runs.
  expect(app('ENV PORT=9000\n')?.port.value).toBe(9000)
  expect(codes('ENV PORT=9000\n')).not.toContain('PORT_MISMATCH')
})

test('Spring Boot: context path prefixes the actuator health path; a broken pom warns with its line', () => {
  const { value, app } = analyzeWith(java, {
    'pom.xml':
      '<project><artifactId>a</artifactId><version>1</version>\n<dependencies>\n<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>\n<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency>\n</dependencies>\n<build>\n',
    'src/main/resources/application.yml': 'server:\n  port: 9090\n  servlet:\n    context-path: /svc\n',
    'src/main/java/A.java': 'class A {}\n'
  })
  expect(value('framework')).toBe('spring-boot')
  expect(value('port')).toBe(9090)
  expect(value('healthPath')).toBe('/svc/actuator/health')
  expect(value('startCommand')).toBe('java -jar target/a-1.jar')
  expect(app?.warnings.find(w => w.code === 'INVALID_MANIFEST')).toMatchObject({ file: 'pom.xml', line: 6 })
})

test('invalid application.yml is a warning, not a crash', () => {
  const { app } = analyzeWith(java, {
    'build.gradle': "plugins { id 'org.springframework.boot' version '3.2.0' }\n",
    'src/main/resources/application.yml': 'server:\n  port: [8080\n',
    'src/main/java/A.java': 'class A {}\n'
  })
  expect(app?.port.value).toBe(8080)
  expect(
    app?.warnings.some(w => w.code === 'INVALID_MANIFEST' && w.file === 'src/main/resources/application.yml')
  ).toBe(true)
})
