// Argument arrays for `docker buildx build` and the classic BuildKit `docker build`, and the calls
// that run them. Everything here was validated before (tags, paths, build args).
import type { Builder } from './detect.js'
import { outputTail, type CommandRunner } from './exec.js'

export type CacheMode = 'registry' | 'inline' | 'off'

export interface BuildRequest {
  context: string
  dockerfile: string
  /** Full image references (`registry/repo:tag`). The first one is the primary. */
  tags: string[]
  buildArgs: [string, string][]
  platforms: string[]
  provenance: boolean
  cache: CacheMode
  /** Where the layer cache lives in the registry (`registry/repo:buildcache`). */
  cacheRef: string
  push: boolean
  /** `host` is needed where the daemon has no bridge network. */
  network: string | null
}

export function buildxArgs(req: BuildRequest): string[] {
  const args = ['buildx', 'build', '--progress', 'plain', '--file', req.dockerfile]
  for (const tag of req.tags) args.push('--tag', tag)
  for (const [key, value] of req.buildArgs) args.push('--build-arg', `${key}=${value}`)
  if (req.platforms.length > 0) args.push('--platform', req.platforms.join(','))
  args.push(`--provenance=${req.provenance}`)
  if (req.network) args.push('--network', req.network)
  if (req.cache === 'registry') {
    // ECR accepts cache manifests only as OCI image manifests (docker/build-push-action#858).
    args.push('--cache-from', `type=registry,ref=${req.cacheRef}`)
    if (req.push)
      args.push(
        '--cache-to',
        `type=registry,ref=${req.cacheRef},mode=max,image-manifest=true,oci-mediatypes=true`
      )
  } else if (req.cache === 'inline') {
    args.push('--cache-from', `type=registry,ref=${req.cacheRef}`, '--cache-to', 'type=inline')
  }
  args.push(req.push ? '--push' : '--load', req.context)
  return args
}

/** Classic client + the daemon's BuildKit: one tag is enough, the others are put through the registry API. */
export function classicBuildArgs(req: BuildRequest): string[] {
  const args = ['build', '--progress', 'plain', '--file', req.dockerfile]
  for (const tag of req.tags) args.push('--tag', tag)
  for (const [key, value] of req.buildArgs) args.push('--build-arg', `${key}=${value}`)
  if (req.platforms.length === 1) args.push('--platform', req.platforms[0] as string)
  if (req.network) args.push('--network', req.network)
  if (req.cache === 'inline')
    args.push('--build-arg', 'BUILDKIT_INLINE_CACHE=1', '--cache-from', req.cacheRef)
  args.push(req.context)
  return args
}

export interface BuildOutcome {
  output: string
  durationMs: number
}

export async function runBuild(
  run: CommandRunner,
  builder: Builder,
  req: BuildRequest,
  env: NodeJS.ProcessEnv
): Promise<BuildOutcome> {
  const args = builder.kind === 'buildx' ? buildxArgs(req) : classicBuildArgs(req)
  const buildEnv = builder.kind === 'buildx' ? env : { ...env, DOCKER_BUILDKIT: '1' }
  const started = Date.now()
  const result = await run(builder.docker, args, { env: buildEnv, stream: true })
  const durationMs = Date.now() - started
  if (result.exitCode !== 0)
    throw new Error(`docker build failed (exit ${result.exitCode}):\n${outputTail(result)}`)
  // BuildKit's plain progress goes to stderr.
  return { output: `${result.stdout}\n${result.stderr}`, durationMs }
}

export async function dockerLogin(
  run: CommandRunner,
  docker: string,
  registry: string,
  username: string,
  password: string,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const result = await run(docker, ['login', '--username', username, '--password-stdin', registry], {
    env,
    input: password
  })
  if (result.exitCode !== 0) {
    const reason = outputTail(result, 3)
    const hint = /unauthorized|incorrect|denied|401/i.test(reason)
      ? ' — the registry rejected the username or password'
      : ''
    throw new Error(`docker login to ${registry} failed${hint}: ${reason}`)
  }
}

export async function dockerPush(
  run: CommandRunner,
  docker: string,
  ref: string,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const result = await run(docker, ['push', ref], { env, stream: true })
  if (result.exitCode !== 0)
    throw new Error(`docker push ${ref} failed (exit ${result.exitCode}):\n${outputTail(result)}`)
}

/** Steps BuildKit answered from cache, counted from its plain progress output. */
export function cachedSteps(output: string): number {
  return output.split('\n').filter(line => /^#\d+ CACHED$/.test(line.trim())).length
}
