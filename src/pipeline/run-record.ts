// Building a RunRecord as a run goes: every stage starts `pending`, moves to `running`, then ends. Pure:
// callers persist or render the record (notify, the CLI's state directory, the dashboard).
import type { RunRecord, RunStatus, StageRecord } from './contracts.js'
import { STAGES, type StageId, type StageStatus } from './stages.js'

export type RunMeta = Omit<RunRecord, 'schemaVersion' | 'stages' | 'status' | 'startedAt' | 'finishedAt'>

export function newRunRecord(meta: RunMeta, now: Date = new Date()): RunRecord {
  return {
    schemaVersion: 1,
    ...meta,
    status: 'running',
    startedAt: now.toISOString(),
    finishedAt: null,
    stages: STAGES.map(stage => ({ id: stage.id, status: 'pending', startedAt: null, durationMs: null }))
  }
}

export function stageOf(record: RunRecord, id: StageId): StageRecord {
  const stage = record.stages.find(s => s.id === id)
  if (!stage) throw new Error(`run record ${record.runId} has no stage ${id}`)
  return stage
}

export function startStage(record: RunRecord, id: StageId, now: Date = new Date()): RunRecord {
  return updateStage(record, id, { status: 'running', startedAt: now.toISOString(), durationMs: null })
}

/** Ends a stage; the duration runs from its start (0 when it never started, e.g. skipped). */
export function finishStage(
  record: RunRecord,
  id: StageId,
  status: Exclude<StageStatus, 'pending' | 'running'>,
  extra: Pick<StageRecord, 'detail' | 'url'> = {},
  now: Date = new Date()
): RunRecord {
  const started = stageOf(record, id).startedAt
  const durationMs = started ? Math.max(0, now.getTime() - Date.parse(started)) : 0
  return updateStage(record, id, { status, durationMs, ...extra })
}

export function updateStage(record: RunRecord, id: StageId, patch: Partial<StageRecord>): RunRecord {
  stageOf(record, id)
  return { ...record, stages: record.stages.map(s => (s.id === id ? { ...s, ...patch, id } : s)) }
}

/** Ends the run: stages never reached become `skipped`; a stage still running takes the run's status. */
export function finishRun(record: RunRecord, status: RunStatus, now: Date = new Date()): RunRecord {
  let next = record
  for (const stage of record.stages) {
    if (stage.status === 'pending') next = updateStage(next, stage.id, { status: 'skipped', durationMs: 0 })
    if (stage.status === 'running')
      next = finishStage(
        next,
        stage.id,
        status === 'success' ? 'success' : status === 'cancelled' ? 'cancelled' : 'failure',
        {},
        now
      )
  }
  return { ...next, status, finishedAt: now.toISOString() }
}
