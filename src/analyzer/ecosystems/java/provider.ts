// JVM provider: Spring Boot, Quarkus, Micronaut and Ktor on Maven or Gradle (Groovy or Kotlin DSL), single
// and multi-module. The jar path comes from the build file, the port from application config
// (`server.port: ${PORT:8082}`), the health path from Actuator/SmallRye/Micronaut management or routes.
import type { Evidence, Warning } from '../../report.js'
import { JVM_FRAMEWORKS, type JvmFrameworkSpec } from './frameworks.js'
import type { DependencySet } from '../common/framework-score.js'
import { evidenceAt, fileEvidence } from '../../signals/evidence.js'
import { addCandidate, findPorts, sortCandidates } from '../../signals/ports.js'
import { recommendResources } from '../../signals/resources.js'
import { toolVersion } from '../../signals/versions.js'
import { joinPath, type SourceTree } from '../../tree.js'
import type { AppContext, Provider, WorkspaceDeclaration } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { candidate, pinDirs, rankFrameworks, stripCComments } from '../common/provider-helpers.js'
import { gradleJavaVersion, javaVersionFiles, readGradle, readPom, type JvmBuild } from './build.js'
import { configValue, configValueVariables, portFromConfigValue, readAppConfig } from './config.js'
import { JAVA_BASELINE } from './runtime.js'
import { RUNTIME_VERSION, STACK } from '../../precedence.js'
import { commands } from './commands.js'
import { healthCandidates } from './health-routes.js'
import { configKeyPort } from './config-key-port.js'
import { conventionPluginJavaVersion } from './convention-plugins.js'
import { workflowJavaVersion } from './workflow-java.js'
import { gradlePropertyJavaVersion } from './gradle-property-version.js'
import { dependedSiblingModules, type SiblingModule } from './sibling-modules.js'

interface JavaData {
  build: JvmBuild
  spec: JvmFrameworkSpec | null
  frameworkEvidence: Evidence[]
  /** Sibling modules this one depends on (transitively): their classpath config files apply to it. */
  dependencyModules?: string[]
}

function rootBuildFor(ctx: AppContext): JvmBuild | null {
  if (!ctx.workspace) return null
  return buildAt(ctx, ctx.workspace.root)
}

/**
 * The POM of the folder above a Maven module — where `<parent>` is looked up by default (`relativePath`
 * `../pom.xml`) — when no workspace declares it: an aggregator that lists its modules only inside
 * `<profiles>` (`-Dcommunity-app` builds the app module) is no workspace root, yet every module inherits its
 * properties. The caller checks the module names it as `<parent>`.
 */
function parentFolderBuild(ctx: AppContext): JvmBuild | null {
  if (ctx.workspace || ctx.dir === '.') return null
  const slash = ctx.dir.lastIndexOf('/')
  const parent = buildAt(ctx, slash < 0 ? '.' : ctx.dir.slice(0, slash))
  return parent?.tool === 'maven' ? parent : null
}

function buildAt(ctx: AppContext, root: string): JvmBuild | null {
  const rootCtx: AppContext = {
    tree: ctx.tree,
    files: ctx.files,
    sourceFiles: ctx.sourceFiles,
    workspace: ctx.workspace,
    // Not `...ctx`: spreading would compute every workspace member's shared signals (Dockerfiles, compose
    // files …) just to build its root's pom, which reads none of them.
    get signals() {
      return ctx.signals
    },
    dir: root,
    path: rel => joinPath(root, rel),
    has: rel => ctx.tree.has(joinPath(root, rel)),
    read: rel => ctx.tree.read(joinPath(root, rel))
  }
  return readPom(rootCtx) ?? readGradle(rootCtx)
}

/**
 * A module of a multi-module build inherits the Spring Boot parent from the aggregator pom, so its own pom
 * names only starters (actuator, data-jpa, a Spring Cloud gateway …): any runtime
 * `org.springframework.boot:spring-boot-starter-*` makes it a Spring Boot module, like the base starter does.
 */
function springStarterFamily(deps: DependencySet): void {
  const base = 'org.springframework.boot:spring-boot-starter'
  if (deps.has(base)) return
  for (const [name, info] of deps)
    if (name.startsWith(`${base}-`) && !info.dev && !/-test$/.test(name))
      return void deps.set(base, { ...info, dev: false })
}

const RUNNABLE_PLUGINS = [
  'plugin:application',
  'plugin:org.springframework.boot',
  'plugin:io.quarkus',
  'plugin:io.micronaut.application',
  'plugin:io.ktor.plugin'
]

