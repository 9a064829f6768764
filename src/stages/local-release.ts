// Putting a release live on the local engine, shared by deploy and rollback: start it beside the running
// one, health-check it with the smoke-test stage, and only then switch the service's stable URL to it and
// retire the old container. A release that crashes or fails its check is removed and the old one keeps
// serving; the error carries the container's exit code, its last log lines and the health evidence —
// the local circuit breaker.
import { createHash } from 'node:crypto'
import { realpathSync } from 'node:fs'
import {
  containerLogs,
  inspectContainer,
  listContainers,
  removeContainer,
  runContainer,
  type DockerContext
} from '../integrations/docker/containers.js'
import type { NetworkMode } from '../integrations/docker/engine.js'
import type { SmokeReport } from '../pipeline/contracts.js'
import type { ProxyInfo } from './local-proxy.js'
import type { SmokeTestDeps, SmokeTestOptions } from './smoke-test.js'
import {
  freePort,
  liveProxy,
  portFree,
  PortInUseError,
  startProxy,
  stopProxy,
  switchProxy,
  type SelfCommand
} from './local-proxy-client.js'
import { StageFailure } from './local-run.js'
import type { LocalRelease, LocalService, StateDir } from './local-state.js'

/** The smoke-test stage (`runSmokeTest`), passed in by the caller. */
export type HealthChecker = (options: SmokeTestOptions, deps?: SmokeTestDeps) => Promise<SmokeReport>

/**
 * Local containers answer within milliseconds of starting: retry quickly (the stage's default backoff
 * starts at 1 s, sized for load balancers) and take a small latency sample.
 */
export const LOCAL_HEALTH = {
  initialBackoffMs: 150,
  maxBackoffMs: 1_000,
  requestTimeoutMs: 5_000,
  samples: 10
}

export interface ReleaseContext {
  docker: DockerContext
  network: NetworkMode
  health: HealthChecker
  state: StateDir
  self: SelfCommand
  signal?: AbortSignal
}

export interface Candidate {
  container: string
  /** Where the host (and the proxy) reaches the app: 127.0.0.1:hostPort. */
  hostPort: number
  containerPort: number
}

export const LABELS = {
  service: 'deplight.service',
  release: 'deplight.release',
  run: 'deplight.run',
  state: 'deplight.state'
} as const

/** Tells apart containers of two state directories on one engine (tests, several users). */
export function stateLabel(state: StateDir): string {
  return createHash('sha256').update(realpathSync(state.root)).digest('hex').slice(0, 12)
}

export async function ensureServiceProxy(
  ctx: ReleaseContext,
  service: LocalService,
  requested: { port: number; explicit: boolean }
): Promise<{ proxy: ProxyInfo; notes: string[] }> {
  const notes: string[] = []
  const live = await liveProxy(ctx.state, service.name)
  if (live && (!requested.explicit || live.port === requested.port)) return { proxy: live, notes }
  if (live) {
    if (!(await portFree(requested.port)))
      throw new PortInUseError(
        `port ${requested.port} on 127.0.0.1 is in use; choose another with --port or stop what listens there`
      )
    await stopProxy(live)
    notes.push(`moved ${service.name} from 127.0.0.1:${live.port} to 127.0.0.1:${requested.port}`)
  }
  let port = requested.port
  if (!(await portFree(port))) {
    if (requested.explicit)
      throw new PortInUseError(
        `port ${port} on 127.0.0.1 is in use; choose another with --port or stop what listens there`
      )
    port = await freePort()
    notes.push(`port ${requested.port} is in use; ${service.name} is served on 127.0.0.1:${port} instead`)
  }
  const proxy = await startProxy(ctx.state, service.name, port, ctx.self)
  // A proxy that had died (a reboot) gets the release that is still running back at once.
  const current = service.current
  if (current && (await inspectContainer(ctx.docker, current.container))?.running)
    await switchProxy(proxy, { port: current.hostPort, release: current.tag, container: current.container })
  return { proxy, notes }
}

export async function startCandidate(
  ctx: ReleaseContext,
  service: string,
  release: LocalRelease,
  appPort: number,
  runId: string
): Promise<Candidate> {
  const hostPort = await freePort()
  // On the host network the app must take the port we give it; on a bridge it keeps its own.
  const containerPort = ctx.network.kind === 'host' ? hostPort : appPort
  const container = `deplight-${service}-${runId}`
  await runContainer(ctx.docker, {
    name: container,
    image: release.image,
    env: { PORT: String(containerPort) },
    labels: {
      [LABELS.service]: service,
      [LABELS.release]: release.tag,
      [LABELS.run]: runId,
      [LABELS.state]: stateLabel(ctx.state)
    },
    network: ctx.network,
    containerPort,
    hostPort
  })
  return { container, hostPort, containerPort }
}

