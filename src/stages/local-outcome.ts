// How a local run (deploy or rollback) ends when something fails: the candidate container goes, the run
// is recorded as failed (or cancelled) with its reasons, and the URL keeps serving the release it had.
import { DockerUnavailableError } from '../integrations/docker/engine.js'
import { removeContainer } from '../integrations/docker/containers.js'
import type { RunRecord } from '../pipeline/contracts.js'
import type { OpenedEngine } from './local-engine.js'
import type { Candidate } from './local-release.js'
import { StageFailure, type RunTracker } from './local-run.js'
import { ServiceBusyError, type LocalService } from './local-state.js'

export interface LocalRunOutcome {
  record: RunRecord
  /** The stable URL (serving the new release on success, the previous one or nothing on failure). */
  url: string | null
  /** Why the run failed, for the terminal: the first line is the summary. */
  reasons: string[]
  notes: string[]
  /** Files --write put into the tree (repository-relative). */
  written: string[]
}

export interface FailureContext {
  tracker: RunTracker
  engine: OpenedEngine | null
  candidate: Candidate | null
  service: LocalService | null
  notes: string[]
  signal?: AbortSignal
  written: string[]
}

/**
 * Errors the caller must handle itself are rethrown: no Docker (exit 2 with how to start it) and a
 * service another process is deploying (nothing of this run was recorded).
 */
export async function failedOutcome(error: unknown, failure: FailureContext): Promise<LocalRunOutcome> {
  if (error instanceof DockerUnavailableError || error instanceof ServiceBusyError) throw error
  const { tracker, engine, candidate, service } = failure
  const reasons =
    error instanceof StageFailure && error.reasons.length > 0 ? error.reasons : [(error as Error).message]
  if (candidate && engine)
    await removeContainer(engine.ctx.docker, candidate.container, 2).catch(() => undefined)
  // Re-read: the infrastructure stage may have moved the URL to another port.
  const stored = service && engine ? (engine.ctx.state.readService(service.name) ?? service) : service
  const url = stored?.current ? `http://127.0.0.1:${stored.port}` : null
  if (stored?.current) reasons.push(`${url} still serves release ${stored.current.tag}`)
  const record = tracker.end(failure.signal?.aborted ? 'cancelled' : 'failure', {
    failureReasons: reasons,
    serviceUrl: url
  })
  return { record, url, reasons, notes: failure.notes, written: failure.written }
}
