// The JVM module a CI workflow builds a container image of, without a Dockerfile in the repository: the
// build plugins write the image themselves (`./gradlew starter-web-netty:dockerBuild` with the Micronaut
// plugin, `:server:jib`, `:api:bootBuildImage`, `mvn -pl server jib:build`, `mvn -pl api
// spring-boot:build-image`). A workflow step that images exactly one module is the repository's deployment
// recipe for it, as a compose service that builds it is; tests, publishing and CLI builds name no image task.
import type { SourceTree } from '../tree.js'

const WORKFLOWS = '.github/workflows'
/** Gradle tasks that build or push a container image of their project. */
const GRADLE_IMAGE_TASK =
  /(?:^|\s):?((?:[\w.-]+:)*[\w.-]+):(?:dockerBuild|dockerPush|dockerBuildNative|dockerPushNative|optimizedDockerBuild|jib|jibDockerBuild|jibBuildTar|bootBuildImage)(?=\s|$|["'])/g
const GRADLE = /\bgradlew?\b(.*)$/
/** Maven image goals, with the module a `-pl`/`--projects` flag of the same command names. */
const MAVEN_IMAGE_GOAL = /\b(?:jib:build|jib:dockerBuild|jib:buildTar|spring-boot:build-image)\b/
const MAVEN_PROJECT = /\bmvnw?\b[^\n]*?\s(?:-pl|--projects)[\s=]+([\w./-]+)/

export interface WorkflowImageModule {
  dir: string
  file: string
  line: number
  text: string
}

/** The one module of `appDirs` the workflows build a container image of, or null (none, or several). */
export function workflowImageModule(
  tree: SourceTree,
  appDirs: readonly string[]
): WorkflowImageModule | null {
  const found = new Map<string, WorkflowImageModule>()
  for (const file of tree.filesIn(WORKFLOWS)) {
    if (!/\.ya?ml$/.test(file.path)) continue
    const text = tree.read(file.path)
    if (text === null || !/gradle|mvn/.test(text)) continue
    const lines = text.split('\n')
    lines.forEach((raw, i) => {
      if (raw.length > 2000) return
      const note = (dir: string): void => {
        const clean = dir.replace(/^\.\//, '').replace(/\/+$/, '')
        if (appDirs.includes(clean) && !found.has(clean))
          found.set(clean, { dir: clean, file: file.path, line: i + 1, text: raw.trim() })
      }
      const gradle = GRADLE.exec(raw)?.[1]
      if (gradle !== undefined)
        for (const m of gradle.matchAll(GRADLE_IMAGE_TASK)) note(m[1]!.replace(/:/g, '/'))
      if (MAVEN_IMAGE_GOAL.test(raw)) {
        const module = MAVEN_PROJECT.exec(raw)?.[1]
        if (module) for (const dir of module.split(',')) note(dir)
      }
    })
  }
  return found.size === 1 ? [...found.values()][0]! : null
}
