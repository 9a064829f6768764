// The build-push stage: digest the build context; if an image for that digest is already in the
// registry, put its manifest under the new tags (no pull, no build); otherwise build with BuildKit and
// push it under `ctx-<digest>` only (a mutable tag, so a re-run can always push), then put the commit tag
// and the extra tags through the registry API, which compares digests where a tag cannot be moved
// (image-tags.ts). The next run with the same content reuses the ctx- image.
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
import { RegistryClient } from '../integrations/registry/client.js'
import { imageRef } from '../integrations/registry/reference.js'
import type { RetryPolicy } from '../integrations/registry/retry.js'
import type { BuildResult } from '../pipeline/contracts.js'
import { publishTags, putTag } from './image-tags.js'

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
      const built = { manifest: await client.getManifest(inputs.repository, ctxTag), ctxTag }
      const published = await publishTags(client, inputs.repository, built, inputs.tag, inputs.extraTags)
      if (published.warning) deps.warning(published.warning)
      const pushMs = Date.now() - pushStarted
      deps.info(
        `Reused ${imageRef(registry, inputs.repository, ctxTag)} (${built.manifest.digest}): same build context, re-tagged as ${tags.join(', ')} without pulling or building (${pushMs} ms)`
      )
      return {
        result: buildResult(image, inputs.tag, published.manifest.digest, true, ctx.digest, 0, pushMs),
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

  const ctxRef = imageRef(registry, inputs.repository, ctxTag)
  const request: BuildRequest = {
    context: inputs.context,
    dockerfile: inputs.dockerfile,
    // Pushed under the mutable ctx- tag only: a push never meets an immutable tag written by an earlier
    // run. The commit tag and the extra tags are put through the registry API afterwards.
    tags: inputs.push ? [ctxRef] : [image],
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
    const id = await deps.run(builder.docker, ['image', 'inspect', '--format', '{{.Id}}', image], {
      env: deps.dockerEnv
    })
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
  // A ctx- tag only ever names a complete image: the push writes the manifest after every layer.
  if (builder.kind === 'classic-buildkit') {
    await deps.group(`docker push ${ctxRef}`, () =>
      dockerPush(deps.run, builder.docker, ctxRef, deps.dockerEnv)
    )
  }
  const built = { manifest: await client.getManifest(inputs.repository, ctxTag), ctxTag }
  // The inline layer cache lives in the image just built, whatever the commit tag ends up naming.
  if (cache === 'inline') await putTag(client, inputs.repository, CACHE_TAG, built.manifest)
  const published = await publishTags(client, inputs.repository, built, inputs.tag, inputs.extraTags)
  if (published.warning) deps.warning(published.warning)
  const pushMs = Date.now() - pushStarted
  deps.info(`Pushed ${image} (${published.manifest.digest}) and tagged ${ctxTag} in ${pushMs} ms`)
  return {
    result: buildResult(
      image,
      inputs.tag,
      published.manifest.digest,
      false,
      ctx.digest,
      build.durationMs,
      pushMs
    ),
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
