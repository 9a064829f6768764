// An image that installs the project's own published release instead of copying the checkout: a Dockerfile
// kept in a Dockerfile folder (`.docker/Dockerfile`, `docker/Dockerfile`) whose build context is that folder
// (it copies only its config files) and whose RUN downloads the project's release or source archive from
// GitHub (`curl …/Leantime/leantime/releases/download/v${LEAN_VERSION}/Leantime-v….tar.gz`,
// `curl …/Netflix/lemur/archive/$VERSION.tar.gz | tar xz`). The repository named in the URL is the project
// itself when it carries the name the project's manifest declares (composer.json `leantime/leantime`,
// pyproject `name = "lemur"`): the image ships the app above the folder (holdout40 leantime, holdout32 lemur).
import { joinPath, type SourceTree } from '../tree.js'
import { dockerInstructions } from './dockerfile.js'

const RELEASE_URL =
  /https?:\/\/(?:github\.com\/[\w.-]+\/([\w.-]+)\/(?:releases\/download|archive)\/|codeload\.github\.com\/[\w.-]+\/([\w.-]+)\/)/g

/** The names the app's manifests give the project, lower-cased (a composer vendor/name gives its name). */
function projectNames(tree: SourceTree, dir: string): Set<string> {
  const names = new Set<string>()
  const composer = /"name"\s*:\s*"(?:[\w.-]+\/)?([\w.-]+)"/.exec(
    tree.read(joinPath(dir, 'composer.json')) ?? ''
  )
  if (composer) names.add(composer[1]!.toLowerCase())
  const pkg = /"name"\s*:\s*"(?:@[\w.-]+\/)?([\w.-]+)"/.exec(tree.read(joinPath(dir, 'package.json')) ?? '')
  if (pkg) names.add(pkg[1]!.toLowerCase())
  const pyproject = /^\[(?:project|tool\.poetry)\][^[]*?^name\s*=\s*["']([\w.-]+)["']/m.exec(
    tree.read(joinPath(dir, 'pyproject.toml')) ?? ''
  )
  if (pyproject) names.add(pyproject[1]!.toLowerCase())
  return names
}

/** True when a RUN of the Dockerfile `text` downloads a GitHub release or archive of the project at `dir`. */
export function downloadsOwnRelease(tree: SourceTree, dir: string, text: string): boolean {
  const names = projectNames(tree, dir)
  if (names.size === 0) return false
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword !== 'RUN' && ins.keyword !== 'ADD') continue
    for (const m of ins.args.matchAll(RELEASE_URL)) {
      const repo = (m[1] ?? m[2] ?? '').replace(/\.git$/, '').toLowerCase()
      if (names.has(repo)) return true
    }
  }
  return false
}
