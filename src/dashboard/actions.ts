// The dashboard's quick actions on a local service — redeploy, roll back to the previous release, read
// the logs — run the same stage code as `deplight deploy`, `rollback` and `logs`, in this process. A run
// is started and answered at once; its progress reaches the page like any other run's, through the state
// directory. The health poller checks each live service through its URL with the smoke-test stage.
import { containerLogs } from '../integrations/docker/containers.js'
import type { CommandRunner } from '../integrations/docker/exec.js'
import { deployLocal } from '../stages/local-deploy.js'
import { openEngine, type LocalEnvironment } from '../stages/local-engine.js'
import { rollbackLocal, rollbackTarget } from '../stages/local-rollback.js'
import { isAlive, readLock } from '../stages/local-state.js'
import { serviceView } from '../stages/local-status.js'
import { proxyUrl, type HealthCache } from './snapshot.js'

/** A request the action cannot take, with the HTTP status to answer and a one-line reason. */
export class ActionError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

export class LocalActions {
  private readonly running = new Map<string, Promise<unknown>>()

  constructor(
    private readonly env: LocalEnvironment,
    private readonly buildRunner: CommandRunner,
    private readonly log: (line: string) => void
  ) {}

  redeploy(name: string): { started: string } {
    const service = this.available(name)
    if (!service.source.dir)
      throw new ActionError(400, `${name} has no recorded source directory to build from`)
    this.track(
      name,
      deployLocal(
        {
          dir: service.source.dir,
          appDir: service.source.appDir,
          config: service.source.config,
          name,
          port: null,
          network: service.network,
          baseImageRegistry: service.source.baseImageRegistry,
          write: null,
          healthTimeoutMs: 60_000
        },
        { ...this.env, buildRunner: this.buildRunner }
      )
    )
    return { started: `redeploy of ${name} from ${service.source.dir}` }
  }

  rollback(name: string, to: string): { started: string } {
    const service = this.available(name)
    let target
    try {
      target = rollbackTarget(service, to)
    } catch (error) {
      throw new ActionError(409, (error as Error).message)
    }
    this.track(name, rollbackLocal({ service: name, to: target.tag, healthTimeoutMs: 60_000 }, this.env))
    return { started: `rollback of ${name} to ${target.tag}` }
  }

  async logs(name: string, tail: number): Promise<string> {
    const service = this.env.state.readService(name)
    if (!service?.current) throw new ActionError(404, `${name} has no live release`)
    const engine = await openEngine(this.env, service.network)
    return containerLogs(engine.ctx.docker, service.current.container, tail)
  }

  /** Waits for the runs this dashboard started (on shutdown, and in tests). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running.values()])
  }

  private available(name: string) {
    const service = this.env.state.readService(name)
    if (!service) throw new ActionError(404, `no local service named ${name}`)
    const lock = readLock(this.env.state, name)
    if (this.running.has(name) || (lock && isAlive(lock.pid)))
      throw new ActionError(409, `${name} is busy: a run is in progress`)
    return service
  }

  private track(
    name: string,
    run: Promise<{ record: { status?: string; runId: string }; reasons: string[] }>
  ): void {
    const settled = run
      .then(outcome =>
        this.log(
          `${name}: run ${outcome.record.runId} ${outcome.record.status}${outcome.reasons[0] ? `: ${outcome.reasons[0]}` : ''}`
        )
      )
      .catch(error => this.log(`${name}: ${(error as Error).message}`))
      .finally(() => this.running.delete(name))
    this.running.set(name, settled)
  }
}

/** Checks every live service through its stable URL every `everyMs`, into the cache the snapshot reads. */
export class HealthPoller {
  private timer: NodeJS.Timeout | null = null
  private checking = false

  constructor(
    private readonly env: LocalEnvironment,
    readonly cache: HealthCache
  ) {}

  start(everyMs = 5_000): void {
    void this.check()
    this.timer = setInterval(() => void this.check(), everyMs)
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
  }

  async check(): Promise<void> {
    if (this.checking) return
    this.checking = true
    try {
      for (const name of this.env.state.services()) {
        if (!proxyUrl(this.env.state, name)) {
          this.cache.delete(name)
          continue
        }
        const view = await serviceView(this.env.state, name, { docker: null, health: this.env.health })
        if (!view?.health) continue
        this.cache.set(name, {
          ...view.health,
          checkedAt: new Date().toISOString(),
          tag: view.service.current?.tag ?? null
        })
      }
    } finally {
      this.checking = false
    }
  }
}
