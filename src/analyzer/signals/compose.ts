// docker-compose: the container port of the service built from the app directory (`ports: ["8080:3000"]`
// → 3000, `expose: [3000]`), and PORT from its `environment`.
import type { SourceTree } from '../tree.js'
import { dirname, joinPath } from '../tree.js'
import type { Candidate } from '../providers/types.js'
import { CONFIDENCE } from '../providers/types.js'
import { keyEvidence } from './evidence.js'
import { getPath, isRecord, parseYamlFile } from './manifests.js'
import { parsePort } from './ports.js'
import type { Warning } from '../report.js'

export const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml']

function normalize(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return out.length ? out.join('/') : '.'
}

/** Container side of a compose port entry: "8080:3000" → 3000, "3000" → 3000, {target: 3000} → 3000. */
function containerPort(entry: unknown): number | null {
  if (typeof entry === 'number') return parsePort(entry)
  if (isRecord(entry)) return parsePort(entry.target)
  if (typeof entry !== 'string') return null
  const last =
    entry
      .replace(/\/(tcp|udp)$/, '')
      .split(':')
      .pop() ?? ''
  return parsePort(last.split('-')[0])
}

export function composePorts(
  tree: SourceTree,
  appDir: string,
  composePaths: string[],
  warnings: Warning[]
): Candidate<number>[] {
  const out: Candidate<number>[] = []
  for (const path of composePaths) {
    const parsed = parseYamlFile(tree, path)
    if (!parsed) continue
    if (!parsed.ok) {
      warnings.push(parsed.warning)
      continue
    }
    const services = getPath(parsed.value, 'services')
    if (!isRecord(services)) continue
    const text = tree.read(path) ?? ''
    const base = dirname(path)
    for (const [name, svc] of Object.entries(services)) {
      if (!isRecord(svc)) continue
      const build = typeof svc.build === 'string' ? svc.build : getPath(svc, 'build', 'context')
      if (typeof build !== 'string' || normalize(joinPath(base, build)) !== appDir) continue
      const entries = [
        ...(Array.isArray(svc.ports) ? svc.ports : []),
        ...(Array.isArray(svc.expose) ? svc.expose : [])
      ]
      for (const entry of entries) {
        const port = containerPort(entry)
        if (port !== null)
          out.push({
            value: port,
            confidence: CONFIDENCE.declared - 0.05,
            source: `${path} services.${name}.ports`,
            evidence: [keyEvidence(path, text, 'ports')]
          })
      }
      const env = svc.environment
      const envPort = Array.isArray(env)
        ? env.map(e => (typeof e === 'string' ? /^PORT=(\d+)$/.exec(e)?.[1] : undefined)).find(Boolean)
        : isRecord(env)
          ? env.PORT
          : undefined
      const port = parsePort(envPort)
      if (port !== null)
        out.push({
          value: port,
          confidence: CONFIDENCE.declared - 0.05,
          source: `${path} services.${name}.environment.PORT`,
          evidence: [keyEvidence(path, text, 'PORT')]
        })
    }
  }
  return out
}
