// The build-push stage: digest the build context; if an image for that digest is already in the
// registry, put its manifest under the new tags (no pull, no build); otherwise build with BuildKit,
// push, and tag the result `ctx-<digest>` so the next run with the same content can reuse it.
import type { ECRClient } from '@aws-sdk/client-ecr'
import { contextDigest } from '../build/context-digest.js'
import { ecrLogin, ensureRepository } from '../integrations/aws/ecr.js'
import {
  cachedSteps,
  dockerLogin,
  dockerPush,
  runBuild,
  type BuildRequest,
  type CacheMode
} from '../integrations/docker/build.js'
import { detectBuilder, dockerCandidates, type Builder } from '../integrations/docker/detect.js'
import { outputTail, type CommandRunner } from '../integrations/docker/exec.js'
import type { RegistryCredentials } from '../integrations/registry/auth.js'
import { RegistryClient, type Manifest } from '../integrations/registry/client.js'
import { imageRef } from '../integrations/registry/reference.js'
import type { RetryPolicy } from '../integrations/registry/retry.js'
import type { BuildResult } from '../pipeline/contracts.js'

export type CacheSetting = 'auto' | 'registry' | 'inline' | 'off'

/** What the stage needs, validated by its caller (the action's inputs.ts, the CLI). */
export interface BuildPushInputs {
  /** Absolute, inside the workspace. */
  context: string
  /** Absolute, inside the workspace or RUNNER_TEMP (where analyze writes generated Dockerfiles). */
  dockerfile: string
  /** Null: the ECR registry of the current AWS account and region. */
  registry: string | null
  repository: string
  tag: string
  extraTags: string[]
  buildArgs: [string, string][]
  platforms: string[]
  provenance: boolean
  cache: CacheSetting
  push: boolean
  createRepository: boolean
  /** `--network` for the build (`host` where the daemon has no bridge), null for the default. */
  network: string | null
  /** Explicit docker client; null: auto-detect. */
  dockerBinary: string | null
  registryUsername: string | null
  registryPassword: string | null
  /** Time all registry API calls of this run may take, retries included (registry-timeout). */
  registryTimeoutMs: number
  resultPath: string
}

export interface BuildPushDeps {
  run: CommandRunner
  /** Environment for docker commands (DOCKER_HOST, DOCKER_CONFIG …). */
  dockerEnv: NodeJS.ProcessEnv
  /** Created only when the registry is ECR. */
  ecrClient: () => ECRClient
  setSecret: (secret: string) => void
  info: (message: string) => void
  warning: (message: string) => void
  group: <T>(name: string, fn: () => Promise<T>) => Promise<T>
  fetch?: typeof fetch
  retry?: RetryPolicy
}

export interface BuildPushOutcome {
  result: BuildResult
  /** Null on the re-tag path. */
  builder: Builder | null
  cache: CacheMode | null
  /** BuildKit steps answered from cache (build path only). */
  cachedSteps: number
  contextFiles: number
  digestMs: number
}

/** Moving tag holding the layer cache (inline: the last image; registry: a cache manifest). */
export const CACHE_TAG = 'buildcache'

