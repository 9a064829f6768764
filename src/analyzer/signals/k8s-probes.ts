// Kubernetes manifests and Helm values kept in the app's repository are deployment config the project
// wrote: a container's `livenessProbe` / `readinessProbe` / `startupProbe` names the app's health path
// (`httpGet.path`, or the URL an `exec` probe checks: `curl -f localhost:9898/healthz`) and, through the
// probe's port or the container's `containerPort`, the port it listens on. Only folders projects keep such
// files in are read (`k8s/`, `deploy/`, `helm/`, `charts/`, `manifests/`, `kubernetes/`, `kustomize/` …),
// bounded in count and size; containers of well-known infrastructure images (databases, caches, brokers)
// are skipped, and the text is read line by line so Helm templates (`{{ … }}`) do not stop the search. A
// container's `env` PORT is a port setting of the deployment too.
import type { Candidate } from '../candidate.js'
import type { SourceTree } from '../tree.js'
import { joinPath } from '../tree.js'
import { clip } from './evidence.js'
import { healthRank } from './health.js'
import { parsePort } from './ports.js'

export const MANIFEST_FOLDERS = [
  'k8s',
  '.k8s',
  'kubernetes',
  'kube',
  'deploy',
  'deployment',
  'deployments',
  'manifests',
  'helm',
  'charts',
  'chart',
  'kustomize',
  'infra/k8s',
  'infra/kubernetes',
  'ops/k8s'
]

const MAX_FILES = 60
const MAX_BYTES = 128 * 1024
/**
 * Confidence when every probe agrees, and when they split. A probe's port is the container's port as deployed
 * (just below a Dockerfile EXPOSE). Its path is often one check of a family the framework serves whole
 * (`/q/health/ready` beside Quarkus `/q/health`), so it ranks below routes read from code and framework
 * conventions, and above the source fallback scan: it decides only when nothing better names the path.
 */
const CONFIDENCE_OF = {
  port: { agreed: 0.9, split: 0.65 },
  path: { agreed: 0.58, split: 0.52 },
  /**
   * A probe of a path that names no health endpoint (`/stats/`, `/api/ping-db`): the deployment still
   * chose it to decide the app is up, so it is the app's probe when nothing names a health route; below
   * the health-named probes and far below any route the code declares. The site root is never one.
   */
  anyPath: { agreed: 0.5, split: 0.46 }
} as const

