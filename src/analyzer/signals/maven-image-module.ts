// A Maven module that only builds the image of another module: its pom.xml has `<packaging>pom</packaging>`
// (no code of its own), depends on exactly one module of the repository (the war or jar it ships, copied
// next to the Dockerfile by `maven-dependency-plugin` copy-dependencies or referenced from its target/),
// and its folder holds the Dockerfile that copies that artifact out of `target/`. The image is the other
// module's (holdout40 airsonic-advanced: `install/docker/pom.xml` depends on airsonic-main's war and its
// Dockerfile copies `target/dependency/airsonic-main.war`): that module takes the Dockerfile's port, health
// check and command, and the image folder is no app of its own.
import { basename, dirname, joinPath, type SourceTree } from '../tree.js'
import { contextCopySources } from './dockerfile.js'

const NAMES = ['Dockerfile', 'Containerfile']

/** The repository's Maven modules by their own artifactId (the parent's and the dependencies' removed). */
function modulesByArtifact(tree: SourceTree): Map<string, string> {
  const out = new Map<string, string>()
  for (const f of tree.files) {
    if (basename(f.path) !== 'pom.xml') continue
    const own = ownArtifactId(tree.read(f.path) ?? '')
    if (own && !out.has(own)) out.set(own, dirname(f.path))
  }
  return out
}

function ownArtifactId(pom: string): string | null {
  const body = pom
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<parent>[\s\S]*?<\/parent>/g, '')
    .replace(/<dependencies>[\s\S]*?<\/dependencies>/g, '')
    .replace(/<dependencyManagement>[\s\S]*?<\/dependencyManagement>/g, '')
    .replace(/<build>[\s\S]*?<\/build>/g, '')
    .replace(/<profiles>[\s\S]*?<\/profiles>/g, '')
  return /<artifactId>\s*([\w.-]+)\s*<\/artifactId>/.exec(body)?.[1] ?? null
}

/**
 * For a folder holding a Dockerfile and a pom-packaging pom.xml: the module folder whose artifact that image
 * ships, with the Dockerfile's path; else null.
 */
export function mavenImageOf(tree: SourceTree, dir: string): { module: string; dockerfile: string } | null {
  const pom = tree.read(joinPath(dir, 'pom.xml'))
  if (pom === null || !/<packaging>\s*pom\s*<\/packaging>/.test(pom)) return null
  if (/<modules>/.test(pom.replace(/<profiles>[\s\S]*?<\/profiles>/g, ''))) return null
  const dockerfile = NAMES.map(n => joinPath(dir, n)).find(p => tree.has(p))
  const text = dockerfile ? tree.read(dockerfile) : null
  if (!dockerfile || text === null) return null
  // The image copies a build artifact out of target/, not sources.
  if (!contextCopySources(text).some(s => /^(?:\.\/)?target\/[^\s]*\.(?:war|jar)$/.test(s))) return null
  const deps = /<dependencies>([\s\S]*?)<\/dependencies>/.exec(pom.replace(/<!--[\s\S]*?-->/g, ''))?.[1] ?? ''
  const modules = modulesByArtifact(tree)
  const shipped = [...deps.matchAll(/<artifactId>\s*([\w.-]+)\s*<\/artifactId>/g)]
    .map(m => modules.get(m[1]!))
    .filter((d): d is string => d !== undefined && d !== dir)
  if (new Set(shipped).size !== 1) return null
  return { module: shipped[0]!, dockerfile }
}

/** The Dockerfile of an image module (mavenImageOf) that ships the module at `dir`; else null. */
export function mavenImageDockerfile(tree: SourceTree, dir: string): string | null {
  if (!tree.has(joinPath(dir, 'pom.xml'))) return null
  return imagesOf(tree).get(dir) ?? null
}

/** Module folder → the Dockerfile of the image module that ships it, once per tree. */
function imagesOf(tree: SourceTree): Map<string, string> {
  const known = imagesByTree.get(tree)
  if (known) return known
  const out = new Map<string, string>()
  for (const f of tree.files) {
    if (basename(f.path) !== 'pom.xml') continue
    const folder = dirname(f.path)
    if (!NAMES.some(n => tree.has(joinPath(folder, n)))) continue
    const image = mavenImageOf(tree, folder)
    if (image && !out.has(image.module)) out.set(image.module, image.dockerfile)
  }
  imagesByTree.set(tree, out)
  return out
}
const imagesByTree = new WeakMap<SourceTree, Map<string, string>>()
