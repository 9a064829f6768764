// Builds the RunRecord of a GitHub Actions run from the stages' result files and the step outcomes the
// composite passes: durations come from the files (measured by each stage), start times from when each file
// was written minus its duration. Nothing is invented: a stage without a measurement has a null duration.
import type { RunRecord, RunStatus, StageRecord } from '../../pipeline/contracts.js'
import { finishRun, newRunRecord, updateStage, type RunMeta } from '../../pipeline/run-record.js'
import type { StageId, StageStatus } from '../../pipeline/stages.js'
import type { StageResults } from './result-files.js'

/** A step's outcome as GitHub reports it (`steps.<id>.outcome`). */
export type StepOutcome = 'success' | 'failure' | 'cancelled' | 'skipped'

/** Composite step ids (and the action names) mapped to the stages they run. */
const STEP_STAGES: Record<string, StageId[]> = {
  analyze: ['analysis'],
  build: ['build', 'push'],
  'build-push': ['build', 'push'],
  deploy: ['infrastructure', 'rollout'],
  'terraform-deploy': ['infrastructure', 'rollout'],
  smoke: ['health'],
  'smoke-test': ['health']
}

export interface AssembleInput {
  meta: RunMeta
  results: StageResults
  steps: Record<string, StepOutcome>
  /** `auto`: from the step outcomes and results. */
  status: RunStatus | 'auto'
  /** When notify started: the verify stage runs from here. */
  now: Date
}

export function assembleRunRecord(input: AssembleInput): RunRecord {
  const { results, now } = input
  const analysis = results.analysis?.value
  const build = results.build?.value
  const deploy = results.deploy?.value
  const smoke = results.smoke?.value
  const app = analysis?.apps.find(a => a.appDir === analysis.primary) ?? analysis?.apps[0]
  const meta: RunMeta = {
    ...input.meta,
    service: deploy?.serviceName ?? input.meta.service ?? app?.name,
    serviceUrl: deploy?.serviceUrl ?? input.meta.serviceUrl ?? null,
    image: build?.image ?? input.meta.image ?? null,
    imageTag: build?.tag ?? deploy?.imageTag ?? input.meta.imageTag ?? null,
    previousImageTag: deploy?.previousImageTag ?? null,
    // A rollback step re-applied a tag after the release failed (given by the caller), or ECS rolled back.
    rolledBackTo: input.meta.rolledBackTo ?? (deploy?.rolledBack ? (deploy.previousImageTag ?? null) : null),
    smokeP95Ms: smoke?.samples?.latencyMs.p95 ?? null
  }
  let record = newRunRecord(meta, now)
  const set = (id: StageId, patch: Partial<StageRecord>): void => {
    record = updateStage(record, id, patch)
  }
  const timed = (end: Date, ms: number | null): Pick<StageRecord, 'startedAt' | 'durationMs'> => ({
    startedAt: ms === null ? null : new Date(end.getTime() - ms).toISOString(),
    durationMs: ms
  })

  if (results.analysis || Object.keys(input.steps).length > 0)
    set('setup', { status: 'success', detail: 'checked out' })
  if (results.analysis && app)
    set('analysis', {
      status: 'success',
      ...timed(results.analysis.writtenAt, null),
      detail: `${app.name}: ${app.framework.value ?? app.language.value}, port ${app.port.value ?? '?'}`
    })
  if (results.build && build) {
    const end = results.build.writtenAt
    set('push', {
      status: 'success',
      ...timed(end, build.durations.pushMs),
      detail: build.digest.slice(0, 19)
    })
    set('build', {
      status: build.reused ? 'skipped' : 'success',
      ...timed(new Date(end.getTime() - build.durations.pushMs), build.durations.buildMs),
      detail: build.reused
        ? `reused ctx-${build.contextDigest.slice(0, 12)} (no build)`
        : `built ${build.tag}`
    })
  }
  if (results.deploy && deploy) {
    const end = results.deploy.writtenAt
    const rolloutMs = deploy.durations?.rolloutMs ?? null
    const infraEnd = rolloutMs === null ? end : new Date(end.getTime() - rolloutMs)
    const plan = deploy.plan
    set('infrastructure', {
      status: 'success',
      ...timed(infraEnd, deploy.durations?.infrastructureMs ?? null),
      detail: plan ? `${plan.add} to add, ${plan.change} to change, ${plan.destroy} to destroy` : undefined
    })
    set('rollout', {
      status: rolloutStatus(deploy.rolloutState),
      ...timed(end, rolloutMs),
      detail: rolloutDetail(deploy)
    })
  }
  if (results.smoke && smoke)
    set('health', {
      status: smoke.passed ? 'success' : 'failure',
      ...timed(results.smoke.writtenAt, smoke.durationMs ?? null),
      detail: smoke.passed
        ? `${smoke.checks.length} check(s) passed${smoke.samples ? `, p95 ${smoke.samples.latencyMs.p95} ms` : ''}`
        : (smoke.failures?.[0] ?? 'failed')
    })

  // A step that failed without writing its result failed at its first stage; skipped steps were skipped.
  for (const [step, outcome] of Object.entries(input.steps)) {
    for (const [i, id] of (STEP_STAGES[step] ?? []).entries()) {
      const stage = record.stages.find(s => s.id === id)!
      if (stage.status !== 'pending') continue
      if (outcome === 'failure')
        set(id, { status: i === 0 ? 'failure' : 'skipped', detail: i === 0 ? 'step failed' : 'not reached' })
      else if (outcome === 'cancelled') set(id, { status: 'cancelled', detail: 'cancelled' })
      else if (outcome === 'skipped') set(id, { status: 'skipped', detail: 'step skipped' })
    }
  }
  record = updateStage(record, 'verify', { status: 'running', startedAt: now.toISOString() })
  const status = input.status === 'auto' ? autoStatus(record, Boolean(meta.rolledBackTo)) : input.status
  for (const stage of record.stages)
    if (stage.status === 'pending' && stage.id !== 'verify')
      record = updateStage(record, stage.id, { status: 'skipped', durationMs: null, detail: 'not reached' })
  const starts = record.stages.flatMap(s => (s.startedAt ? [Date.parse(s.startedAt)] : []))
  return { ...record, status, startedAt: new Date(Math.min(now.getTime(), ...starts)).toISOString() }
}

