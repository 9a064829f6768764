// What the terraform-deploy stage takes and gives back. Callers (the action, the CLI's local mode, the
// rollback action) validate inputs and build the clients; the stage only runs the flow.
import type { ECSClient } from '@aws-sdk/client-ecs'
import type { Clock, PollPolicy } from '../../integrations/aws/ecs-poll.js'
import type { BackendEntry, Terraform } from '../../integrations/terraform/cli.js'
import type { DeployResult, PlanSummary } from '../../pipeline/contracts.js'
import type { OutputNames } from './outputs.js'
import type { VarConflict } from './var-files.js'

export type DeployMode = 'plan' | 'apply'

export interface TerraformDeployInputs {
  /** Absolute path of the root module (the Terraform instance runs there too). */
  workingDirectory: string
  /** Validated with validateImageTag. */
  imageTag: string
  /** `sha256:…` of the image, for the deployment record; null when unknown. */
  imageDigest: string | null
  /** The analyzer's tfvars (absolute), passed first so every file of the user's wins over it. */
  analyzerVarFile: string | null
  /** The user's var files (absolute), in order. */
  varFiles: string[]
  backendConfig: BackendEntry[]
  workspace: string | null
  mode: DeployMode
  lockTimeoutMs: number
  /** False: apply and return without watching the rollout (rolloutState SKIPPED). */
  wait: boolean
  waitTimeoutMs: number
  outputNames: OutputNames
  /** Override the cluster/service read from the outputs. */
  cluster: string | null
  service: string | null
  /** Where the saved plan is written (removed after apply: a plan holds every variable in clear text). */
  planDir: string
}

export interface StageLog {
  info: (message: string) => void
  warning: (message: string) => void
  group: <T>(name: string, fn: () => Promise<T>) => Promise<T>
}

/** Payload of a deployment record, as the rollback and notify steps read it. */
export interface DeploymentPayload {
  image_tag: string
  digest: string | null
  task_definition_arn: string | null
  previous_image_tag: string | null
}

/**
 * Records a deploy somewhere people look (GitHub Deployments in the action, a state directory locally).
 * Implementations turn their own failures into warnings: a missing record never fails a deploy.
 */
export interface DeploymentRecorder {
  /** Creates the record, marked in progress; null when it could not be created. */
  start: (payload: DeploymentPayload) => Promise<string | number | null>
  finish: (
    id: string | number,
    state: 'success' | 'failure',
    o: { environmentUrl: string | null; description: string }
  ) => Promise<void>
}

export interface TerraformDeployDeps {
  terraform: Terraform
  /** Built only when there is a service to watch; null where there is no ECS (a local target). */
  ecs: (() => ECSClient) | null
  log: StageLog
  setSecret: (secret: string) => void
  deployments?: DeploymentRecorder | null
  /** Rollout polling and time, injectable so tests and benches run in milliseconds. */
  poll?: PollPolicy
  clock?: Clock
}

export interface TerraformDeployOutcome {
  result: DeployResult
  plan: PlanSummary
  varConflicts: VarConflict[]
  /** Why the deploy failed (terraform apply, or a rollout that FAILED, rolled back or timed out); null: it did not. */
  error: string | null
  /** The stage of the eight that failed, when one did. */
  failedStage: 'infrastructure' | 'rollout' | null
  /** Why the rollout was not watched, when it was not ("wait: false", "no ECS outputs"). */
  rolloutNote: string | null
  terraformVersion: string
}
