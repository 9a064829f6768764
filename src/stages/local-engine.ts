// What every local command needs first: the Docker engine (one clear error when there is none) and how
// containers are networked on it, bundled with the state directory and the smoke-test stage.
import { dockerCandidates } from '../integrations/docker/detect.js'
import { connectDocker, networkMode, type DockerRuntime } from '../integrations/docker/engine.js'
import type { CommandRunner } from '../integrations/docker/exec.js'
import type { SelfCommand } from './local-proxy-client.js'
import type { HealthChecker, ReleaseContext } from './local-release.js'
import type { StateDir } from './local-state.js'

/** What the CLI (or the dashboard) provides to the local stages. */
export interface LocalEnvironment {
  state: StateDir
  /** Runner for docker runtime calls (run, inspect, logs …). */
  run: CommandRunner
  /** Environment for docker (DOCKER_HOST, DOCKER_CONFIG …). */
  dockerEnv: NodeJS.ProcessEnv
  /** Explicit docker client; null: the first one on PATH whose daemon answers. */
  dockerBinary: string | null
  /** How to start the proxy process (this program again). */
  self: SelfCommand
  health: HealthChecker
  signal?: AbortSignal
}

export interface OpenedEngine {
  ctx: ReleaseContext
  runtime: DockerRuntime
  /** One line for the setup stage. */
  detail: string
}

export async function openEngine(env: LocalEnvironment, network: string | null): Promise<OpenedEngine> {
  const candidates = dockerCandidates(env.dockerBinary ?? undefined, env.dockerEnv.PATH)
  const runtime = await connectDocker(env.run, candidates, env.dockerEnv)
  const mode = networkMode(runtime, network)
  const ctx: ReleaseContext = {
    docker: { run: env.run, docker: runtime.docker, env: env.dockerEnv },
    network: mode,
    health: env.health,
    state: env.state,
    self: env.self,
    signal: env.signal
  }
  const net =
    mode.kind === 'host'
      ? `host network${network ? '' : ' (the engine has no bridge)'}`
      : `network ${mode.name}, published on 127.0.0.1`
  return { ctx, runtime, detail: `Docker ${runtime.serverVersion} at ${runtime.endpoint}; ${net}` }
}
