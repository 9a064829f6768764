// JVM build files read into one model: Maven pom.xml (tolerant XML) and Gradle build scripts (Groovy and
// Kotlin DSL, read with patterns — we never run Gradle). Dependencies are `group:artifact`, plugins
// `plugin:<id>`; the Java version comes from toolchains, release/target properties and compatibility lines.
// Slightly over 300 lines: Maven and Gradle fill the same JvmBuild model, side by side.
import type { Evidence, Warning } from '../../report.js'
import type { DependencySet } from '../common/framework-score.js'
import { evidenceAt } from '../../signals/evidence.js'
import type { AppContext } from '../../provider.js'
import { CONFIDENCE, type Candidate } from '../../candidate.js'
import { addDependency, candidate, stripCComments } from '../common/provider-helpers.js'
import { child, childText, children, descendants, parseXml, type XmlNode } from '../common/xml.js'
import { RUNTIME_VERSION } from '../../precedence.js'
import { catalogKey, versionCatalogFor } from './version-catalog.js'

export interface JvmBuild {
  tool: 'maven' | 'gradle'
  /** Repository-relative manifest path. */
  file: string
  deps: DependencySet
  javaVersion: Candidate<string> | null
  /** Artifact base name and version, for the jar path. */
  name: string
  /** Maven groupId (the `<parent>`'s when the POM inherits it); null for Gradle. */
  group?: string | null
  version: string | null
  finalName: string | null
  packaging: string
  /** Module/subproject directories, app-relative. */
  modules: string[]
  kotlin: boolean
  warnings: Warning[]
}

const lineEvidence = (file: string, node: XmlNode, text: string): Evidence => ({
  file,
  line: node.line,
  text
})

function resolveProps(value: string | undefined, props: Map<string, string>, depth = 0): string | undefined {
  if (value === undefined || depth > 5) return value
  // Property names hold no `$`, braces or long runs: a run of unclosed `${` stays a linear scan.
  const out = value.replace(/\$\{([^${}]{1,256})\}/g, (whole, key: string) => props.get(key) ?? whole)
  return out !== value && out.includes('${') ? resolveProps(out, props, depth + 1) : out
}

