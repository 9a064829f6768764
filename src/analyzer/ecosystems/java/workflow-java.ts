// The Java version the repository's CI workflows build the app with (actions/setup-java `java-version`), for
// a JVM app whose build, parent build, version files and convention plugins pin none (holdout32
// micronaut-starter: only `.github/workflows/gcr-snapshot.yml:17` `java-version: '17'`, in the workflow that
// runs `./gradlew starter-web-netty:dockerBuild`). Only workflows that build, package or image the app with
// Gradle or Maven count (a lint job's JDK says nothing of production); a `${{ matrix.java }}` version tests
// several JDKs and is skipped; literal versions that disagree say nothing. The Node rule is
// `workflowNodeVersion` in ecosystems/node/versions.ts.
import type { Candidate } from '../../candidate.js'
import { workflowSetupVersion } from '../common/workflow-version.js'
import type { SourceTree } from '../../tree.js'

/** `java-version: '17'`, `java-version: 21`, `- java-version: "17.0.9"` (a literal, not an expression or a list). */
const SETUP_JAVA_VERSION = /^[ \t-]*java-version:[ \t]*["']?([^\s"'#]+)["']?[ \t]*(?:#.*)?$/gm

/** A Gradle or Maven command that builds, packages, publishes or images the app. */
const BUILDS_APP =
  /\b(?:gradlew?|mvnw?)\b[^\n]*?\s(?:[\w.:-]*:)?(?:build|assemble|bootJar|shadowJar|jar|installDist|distZip|dockerBuild|dockerPush|optimizedDockerBuild|jib|jibDockerBuild|bootBuildImage|package|install|verify|deploy|jib:build|jib:dockerBuild|spring-boot:build-image)(?=[\s"']|$)/m

export function workflowJavaVersion(tree: SourceTree): Candidate<string> | null {
  return workflowSetupVersion(tree, {
    action: 'setup-java',
    builds: BUILDS_APP,
    line: SETUP_JAVA_VERSION,
    version: raw => {
      // A matrix (`${{ matrix.java }}`) runs the build on several JDKs: no pin.
      if (raw.startsWith('${{')) return undefined
      // `1.8` is Java 8; `17.0.9`, `21-ea` are their feature release.
      const v = /^(?:1\.(\d+)|(\d+))(?:[.\-+][\w.-]*)?$/.exec(raw)
      return v ? (v[1] ?? v[2]!) : null
    },
    source: (file, raw) => `${file} setup-java java-version ${raw}`
  })
}
