// A Gradle toolchain set from a project property kept in gradle.properties (holdout39 tolgee:
// `JavaLanguageVersion.of(javaVersion.toInteger())` in backend/app/build.gradle, `javaVersion=25` in the
// root gradle.properties, beside a stale `.java-version` 21.0): the build's own pin wins. Field by field
// through analyze(); the negative has a property name that gradle.properties does not set.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { gradlePropertyJavaVersion } from '../../../../src/analyzer/ecosystems/java/gradle-property-version.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'
import type { AppContext } from '../../../../src/analyzer/provider.js'

function fields(files: Record<string, string>, dir: string) {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === dir)
  return {
    framework: app?.framework.value,
    packageManager: app?.packageManager.value,
    runtimeVersion: app?.runtimeVersion.value,
    runtimeFiles: app?.runtimeVersion.evidence.map(e => e.file)
  }
}

const bootGradle = (toolchain: string): string =>
  `plugins {\n  id 'org.springframework.boot' version '3.5.0'\n  id 'java'\n}\njava {\n  toolchain {\n    ${toolchain}\n  }\n}\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n`

describe('a Gradle toolchain version from gradle.properties', () => {
  it('backend/app JavaLanguageVersion.of(javaVersion.toInteger()) + root javaVersion=25 over .java-version 21.0', () => {
    const files = {
      'settings.gradle': "include 'backend:app'\n",
      'gradle.properties': 'kotlinVersion=2.1.0\njavaVersion=25\n',
      '.java-version': '21.0\n',
      'backend/app/build.gradle': bootGradle(
        'languageVersion = JavaLanguageVersion.of(javaVersion.toInteger())'
      ),
      'backend/app/src/main/java/io/example/Application.java': 'class Application {}\n'
    }
    expect(fields(files, 'backend/app')).toEqual({
      framework: 'spring-boot',
      packageManager: 'gradle',
      runtimeVersion: '25',
      runtimeFiles: ['backend/app/build.gradle', 'gradle.properties']
    })
  })

  it('a single-module build: JavaLanguageVersion.of(property("jdkVersion")) with jdkVersion = 21 beside it', () => {
    const files = {
      'settings.gradle': "rootProject.name = 'svc'\n",
      'gradle.properties': 'jdkVersion = 21\n',
      'build.gradle': bootGradle('languageVersion = JavaLanguageVersion.of(property("jdkVersion") as int)'),
      'src/main/java/io/example/Application.java': 'class Application {}\n'
    }
    expect(fields(files, '.')).toEqual({
      framework: 'spring-boot',
      packageManager: 'gradle',
      runtimeVersion: '21',
      runtimeFiles: ['build.gradle', 'gradle.properties']
    })
  })

  it('negative: a property gradle.properties does not set gives no version from it', () => {
    const tree = treeFromFiles({
      'gradle.properties': 'kotlinVersion=2.1.0\n',
      'build.gradle': bootGradle('languageVersion = JavaLanguageVersion.of(javaVersion.toInteger())')
    })
    const ctx = { tree } as unknown as AppContext
    expect(gradlePropertyJavaVersion(ctx, 'build.gradle', tree.read('build.gradle')!)).toBeNull()
    const files = {
      'gradle.properties': 'kotlinVersion=2.1.0\n',
      '.java-version': '17\n',
      'build.gradle': bootGradle('languageVersion = JavaLanguageVersion.of(javaVersion.toInteger())'),
      'src/main/java/io/example/Application.java': 'class Application {}\n'
    }
    expect(fields(files, '.')).toEqual({
      framework: 'spring-boot',
      packageManager: 'gradle',
      runtimeVersion: '17',
      runtimeFiles: ['.java-version']
    })
  })
})