/**
 * Health endpoints come from a dependency the app may get through a sibling module
 * (`implementation project(':api')`, where api declares `spring-boot-starter-actuator`): the health
 * dependencies of the Gradle projects this module uses count as its own.
 */
function inheritProjectHealthDeps(ctx: AppContext, build: JvmBuild): void {
  const healthDeps = JVM_FRAMEWORKS.flatMap(f => (f as JvmFrameworkSpec).health?.dependencies ?? [])
  for (const { file: sibling, text: siblingText } of projectDependencyBuilds(ctx, build)) {
    for (const dep of healthDeps) {
      const artifact = dep.split(':')[1]!
      const line = new RegExp(
        `^[ \\t]*(?:implementation|api|compile|runtimeOnly)\\b[^\\n]*\\b${artifact}\\b`,
        'm'
      ).exec(siblingText)
      if (line && !build.deps.has(dep))
        build.deps.set(dep, { dev: false, evidence: evidenceAt(sibling, siblingText, line.index) })
    }
  }
}

/** Build files of the Gradle projects this module depends on (`implementation(project(":core"))`), ≤ 20. */
function projectDependencyBuilds(ctx: AppContext, build: JvmBuild): { file: string; text: string }[] {
  if (build.tool !== 'gradle' || !ctx.workspace) return []
  const text = ctx.tree.read(build.file) ?? ''
  const projects = text.matchAll(
    /^[ \t]*(?:implementation|api|compile|runtimeOnly)\s*\(?\s*project\(\s*(?:path\s*[:=]\s*)?["']:([\w:.-]+)["']\s*\)/gm
  )
  const out: { file: string; text: string }[] = []
  for (const m of [...projects].slice(0, 20)) {
    const dir = joinPath(ctx.workspace.root, m[1]!.replace(/:/g, '/'))
    const file = ['build.gradle', 'build.gradle.kts'].map(n => joinPath(dir, n)).find(p => ctx.tree.has(p))
    const siblingText = file ? ctx.tree.read(file) : null
    if (file && siblingText !== null) out.push({ file, text: siblingText })
  }
  return out
}

/**
 * A module that pins no Java version compiles with the toolchain of the modules it depends on: `backend`
 * with `implementation(project(":core"))`, where core/build.gradle.kts says `jvmToolchain(21)`.
 */
function projectDependencyJavaVersion(ctx: AppContext, build: JvmBuild): Candidate<string> | null {
  for (const { file, text } of projectDependencyBuilds(ctx, build)) {
    const found = gradleJavaVersion(file, stripCComments(text))
    if (found)
      return {
        ...found,
        confidence: RUNTIME_VERSION.moduleDependency,
        source: `${found.source} of the module it depends on`
      }
  }
  return null
}

/**
 * A Maven module inherits the `<dependencies>` of its `<parent>` pom: an aggregator that declares
 * `spring-boot-starter-actuator` for every module gives each of them `/actuator/health`.
 */
function inheritParentPomHealthDeps(build: JvmBuild, rootBuild: JvmBuild | null): void {
  if (build.tool !== 'maven' || rootBuild?.tool !== 'maven' || rootBuild.file === build.file) return
  const parentIsRoot = [...build.deps.keys()].some(key => key.endsWith(`:${rootBuild.name}`))
  if (!parentIsRoot) return
  const healthDeps = JVM_FRAMEWORKS.flatMap(f => (f as JvmFrameworkSpec).health?.dependencies ?? [])
  for (const dep of healthDeps) {
    const inherited = rootBuild.deps.get(dep)
    if (inherited && !inherited.dev && !build.deps.has(dep)) build.deps.set(dep, inherited)
  }
}

/** At most this many sibling module POMs are read for one module (a generated aggregator may hold hundreds). */
const MAX_SIBLING_POMS = 30

/** `<parent>/<x>/pom.xml` paths, listed once per tree and folder (every module of a build asks). */
function modulePomsBelow(tree: SourceTree, parent: string): string[] {
  let byParent = modulePoms.get(tree)
  if (!byParent) modulePoms.set(tree, (byParent = new Map()))
  let poms = byParent.get(parent)
  if (!poms) {
    const depth = parent === '.' ? 0 : parent.split('/').length
    poms = tree
      .filesUnder(parent)
      .map(f => f.path)
      .filter(p => p.endsWith('/pom.xml') && p.split('/').length === depth + 2)
    byParent.set(parent, poms)
  }
  return poms
}
const modulePoms = new WeakMap<SourceTree, Map<string, string[]>>()

/**
 * The Maven twin of inheritProjectHealthDeps: a module that depends on a sibling module of the same build
 * (`<artifactId>code-quarkus</artifactId>`, the library in `../base` that declares
 * `quarkus-smallrye-health`) gets that module's health dependencies, as Maven puts them on its classpath.
 * Siblings are the POMs one folder below the module's parent folder, matched by groupId and artifactId.
 */
function inheritSiblingModuleHealthDeps(ctx: AppContext, build: JvmBuild): string[] {
  if (build.tool !== 'maven' || ctx.dir === '.') return []
  const slash = ctx.dir.lastIndexOf('/')
  const parent = slash < 0 ? '.' : ctx.dir.slice(0, slash)
  const siblings: SiblingModule[] = []
  for (const pom of modulePomsBelow(ctx.tree, parent)
    .filter(p => p !== build.file)
    .slice(0, MAX_SIBLING_POMS)) {
    const dir = pom.slice(0, -'/pom.xml'.length)
    const sibling = buildAt(ctx, dir)
    if (sibling?.tool === 'maven' && sibling.group) siblings.push({ dir, build: sibling })
  }
  const healthDeps = JVM_FRAMEWORKS.flatMap(f => (f as JvmFrameworkSpec).health?.dependencies ?? [])
  // Through the modules it depends on, transitively (see sibling-modules.ts), nearest first.
  const reached = dependedSiblingModules(build, siblings)
  for (const { build: sibling } of reached) {
    for (const dep of healthDeps) {
      const inherited = sibling.deps.get(dep)
      if (inherited && !inherited.dev && !build.deps.has(dep)) build.deps.set(dep, inherited)
    }
  }
  return reached.map(r => r.dir)
}

/**
 * A Maven module without a Java version of its own compiles with its `<parent>`'s (the aggregator at the
 * build root declaring `<maven.compiler.release>25</…>` or `<java.version>` for every module).
 */
function parentPomJavaVersion(build: JvmBuild, rootBuild: JvmBuild | null): Candidate<string> | null {
  if (build.tool !== 'maven' || rootBuild?.tool !== 'maven' || rootBuild.file === build.file) return null
  if (!rootBuild.javaVersion) return null
  if (![...build.deps.keys()].some(key => key.endsWith(`:${rootBuild.name}`))) return null
  return {
    ...rootBuild.javaVersion,
    confidence: rootBuild.javaVersion.confidence - 0.01,
    source: `parent ${rootBuild.javaVersion.source}`
  }
}

/**
 * A Maven module whose `<parent>` is an intermediate POM (`hawkbit-monolith/pom.xml`, itself a child of the
 * build root that sets `<java.version>21`): properties inherit down the whole chain, each `<parent>` found in
 * the folder above (Maven's default `relativePath`), a few levels at most.
 */
function parentChainJavaVersion(ctx: AppContext, build: JvmBuild): Candidate<string> | null {
  if (build.tool !== 'maven') return null
  let current = build
  let dir = ctx.dir
  for (let hop = 0; hop < MAX_PARENT_HOPS && dir !== '.'; hop++) {
    const slash = dir.lastIndexOf('/')
    dir = slash < 0 ? '.' : dir.slice(0, slash)
    const parent = buildAt(ctx, dir)
    if (parent?.tool !== 'maven' || parent.file === current.file) return null
    if (![...current.deps.keys()].some(key => key.endsWith(`:${parent.name}`))) return null
    if (parent.javaVersion)
      return {
        ...parent.javaVersion,
        confidence: parent.javaVersion.confidence - 0.01 * (hop + 1),
        source: `ancestor ${parent.javaVersion.source}`
      }
    current = parent
  }
  return null
}

/** How many `<parent>` POMs up a module's Java version is looked for. */
const MAX_PARENT_HOPS = 4

export const javaProvider: Provider<JavaData> = {
  id: 'java',
  manifests: ['pom.xml', 'build.gradle', 'build.gradle.kts'],

  workspaces(ctx): WorkspaceDeclaration | null {
    const build = readPom(ctx) ?? readGradle(ctx)
    if (!build || build.modules.length === 0) return null
    const members = build.modules
      .map(m => ctx.path(m))
      .filter(m => m !== ctx.dir && ctx.tree.filesUnder(m).length > 0)
    return members.length
      ? {
          kind: build.tool === 'maven' ? 'maven-modules' : 'gradle-subprojects',
          members,
          evidence: [fileEvidence(build.file)]
        }
      : null
  },

  detect(ctx) {
    const rootBuild = rootBuildFor(ctx)
    const build = readPom(ctx) ?? readGradle(ctx, rootBuild)
    if (!build) return null
    springStarterFamily(build.deps)
    inheritProjectHealthDeps(ctx, build)
    inheritParentPomHealthDeps(build, rootBuild)
    const dependencyModules = inheritSiblingModuleHealthDeps(ctx, build)
    const matches = rankFrameworks(ctx, JVM_FRAMEWORKS, build.deps)
    const best = matches[0]
    const spec = best ? (best.spec as JvmFrameworkSpec) : null
    const data: JavaData = { build, spec, frameworkEvidence: best?.evidence ?? [], dependencyModules }
    const evidence = [fileEvidence(build.file)]
    // `java-library` without an application/Boot/Quarkus/Micronaut plugin is a module other modules use,
    // even when it exposes Spring starters (`api 'org.springframework.boot:spring-boot-starter-actuator'`).
    if (
      ctx.workspace !== null &&
      build.deps.has('plugin:java-library') &&
      !RUNNABLE_PLUGINS.some(p => build.deps.has(p))
    )
      return { score: 0.4, deployable: false, reason: 'Gradle java-library module', evidence, data }
    // A build that includes modules is only their aggregator when it has no sources of its own: a Gradle root
    // with `include 'client'` and `src/main/java` is itself the application (`has` tests files, not folders).
    const isAggregator =
      build.packaging === 'pom' ||
      (build.modules.length > 0 && ctx.tree.filesUnder(ctx.path('src/main')).length === 0)
    // A module of a multi-module build that inherits the framework's starters but has no `main` and no
    // runnable plugin (spring-boot/quarkus/micronaut/application) is a library its sibling app depends on
    // (`eladmin-generator` beside `eladmin-system`, which has the @SpringBootApplication and the Boot plugin).
    if (
      best &&
      best.score >= 0.5 &&
      !isAggregator &&
      ctx.workspace !== null &&
      ctx.tree.filesUnder(ctx.path('src/main')).length > 0 &&
      !RUNNABLE_PLUGINS.some(p => build.deps.has(p)) &&
      !declaresEntryPoint(ctx)
    )
      return {
        score: 0.4,
        deployable: false,
        reason: `library module: ${best.spec.name} dependencies but no main class and no runnable plugin`,
        evidence,
        data
      }
    if (best && best.score >= 0.5 && !isAggregator) {
      return {
        score: 0.9 + best.score / 20,
        deployable: true,
        reason: `${best.spec.name} in ${build.file}`,
        evidence: [...best.evidence, ...evidence],
        data
      }
    }
    if (isAggregator)
      return { score: 0.45, deployable: false, reason: 'multi-module build root', evidence, data }
    const hasMain =
      build.deps.has('plugin:application') ||
      ctx.has('src/main/java') ||
      ctx.has('src/main/kotlin') ||
      ctx.tree.filesUnder(ctx.path('src/main')).length > 0
    // A module of a multi-module build with sources but no entry point is a library the app modules use.
    const library =
      hasMain && ctx.workspace !== null && !build.deps.has('plugin:application') && !hasEntryPoint(ctx)
    return hasMain && !library
      ? {
          score: 0.5,
          deployable: true,
          reason: 'JVM application without a recognised web framework',
          evidence,
          data
        }
      : {
          score: 0.4,
          deployable: false,
          reason: 'JVM build without sources (library or tooling)',
          evidence,
          data
        }
  },

  plan(ctx, detection) {
    const { build, spec, frameworkEvidence, dependencyModules = [] } = detection.data
    const warnings: Warning[] = [...build.warnings]
    const config = readAppConfig(ctx, warnings, dependencyModules)
    const fwId = spec?.id ?? 'none'
    const language = build.kotlin ? 'kotlin' : 'java'

    const ports: Candidate<number>[] = []
    const portKey = spec?.portKey ?? 'server.port'
    const portValue = configValue(config, [portKey])
    const configured = portValue ? portFromConfigValue(portValue.value) : null
    if (portValue && configured !== null) {
      // `server.port: ${PORT:8080}`: the default stands only while those variables are unset.
      const replacedBy = configValueVariables(portValue.value)
      ports.push({
        ...candidate(configured, CONFIDENCE.declared, `${portValue.evidence.file} ${portKey}`, [
          portValue.evidence
        ]),
        ...(replacedBy.length > 0 ? { replacedBy } : {})
      })
    }
    if (spec?.sourcePorts) {
      const sources = ctx.sourceFiles(spec.sourcePorts.extensions, 200)
      for (const c of findPorts(ctx.tree, sources, spec.sourcePorts.patterns)) addCandidate(ports, c)
    }
    const keyPort = configKeyPort(ctx)
    if (keyPort) addCandidate(ports, keyPort)
    addCandidate(
      ports,
      candidate(
        spec?.port ?? 8080,
        spec ? CONFIDENCE.convention : CONFIDENCE.fallback,
        spec ? `${spec.name} default` : 'JVM convention',
        frameworkEvidence
      )
    )

    const health = healthCandidates(ctx, build, spec, config, warnings)
    const { buildCommand, startCommand, hints } = commands(ctx, build, spec)

    const runtime: Candidate<string>[] = []
    // `JavaLanguageVersion.of(javaVersion.toInteger())` with `javaVersion=25` in gradle.properties.
    const property =
      !build.javaVersion && build.tool === 'gradle'
        ? gradlePropertyJavaVersion(ctx, build.file, stripCComments(ctx.tree.read(build.file) ?? ''))
        : null
    if (build.javaVersion) runtime.push(build.javaVersion)
    else if (property) runtime.push(property)
    else {
      const parent =
        parentPomJavaVersion(build, rootBuildFor(ctx) ?? parentFolderBuild(ctx)) ??
        parentChainJavaVersion(ctx, build)
      if (parent) runtime.push(parent)
    }
    const file = javaVersionFiles(ctx, pinDirs(ctx))
    if (file) runtime.push(file)
    const tool = toolVersion(ctx.tree, pinDirs(ctx), ['java'])
    if (tool)
      runtime.push({
        ...tool,
        value: tool.value.replace(/^[a-z-]+?-(?=\d)/, ''),
        confidence: RUNTIME_VERSION.toolVersions
      })
    const inherited = runtime.length === 0 ? projectDependencyJavaVersion(ctx, build) : null
    if (inherited) runtime.push(inherited)
    // `plugins { id("acme.java-conventions") }`: the version the build's convention plugin sets.
    const convention =
      runtime.length === 0 && build.tool === 'gradle'
        ? conventionPluginJavaVersion(ctx, stripCComments(ctx.tree.read(build.file) ?? ''))
        : null
    if (convention) runtime.push({ ...convention, confidence: convention.confidence - 0.02 })
    // Nothing in the build pins Java: the JDK the CI workflows build the app with.
    const ci = runtime.length === 0 ? workflowJavaVersion(ctx.tree) : null
    if (ci) runtime.push(ci)

    const evidence = [fileEvidence(build.file)]
    return {
      candidates: {
        language: [
          candidate(
            language,
            CONFIDENCE.declared,
            build.kotlin ? 'Kotlin plugin or sources' : build.file,
            evidence
          )
        ],
        framework: [
          spec
            ? candidate(fwId, STACK.frameworkDependency, `${spec.name} in ${build.file}`, frameworkEvidence)
            : candidate('none', CONFIDENCE.convention, 'no JVM web framework in the build file', evidence)
        ],
        packageManager: [candidate(build.tool, CONFIDENCE.declared, build.file, evidence)],
        runtimeVersion: runtime,
        buildCommand,
        startCommand,
        port: sortCandidates(ports),
        healthPath: health,
        resources: [
          recommendResources({
            runtime: JAVA_BASELINE,
            framework: spec ? { id: spec.id, resources: spec.resources } : undefined,
            dependencies: [...build.deps.keys()]
          })
        ]
      },
      hints,
      warnings
    }
  }
}

const ENTRY_POINT =
  /\bstatic\s+(?:public\s+)?void\s+main\s*\(|^[ \t]*(?:suspend\s+)?fun\s+main\s*\(|\bEngineMain\b/m

/** True when the module's sources declare a `main` (Java `static void main`, Kotlin `fun main`). */
function hasEntryPoint(ctx: AppContext): boolean {
  return ctx.sourceFiles(['.java', '.kt'], 300).some(path => ENTRY_POINT.test(ctx.tree.read(path) ?? ''))
}

/** Where `main` usually lives (`FooApplication.java`, `Main.kt`, `Server.java`): read first in large modules. */
const ENTRY_FILE = /(?:^|\/)\w*(?:Application|App|Main|Server|Launcher|Bootstrap)\.(?:java|kt)$/

/**
 * hasEntryPoint, for deciding that a module is a library: the files named like an entry point anywhere in
 * the module are read too, so a large module whose `main` is past the first 300 files is not taken for one.
 */
function declaresEntryPoint(ctx: AppContext): boolean {
  const files = ctx.sourceFiles(['.java', '.kt'], 5000)
  const named = files.filter(p => ENTRY_FILE.test(p)).slice(0, 50)
  return [...named, ...files.slice(0, 300)].some(path => ENTRY_POINT.test(ctx.tree.read(path) ?? ''))
}