/** Ends the verify stage and the run once the notifications went out. */
export function completeRunRecord(
  record: RunRecord,
  verify: 'success' | 'failure',
  detail: string,
  now: Date
): RunRecord {
  const started = record.stages.find(s => s.id === 'verify')?.startedAt
  const durationMs = started ? Math.max(0, now.getTime() - Date.parse(started)) : null
  const next = updateStage(record, 'verify', { status: verify, durationMs, detail })
  const status =
    !record.status || record.status === 'running'
      ? autoStatus(next, Boolean(record.rolledBackTo))
      : record.status
  return finishRun(next, status, now)
}

function autoStatus(record: RunRecord, rolledBack: boolean): RunStatus {
  const statuses = new Set<StageStatus>(record.stages.map(s => s.status))
  if (rolledBack) return 'rolled_back'
  if (statuses.has('failure')) return 'failure'
  if (statuses.has('cancelled')) return 'cancelled'
  return 'success'
}

function rolloutStatus(state: string): StageStatus {
  if (state === 'COMPLETED') return 'success'
  if (state === 'SKIPPED') return 'skipped'
  return 'failure'
}

function rolloutDetail(deploy: NonNullable<StageResults['deploy']>['value']): string {
  if (deploy.rolledBack) return `rolled back to ${deploy.previousImageTag ?? 'the previous task definition'}`
  if (deploy.rolloutState === 'COMPLETED') return `${deploy.serviceName ?? 'service'} runs ${deploy.imageTag}`
  return [
    deploy.rolloutState.toLowerCase().replace('_', ' '),
    ...(deploy.failureReasons ?? []).slice(0, 1)
  ].join(': ')
}
