// The healthcheck a repository's own compose file runs against the image it publishes of an app folder,
// when no service builds that folder: the compose file for users pulls the image instead of building it.
// Two shapes name the image of a folder:
// - the image is named for the app's own package (`image: sciphiai/r2r` for py/ whose pyproject says
//   `name = "r2r"`; holdout41's R2R, docker/compose.yaml: `curl http://localhost:7272/v3/health`);
// - the repository publishes one image per folder under one name (`jhumanj/opnform-api` and
//   `jhumanj/opnform-client` for api/ and client/; holdout41's OpnForm, whose ui service probes /login): the
//   suffix names this folder and another service's image of the same family names another folder of the
//   repository.
// Compose files are read at the root and in its deployment folders (docker/, deploy/ …); development and test
// variants are not. Only the healthcheck's path is taken: a pulled image's ports may be remapped by its
// environment, and those are read elsewhere.
import type { Candidate } from '../candidate.js'
import { DEPLOY_FILE } from '../precedence.js'
import { basename, dirname, joinPath, type SourceTree } from '../tree.js'
import { composeFilesIn, healthcheckPath, projectName } from './compose.js'
import { evidenceAt } from './evidence.js'
import { getPath, isRecord, parseYamlFile } from './manifests.js'

const FOLDERS = [
  '.',
  'docker',
  '.docker',
  'deploy',
  'deploy/docker',
  'deployment',
  'docker-compose',
  'compose'
]
const DEV_VARIANT = /(?:^|[.-])(?:dev|develop|development|local|test|tests|testing|ci|e2e)(?:[.-]|$)/

/** `ghcr.io/org/name:tag` → { owner: 'ghcr.io/org', repo: 'name' } (lower case), or null. */
function imageParts(image: unknown): { owner: string; repo: string } | null {
  if (typeof image !== 'string' || /[$]/.test(image)) return null
  const name = image
    .replace(/@.*$/, '')
    .replace(/:[^/]*$/, '')
    .toLowerCase()
  const at = name.lastIndexOf('/')
  const repo = name.slice(at + 1)
  return repo ? { owner: at < 0 ? '' : name.slice(0, at), repo } : null
}

export function publishedImageHealth(tree: SourceTree, appDir: string): Candidate<string>[] {
  if (appDir === '.') return []
  const own = projectName(tree, appDir)?.toLowerCase() ?? null
  const folder = basename(appDir).toLowerCase()
  const out: Candidate<string>[] = []
  for (const path of composeFilesIn(tree, FOLDERS)) {
    if (DEV_VARIANT.test(basename(path))) continue
    const parsed = parseYamlFile(tree, path)
    const services = parsed?.ok ? getPath(parsed.value, 'services') : undefined
    if (!isRecord(services)) continue
    const pulled = Object.entries(services)
      .filter((e): e is [string, Record<string, unknown>] => isRecord(e[1]) && e[1].build === undefined)
      .map(([name, svc]) => ({ name, svc, image: imageParts(svc.image) }))
    for (const { name, svc, image } of pulled) {
      if (!image) continue
      const byName = own !== null && image.repo === own
      const family =
        !byName &&
        sameFamily(
          tree,
          appDir,
          folder,
          image,
          pulled.map(p => p.image)
        )
      if (!byName && !family) continue
      const health = healthcheckPath(getPath(svc, 'healthcheck', 'test'))
      if (!health) continue
      const text = tree.read(path) ?? ''
      out.push({
        value: health,
        confidence: DEPLOY_FILE,
        source: `${path} services.${name}.healthcheck (runs ${String(svc.image)}, the published image of ${appDir})`,
        evidence: [serviceHealthcheckEvidence(path, text, name)]
      })
    }
    if (out.length > 0) return out
  }
  return out
}

/**
 * `<owner>/<prefix>-<folder>` beside another pulled `<owner>/<prefix>-<other>` where `<other>` is a folder of
 * the repository next to the app folder: one image per folder.
 */
function sameFamily(
  tree: SourceTree,
  appDir: string,
  folder: string,
  image: { owner: string; repo: string },
  all: ({ owner: string; repo: string } | null)[]
): boolean {
  const suffix = `-${folder}`
  if (!image.repo.endsWith(suffix) || image.repo.length === suffix.length) return false
  const prefix = image.repo.slice(0, -suffix.length)
  const parent = dirname(appDir)
  return all.some(other => {
    if (!other || other.owner !== image.owner || other.repo === image.repo) return false
    if (!other.repo.startsWith(`${prefix}-`)) return false
    const sibling = other.repo.slice(prefix.length + 1)
    return /^[\w.-]+$/.test(sibling) && tree.filesIn(joinPath(parent, sibling)).length > 0
  })
}

/** The `healthcheck:` line inside service `name` of a compose file (else the service's line, else line 0). */
function serviceHealthcheckEvidence(path: string, text: string, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const head = new RegExp(`^([ \\t]+)${escaped}:[ \\t]*(?:&\\S+)?[ \\t]*$`, 'm').exec(text)
  if (!head) return evidenceAt(path, text, 0)
  const indent = head[1]!.length
  const rest = text.slice(head.index + head[0].length)
  const lines = rest.split('\n')
  let offset = head.index + head[0].length
  for (const line of lines.slice(1)) {
    offset += 1
    const lead = /^[ \t]*/.exec(line)![0].length
    if (line.trim() !== '' && lead <= indent) break
    if (/^[ \t]*healthcheck:/.test(line)) return evidenceAt(path, text, offset + lead)
    offset += line.length
  }
  return evidenceAt(path, text, head.index + head[1]!.length)
}
