// Which BuildKit front door does this machine have? GitHub runners: `docker buildx`. Older or distro
// clients (18.09 ≤ version < 23): the classic `docker build` with DOCKER_BUILDKIT=1. Clients ≥ 23 hand
// DOCKER_BUILDKIT=1 builds to buildx and fail without it, and the legacy builder rejects modern
// Dockerfiles, so a client with neither is refused with a clear message.
import { existsSync, realpathSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import type { CommandRunner } from './exec.js'

export type BuilderKind = 'buildx' | 'classic-buildkit'

export interface Builder {
  kind: BuilderKind
  /** Absolute path of the docker client to run. */
  docker: string
  clientVersion: string
  /** buildx driver (`docker`, `docker-container` …); registry cache export needs a non-`docker` driver. */
  buildxDriver?: string
}

interface Probe {
  docker: string
  clientVersion: string | null
  serverVersion: string | null
  serverOs: string | null
  hasBuildx: boolean
  buildxDriver?: string
  problem?: string
}

/** Candidate clients: the configured one only, else every `docker` on PATH plus the usual locations. */
export function dockerCandidates(configured: string | undefined, pathEnv = process.env.PATH ?? ''): string[] {
  if (configured) return [configured]
  const found = [
    ...pathEnv
      .split(delimiter)
      .filter(Boolean)
      .map(dir => join(dir, 'docker')),
    '/usr/bin/docker',
    '/usr/local/bin/docker'
  ]
  const seen = new Set<string>()
  const out: string[] = []
  for (const path of found) {
    if (!existsSync(path)) continue
    const real = realpathSync(path)
    if (seen.has(real)) continue
    seen.add(real)
    out.push(path)
  }
  return out
}

export async function detectBuilder(
  run: CommandRunner,
  candidates: string[],
  env?: NodeJS.ProcessEnv
): Promise<Builder> {
  if (candidates.length === 0)
    throw new Error('no docker client found on PATH; install Docker (with buildx) or set docker-binary')
  const probes: Probe[] = []
  for (const docker of candidates) probes.push(await probe(run, docker, env))
  const withBuildx = probes.find(p => p.hasBuildx && p.serverVersion)
  if (withBuildx) {
    return {
      kind: 'buildx',
      docker: withBuildx.docker,
      clientVersion: withBuildx.clientVersion ?? 'unknown',
      buildxDriver: withBuildx.buildxDriver
    }
  }
  const classic = probes.find(p => classicBuildKitWorks(p))
  if (classic)
    return {
      kind: 'classic-buildkit',
      docker: classic.docker,
      clientVersion: classic.clientVersion as string
    }
  const reasons = probes.map(p => `${p.docker}: ${p.problem ?? explainNoBuildKit(p)}`).join('; ')
  throw new Error(
    `no BuildKit-capable docker found (${reasons}). Install the buildx plugin (docker/setup-buildx-action on GitHub), or set docker-binary to a client between 18.09 and 22.x`
  )
}

async function probe(run: CommandRunner, docker: string, env?: NodeJS.ProcessEnv): Promise<Probe> {
  const version = await run(docker, ['version', '--format', '{{json .}}'], { env })
  let clientVersion: string | null = null
  let serverVersion: string | null = null
  let serverOs: string | null = null
  let problem: string | undefined
  try {
    const parsed = JSON.parse(version.stdout.trim().split('\n')[0] || '{}') as {
      Client?: { Version?: string }
      Server?: { Version?: string; Os?: string } | null
    }
    clientVersion = parsed.Client?.Version ?? null
    serverVersion = parsed.Server?.Version ?? null
    serverOs = parsed.Server?.Os ?? null
  } catch {
    problem = `cannot run "docker version" (${version.stderr.trim().split('\n')[0] ?? 'no output'})`
  }
  if (!problem && !serverVersion)
    problem = `the Docker daemon is not reachable (${version.stderr.trim().split('\n')[0] ?? ''})`
  const buildx = await run(docker, ['buildx', 'inspect'], { env })
  const hasBuildx = buildx.exitCode === 0
  const driver = hasBuildx ? /^Driver:\s*(\S+)/m.exec(buildx.stdout)?.[1] : undefined
  return { docker, clientVersion, serverVersion, serverOs, hasBuildx, buildxDriver: driver, problem }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+~-]/).map(n => Number.parseInt(n, 10) || 0)
  const pb = b.split(/[.+~-]/).map(n => Number.parseInt(n, 10) || 0)
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

function classicBuildKitWorks(p: Probe): boolean {
  if (p.problem || !p.clientVersion || !p.serverVersion) return false
  return (
    compareVersions(p.clientVersion, '18.09') >= 0 &&
    compareVersions(p.clientVersion, '23.0') < 0 &&
    compareVersions(p.serverVersion, '18.09') >= 0 &&
    p.serverOs === 'linux'
  )
}

function explainNoBuildKit(p: Probe): string {
  if (p.clientVersion && compareVersions(p.clientVersion, '23.0') >= 0)
    return `client ${p.clientVersion} has no buildx plugin`
  if (p.clientVersion && compareVersions(p.clientVersion, '18.09') < 0)
    return `client ${p.clientVersion} predates BuildKit (18.09)`
  if (p.serverVersion && compareVersions(p.serverVersion, '18.09') < 0)
    return `daemon ${p.serverVersion} predates BuildKit`
  return `daemon OS ${p.serverOs ?? 'unknown'} has no BuildKit`
}