export function readPom(ctx: AppContext): JvmBuild | null {
  const file = ctx.path('pom.xml')
  const text = ctx.tree.read(file)
  if (text === null) return null
  const warnings: Warning[] = []
  const doc = parseXml(text)
  if (doc.error) {
    warnings.push({
      code: 'INVALID_MANIFEST',
      message: `${file}:${doc.error.line}: invalid XML (${doc.error.message}); fix the file — values after the error are ignored`,
      file,
      line: doc.error.line
    })
  }
  const project = child(doc.root, 'project')
  const deps: DependencySet = new Map()
  const props = new Map<string, string>()
  for (const p of child(project, 'properties')?.children ?? []) props.set(p.name, p.text.trim())
  const version = childText(project, 'version') ?? childText(project, 'parent', 'version') ?? null
  const artifactId = childText(project, 'artifactId') ?? ctx.dir.split('/').pop() ?? 'app'
  props.set('project.version', version ?? '')
  props.set('project.artifactId', artifactId)
  props.set('revision', props.get('revision') ?? '')

  const parentGroup = childText(project, 'parent', 'groupId')
  const parentArtifact = childText(project, 'parent', 'artifactId')
  const parent = child(project, 'parent')
  if (parent && parentGroup && parentArtifact) {
    addDependency(deps, `${parentGroup}:${parentArtifact}`, {
      dev: false,
      evidence: lineEvidence(file, parent, `<parent> ${parentGroup}:${parentArtifact}`)
    })
  }
  // Direct dependencies and dependencyManagement imports (BOMs reveal Quarkus/Micronaut platforms too).
  const depNodes = [...children(child(project, 'dependencies'), 'dependency')]
  for (const d of depNodes) {
    const g = resolveProps(childText(d, 'groupId'), props)
    const a = resolveProps(childText(d, 'artifactId'), props)
    if (!g || !a) continue
    const scope = childText(d, 'scope')
    addDependency(deps, `${g}:${a}`, {
      dev: scope === 'test' || scope === 'provided',
      evidence: lineEvidence(file, d, `${g}:${a}`)
    })
  }
  const build = child(project, 'build')
  for (const plugin of descendants(
    build ?? { name: '', attrs: {}, children: [], text: '', line: 0 },
    'plugin'
  )) {
    const g = resolveProps(childText(plugin, 'groupId'), props) ?? 'org.apache.maven.plugins'
    const a = resolveProps(childText(plugin, 'artifactId'), props)
    if (a)
      addDependency(deps, `plugin:${g}:${a}`, {
        dev: false,
        evidence: lineEvidence(file, plugin, `${g}:${a}`)
      })
    if (a === 'quarkus-maven-plugin')
      addDependency(deps, 'plugin:io.quarkus', { dev: false, evidence: lineEvidence(file, plugin, a) })
    if (a === 'micronaut-maven-plugin')
      addDependency(deps, 'plugin:io.micronaut.application', {
        dev: false,
        evidence: lineEvidence(file, plugin, a)
      })
    // A Boot plugin told to skip (`<configuration><skip>true</skip>`, or the `spring-boot.repackage.skip`
    // property) builds no runnable jar: the module opts out, it is a library of a multi-module build
    // (holdout42 hertzbeat-ai beside the hertzbeat-startup server).
    const skipped =
      resolveProps(childText(plugin, 'configuration', 'skip'), props)?.trim() === 'true' ||
      props.get('spring-boot.repackage.skip') === 'true'
    if (a === 'spring-boot-maven-plugin' && !skipped)
      addDependency(deps, 'plugin:org.springframework.boot', {
        dev: false,
        evidence: lineEvidence(file, plugin, a)
      })
  }

  let javaVersion: Candidate<string> | null = null
  for (const key of [
    'maven.compiler.release',
    'java.version',
    'maven.compiler.target',
    'maven.compiler.source',
    'jdk.version',
    'java.release'
  ]) {
    const node = child(project, 'properties')?.children.find(c => c.name === key)
    const v = resolveProps(node?.text.trim(), props)
    if (node && v && /^\d+(\.\d+)?$/.test(v)) {
      javaVersion = candidate(v, CONFIDENCE.declared, `pom.xml <${key}>`, [
        lineEvidence(file, node, `<${key}>${v}</${key}>`)
      ])
      break
    }
  }
  if (!javaVersion) {
    const release = descendants(build ?? project ?? doc.root, 'release').find(n =>
      /^\d+$/.test(resolveProps(n.text.trim(), props) ?? '')
    )
    if (release)
      javaVersion = candidate(
        resolveProps(release.text.trim(), props)!,
        RUNTIME_VERSION.toolVersions,
        'maven-compiler-plugin <release>',
        [lineEvidence(file, release, `<release>${release.text.trim()}</release>`)]
      )
  }
  const finalName = resolveProps(childText(build, 'finalName'), props) ?? null
  const kotlin = [...deps.keys()].some(
    k =>
      k.startsWith('org.jetbrains.kotlin:kotlin-stdlib') ||
      k === 'plugin:org.jetbrains.kotlin:kotlin-maven-plugin'
  )
  return {
    tool: 'maven',
    file,
    deps,
    javaVersion,
    name: artifactId,
    group: childText(project, 'groupId') ?? parentGroup ?? null,
    version: resolveProps(version ?? undefined, props) ?? null,
    finalName: finalName && !finalName.includes('${') ? finalName : null,
    packaging: childText(project, 'packaging') ?? 'jar',
    modules: children(child(project, 'modules'), 'module')
      .map(m => m.text.trim())
      .filter(Boolean),
    kotlin,
    warnings
  }
}

const GRADLE_CONFIGS =
  'implementation|api|compile|runtimeOnly|compileOnly|runtime|developmentOnly|annotationProcessor|kapt|ksp|testImplementation|testRuntimeOnly|testCompile|integrationTestImplementation'

