// Versioned JSON documents the stages pass to each other by file path (DESIGN.md "Contracts"). Stages
// write them; later stages, the notifier, the CLI and the dashboard read them. Fields are only ever added
// (optional) within a schemaVersion; a breaking change bumps it.
import type { StageId, StageStatus } from './stages.js'

export type { AnalysisReport, AppAnalysis, Field, Evidence, Warning } from '../analyzer/report.js'

export interface BuildResult {
  schemaVersion: 1
  /** Full image reference with tag, e.g. `123.dkr.ecr.eu-west-1.amazonaws.com/app:<sha>`. */
  image: string
  tag: string
  /** Manifest digest `sha256:…` as stored by the registry. */
  digest: string
  /** True when an image with the same build-context digest existed and was re-tagged instead of built. */
  reused: boolean
  contextDigest: string
  durations: { buildMs: number; pushMs: number }
}

/** One managed resource the plan changes. Attribute names only: values may be secret. */
export interface PlanChange {
  address: string
  action: 'create' | 'update' | 'delete' | 'replace'
  /** Every difference is the image tag (old → new) or a value terraform only knows after apply. */
  imageTagOnly: boolean
  /** Attribute paths that change (update/replace), e.g. `container_definitions`, `input.image`. */
  attributes: string[]
}

/** Terraform plan in numbers, from `terraform show -json` of the saved plan. */
export interface PlanSummary {
  hasChanges: boolean
  add: number
  change: number
  destroy: number
  /** Resources destroyed and re-created (counted here, not in add/destroy). */
  replace: number
  /** Addresses of resources that are destroyed or replaced: the destructive part of the plan. */
  destructive: string[]
  /** True when the only input that differs from the current state is `image_tag`. */
  onlyImageTag: boolean
  /** Every resource change, in plan order (added by terraform-deploy). */
  changes?: PlanChange[]
}

export type RolloutState =
  'COMPLETED' | 'FAILED' | 'IN_PROGRESS' | 'ROLLED_BACK' | 'TIMED_OUT' | 'SKIPPED' | 'UNKNOWN'

export interface DeployResult {
  schemaVersion: 1
  imageTag: string
  /** The tag the service ran before this apply (null on a first deploy): what a rollback re-applies. */
  previousImageTag: string | null
  /** Terraform outputs; sensitive ones are the string `(sensitive)`. */
  outputs: Record<string, unknown>
  serviceUrl: string | null
  clusterName?: string | null
  serviceName?: string | null
  taskDefinitionArn?: string | null
  /** ECS deployment id (`ecs-svc/…`) or service deployment ARN (native blue/green). */
  deploymentId: string | null
  /** GitHub deployment created for this run, when the token could create one. */
  githubDeploymentId?: number | null
  rolloutState: RolloutState
  /** True when the circuit breaker (or a blue/green rollback) put the previous task definition back. */
  rolledBack?: boolean
  /** Why the rollout failed: stopped-task reasons, exit codes, the last service events. */
  failureReasons?: string[]
  plan?: PlanSummary | null
  durations?: { infrastructureMs: number; rolloutMs: number }
}

export interface LatencySummary {
  p50: number
  p95: number
  max: number
}

export interface SmokeCheckResult {
  name: string
  method: string
  /** Requested URL, with any userinfo removed. */
  url: string
  passed: boolean
  attempts: number
  status: number | null
  message: string
  /** First response that failed the check after the deadline: what to look at. */
  evidence?: { status: number | null; headers: Record<string, string>; body: string } | null
  latencyMs: LatencySummary | null
}

export interface SmokeReport {
  schemaVersion: 1
  /** Base URL, with any userinfo removed. */
  url: string
  passed: boolean
  checks: SmokeCheckResult[]
  expectedVersion?: string | null
  /** Null when no version was expected. */
  versionMatched?: boolean | null
  /** The load sample taken after the first success. */
  samples?: { count: number; errors: number; errorRate: number; latencyMs: LatencySummary } | null
  durationMs?: number
  /** Why the report failed, one line each: failed checks first, then the latency and error-rate gates. */
  failures?: string[]
}

export interface StageRecord {
  id: StageId
  status: StageStatus
  startedAt: string | null
  durationMs: number | null
  /** One line: what happened (e.g. "re-tagged ctx-1a2b…", "rolled back to 3f9c…"). */
  detail?: string
  /** Link to more (the job log, the image, the service). */
  url?: string
}

export type RunStatus = 'running' | 'success' | 'failure' | 'cancelled' | 'rolled_back' | 'interrupted'

export interface RunRecord {
  schemaVersion: 1
  runId: string
  repository: string
  commit: string
  environment: string
  stages: StageRecord[]
  /** The deployed service (app name / ECS service / local container group). */
  service?: string
  status?: RunStatus
  startedAt?: string
  finishedAt?: string | null
  ref?: string | null
  actor?: string | null
  commitMessage?: string | null
  /** Link to the CI run (GitHub Actions) or null for a local run. */
  runUrl?: string | null
  serviceUrl?: string | null
  image?: string | null
  imageTag?: string | null
  previousImageTag?: string | null
  /** Set when a failed release was replaced by this earlier tag. */
  rolledBackTo?: string | null
  smokeP95Ms?: number | null
  /** Why the run failed or was interrupted (exit code, last log lines, health evidence), most telling first. */
  failureReasons?: string[] | null
}
