// What `deplight status`, `deplight history` and the dashboard show about local services: the recorded
// state (service.json, run records, with runs whose process died reported as interrupted) joined with
// what is live right now (the proxy process, the container, a health check through the stable URL).
import {
  inspectContainer,
  listContainers,
  removeContainer,
  type DockerContext
} from '../integrations/docker/containers.js'
import type { RunRecord } from '../pipeline/contracts.js'
import { liveProxy, stopProxy } from './local-proxy-client.js'
import { LABELS, LOCAL_HEALTH, stateLabel, type HealthChecker } from './local-release.js'
import {
  acquireLock,
  newRunId,
  readLock,
  runStatus,
  type LocalService,
  type StateDir
} from './local-state.js'

export interface ServiceHealth {
  healthy: boolean
  status: number | null
  latencyMs: number | null
  message: string
}

export interface ServiceView {
  service: LocalService
  /** Null when no proxy process serves the URL. */
  url: string | null
  proxyPid: number | null
  container: { name: string; status: string } | null
  /** Null when it was not checked (no URL, or the caller asked for recorded state only). */
  health: ServiceHealth | null
  /** Newest first, each with its effective status (a run whose process died is `interrupted`). */
  runs: RunRecord[]
}

/** Recorded runs of a service with their effective status. */
export function serviceRuns(state: StateDir, name: string, limit = Infinity): RunRecord[] {
  const lock = readLock(state, name)
  return state.runs(name, limit).map(record => {
    const status = runStatus(record, lock)
    return status === record.status ? record : { ...record, status }
  })
}

export interface ViewOptions {
  /** Docker calls; null when the engine is not reachable (views then show recorded state only). */
  docker: DockerContext | null
  health: HealthChecker | null
  healthTimeoutMs?: number
}

export async function serviceView(
  state: StateDir,
  name: string,
  options: ViewOptions
): Promise<ServiceView | null> {
  const service = state.readService(name)
  if (!service) return null
  const proxy = await liveProxy(state, name)
  const url = proxy ? `http://127.0.0.1:${proxy.port}` : null
  let container: ServiceView['container'] = null
  if (service.current && options.docker) {
    const inspected = await inspectContainer(options.docker, service.current.container).catch(() => null)
    container = { name: service.current.container, status: inspected?.status ?? 'missing' }
  }
  let health: ServiceHealth | null = null
  if (url && options.health && service.current)
    health = await checkHealth(options.health, url, service, options)
  return { service, url, proxyPid: proxy?.pid ?? null, container, health, runs: serviceRuns(state, name) }
}

async function checkHealth(
  check: HealthChecker,
  url: string,
  service: LocalService,
  options: ViewOptions
): Promise<ServiceHealth> {
  try {
    const report = await check({
      ...LOCAL_HEALTH,
      url,
      healthPath: service.healthPath ?? '/',
      timeoutMs: options.healthTimeoutMs ?? 2_000,
      samples: 0
    })
    const first = report.checks[0]
    return {
      healthy: report.passed,
      status: first?.status ?? null,
      latencyMs: first?.latencyMs?.p50 ?? null,
      message: first?.message ?? (report.passed ? 'healthy' : 'unhealthy')
    }
  } catch (error) {
    return { healthy: false, status: null, latencyMs: null, message: (error as Error).message }
  }
}

/** `deplight stop`: the proxy and every container of the service go; images and history stay. */
export async function stopService(
  state: StateDir,
  name: string,
  docker: DockerContext
): Promise<{ containers: number; proxy: boolean }> {
  const service = state.readService(name)
  if (!service) throw new Error(`no local service named ${name}; 'deplight status' lists them`)
  const unlock = acquireLock(state, name, `stop-${newRunId()}`)
  try {
    const proxy = await liveProxy(state, name)
    if (proxy) await stopProxy(proxy)
    const containers = await listContainers(docker, {
      [LABELS.service]: name,
      [LABELS.state]: stateLabel(state)
    })
    for (const container of containers) await removeContainer(docker, container.name, 10)
    state.writeService({ ...service, current: null })
    return { containers: containers.length, proxy: proxy !== null }
  } finally {
    unlock()
  }
}
