// The JDK the CI workflows build a JVM app with, when nothing in its build pins Java (holdout32
// micronaut-starter: `.github/workflows/gcr-snapshot.yml:17` `java-version: '17'` beside `./gradlew
// starter-web-netty:dockerBuild`). Field by field through the whole analyzer.
import { analyzeFiles } from '../../../support/analyzed-app.js'
import { workflowJavaVersion } from '../../../../src/analyzer/ecosystems/java/workflow-java.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

function fields(files: Record<string, string>, dir: string) {
  const app = analyzeFiles(files).apps.find(a => a.appDir === dir)
  return {
    framework: app?.framework.value,
    runtimeVersion: app?.runtimeVersion.value,
    evidence: app?.runtimeVersion.evidence.map(e => `${e.file}:${e.line}`)
  }
}

const workflow = (version: string, run: string): string =>
  [
    'name: ci',
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-java@v4',
    '        with:',
    "          distribution: 'temurin'",
    `          java-version: ${version}`,
    `      - run: ${run}`,
    ''
  ].join('\n')

const micronautModule = {
  'settings.gradle': "include 'api'\ninclude 'web'\n",
  'api/build.gradle': "plugins {\n  id 'java-library'\n}\n",
  'web/build.gradle': [
    'plugins {',
    '  id "io.micronaut.application" version "4.4.0"',
    '}',
    'dependencies {',
    '  implementation "io.micronaut:micronaut-http-server-netty"',
    '}',
    ''
  ].join('\n'),
  'web/src/main/java/example/Application.java': 'class Application {}\n'
}

const bootPom = (properties = ''): string =>
  `<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>shop</artifactId><version>1</version><properties>${properties}</properties><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies><build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>`

describe('the Java version of the CI workflows that build the app', () => {
  it('a Gradle Micronaut module imaged by a workflow on JDK 17', () => {
    expect(
      fields(
        {
          ...micronautModule,
          '.github/workflows/snapshot.yml': workflow("'17'", './gradlew web:dockerBuild')
        },
        'web'
      )
    ).toEqual({
      framework: 'micronaut',
      runtimeVersion: '17',
      evidence: ['.github/workflows/snapshot.yml:11']
    })
  })

  it('a Maven Spring Boot app packaged by two workflows that agree on 21', () => {
    expect(
      fields(
        {
          'pom.xml': bootPom(),
          'src/main/java/org/example/Shop.java': 'class Shop {}\n',
          '.github/workflows/build.yml': workflow('21', './mvnw -B package'),
          '.github/workflows/release.yml': workflow('"21.0.2"', 'mvn -B deploy')
        },
        '.'
      )
    ).toEqual({
      framework: 'spring-boot',
      runtimeVersion: '21',
      evidence: ['.github/workflows/build.yml:11']
    })
  })

  it('negatives: a matrix, workflows that disagree, a lint-only job, a pin in the build', () => {
    const app = { 'pom.xml': bootPom(), 'src/main/java/org/example/Shop.java': 'class Shop {}\n' }
    expect(
      fields({ ...app, '.github/workflows/ci.yml': workflow('${{ matrix.java }}', 'mvn -B verify') }, '.')
    ).toEqual({ framework: 'spring-boot', runtimeVersion: null, evidence: [] })
    expect(
      fields(
        {
          ...app,
          '.github/workflows/a.yml': workflow('17', 'mvn -B package'),
          '.github/workflows/b.yml': workflow('21', 'mvn -B package')
        },
        '.'
      )
    ).toEqual({ framework: 'spring-boot', runtimeVersion: null, evidence: [] })
    expect(
      fields({ ...app, '.github/workflows/lint.yml': workflow('17', 'npx prettier --check .') }, '.')
    ).toEqual({ framework: 'spring-boot', runtimeVersion: null, evidence: [] })
    expect(
      fields(
        {
          'pom.xml': bootPom('<java.version>21</java.version>'),
          'src/main/java/org/example/Shop.java': 'class Shop {}\n',
          '.github/workflows/build.yml': workflow('17', 'mvn -B package')
        },
        '.'
      ).runtimeVersion
    ).toBe('21')
  })

  it('reads Java 8 written as 1.8', () => {
    const files: Record<string, string> = { '.github/workflows/b.yml': workflow("'1.8'", './gradlew build') }
    expect(workflowJavaVersion(treeFromFiles(files))?.value).toBe('8')
  })
})
