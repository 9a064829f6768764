// A JVM build whose app modules each run on their own (a storefront API, an admin API) often adds one
// module that bundles them into a single application (`litemall-all` depending on `litemall-wx-api` and
// `litemall-admin-api`): the all-in-one jar is what a single deployment ships. Read from the module's own
// build file: Maven `<dependency><artifactId>` naming other app modules' artifactIds, Gradle
// `project(':api')`. A `war` module goes to a servlet container, not `java -jar`: it is no such assembly.
import { joinPath, type SourceTree } from '../tree.js'

/** Build file text without comments, or null. */
function read(tree: SourceTree, path: string): string | null {
  const text = tree.read(path)
  return text === null
    ? null
    : text.replace(/<!--[\s\S]*?-->/g, '').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
}

/** A pom's own artifactId: the first outside `<parent>`, `<dependencies>`, `<build>` and the like. */
function ownArtifactId(pom: string): string | null {
  const top = pom.replace(
    /<(parent|dependencies|dependencyManagement|build|profiles|plugins|pluginManagement|reporting)>[\s\S]*?<\/\1>/g,
    ''
  )
  return /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(top)?.[1] ?? null
}

/** The artifactIds a pom depends on (its `<dependencies>` blocks, not `<dependencyManagement>`). */
function dependedArtifacts(pom: string): Set<string> {
  const body = pom.replace(/<dependencyManagement>[\s\S]*?<\/dependencyManagement>/g, '')
  const out = new Set<string>()
  for (const block of body.matchAll(/<dependencies>([\s\S]*?)<\/dependencies>/g))
    for (const dep of block[1]!.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
      const id = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(dep[1]!)?.[1]
      if (id) out.add(id)
    }
  return out
}

/**
 * App folders that bundle two or more other app folders of the repository, each with the app folders it
 * bundles. `appDirs` are the deployable apps.
 */
export function assemblyModules(
  tree: SourceTree,
  appDirs: readonly string[]
): { dir: string; bundles: string[]; file: string }[] {
  const poms = new Map<string, string>()
  for (const dir of appDirs) {
    const pom = read(tree, joinPath(dir, 'pom.xml'))
    if (pom !== null && pom.length < 500_000) poms.set(dir, pom)
  }
  const byArtifact = new Map<string, string>()
  for (const [dir, pom] of poms) {
    const id = ownArtifactId(pom)
    if (id) byArtifact.set(id, dir)
  }
  const out: { dir: string; bundles: string[]; file: string }[] = []
  for (const [dir, pom] of poms) {
    if (/<packaging>\s*war\s*<\/packaging>/.test(pom)) continue
    const bundles = [...dependedArtifacts(pom)]
      .map(id => byArtifact.get(id))
      .filter((d): d is string => d !== undefined && d !== dir)
    if (bundles.length >= 2) out.push({ dir, bundles: bundles.sort(), file: joinPath(dir, 'pom.xml') })
  }
  for (const dir of appDirs) {
    const file = ['build.gradle', 'build.gradle.kts'].map(n => joinPath(dir, n)).find(p => tree.has(p))
    const build = file ? read(tree, file) : null
    if (!file || build === null || build.length > 500_000) continue
    // `implementation project(':api')`: project paths are relative to the build root (settings.gradle).
    const bundles = [
      ...build.matchAll(
        /\b(?:implementation|api|runtimeOnly|compile)\s*\(?\s*project\(\s*(?:path\s*:\s*)?["']:([\w.:-]+)["']/g
      )
    ]
      .map(m => m[1]!.replace(/:/g, '/'))
      .map(path => appDirs.find(d => d !== dir && (d === path || d.endsWith(`/${path}`))))
      .filter((d): d is string => d !== undefined)
    const unique = [...new Set(bundles)].sort()
    if (unique.length >= 2) out.push({ dir, bundles: unique, file })
  }
  return out
}
