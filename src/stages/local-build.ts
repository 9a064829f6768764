// The local image: keyed by the build-context digest (build/context-digest.ts, the digest build-push keys
// its registry reuse by). An image tagged `ctx-<digest>` in the local engine means the same content was
// built before, so it is used as is; otherwise the build-push stage builds it (push: false) and the ctx
// tag is added. The release tag is the digest's first 12 hex digits: same content, same tag.
import { contextDigest } from '../build/context-digest.js'
import { imageId, tagImage, type DockerContext } from '../integrations/docker/containers.js'
import type { CommandRunner } from '../integrations/docker/exec.js'
import { formatDuration } from '../pipeline/duration.js'
import type { PreparedSource } from './local-source.js'

/** Local images live under this registry name; it is never pushed to. */
export const LOCAL_REGISTRY = 'deplight.local'

export interface LocalImage {
  image: string
  tag: string
  contextDigest: string
  reused: boolean
  buildMs: number
  /** One line for the run record. */
  detail: string
}

export interface LocalBuildDeps {
  docker: DockerContext
  /** Runner for the build itself (the CLI streams its lines to the progress view). */
  buildRunner: CommandRunner
  /** `--network host` where the engine has no bridge. */
  network: string | null
  /** Explicit docker client for builds; null: build-push detects one with BuildKit. */
  dockerBinary: string | null
  log: (message: string) => void
}

export function localImageRef(service: string, tag: string): string {
  return `${LOCAL_REGISTRY}/${service}:${tag}`
}

export async function localImage(
  service: string,
  source: PreparedSource,
  deps: LocalBuildDeps
): Promise<LocalImage> {
  const ctx = await contextDigest({
    context: source.context,
    dockerfile: source.dockerfile,
    buildArgs: [],
    platforms: []
  })
  const tag = ctx.digest.slice(0, 12)
  const image = localImageRef(service, tag)
  const ctxRef = localImageRef(service, `ctx-${ctx.digest}`)
  if (await imageId(deps.docker, ctxRef)) {
    // The short tag may have been removed by hand; the ctx tag is the proof of content.
    if (!(await imageId(deps.docker, image))) await tagImage(deps.docker, ctxRef, image)
    return {
      image,
      tag,
      contextDigest: ctx.digest,
      reused: true,
      buildMs: 0,
      detail: `reused ${image}: same build context (${ctx.files} files), no build`
    }
  }
  // Loaded only when a build is needed: the unchanged redeploy never pays for it.
  const { buildPush } = await import('./build-push.js')
  const outcome = await buildPush(
    {
      context: source.context,
      dockerfile: source.dockerfile,
      registry: LOCAL_REGISTRY,
      repository: service,
      tag,
      extraTags: [],
      buildArgs: [],
      platforms: [],
      provenance: false,
      cache: 'off',
      push: false,
      createRepository: false,
      network: deps.network,
      dockerBinary: deps.dockerBinary,
      registryUsername: null,
      registryPassword: null,
      // No registry is contacted (push: false); the budget only bounds the re-tag lookups it would do.
      registryTimeoutMs: 5 * 60_000,
      resultPath: ''
    },
    {
      run: deps.buildRunner,
      dockerEnv: deps.docker.env,
      ecrClient: () => {
        throw new Error('the local target uses no ECR registry')
      },
      setSecret: () => undefined,
      info: deps.log,
      warning: deps.log,
      group: (_name, fn) => fn()
    }
  )
  // Written last, like build-push's ctx tag: it must only ever name a complete image.
  await tagImage(deps.docker, image, ctxRef)
  const steps = outcome.cachedSteps ? `, ${outcome.cachedSteps} steps from cache` : ''
  return {
    image,
    tag,
    contextDigest: ctx.digest,
    reused: false,
    buildMs: outcome.result.durations.buildMs,
    detail: `built ${image} in ${formatDuration(outcome.result.durations.buildMs)}${steps}`
  }
}
