// Container runtime calls for the local target: run, inspect, logs, stop, list by label, image lookups.
// Every call is an argument array through a CommandRunner; names, labels and images were validated by
// the caller (service names are [a-z0-9-], tags follow the OCI grammar).
import { outputTail, type CommandRunner } from './exec.js'
import type { NetworkMode } from './engine.js'

export interface DockerContext {
  run: CommandRunner
  docker: string
  env: NodeJS.ProcessEnv
}

export interface ContainerSpec {
  name: string
  image: string
  env: Record<string, string>
  labels: Record<string, string>
  network: NetworkMode
  /** Port the app listens on inside the container. */
  containerPort: number
  /** Port on 127.0.0.1 where the host reaches it (equal to containerPort on the host network). */
  hostPort: number
}

export interface ContainerState {
  id: string
  name: string
  image: string
  /** Docker's status: created, running, restarting, exited, dead … */
  status: string
  running: boolean
  exitCode: number
  oomKilled: boolean
  /** Docker's error starting the process (a missing binary, a bad entrypoint), empty when none. */
  error: string
  startedAt: string
  finishedAt: string
  labels: Record<string, string>
}

/** Command-line arguments of `docker run` for a spec (exported for the tests that check them). */
export function runArgs(spec: ContainerSpec): string[] {
  const args = ['run', '--detach', '--init', '--name', spec.name]
  for (const [key, value] of Object.entries(spec.labels)) args.push('--label', `${key}=${value}`)
  for (const [key, value] of Object.entries(spec.env)) args.push('--env', `${key}=${value}`)
  if (spec.network.kind === 'host') args.push('--network', 'host')
  else
    args.push('--network', spec.network.name, '--publish', `127.0.0.1:${spec.hostPort}:${spec.containerPort}`)
  args.push(spec.image)
  return args
}

export async function runContainer(ctx: DockerContext, spec: ContainerSpec): Promise<string> {
  const result = await ctx.run(ctx.docker, runArgs(spec), { env: ctx.env })
  if (result.exitCode !== 0) throw new Error(`docker run ${spec.image} failed: ${outputTail(result, 5)}`)
  return result.stdout.trim()
}

/** Keeps a promoted release running across daemon restarts (candidates run without a policy). */
export async function setRestartPolicy(ctx: DockerContext, name: string, policy: string): Promise<void> {
  const result = await ctx.run(ctx.docker, ['update', '--restart', policy, name], { env: ctx.env })
  if (result.exitCode !== 0) throw new Error(`docker update ${name} failed: ${outputTail(result, 3)}`)
}

interface InspectJson {
  Id: string
  Name: string
  Config: { Image: string; Labels: Record<string, string> | null }
  State: {
    Status: string
    Running: boolean
    ExitCode: number
    OOMKilled: boolean
    Error: string
    StartedAt: string
    FinishedAt: string
  }
}

/** Null when no such container exists. */
export async function inspectContainer(ctx: DockerContext, name: string): Promise<ContainerState | null> {
  const result = await ctx.run(ctx.docker, ['container', 'inspect', name], { env: ctx.env })
  if (result.exitCode !== 0) {
    if (/no such (container|object)/i.test(result.stderr)) return null
    throw new Error(`docker inspect ${name} failed: ${outputTail(result, 3)}`)
  }
  const [info] = JSON.parse(result.stdout) as InspectJson[]
  if (!info) return null
  return {
    id: info.Id,
    name: info.Name.replace(/^\//, ''),
    image: info.Config.Image,
    status: info.State.Status,
    running: info.State.Running,
    exitCode: info.State.ExitCode,
    oomKilled: info.State.OOMKilled,
    error: info.State.Error,
    startedAt: info.State.StartedAt,
    finishedAt: info.State.FinishedAt,
    labels: info.Config.Labels ?? {}
  }
}

/** The last `tail` lines the container wrote (stdout and stderr interleaved as docker returns them). */
export async function containerLogs(ctx: DockerContext, name: string, tail: number): Promise<string> {
  const result = await ctx.run(ctx.docker, ['logs', '--tail', String(tail), name], { env: ctx.env })
  if (result.exitCode !== 0) throw new Error(`docker logs ${name} failed: ${outputTail(result, 3)}`)
  return `${result.stdout}${result.stderr}`
}

/** Stops (SIGTERM, then SIGKILL after `graceSeconds`) and removes; a missing container is fine. */
export async function removeContainer(ctx: DockerContext, name: string, graceSeconds = 10): Promise<void> {
  await ctx.run(ctx.docker, ['stop', '--time', String(graceSeconds), name], { env: ctx.env })
  const result = await ctx.run(ctx.docker, ['rm', '--force', name], { env: ctx.env })
  if (result.exitCode !== 0 && !/no such container/i.test(result.stderr))
    throw new Error(`docker rm ${name} failed: ${outputTail(result, 3)}`)
}

export interface ListedContainer {
  name: string
  state: string
  labels: Record<string, string>
}

/** Containers (running or not) carrying every given label. */
export async function listContainers(
  ctx: DockerContext,
  labels: Record<string, string>
): Promise<ListedContainer[]> {
  const args = ['ps', '--all', '--no-trunc', '--format', '{{json .}}']
  for (const [key, value] of Object.entries(labels)) args.push('--filter', `label=${key}=${value}`)
  const result = await ctx.run(ctx.docker, args, { env: ctx.env })
  if (result.exitCode !== 0) throw new Error(`docker ps failed: ${outputTail(result, 3)}`)
  return result.stdout
    .split('\n')
    .filter(line => line.trim())
    .map(line => {
      const row = JSON.parse(line) as { Names: string; State: string; Labels: string }
      return { name: row.Names, state: row.State, labels: parseLabelList(row.Labels) }
    })
}

/** `docker ps` prints labels as `a=1,b=2`. */
function parseLabelList(text: string): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const pair of text ? text.split(',') : []) {
    const eq = pair.indexOf('=')
    if (eq > 0) labels[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return labels
}

/** The image id for a reference, or null when the engine has no such image. */
export async function imageId(ctx: DockerContext, ref: string): Promise<string | null> {
  const result = await ctx.run(ctx.docker, ['image', 'inspect', '--format', '{{.Id}}', ref], {
    env: ctx.env
  })
  return result.exitCode === 0 ? result.stdout.trim() : null
}

export async function tagImage(ctx: DockerContext, source: string, target: string): Promise<void> {
  const result = await ctx.run(ctx.docker, ['tag', source, target], { env: ctx.env })
  if (result.exitCode !== 0)
    throw new Error(`docker tag ${source} ${target} failed: ${outputTail(result, 3)}`)
}
