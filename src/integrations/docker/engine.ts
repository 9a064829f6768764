// Is there a Docker engine to run containers on, and how do containers reach each other and the host?
// Answers the local target's first question with one clear sentence when the answer is no: no client
// installed, or a daemon that does not answer (DOCKER_HOST honoured, as the docker client does).
import type { CommandRunner } from './exec.js'

export type NetworkMode =
  /** Containers share the host's network: each needs its own port (the app reads PORT). */
  | { kind: 'host' }
  /** A bridge network: the container keeps its port, published on 127.0.0.1. */
  | { kind: 'bridge'; name: string }

export interface DockerRuntime {
  /** Absolute path of the client that talked to the daemon. */
  docker: string
  clientVersion: string
  serverVersion: string
  /** Where the daemon was reached (DOCKER_HOST or the platform default). */
  endpoint: string
  /** Whether the default `bridge` network exists (false on engines started with --bridge=none). */
  hasBridge: boolean
}

/** No client, or no daemon behind it: the CLI prints the message and exits 2. */
export class DockerUnavailableError extends Error {}

export function dockerEndpoint(env: NodeJS.ProcessEnv): string {
  return env.DOCKER_HOST || 'unix:///var/run/docker.sock'
}

/** The first candidate client whose daemon answers; throws DockerUnavailableError saying how to fix it. */
export async function connectDocker(
  run: CommandRunner,
  candidates: string[],
  env: NodeJS.ProcessEnv
): Promise<DockerRuntime> {
  const endpoint = dockerEndpoint(env)
  if (candidates.length === 0) {
    throw new DockerUnavailableError(
      "Docker is not installed (no 'docker' on PATH): install Docker Engine or Docker Desktop (https://docs.docker.com/get-docker/); 'deplight analyze <dir>' works without it"
    )
  }
  let reason = ''
  for (const docker of candidates) {
    const version = await run(docker, ['version', '--format', '{{json .}}'], { env })
    const parsed = parseVersion(version.stdout)
    if (parsed?.server) {
      const bridge = await run(docker, ['network', 'inspect', '--format', '{{.Name}}', 'bridge'], { env })
      return {
        docker,
        clientVersion: parsed.client ?? 'unknown',
        serverVersion: parsed.server,
        endpoint,
        hasBridge: bridge.exitCode === 0
      }
    }
    reason ||= firstLine(version.stderr) || firstLine(version.stdout)
  }
  throw new DockerUnavailableError(
    `cannot reach the Docker daemon at ${endpoint}${reason ? ` (${reason})` : ''}: start Docker (sudo systemctl start docker, or open Docker Desktop) or point DOCKER_HOST at a running engine`
  )
}

/**
 * `--network` as given (`host`, `bridge` or a network name), or detected: the bridge when the engine has
 * one, else the host network (engines started with --bridge=none, like these CI machines).
 */
export function networkMode(runtime: DockerRuntime, requested: string | null): NetworkMode {
  if (requested === 'host') return { kind: 'host' }
  if (requested) return { kind: 'bridge', name: requested }
  return runtime.hasBridge ? { kind: 'bridge', name: 'bridge' } : { kind: 'host' }
}

function parseVersion(stdout: string): { client: string | null; server: string | null } | null {
  try {
    const parsed = JSON.parse(stdout.trim().split('\n')[0] || '{}') as {
      Client?: { Version?: string }
      Server?: { Version?: string } | null
    }
    return { client: parsed.Client?.Version ?? null, server: parsed.Server?.Version ?? null }
  } catch {
    return null
  }
}

function firstLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .find(line => line.trim())
      ?.trim() ?? ''
  )
}