/** Health-checks the candidate; on failure removes it and throws a StageFailure with the evidence. */
export async function checkCandidate(
  ctx: ReleaseContext,
  candidate: Candidate,
  healthPath: string | null,
  timeoutMs: number
): Promise<SmokeReport> {
  let exited = false
  let stopWatching = false
  const aborted = (): boolean => exited || ctx.signal?.aborted === true
  // Stop waiting as soon as the container is gone: a crash on start should not cost the whole timeout.
  const watcher = (async (): Promise<void> => {
    while (!stopWatching && !aborted()) {
      const state = await inspectContainer(ctx.docker, candidate.container).catch(() => null)
      if (!state?.running) exited = true
      else await sleep(300)
    }
  })()
  const health = ctx.health(
    {
      ...LOCAL_HEALTH,
      url: `http://127.0.0.1:${candidate.hostPort}`,
      healthPath: healthPath ?? '/',
      timeoutMs
    },
    {
      sleep: async ms => {
        if (aborted()) throw new Error('stopped waiting: the container is not running')
        await sleep(Math.min(ms, 250))
        if (aborted()) throw new Error('stopped waiting: the container is not running')
      }
    }
  )
  let report: SmokeReport | null = null
  let error: Error | null = null
  try {
    report = await health
  } catch (e) {
    error = e as Error
  } finally {
    stopWatching = true
    await watcher
  }
  if (report?.passed && !exited) return report
  if (ctx.signal?.aborted) throw new Error('cancelled')
  const reasons = await failureEvidence(ctx, candidate, report, error)
  await removeContainer(ctx.docker, candidate.container, 2).catch(() => undefined)
  throw new StageFailure('health', reasons[0] ?? 'the new release is not healthy', reasons)
}

async function failureEvidence(
  ctx: ReleaseContext,
  candidate: Candidate,
  report: SmokeReport | null,
  error: Error | null
): Promise<string[]> {
  const reasons: string[] = []
  const state = await inspectContainer(ctx.docker, candidate.container).catch(() => null)
  if (state && !state.running) {
    const why = state.oomKilled ? ' (killed: out of memory)' : state.error ? ` (${state.error})` : ''
    reasons.push(`the container exited with code ${state.exitCode}${why} before it was healthy`)
  }
  for (const check of report?.checks ?? []) {
    if (check.passed) continue
    const evidence = check.evidence
    const body = evidence?.body ? `: ${evidence.body.replace(/\s+/g, ' ').slice(0, 200)}` : ''
    reasons.push(
      `health check ${check.method} ${check.url} failed after ${check.attempts} attempts: ${check.message}${body}`
    )
  }
  if (report && reasons.length === 0 && !report.passed) reasons.push('the health check did not pass')
  const crashed = state !== null && !state.running
  if (!report && error && !crashed) reasons.push(`health check: ${error.message}`)
  // Nothing ever answered although the process runs: most likely it listens on another port.
  const neverAnswered = (report?.checks ?? []).every(check => check.status === null)
  if (ctx.network.kind === 'host' && !crashed && neverAnswered)
    reasons.push(
      `nothing answered on port ${candidate.containerPort}: on the host network the app must listen on the PORT it is given (PORT=${candidate.containerPort})`
    )
  const logs = await containerLogs(ctx.docker, candidate.container, 40).catch(() => '')
  const tail = collapseRepeats(logs.trimEnd().split('\n')).slice(-12)
  reasons.push(logs.trim() ? `last log lines:\n${indent(tail.join('\n'))}` : 'the container wrote no logs')
  return reasons
}

/** `x` written 17 times in a row reads better as one `x  (×17)` (a health route logging each probe). */
export function collapseRepeats(lines: string[]): string[] {
  const out: string[] = []
  let count = 0
  lines.forEach((line, i) => {
    count++
    if (lines[i + 1] === line) return
    out.push(count > 1 ? `${line}  (×${count})` : line)
    count = 0
  })
  return out
}

/** Removes the service's containers other than `keep` (candidates left by an interrupted run). */
export async function removeStrays(ctx: ReleaseContext, service: string, keep: string[]): Promise<string[]> {
  const containers = await listContainers(ctx.docker, {
    [LABELS.service]: service,
    [LABELS.state]: stateLabel(ctx.state)
  })
  const strays = containers.filter(c => !keep.includes(c.name))
  for (const stray of strays) await removeContainer(ctx.docker, stray.name, 2)
  return strays.map(s => s.name)
}

function indent(text: string): string {
  return text
    .split('\n')
    .map(line => `  ${line}`)
    .join('\n')
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
