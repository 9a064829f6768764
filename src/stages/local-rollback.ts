// `deplight rollback [--to TAG|previous]`: put an earlier release of a local service live again. Its
// image is still in the engine, so there is nothing to analyse or build: the same stages 5–8 as a deploy
// (new container beside the current one, health check, switch, retire) with the old image.
import { imageId } from '../integrations/docker/containers.js'
import { openEngine, type LocalEnvironment, type OpenedEngine } from './local-engine.js'
import { goLiveStages, settleAndLock } from './local-live.js'
import { failedOutcome, type LocalRunOutcome } from './local-outcome.js'
import type { Candidate } from './local-release.js'
import { currentUser, RunTracker, StageFailure, type RecordListener } from './local-run.js'
import { newRunId, validateServiceName, type LocalRelease, type LocalService } from './local-state.js'

export interface LocalRollbackInputs {
  service: string
  /** A release tag, or 'previous': the newest release before the current one. */
  to: string
  healthTimeoutMs: number
}

export interface LocalRollbackDeps extends LocalEnvironment {
  onRecord?: RecordListener
}

export class RollbackTargetError extends Error {}

/** The release `to` names, or why there is none (one line, with what the user can pick instead). */
export function rollbackTarget(service: LocalService, to: string): LocalRelease {
  const current = service.current
  if (!current)
    throw new RollbackTargetError(`${service.name} has no live release to roll back from; deploy it first`)
  const known = service.releases.map(r => r.tag).join(', ')
  if (to === 'previous') {
    const previous = service.releases.find(r => r.tag !== current.tag)
    if (!previous)
      throw new RollbackTargetError(`${service.name} has no release before ${current.tag} to roll back to`)
    return previous
  }
  const release = service.releases.find(r => r.tag === to)
  if (!release)
    throw new RollbackTargetError(`${service.name} has no release ${to}; known releases: ${known}`)
  if (release.tag === current.tag) throw new RollbackTargetError(`${service.name} already runs ${to}`)
  return release
}

export async function rollbackLocal(
  inputs: LocalRollbackInputs,
  deps: LocalRollbackDeps
): Promise<LocalRunOutcome> {
  const name = validateServiceName(inputs.service)
  const stored = deps.state.readService(name)
  if (!stored) throw new RollbackTargetError(`no local service named ${name}; 'deplight status' lists them`)
  const target = rollbackTarget(stored, inputs.to)
  const runId = newRunId()
  const tracker = RunTracker.begin(
    {
      runId,
      repository: stored.source.dir,
      commit: target.commit ?? 'working-tree',
      commitMessage: target.commitMessage,
      environment: 'local',
      service: name,
      actor: currentUser(),
      runUrl: null,
      image: target.image,
      imageTag: target.tag,
      previousImageTag: stored.current?.tag ?? null,
      rolledBackTo: target.tag
    },
    deps.state,
    deps.onRecord
  )
  let engine: OpenedEngine | null = null
  let candidate: Candidate | null = null
  let service: LocalService | null = stored
  let unlock: (() => void) | null = null
  const notes: string[] = []
  try {
    engine = await tracker.stage('setup', async () => {
      const opened = await openEngine(deps, stored.network)
      return { value: opened, detail: opened.detail }
    })
    const ctx = engine.ctx
    const locked = await settleAndLock(ctx, name, runId)
    unlock = locked.unlock
    notes.push(...locked.notes)
    service = locked.service ?? stored
    tracker.persist()
    tracker.start('analysis')
    tracker.finish(
      'analysis',
      'skipped',
      `rollback to ${target.tag}: the release was analysed when it was built`
    )
    await tracker.stage('build', async () => {
      if (!(await imageId(ctx.docker, target.image)))
        throw new StageFailure(
          'build',
          `the image ${target.image} is no longer in the engine; deploy that version again`
        )
      return { value: null, detail: `reused ${target.image} (no build)` }
    })
    tracker.start('push')
    tracker.finish('push', 'skipped', 'local target: the image stays in the local engine')
    const release: LocalRelease = { ...target, runId, deployedAt: new Date().toISOString() }
    const live = await goLiveStages(ctx, tracker, service, release, {
      port: null,
      appPort: target.appPort,
      healthPath: service.healthPath,
      healthTimeoutMs: inputs.healthTimeoutMs,
      onCandidate: c => (candidate = c)
    })
    return { record: live.record, url: live.url, reasons: [], notes: [...notes, ...live.notes], written: [] }
  } catch (error) {
    return failedOutcome(error, {
      tracker,
      engine,
      candidate,
      service,
      notes,
      signal: deps.signal,
      written: []
    })
  } finally {
    unlock?.()
  }
}
