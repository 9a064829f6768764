// A local run as it goes: the RunRecord (pipeline/run-record.ts) updated stage by stage, written to the
// state directory after every change (atomically) and handed to the progress view. Until the service is
// known (after analysis) the record lives in memory only: nothing has happened that a crash could lose.
import { userInfo } from 'node:os'
import type { RunRecord, RunStatus, StageRecord } from '../pipeline/contracts.js'
import { finishRun, finishStage, newRunRecord, startStage, type RunMeta } from '../pipeline/run-record.js'
import type { StageId, StageStatus } from '../pipeline/stages.js'
import type { StateDir } from './local-state.js'

export type RecordListener = (record: RunRecord) => void

/** A stage that failed with a reason the user can act on (already worded for them). */
export class StageFailure extends Error {
  constructor(
    readonly stage: StageId,
    message: string,
    readonly reasons: string[] = []
  ) {
    super(message)
  }
}

export class RunTracker {
  private persisted = false

  constructor(
    public record: RunRecord,
    private readonly state: StateDir,
    private readonly listener: RecordListener = () => undefined,
    private readonly now: () => Date = () => new Date()
  ) {}

  static begin(
    meta: RunMeta,
    state: StateDir,
    listener?: RecordListener,
    now: () => Date = () => new Date()
  ): RunTracker {
    const tracker = new RunTracker(newRunRecord(meta, now()), state, listener, now)
    tracker.emit()
    return tracker
  }

  /** From now on every change is written to the state directory (the service is known). */
  persist(patch: Partial<RunRecord> = {}): void {
    this.persisted = true
    this.set(patch)
  }

  set(patch: Partial<RunRecord>): void {
    this.record = { ...this.record, ...patch }
    this.emit()
  }

  start(id: StageId): void {
    this.record = startStage(this.record, id, this.now())
    this.emit()
  }

  finish(
    id: StageId,
    status: Exclude<StageStatus, 'pending' | 'running'>,
    detail?: string,
    extra: Pick<StageRecord, 'url'> = {}
  ): void {
    this.record = finishStage(
      this.record,
      id,
      status,
      { ...extra, ...(detail ? { detail } : {}) },
      this.now()
    )
    this.emit()
  }

  /** Runs one stage: started, then success with the detail it returns, or failure with the error's message. */
  async stage<T>(id: StageId, fn: () => Promise<{ value: T; detail: string }>): Promise<T> {
    this.start(id)
    try {
      const { value, detail } = await fn()
      this.finish(id, 'success', detail)
      return value
    } catch (error) {
      this.finish(id, 'failure', oneLine((error as Error).message))
      throw error
    }
  }

  end(status: RunStatus, patch: Partial<RunRecord> = {}): RunRecord {
    this.record = { ...finishRun(this.record, status, this.now()), ...patch }
    this.emit()
    return this.record
  }

  private emit(): void {
    if (this.persisted) this.state.saveRun(this.record)
    this.listener(this.record)
  }
}

export function oneLine(text: string, max = 300): string {
  const line = text.split('\n').find(l => l.trim()) ?? ''
  return line.length > max ? `${line.slice(0, max - 1)}…` : line.trim()
}

/** Who ran it, for the record (null where the OS cannot say). */
export function currentUser(): string | null {
  try {
    return userInfo().username
  } catch {
    return null
  }
}
