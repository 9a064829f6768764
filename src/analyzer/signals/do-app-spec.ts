// DigitalOcean App Platform app specs: `.do/app.yaml`, `.do/deploy.template.yaml` (the spec sits under a
// top-level `spec:` key), `.do/spec.yaml` or a root `spec.yaml`. Each `services[]` entry names its folder
// (`source_dir`, default the repository root) and may declare `http_port`, `run_command`, `build_command`
// and `health_check.http_path`. Workers, jobs and static sites are not web services and are ignored.
import type { Warning } from '../report.js'
import type { SourceTree } from '../tree.js'
import { keyEvidence } from './evidence.js'
import { getPath, getString, isRecord, parseYamlFile } from './manifests.js'
import type { PlatformFacts } from './platform-files.js'
import { parsePort } from './ports.js'
import { DEPLOY_FILE } from '../precedence.js'

const SPEC_FILES = ['.do/app.yaml', '.do/app.yml', '.do/deploy.template.yaml', '.do/spec.yaml', 'spec.yaml']

// Keys only an App Platform service has: a root `spec.yaml` without them belongs to some other tool.
const DO_SERVICE_KEYS = ['run_command', 'http_port', 'source_dir', 'environment_slug', 'instance_size_slug']

/** Every field the app spec sets ranks as a deployment file (precedence.ts). */
const conf = DEPLOY_FILE

/** `source_dir: /api/` → `api`; absent or `/` → `.`. */
function sourceDir(service: Record<string, unknown>): string {
  const raw = getString(service, 'source_dir') ?? '.'
  return raw.replace(/^\.?\/+/, '').replace(/\/+$/, '') || '.'
}

export function readDoAppSpec(
  tree: SourceTree,
  dir: string,
  facts: PlatformFacts,
  warnings: Warning[]
): void {
  for (const path of SPEC_FILES) {
    const parsed = parseYamlFile(tree, path)
    if (!parsed) continue
    if (!parsed.ok) {
      warnings.push(parsed.warning)
      continue
    }
    const doc = isRecord(getPath(parsed.value, 'spec')) ? getPath(parsed.value, 'spec') : parsed.value
    const services = getPath(doc, 'services')
    if (!Array.isArray(services)) continue
    const web = services.filter(isRecord)
    if (path === 'spec.yaml' && !web.some(s => DO_SERVICE_KEYS.some(k => k in s))) continue
    const text = tree.read(path) ?? ''
    for (const s of web) {
      if (sourceDir(s) !== dir) continue
      const port = parsePort(s.http_port)
      if (port !== null)
        facts.port.push({
          value: port,
          confidence: conf,
          source: `${path} http_port`,
          evidence: [keyEvidence(path, text, 'http_port')]
        })
      const run = getString(s, 'run_command')
      if (run)
        facts.startCommand.push({
          value: run.trim(),
          confidence: conf,
          source: `${path} run_command`,
          evidence: [keyEvidence(path, text, 'run_command')]
        })
      const build = getString(s, 'build_command')
      if (build)
        facts.buildCommand.push({
          value: build.trim(),
          confidence: conf,
          source: `${path} build_command`,
          evidence: [keyEvidence(path, text, 'build_command')]
        })
      const health = getString(s, 'health_check', 'http_path')
      if (health && health !== '/')
        facts.healthPath.push({
          value: health,
          confidence: conf,
          source: `${path} health_check.http_path`,
          evidence: [keyEvidence(path, text, 'http_path')]
        })
    }
    // The first spec that declares services is the app's; the template repeats it.
    if (web.length > 0) return
  }
}
