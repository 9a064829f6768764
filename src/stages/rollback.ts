// The rollback stage: which tag to go back to, proof that the image is still in the registry, then the
// terraform-deploy stage (apply + rollout wait) with that tag and the smoke test of what answers. The
// rollback action and the composite's automatic rollback both run this; they differ in the clients.
//
// What "previous" means: the state's previous tag is not enough. After an automatic rollback the state
// holds the tag that was rolled back to, and the plan's "previous" is then the *failed* release. So
// `previous` asks the GitHub Deployments history for the newest successful deployment whose image differs
// from the one live now (a failed release never reaches `success`), and only without that history falls
// back to the tag terraform-deploy recorded (`previous-image-tag`) when the caller passes one.
import type { DeploymentRecord } from '../integrations/github/deployments.js'
import type { ManifestInfo } from '../integrations/registry/client.js'
import type { DeployResult, SmokeReport } from '../pipeline/contracts.js'
import { validateImageTag } from './terraform-deploy/image-tag.js'
import {
  terraformDeploy,
  type TerraformDeployDeps,
  type TerraformDeployInputs,
  type TerraformDeployOutcome
} from './terraform-deploy/index.js'

export type RollbackRequest =
  /** An explicit tag. */
  | { kind: 'tag'; tag: string }
  /** The release before the live one. */
  | { kind: 'previous' }

export interface TargetSources {
  /** Successful deployments of the environment, newest first (GitHub Deployments); null: no history. */
  history: (() => Promise<DeploymentRecord[]>) | null
  /** The tag terraform-deploy recorded as replaced (its `previous-image-tag` output), if the caller has it. */
  recordedPrevious: string | null
}

export interface RollbackTarget {
  tag: string
  /** Where the tag came from, for the log and the summary. */
  source: 'input' | 'deployments' | 'recorded'
  /** The tag live now according to the history, when known. */
  current: string | null
}

export function parseRollbackRequest(text: string): RollbackRequest {
  const value = text.trim()
  if (!value || value === 'previous') return { kind: 'previous' }
  return { kind: 'tag', tag: validateImageTag(value) }
}

export async function resolveRollbackTarget(
  request: RollbackRequest,
  sources: TargetSources
): Promise<RollbackTarget> {
  if (request.kind === 'tag') return { tag: request.tag, source: 'input', current: null }
  if (sources.history) {
    const live = await sources.history()
    const tags = live.map(d => payloadTag(d)).filter((t): t is string => t !== null)
    const current = tags[0] ?? null
    const previous = tags.find(t => t !== current)
    if (previous) return { tag: previous, source: 'deployments', current }
    if (!sources.recordedPrevious)
      throw new Error(
        current
          ? `no earlier successful deployment than ${current} in this environment: pass image-tag with the tag to roll back to`
          : 'no successful deployment with an image tag in this environment: pass image-tag with the tag to roll back to'
      )
  }
  if (sources.recordedPrevious)
    return {
      tag: validateImageTag(sources.recordedPrevious, 'previous-image-tag'),
      source: 'recorded',
      current: null
    }
  throw new Error(
    'image-tag is "previous" but there is no deployment history (no github-token) and no previous-image-tag: pass image-tag with the tag to roll back to'
  )
}

function payloadTag(deployment: DeploymentRecord): string | null {
  const tag = deployment.payload.image_tag
  if (typeof tag !== 'string') return null
  try {
    return validateImageTag(tag)
  } catch {
    return null
  }
}

export interface RollbackInputs {
  request: RollbackRequest
  repository: string
  /** URL to smoke-test instead of the deploy's service URL (a custom domain); null: the deploy's. */
  serviceUrl: string | null
  /** terraform-deploy's inputs; imageTag is replaced by the resolved target. */
  deploy: Omit<TerraformDeployInputs, 'imageTag' | 'imageDigest'>
}

export interface RollbackDeps extends TerraformDeployDeps {
  sources: TargetSources
  /** Manifest HEAD of repository:tag in the registry; null when the tag does not exist. */
  headManifest: (repository: string, tag: string) => Promise<ManifestInfo | null>
  /** Smoke-tests the service URL the deploy reports; null: no URL to test. */
  smoke: ((url: string) => Promise<SmokeReport>) | null
}

export interface RollbackOutcome {
  target: RollbackTarget
  digest: string
  deploy: TerraformDeployOutcome
  smoke: SmokeReport | null
  /** Why the rollback failed; null when the service runs the target and is healthy. */
  error: string | null
}

export async function rollback(inputs: RollbackInputs, deps: RollbackDeps): Promise<RollbackOutcome> {
  const target = await resolveRollbackTarget(inputs.request, deps.sources)
  deps.log.info(
    `Rolling back to ${target.tag} (${target.source === 'input' ? 'given' : target.source === 'deployments' ? `the release before ${target.current ?? 'the live one'}` : "terraform-deploy's previous tag"})`
  )
  // Before Terraform touches anything: a tag that is gone (lifecycle policy, typo) would apply a task
  // definition whose tasks can never pull their image.
  const manifest = await deps.headManifest(inputs.repository, target.tag)
  if (!manifest)
    throw new Error(
      `image ${inputs.repository}:${target.tag} is not in the registry (deleted by a lifecycle policy, or a typo): nothing was changed`
    )
  deps.log.info(`${inputs.repository}:${target.tag} exists (${manifest.digest})`)

  const deploy = await terraformDeploy(
    { ...inputs.deploy, imageTag: target.tag, imageDigest: manifest.digest },
    deps
  )
  const result: DeployResult = deploy.result
  let smoke: SmokeReport | null = null
  const url = inputs.serviceUrl ?? result.serviceUrl
  if (!deploy.error && url && deps.smoke) smoke = await deps.smoke(url)
  const error =
    deploy.error ??
    (smoke && !smoke.passed
      ? `the rolled-back release ${target.tag} is not healthy either: ${(smoke.failures ?? []).join('; ')}`
      : null)
  return { target, digest: manifest.digest, deploy, smoke, error }
}
