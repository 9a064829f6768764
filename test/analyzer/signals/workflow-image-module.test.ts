// A CI workflow that images one JVM module with its build plugin (no Dockerfile in the repository) says which
// module the repository deploys (holdout32 micronaut-starter: `./gradlew starter-web-netty:dockerBuild`
// beside function, lambda and CLI modules).
import { analyze } from '../../../src/analyzer/analyze.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { workflowImageModule } from '../../../src/analyzer/signals/workflow-image-module.js'

const primary = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    port: app.port.value
  }
}

const javaMain = (pkg: string): string =>
  `package ${pkg};\npublic class Application { public static void main(String[] a) {} }\n`

const micronautModule = (runtime: string): string =>
  [
    'plugins {',
    '    id "io.micronaut.application"',
    '}',
    `micronaut { runtime "${runtime}" }`,
    'dependencies {',
    '    implementation("io.micronaut:micronaut-inject")',
    '}',
    ''
  ].join('\n')

/** A Gradle build with a web module, a function module and a CLI module; `step` is the workflow's run line. */
const gradleRepo = (step: string): Record<string, string> => ({
  'settings.gradle': "include 'api-function'\ninclude 'cli'\ninclude 'web'\n",
  'api-function/build.gradle': micronautModule('google_function'),
  'api-function/src/main/java/fn/Application.java': javaMain('fn'),
  'cli/build.gradle': micronautModule('none'),
  'cli/src/main/java/cli/Application.java': javaMain('cli'),
  'web/build.gradle': micronautModule('netty'),
  'web/src/main/java/web/Application.java': javaMain('web'),
  '.github/workflows/deploy.yml': [
    'jobs:',
    '  deploy:',
    '    steps:',
    '      - uses: actions/setup-java@v4',
    '      - run: ./gradlew api-function:test web:test',
    `      - run: ${step}`,
    ''
  ].join('\n')
})

const springPom = (artifact: string): string =>
  [
    '<project>',
    '  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.4</version></parent>',
    `  <artifactId>${artifact}</artifactId>`,
    '  <dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies>',
    '  <build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>',
    '</project>',
    ''
  ].join('\n')

test('gradle: `./gradlew web:dockerBuild` makes the web module primary', () => {
  expect(primary(gradleRepo('./gradlew web:dockerBuild -PdockerImageName=gcr.io/x/web'))).toEqual({
    appDir: 'web',
    framework: 'micronaut',
    packageManager: 'gradle',
    port: 8080
  })
})

test('maven: `mvn -pl gateway jib:build` makes the gateway module primary', () => {
  expect(
    primary({
      'pom.xml':
        '<project><artifactId>root</artifactId><packaging>pom</packaging><modules><module>admin</module><module>gateway</module></modules></project>\n',
      'admin/pom.xml': springPom('admin'),
      'admin/src/main/java/admin/Application.java': javaMain('admin'),
      'gateway/pom.xml': springPom('gateway'),
      'gateway/src/main/java/gateway/Application.java': javaMain('gateway'),
      '.github/workflows/image.yml':
        'jobs:\n  image:\n    steps:\n      - run: ./mvnw -B -pl gateway -am jib:build\n'
    })
  ).toEqual({ appDir: 'gateway', framework: 'spring-boot', packageManager: 'maven', port: 8080 })
})

test('the signal itself: the module, the workflow file and the line', () => {
  const tree = treeFromFiles(gradleRepo('./gradlew :web:jib'))
  expect(workflowImageModule(tree, ['api-function', 'cli', 'web'])).toEqual({
    dir: 'web',
    file: '.github/workflows/deploy.yml',
    line: 6,
    text: '- run: ./gradlew :web:jib'
  })
})

test('negative: test and jar tasks image nothing; two imaged modules name none', () => {
  const dirs = ['api-function', 'cli', 'web']
  expect(workflowImageModule(treeFromFiles(gradleRepo('./gradlew cli:shadowJar')), dirs)).toBeNull()
  expect(
    workflowImageModule(treeFromFiles(gradleRepo('./gradlew web:dockerBuild cli:dockerBuild')), dirs)
  ).toBeNull()
  expect(primary(gradleRepo('./gradlew cli:shadowJar')).appDir).not.toBe('web')
})
