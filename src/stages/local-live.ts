// The part of a local run that deploy and rollback share: take the service's lock (settling what an
// interrupted run left behind), then stages 5–8 — the stable URL, the new container beside the old one,
// its health check, and the switch with a check through the URL before the old container goes.
import { finishRun } from '../pipeline/run-record.js'
import { STAGES } from '../pipeline/stages.js'
import { formatDuration } from '../pipeline/duration.js'
import type { RunRecord } from '../pipeline/contracts.js'
import { inspectContainer, removeContainer, setRestartPolicy } from '../integrations/docker/containers.js'
import { liveProxy, switchProxy } from './local-proxy-client.js'
import {
  checkCandidate,
  ensureServiceProxy,
  LOCAL_HEALTH,
  removeStrays,
  startCandidate,
  type Candidate,
  type ReleaseContext
} from './local-release.js'
import { RunTracker, StageFailure } from './local-run.js'
import { acquireLock, type LocalRelease, type LocalService } from './local-state.js'

export interface Locked {
  unlock: () => void
  service: LocalService | null
  notes: string[]
}

/**
 * Takes the lock, marks runs whose process died as interrupted, puts the URL back on the recorded
 * release if a killed run had already switched it, and removes containers no release owns.
 */
export async function settleAndLock(ctx: ReleaseContext, name: string, runId: string): Promise<Locked> {
  const unlock = acquireLock(ctx.state, name, runId)
  const notes: string[] = []
  try {
    for (const record of ctx.state.runs(name)) {
      if (record.runId === runId || (record.status ?? 'running') !== 'running') continue
      const running = record.stages.find(s => s.status === 'running')
      const last = [...record.stages].reverse().find(s => s.status !== 'pending')
      const title = (id: string | undefined): string => STAGES.find(s => s.id === id)?.title ?? 'its start'
      const where = running ? `during ${title(running.id)}` : `after ${title(last?.id)}`
      const reason = `the deplight process stopped ${where} (killed or crashed)`
      ctx.state.saveRun({ ...finishRun(record, 'interrupted'), failureReasons: [reason] })
      notes.push(`run ${record.runId} was interrupted ${where}; recorded as interrupted`)
    }
    const service = ctx.state.readService(name)
    const current = service?.current ?? null
    const proxy = await liveProxy(ctx.state, name)
    if (proxy && current && proxy.container !== current.container) {
      if ((await inspectContainer(ctx.docker, current.container))?.running) {
        await switchProxy(proxy, {
          port: current.hostPort,
          release: current.tag,
          container: current.container
        })
        notes.push(`the URL is back on release ${current.tag} (an interrupted run had switched it)`)
      }
    }
    const strays = await removeStrays(ctx, name, current ? [current.container] : [])
    if (strays.length) notes.push(`removed ${strays.length} container(s) left by interrupted runs`)
    return { unlock, service, notes }
  } catch (error) {
    unlock()
    throw error
  }
}

export interface LiveOptions {
  /** Explicit --port, or null to keep the service's port. */
  port: number | null
  appPort: number
  healthPath: string | null
  healthTimeoutMs: number
  /** Called once the candidate runs, so the caller can remove it if the run is cut short. */
  onCandidate: (candidate: Candidate | null) => void
}

export interface LiveOutcome {
  record: RunRecord
  url: string
  service: LocalService
  notes: string[]
}

/** Stages 5–8. Throws (a StageFailure with evidence) when the release does not go live. */
export async function goLiveStages(
  ctx: ReleaseContext,
  tracker: RunTracker,
  service: LocalService,
  release: LocalRelease,
  options: LiveOptions
): Promise<LiveOutcome> {
  const notes: string[] = []
  const proxy = await tracker.stage('infrastructure', async () => {
    const ensured = await ensureServiceProxy(ctx, service, {
      port: options.port ?? service.port,
      explicit: options.port !== null
    })
    notes.push(...ensured.notes)
    return {
      value: ensured.proxy,
      detail: `stable URL http://127.0.0.1:${ensured.proxy.port} (proxy pid ${ensured.proxy.pid})`
    }
  })
  const url = `http://127.0.0.1:${proxy.port}`
  service = { ...service, port: proxy.port }
  ctx.state.writeService(service)
  tracker.set({ serviceUrl: service.current ? url : null })
  abortPoint(ctx)

  const candidate = await tracker.stage('rollout', async () => {
    const started = await startCandidate(ctx, service.name, release, options.appPort, release.runId)
    options.onCandidate(started)
    return { value: started, detail: `container ${started.container} on 127.0.0.1:${started.hostPort}` }
  })
  abortPoint(ctx)

  const report = await tracker.stage('health', async () => {
    const checked = await checkCandidate(ctx, candidate, options.healthPath, options.healthTimeoutMs)
    const p95 = checked.samples?.latencyMs.p95 ?? checked.checks[0]?.latencyMs?.p95 ?? null
    const first = checked.checks[0]
    const what = first
      ? `${first.method} ${new URL(first.url).pathname} ${first.status ?? ''}`.trim()
      : 'passed'
    return { value: checked, detail: `${what}${p95 !== null ? `, p95 ${formatDuration(p95)}` : ''}` }
  })
  tracker.set({ smokeP95Ms: report.samples?.latencyMs.p95 ?? null })
  abortPoint(ctx)

  const previous = service.current
  await tracker.stage('verify', async () => {
    const { drained } = await switchProxy(proxy, {
      port: candidate.hostPort,
      release: release.tag,
      container: candidate.container
    })
    const through = await ctx
      .health({ ...LOCAL_HEALTH, url, healthPath: options.healthPath ?? '/', timeoutMs: 10_000, samples: 0 })
      .catch(() => null)
    if (!through?.passed) {
      // The URL itself does not serve the release: put the old one back before anything is removed.
      if (previous)
        await switchProxy(proxy, {
          port: previous.hostPort,
          release: previous.tag,
          container: previous.container
        })
      throw new StageFailure(
        'verify',
        `${url} did not answer through the proxy after the switch; kept the previous release`
      )
    }
    await setRestartPolicy(ctx.docker, candidate.container, 'unless-stopped')
    service = {
      ...service,
      current: { ...release, container: candidate.container, hostPort: candidate.hostPort },
      releases: [release, ...service.releases.filter(r => r.tag !== release.tag)]
    }
    ctx.state.writeService(service)
    options.onCandidate(null)
    if (previous && previous.container !== candidate.container)
      await removeContainer(ctx.docker, previous.container, 10)
    const was = previous ? ` (was ${previous.tag})` : ''
    const drain = drained ? '' : '; the old release was stopped with requests still open'
    return { value: null, detail: `${url} serves ${release.tag}${was}${drain}` }
  })
  const record = tracker.end('success', { serviceUrl: url })
  return { record, url, service, notes }
}

function abortPoint(ctx: ReleaseContext): void {
  if (ctx.signal?.aborted) throw new Error('cancelled')
}