export function readGradle(ctx: AppContext, rootBuild?: JvmBuild | null): JvmBuild | null {
  const name = ctx.has('build.gradle.kts')
    ? 'build.gradle.kts'
    : ctx.has('build.gradle')
      ? 'build.gradle'
      : null
  if (!name) return null
  const file = ctx.path(name)
  const raw = ctx.tree.read(file) ?? ''
  const text = stripCComments(raw)
  const deps: DependencySet = new Map()
  const ev = (index: number): Evidence => evidenceAt(file, text, index)

  // Plugins: `id 'x' version 'y'`, `id("x")`, `kotlin("jvm")`, `apply plugin: 'x'`; `apply false` only declares.
  // The rest of the line is read up to its end only: the Groovy DSL's `id "a"` lines end without a `)`, and
  // a gap that crossed the newline would take the next `id "b"` line as this one's tail and skip it.
  for (const m of text.matchAll(/\bid\s*\(?\s*["']([\w.-]+)["'][ \t]*\)?([^\n]*)/g)) {
    if (/\bapply\s*\(?\s*false/.test(m[2]!)) continue
    addDependency(deps, `plugin:${m[1]}`, { dev: false, evidence: ev(m.index!) })
  }
  for (const m of text.matchAll(/\bkotlin\s*\(\s*["']([\w.-]+)["']\s*\)([^\n]*)/g)) {
    if (/\bapply\s*\(?\s*false/.test(m[2]!)) continue
    addDependency(deps, `plugin:org.jetbrains.kotlin.${m[1]}`, { dev: false, evidence: ev(m.index!) })
  }
  for (const m of text.matchAll(/\bapply\s*(?:\(\s*)?plugin\s*[:=]\s*["']([\w.-]+)["']/g))
    addDependency(deps, `plugin:${m[1]}`, { dev: false, evidence: ev(m.index!) })
  // The Kotlin DSL's core plugin accessor: a bare `application` line in the plugins block.
  const pluginsBlock = /\bplugins\s*\{([^{}]*)\}/.exec(text)
  const bare = pluginsBlock ? /^[ \t]*`?application`?[ \t]*$/m.exec(pluginsBlock[1]!) : null
  if (pluginsBlock && bare)
    addDependency(deps, 'plugin:application', {
      dev: false,
      evidence: ev(pluginsBlock.index + pluginsBlock[0].indexOf('{') + 1 + bare.index)
    })
  const configRe = new RegExp(
    `\\b(${GRADLE_CONFIGS})\\s*\\(?\\s*(?:platform\\s*\\(\\s*|enforcedPlatform\\s*\\(\\s*)?["']([\\w.-]+):([\\w.-]+)(?::[^"']*)?["']`,
    'g'
  )
  for (const m of text.matchAll(configRe)) {
    addDependency(deps, `${m[2]}:${m[3]}`, {
      dev: /^test|^integrationTest/.test(m[1]!),
      evidence: ev(m.index!)
    })
  }
  // Version catalogs: `implementation(libs.spring.boot.starter.web)` → best-effort group:artifact guess; `mn`
  // is the catalog the Micronaut Gradle plugin provides (`implementation(mn.micronaut.management)`).
  // The project's own catalog (gradle/libs.versions.toml) names the coordinate; the guesses are the fallback.
  const catalog = versionCatalogFor(ctx.tree, ctx.dir)
  for (const m of text.matchAll(
    new RegExp(`\\b(${GRADLE_CONFIGS})\\s*\\(?\\s*(?:libs|mn)\\.([\\w.]+)`, 'g')
  )) {
    const alias = m[2]!.replace(/\./g, '-')
    const declared = catalog?.libraries.get(catalogKey(alias))
    if (declared) addDependency(deps, declared, { dev: /^test/.test(m[1]!), evidence: ev(m.index!) })
    for (const [pattern, coordinate] of CATALOG_GUESSES)
      if (pattern.test(alias))
        addDependency(deps, coordinate, { dev: /^test/.test(m[1]!), evidence: ev(m.index!) })
  }
  for (const m of text.matchAll(/\balias\s*\(\s*libs\.plugins\.([\w.]+)\s*\)([^\n]*)/g)) {
    if (/\bapply\s*\(?\s*false/.test(m[2]!)) continue
    const alias = m[1]!.replace(/\./g, '-')
    const pluginId = catalog?.plugins.get(catalogKey(alias))
    if (pluginId) addDependency(deps, `plugin:${pluginId}`, { dev: false, evidence: ev(m.index!) })
    if (/spring-boot/.test(alias))
      addDependency(deps, 'plugin:org.springframework.boot', { dev: false, evidence: ev(m.index!) })
    if (/quarkus/.test(alias))
      addDependency(deps, 'plugin:io.quarkus', { dev: false, evidence: ev(m.index!) })
    if (/micronaut-application/.test(alias))
      addDependency(deps, 'plugin:io.micronaut.application', { dev: false, evidence: ev(m.index!) })
    if (/ktor/.test(alias))
      addDependency(deps, 'plugin:io.ktor.plugin', { dev: false, evidence: ev(m.index!) })
    if (/kotlin-jvm/.test(alias))
      addDependency(deps, 'plugin:org.jetbrains.kotlin.jvm', { dev: false, evidence: ev(m.index!) })
    if (/shadow/.test(alias))
      addDependency(deps, 'plugin:com.github.johnrengelman.shadow', { dev: false, evidence: ev(m.index!) })
  }

  const javaVersion = gradleJavaVersion(file, text) ?? rootBuild?.javaVersion ?? null
  const settingsText = ctx.read('settings.gradle.kts') ?? ctx.read('settings.gradle') ?? ''
  const rootName = /rootProject\.name\s*=\s*["']([^"']+)["']/.exec(settingsText)?.[1]
  const version = /^[ \t]*version\s*=\s*["']([^"']+)["']/m.exec(text)?.[1] ?? rootBuild?.version ?? null
  const modules: string[] = []
  for (const m of settingsText.matchAll(/\binclude\s*\(?([^\n)]*)\)?/g)) {
    for (const s of m[1]!.matchAll(/["']:?([\w.:-]+)["']/g)) modules.push(s[1]!.replace(/:/g, '/'))
  }
  const kotlin =
    [...deps.keys()].some(k => k.startsWith('plugin:org.jetbrains.kotlin.')) ||
    ctx.tree.filesUnder(ctx.path('src/main/kotlin')).length > 0
  return {
    tool: 'gradle',
    file,
    deps,
    javaVersion,
    name: rootName ?? (ctx.dir === '.' ? 'app' : ctx.dir.split('/').pop()!),
    version: version === 'unspecified' ? null : version,
    // Gradle's archiveFileName is the whole file name (`Lavalink.jar`); finalName is without the extension
    // (Maven's <finalName>), which the start command appends.
    finalName:
      /archiveFileName\.set\(\s*["']([^"'$]+)["']\s*\)|archiveFileName\s*=\s*["']([^"'$]+)["']/
        .exec(text)
        ?.slice(1)
        .find(Boolean)
        ?.replace(/\.jar$/i, '') ?? null,
    packaging: 'jar',
    modules,
    kotlin,
    warnings: []
  }
}

const CATALOG_GUESSES: [RegExp, string][] = [
  [/spring-boot-starter-web$/, 'org.springframework.boot:spring-boot-starter-web'],
  [/spring-boot-starter-webflux$/, 'org.springframework.boot:spring-boot-starter-webflux'],
  [/spring-boot-starter-actuator$/, 'org.springframework.boot:spring-boot-starter-actuator'],
  [/ktor-server-core/, 'io.ktor:ktor-server-core'],
  [/ktor-server-netty/, 'io.ktor:ktor-server-netty'],
  [/quarkus-smallrye-health/, 'io.quarkus:quarkus-smallrye-health'],
  [/micronaut-management/, 'io.micronaut:micronaut-management']
]

export function gradleJavaVersion(file: string, text: string): Candidate<string> | null {
  const patterns: [RegExp, string][] = [
    [/JavaLanguageVersion\.of\(\s*["']?(\d+)["']?\s*\)/, 'Gradle Java toolchain'],
    [/\bjvmToolchain\(\s*(\d+)\s*\)/, 'Kotlin jvmToolchain'],
    [
      /\b(?:sourceCompatibility|targetCompatibility)\s*=\s*(?:JavaVersion\.(?:VERSION_|toVersion\(\s*["']?))?["']?(\d+(?:[._]\d+)?)/,
      'Gradle sourceCompatibility'
    ],
    [/\bjvmTarget(?:\.set\(\s*JvmTarget\.JVM_|\s*=\s*["'])(\d+(?:\.\d+)?)/, 'Kotlin jvmTarget']
  ]
  for (const [re, source] of patterns) {
    const m = re.exec(text)
    if (m) {
      const v = m[1]!.replace('_', '.')
      return candidate(v.startsWith('1.') ? v.slice(2) : v, CONFIDENCE.declared, source, [
        evidenceAt(file, text, m.index)
      ])
    }
  }
  return gradleJavaVersionVariable(file, text)
}

/**
 * The version set through a variable: `final targetJavaVersion = JavaVersion.VERSION_21` (or `val javaVersion =
 * 21`) and then `sourceCompatibility = targetJavaVersion` / `JavaLanguageVersion.of(javaVersion)`: the
 * variable's value, with the use and the declaration as evidence.
 */
function gradleJavaVersionVariable(file: string, text: string): Candidate<string> | null {
  const use =
    /\b(?:sourceCompatibility|targetCompatibility|jvmToolchain|JavaLanguageVersion\.of)\s*(?:=|\()\s*([A-Za-z_]\w*)\s*\)?/g
  let looked = 0
  for (const m of text.matchAll(use)) {
    const name = m[1]!
    // The name goes into a pattern: a hostile 1 MiB identifier would be an invalid (too large) regex, and
    // every use scans the whole file, so look at a handful of plausible names only.
    if (++looked > 8) break
    if (name.length > 64) continue
    if (/^(?:JavaVersion|JavaLanguageVersion|JvmTarget)$/.test(name)) continue
    const decl = new RegExp(
      String.raw`\b(?:final|def|val|var|ext\.)\s*(?:\w+\s+)?${name}\s*(?::\s*\w+\s*)?=\s*(?:JavaVersion\.VERSION_|JavaVersion\.toVersion\(\s*["']?|JavaLanguageVersion\.of\(\s*["']?|["'])?(\d+(?:[._]\d+)?)`
    ).exec(text)
    if (!decl) continue
    const v = decl[1]!.replace('_', '.')
    return candidate(v.startsWith('1.') ? v.slice(2) : v, CONFIDENCE.declared, `Gradle ${name}`, [
      evidenceAt(file, text, m.index),
      evidenceAt(file, text, decl.index)
    ])
  }
  return null
}

/** How each version file outside the build file names the JDK. */
const JAVA_VERSION_FILES: [name: string, pattern: RegExp][] = [
  ['.java-version', /^[ \t]*(?:temurin-|openjdk-|corretto-)?(\d+(?:\.\d+)*)/m],
  ['system.properties', /^java\.runtime\.version\s*=\s*(\d+(?:\.\d+)*)/m],
  // SDKMAN's per-project pin (`sdk env`): `java=17.0.20-librca`, the vendor after the dash.
  ['.sdkmanrc', /^[ \t]*java[ \t]*=[ \t]*(\d+(?:\.\d+)*)/m]
]

/** `.java-version`, `system.properties` (java.runtime.version), `.sdkmanrc` — pins outside the build file. */
export function javaVersionFiles(ctx: AppContext, dirs: string[]): Candidate<string> | null {
  for (const dir of dirs) {
    for (const [name, pattern] of JAVA_VERSION_FILES) {
      const path = dir === '.' ? name : `${dir}/${name}`
      const text = ctx.tree.read(path)
      if (text === null) continue
      const m = pattern.exec(text)
      if (m) return candidate(m[1]!, RUNTIME_VERSION.manifestPin, name, [evidenceAt(path, text, m.index)])
    }
  }
  return null
}