export async function buildPush(inputs: BuildPushInputs, deps: BuildPushDeps): Promise<BuildPushOutcome> {
  const digestStarted = Date.now()
  const ctx = await contextDigest({
    context: inputs.context,
    dockerfile: inputs.dockerfile,
    buildArgs: inputs.buildArgs,
    platforms: inputs.platforms
  })
  const digestMs = Date.now() - digestStarted
  const ctxTag = `ctx-${ctx.digest}`
  deps.info(`Build context: ${ctx.files} files, ${ctx.bytes} bytes, digest ${ctx.digest} (${digestMs} ms)`)
  const tags = [inputs.tag, ...inputs.extraTags]

  const { registry, credentials } = await resolveRegistry(inputs, deps)
  const image = imageRef(registry, inputs.repository, inputs.tag)
  const client = new RegistryClient({
    host: registry,
    credentials,
    fetch: deps.fetch,
    retry: deps.retry,
    budgetMs: inputs.registryTimeoutMs,
    onRetry: msg => deps.warning(`registry ${registry}: ${msg}`)
  })

  if (inputs.push) {
    const pushStarted = Date.now()
    const existing = await client.headManifest(inputs.repository, ctxTag)
    if (existing) {
      const manifest = await client.getManifest(inputs.repository, ctxTag)
      for (const tag of tags) await putTag(client, inputs.repository, tag, manifest)
      const pushMs = Date.now() - pushStarted
      deps.info(
        `Reused ${imageRef(registry, inputs.repository, ctxTag)} (${manifest.digest}): same build context, re-tagged as ${tags.join(', ')} without pulling or building (${pushMs} ms)`
      )
      return {
        result: buildResult(image, inputs.tag, manifest.digest, true, ctx.digest, 0, pushMs),
        builder: null,
        cache: null,
        cachedSteps: 0,
        contextFiles: ctx.files,
        digestMs
      }
    }
    deps.info(`No image for ${ctxTag} in ${registry}/${inputs.repository}: building`)
  }

  const builder = await detectBuilder(
    deps.run,
    dockerCandidates(inputs.dockerBinary ?? undefined, deps.dockerEnv.PATH),
    deps.dockerEnv
  )
  if (builder.kind === 'classic-buildkit' && inputs.platforms.length > 1) {
    throw new Error(
      `platforms ${inputs.platforms.join(',')} need docker buildx; the classic client at ${builder.docker} builds one platform (install buildx, e.g. docker/setup-buildx-action)`
    )
  }
  if (builder.kind === 'classic-buildkit' && inputs.provenance)
    deps.warning('provenance: true needs docker buildx; the classic client builds without an attestation')
  const cache = resolveCache(inputs.cache, builder, inputs.push)
  deps.info(
    `Builder: ${builder.kind === 'buildx' ? `docker buildx (driver ${builder.buildxDriver ?? 'unknown'})` : `classic docker ${builder.clientVersion} with BuildKit`} at ${builder.docker}; cache: ${cache}`
  )
  if (credentials)
    await dockerLogin(
      deps.run,
      builder.docker,
      registry,
      credentials.username,
      credentials.password,
      deps.dockerEnv
    )

  const refs = tags.map(tag => imageRef(registry, inputs.repository, tag))
  const request: BuildRequest = {
    context: inputs.context,
    dockerfile: inputs.dockerfile,
    // buildx pushes every tag at once; the classic client pushes one and the registry API adds the rest.
    tags:
      builder.kind === 'buildx' && inputs.push
        ? [...refs, imageRef(registry, inputs.repository, ctxTag)]
        : [refs[0] as string],
    buildArgs: inputs.buildArgs,
    platforms: inputs.platforms,
    provenance: inputs.provenance,
    cache,
    cacheRef: imageRef(registry, inputs.repository, CACHE_TAG),
    push: inputs.push,
    network: inputs.network
  }
  const build = await deps.group(`docker build ${image}`, () =>
    runBuild(deps.run, builder, request, deps.dockerEnv)
  )
  const cached = cachedSteps(build.output)
  deps.info(`Built in ${build.durationMs} ms (${cached} steps from cache)`)

  if (!inputs.push) {
    const id = await deps.run(
      builder.docker,
      ['image', 'inspect', '--format', '{{.Id}}', refs[0] as string],
      { env: deps.dockerEnv }
    )
    if (id.exitCode !== 0) throw new Error(`cannot inspect the built image: ${outputTail(id, 3)}`)
    return {
      result: buildResult(image, inputs.tag, id.stdout.trim(), false, ctx.digest, build.durationMs, 0),
      builder,
      cache,
      cachedSteps: cached,
      contextFiles: ctx.files,
      digestMs
    }
  }

  const pushStarted = Date.now()
  if (builder.kind === 'classic-buildkit') {
    await deps.group(`docker push ${image}`, () =>
      dockerPush(deps.run, builder.docker, refs[0] as string, deps.dockerEnv)
    )
  }
  const manifest = await client.getManifest(inputs.repository, inputs.tag)
  const extraWrites = builder.kind === 'classic-buildkit' ? [...inputs.extraTags] : []
  if (cache === 'inline') extraWrites.push(CACHE_TAG)
  for (const tag of extraWrites) await putTag(client, inputs.repository, tag, manifest)
  // Written last: a ctx tag must only ever point at a complete, pushed image.
  if (builder.kind === 'classic-buildkit') await client.putManifest(inputs.repository, ctxTag, manifest)
  const pushMs = Date.now() - pushStarted
  deps.info(`Pushed ${image} (${manifest.digest}) and tagged ${ctxTag} in ${pushMs} ms`)
  return {
    result: buildResult(image, inputs.tag, manifest.digest, false, ctx.digest, build.durationMs, pushMs),
    builder,
    cache,
    cachedSteps: cached,
    contextFiles: ctx.files,
    digestMs
  }
}

async function resolveRegistry(
  inputs: BuildPushInputs,
  deps: BuildPushDeps
): Promise<{ registry: string; credentials: RegistryCredentials | null }> {
  if (inputs.registry !== null) {
    if (inputs.registryPassword) deps.setSecret(inputs.registryPassword)
    const credentials =
      inputs.registryUsername && inputs.registryPassword
        ? { username: inputs.registryUsername, password: inputs.registryPassword }
        : null
    return { registry: inputs.registry, credentials }
  }
  const ecr = deps.ecrClient()
  const login = await ecrLogin(ecr, deps.setSecret)
  if (inputs.push) {
    const status = await ensureRepository(ecr, inputs.repository, inputs.createRepository)
    if (status === 'created') deps.info(`Created ECR repository ${inputs.repository}`)
  }
  return { registry: login.registry, credentials: { username: login.username, password: login.password } }
}

/**
 * Puts `manifest` under `tag` unless the tag already names that exact manifest: a re-run for the same
 * commit then succeeds on registries with immutable tags (ECR rejects rewriting an existing tag).
 */
async function putTag(
  client: RegistryClient,
  repository: string,
  tag: string,
  manifest: Manifest
): Promise<void> {
  const current = await client.headManifest(repository, tag)
  if (current?.digest === manifest.digest) return
  await client.putManifest(repository, tag, manifest)
}

/** auto: a registry cache where buildx can export one (not the `docker` driver), else inline. */
export function resolveCache(setting: CacheSetting, builder: Builder, push: boolean): CacheMode {
  if (setting === 'off') return 'off'
  const registryCapable =
    builder.kind === 'buildx' && builder.buildxDriver !== undefined && builder.buildxDriver !== 'docker'
  if (setting === 'registry') {
    if (!registryCapable) {
      throw new Error(
        builder.kind === 'buildx'
          ? 'cache: registry needs a buildx builder with the docker-container driver (docker/setup-buildx-action); use cache: inline or auto'
          : 'cache: registry needs docker buildx; this machine has only the classic client, use cache: inline or auto'
      )
    }
    return 'registry'
  }
  if (setting === 'inline') return 'inline'
  if (!push) return 'inline'
  return registryCapable ? 'registry' : 'inline'
}

function buildResult(
  image: string,
  tag: string,
  digest: string,
  reused: boolean,
  ctx: string,
  buildMs: number,
  pushMs: number
): BuildResult {
  return { schemaVersion: 1, image, tag, digest, reused, contextDigest: ctx, durations: { buildMs, pushMs } }
}
