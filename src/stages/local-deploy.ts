// `deplight deploy --target local`: the eight stages against the Docker engine on this machine.
//   setup → engine reachable, network mode      analysis → the analyzer's primary app
//   build → BuildKit via build-push (or reuse)   push → skipped: the image stays in the local engine
//   infrastructure → the stable URL's proxy      rollout → the new container, beside the old one
//   health → the smoke-test stage on it          verify → switch the URL, check through it, retire the old
// Library code: the CLI and the dashboard call it with their own listeners; it prints nothing.
import type { CommandRunner } from '../integrations/docker/exec.js'
import type { RunRecord } from '../pipeline/contracts.js'
import { localImage } from './local-build.js'
import { openEngine, type LocalEnvironment, type OpenedEngine } from './local-engine.js'
import { goLiveStages, settleAndLock } from './local-live.js'
import type { Candidate } from './local-release.js'
import { currentUser, RunTracker, type RecordListener } from './local-run.js'
import { prepareSource, sourceCommit, type ArtifactWriter, type PreparedSource } from './local-source.js'
import { newRunId, validateServiceName, type LocalRelease, type LocalService } from './local-state.js'
import { failedOutcome, type LocalRunOutcome } from './local-outcome.js'
import { logSafe } from '../pipeline/log-safe.js'

export interface LocalDeployInputs {
  /** Absolute repository directory. */
  dir: string
  appDir: string | null
  config: string | null
  /** Service name; default: the analyzed app's name. */
  name: string | null
  /** Stable URL port; null: the service's current one, else the app's port (another if that is taken). */
  port: number | null
  /** `--network`; null: detected (host where the engine has no bridge). */
  network: string | null
  baseImageRegistry: string | null
  write: ArtifactWriter | null
  healthTimeoutMs: number
}

export interface LocalDeployDeps extends LocalEnvironment {
  /** Runner for the image build; its streamed lines can feed a progress view. */
  buildRunner: CommandRunner
  onRecord?: RecordListener
  /** Build output and notes, one line at a time. */
  log?: (line: string) => void
}

export async function deployLocal(
  inputs: LocalDeployInputs,
  deps: LocalDeployDeps
): Promise<LocalRunOutcome> {
  const log = deps.log ?? (() => undefined)
  const runId = newRunId()
  const commit = await sourceCommit(inputs.dir)
  const tracker = RunTracker.begin(
    {
      runId,
      repository: inputs.dir,
      commit: commit?.commit ?? 'working-tree',
      commitMessage: commit?.message ?? null,
      ref: commit?.ref ?? null,
      environment: 'local',
      actor: currentUser(),
      runUrl: null
    },
    deps.state,
    deps.onRecord
  )
  let source: PreparedSource | null = null
  let engine: OpenedEngine | null = null
  let candidate: Candidate | null = null
  let service: LocalService | null = null
  let unlock: (() => void) | null = null
  const notes: string[] = []
  try {
    engine = await tracker.stage('setup', async () => {
      const opened = await openEngine(deps, inputs.network)
      return { value: opened, detail: opened.detail }
    })
    const ctx = engine.ctx

    source = await tracker.stage('analysis', async () => {
      const prepared = await prepareSource({
        dir: inputs.dir,
        appDir: inputs.appDir,
        config: inputs.config,
        baseImageRegistry: inputs.baseImageRegistry,
        write: inputs.write
      })
      const app = prepared.app
      const dockerfile = prepared.generated ? 'generated Dockerfile' : `${app.dockerfile ?? 'Dockerfile'}`
      const health = app.healthPath.value ?? 'none found, checks /'
      return {
        value: prepared,
        detail: `${app.framework.value} (${app.language.value}), port ${app.port.value}, health ${health}; ${dockerfile}`
      }
    })
    for (const warning of source.warnings) log(`warning ${warning.code}: ${logSafe(warning.message)}`)
    const name = validateServiceName(inputs.name ?? source.app.name)

    // From here the run is on disk: the service is known and its lock is ours.
    const locked = await settleAndLock(ctx, name, runId)
    unlock = locked.unlock
    notes.push(...locked.notes)
    service = {
      ...(locked.service ?? emptyService(name, inputs.port ?? source.app.port.value)),
      source: {
        dir: inputs.dir,
        appDir: inputs.appDir,
        config: inputs.config,
        baseImageRegistry: inputs.baseImageRegistry
      },
      healthPath: source.app.healthPath.value,
      network: inputs.network
    }
    tracker.persist({ service: name, previousImageTag: service.current?.tag ?? null })

    const prepared = source
    const image = await tracker.stage('build', async () => {
      const built = await localImage(name, prepared, {
        docker: ctx.docker,
        buildRunner: deps.buildRunner,
        network: ctx.network.kind === 'host' ? 'host' : null,
        dockerBinary: deps.dockerBinary,
        log
      })
      // Recorded with the stage's end, so a run cut short after the build still names its image.
      tracker.set({ image: built.image, imageTag: built.tag })
      return { value: built, detail: built.detail }
    })
    tracker.start('push')
    tracker.finish('push', 'skipped', 'local target: the image stays in the local engine')

    const release: LocalRelease = {
      tag: image.tag,
      image: image.image,
      contextDigest: image.contextDigest,
      appPort: source.app.port.value,
      runId,
      deployedAt: new Date().toISOString(),
      commit: commit?.commit ?? null,
      commitMessage: commit?.message ?? null
    }
    const live = await goLiveStages(ctx, tracker, service, release, {
      port: inputs.port,
      appPort: source.app.port.value,
      healthPath: source.app.healthPath.value,
      healthTimeoutMs: inputs.healthTimeoutMs,
      onCandidate: c => (candidate = c)
    })
    return {
      record: live.record,
      url: live.url,
      reasons: [],
      notes: [...notes, ...live.notes],
      written: source.written
    }
  } catch (error) {
    return failedOutcome(error, {
      tracker,
      engine,
      candidate,
      service,
      notes,
      signal: deps.signal,
      written: source?.written ?? []
    })
  } finally {
    source?.cleanup()
    unlock?.()
  }
}

export function emptyService(name: string, port: number): LocalService {
  return {
    schemaVersion: 1,
    name,
    source: { dir: '', appDir: null, config: null, baseImageRegistry: null },
    port,
    healthPath: null,
    network: null,
    current: null,
    releases: []
  }
}

export type { LocalRunOutcome, RunRecord }
