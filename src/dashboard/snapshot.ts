// What the dashboard page shows, as one JSON document: every local service with its URL, live release,
// health (from the poller), the release a rollback would pick, and its latest runs with their eight stages
// — read from the state directory, where a deploy in another process writes its RunRecord at every stage.
import type { RunRecord } from '../pipeline/contracts.js'
import type { ProxyInfo } from '../stages/local-proxy.js'
import { proxyInfoFile } from '../stages/local-proxy-client.js'
import { isAlive, readJson, readLock, type StateDir } from '../stages/local-state.js'
import { serviceRuns, type ServiceHealth } from '../stages/local-status.js'
import type { GitHubView } from './github.js'

export const RUNS_SHOWN = 8

export interface ServiceCard {
  name: string
  /** Null when no proxy process serves the stable URL. */
  url: string | null
  sourceDir: string
  healthPath: string | null
  health: (ServiceHealth & { checkedAt: string }) | null
  current: {
    tag: string
    deployedAt: string
    commit: string | null
    commitMessage: string | null
    container: string
  } | null
  /** The release `rollback --to previous` would put live, null when there is none. */
  previous: string | null
  /** A run of this service is in progress (its process holds the lock). */
  busy: boolean
  runs: RunRecord[]
}

export interface DashboardSnapshot {
  stateDir: string
  services: ServiceCard[]
  github: GitHubView | null
}

export type HealthCache = Map<string, ServiceHealth & { checkedAt: string; tag: string | null }>

/** The stable URL if its proxy process is alive (no network call: this runs several times a second). */
export function proxyUrl(state: StateDir, service: string): string | null {
  let info: ProxyInfo | null = null
  try {
    info = readJson<ProxyInfo>(proxyInfoFile(state, service))
  } catch {
    return null
  }
  return info && isAlive(info.pid) ? `http://127.0.0.1:${info.port}` : null
}

export function buildSnapshot(
  state: StateDir,
  health: HealthCache,
  github: GitHubView | null
): DashboardSnapshot {
  const services: ServiceCard[] = []
  for (const name of state.services()) {
    const service = state.readService(name)
    if (!service) continue
    const current = service.current
    const lock = readLock(state, name)
    const cached = health.get(name)
    services.push({
      name,
      url: proxyUrl(state, name),
      sourceDir: service.source.dir,
      healthPath: service.healthPath,
      // A result for another release is stale: show none until the poller checks the new one.
      health: cached && cached.tag === (current?.tag ?? null) ? cached : null,
      current: current
        ? {
            tag: current.tag,
            deployedAt: current.deployedAt,
            commit: current.commit,
            commitMessage: current.commitMessage,
            container: current.container
          }
        : null,
      previous: current ? (service.releases.find(r => r.tag !== current.tag)?.tag ?? null) : null,
      busy: lock !== null && isAlive(lock.pid),
      runs: serviceRuns(state, name, RUNS_SHOWN)
    })
  }
  return { stateDir: state.root, services, github }
}