const INFRA_IMAGE =
  /(?:^|[/:"'\s])(?:redis|valkey|postgres|postgresql|mysql|mariadb|mongo|mongodb|memcached|rabbitmq|elasticsearch|opensearch|minio|etcd|nats|kafka|zookeeper|grafana|prometheus|jaeger|otel|busybox|curlimages|cloudflared|envoy|istio|linkerd)(?:[/:@"'\s-]|$)/i

interface Probe {
  path: string | null
  /** The path names a health endpoint (`/healthz`, `/api/health`), not just any page the probe GETs. */
  healthNamed?: boolean
  port: number | null
  file: string
  line: number
  text: string
}

export interface ProbeFacts {
  port: Candidate<number>[]
  healthPath: Candidate<string>[]
}

/** Manifest-like files under the app's deployment folders, bounded. */
export function manifestFiles(tree: SourceTree, dir: string): string[] {
  const out: string[] = []
  for (const folder of MANIFEST_FOLDERS) {
    for (const f of tree.filesUnder(joinPath(dir, folder))) {
      if (out.length >= MAX_FILES) return out
      if (f.size <= MAX_BYTES && /\.ya?ml$/i.test(f.path)) out.push(f.path)
    }
  }
  return out
}

const indentOf = (line: string): number => line.length - line.trimStart().length

/** Every probe in one manifest/values file, with the port it (or its container) uses. */
export function probesIn(file: string, text: string): Probe[] {
  if (!/(?:liveness|readiness|startup)Probe\s*:/.test(text)) return []
  const lines = text.split('\n')
  const probes: Probe[] = []
  for (let i = 0; i < lines.length; i++) {
    const head = /^(\s*)(liveness|readiness|startup)Probe\s*:\s*$/.exec(lines[i]!)
    if (!head) continue
    const image = nearestImage(lines, i)
    if (image !== null && INFRA_IMAGE.test(image)) continue
    const base = head[1]!.length
    let path: string | null = null
    let portText: string | null = null
    let at = i
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!
      if (line.trim() === '' || line.trim().startsWith('#')) continue
      if (indentOf(line) <= base) break
      const p = /^\s*path\s*:\s*["']?([^"'\s#]+)/.exec(line)
      if (p && path === null) {
        path = p[1]!
        at = j
      }
      const port = /^\s*port\s*:\s*["']?([^"'\s#]+)/.exec(line)
      if (port && portText === null) portText = port[1]!
      // An exec probe checking a local URL: `curl -f http://localhost:9898/healthz`, `- localhost:9898/healthz`.
      const url = /(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::(\d{2,5}))?(\/[\w\-./]*)/.exec(line)
      if (url && path === null) {
        path = url[2]!
        portText ??= url[1] ?? null
        at = j
      }
    }
    if (path !== null && (path.includes('{{') || path === '/' || !/^\/[\w\-./]*$/.test(path))) path = null
    const healthNamed = path !== null && healthRank(path.replace(/(.)\/$/, '$1')) >= 0
    const port = portText === null || portText.includes('{{') ? null : resolvePort(lines, i, portText)
    if (path === null && port === null) continue
    probes.push({ path, healthNamed, port, file, line: at + 1, text: clip(lines[at]!.trim()) })
  }
  return probes
}

/** The `image:` of the container a line belongs to: the nearest one above at most 40 lines back. */
function nearestImage(lines: string[], index: number): string | null {
  for (let j = index - 1; j >= 0 && j >= index - 40; j--) {
    const m = /^\s*(?:-\s*)?image\s*:\s*(.+)$/.exec(lines[j]!)
    if (m) return m[1]!.trim()
    if (/^\s*-\s*name\s*:/.test(lines[j]!) && indentOf(lines[j]!) < indentOf(lines[index]!)) {
      // The container's list item starts here: look a few lines below it for its image.
      for (let k = j; k < index; k++) {
        const below = /^\s*(?:-\s*)?image\s*:\s*(.+)$/.exec(lines[k]!)
        if (below) return below[1]!.trim()
      }
      return null
    }
  }
  return null
}

/** A probe's port: a number, or the name of one of the container's `ports` (`name: http` → containerPort). */
function resolvePort(lines: string[], index: number, value: string): number | null {
  const direct = parsePort(value)
  if (direct !== null) return direct
  const name = value.replace(/^["']|["']$/g, '')
  // Search the container around the probe (60 lines either way) for `- name: <name>` + `containerPort: N`.
  for (let j = Math.max(0, index - 60); j < Math.min(lines.length, index + 60); j++) {
    if (!new RegExp(`^\\s*-?\\s*name\\s*:\\s*["']?${name.replace(/[^\w-]/g, '')}["']?\\s*$`).test(lines[j]!))
      continue
    for (let k = Math.max(0, j - 3); k <= Math.min(lines.length - 1, j + 3); k++) {
      const cp = /containerPort\s*:\s*(\d+)/.exec(lines[k]!)
      if (cp) return parsePort(cp[1])
    }
  }
  return null
}

/** Health path and port candidates from the probes of the app's manifests and Helm values. */
export function readK8sProbes(tree: SourceTree, dir: string): ProbeFacts {
  const probes: Probe[] = []
  for (const file of manifestFiles(tree, dir)) {
    const text = tree.read(file)
    if (text !== null) probes.push(...probesIn(file, text))
  }
  // A container's `env: - name: PORT / value: "8080"` is the port the deployment runs the app with, and it
  // sets PORT: a default the app uses only while PORT is unset is no rival to it.
  const envPorts = vote(
    manifestFiles(tree, dir).flatMap(file => {
      const text = tree.read(file)
      return text === null ? [] : envPortsIn(file, text)
    }),
    p => p.port!,
    'container env PORT',
    CONFIDENCE_OF.port
  ).map(c => ({ ...c, setsEnv: ['PORT'] }))
  return {
    healthPath: [
      ...vote(
        probes.filter(p => p.path !== null && p.healthNamed),
        p => p.path!,
        'probe path',
        CONFIDENCE_OF.path
      ),
      ...vote(
        probes.filter(p => p.path !== null && !p.healthNamed),
        p => p.path!,
        'probe path (names no health endpoint)',
        CONFIDENCE_OF.anyPath
      )
    ],
    port: [
      ...vote(
        probes.filter(p => p.port !== null),
        p => p.port!,
        'probe port',
        CONFIDENCE_OF.port
      ),
      ...envPorts
    ]
  }
}

/** `- name: PORT` + `value: "8080"` of an app container's `env:` list (not an infrastructure image's). */
export function envPortsIn(file: string, text: string): Probe[] {
  if (!/name\s*:\s*["']?PORT\b/.test(text)) return []
  const lines = text.split('\n')
  const out: Probe[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*-\s*name\s*:\s*["']?PORT["']?\s*$/.test(lines[i]!)) continue
    const image = nearestImage(lines, i)
    if (image !== null && INFRA_IMAGE.test(image)) continue
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      if (/^\s*-/.test(lines[j]!)) break
      const v = /^\s*value\s*:\s*["']?(\d{2,5})["']?\s*$/.exec(lines[j]!)
      const port = v ? parsePort(v[1]) : null
      if (port !== null) out.push({ path: null, port, file, line: j + 1, text: clip(lines[j]!.trim()) })
      if (v) break
    }
  }
  return out
}

/** One candidate per distinct value, most probes first; full confidence only when all probes agree. */
function vote<T>(
  probes: Probe[],
  value: (p: Probe) => T,
  what: string,
  confidence: { agreed: number; split: number }
): Candidate<T>[] {
  const groups = new Map<T, Probe[]>()
  for (const p of probes) groups.set(value(p), [...(groups.get(value(p)) ?? []), p])
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length)
  return ordered.map(([v, list], i) => ({
    value: v,
    confidence: (ordered.length === 1 ? confidence.agreed : confidence.split) - i * 0.01,
    source: `${list[0]!.file} Kubernetes ${what}`,
    evidence: list.slice(0, 3).map(p => ({ file: p.file, line: p.line, text: p.text }))
  }))
}
