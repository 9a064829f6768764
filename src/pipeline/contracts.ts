// Versioned JSON documents the stages pass to each other by file path (DESIGN.md "Contracts").
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

export interface DeployResult {
  schemaVersion: 1
  imageTag: string
  previousImageTag: string | null
  outputs: Record<string, unknown>
  serviceUrl: string | null
  deploymentId: string | null
  rolloutState: 'COMPLETED' | 'FAILED' | 'IN_PROGRESS' | 'ROLLED_BACK' | 'UNKNOWN'
}

export interface SmokeCheckResult {
  name: string
  url: string
  passed: boolean
  attempts: number
  status: number | null
  message: string
  latencyMs: { p50: number; p90: number; p99: number; max: number }
}

export interface SmokeReport {
  schemaVersion: 1
  passed: boolean
  checks: SmokeCheckResult[]
}

export interface StageRecord {
  id: StageId
  status: StageStatus
  startedAt: string | null
  durationMs: number | null
  detail?: string
}

export interface RunRecord {
  schemaVersion: 1
  runId: string
  repository: string
  commit: string
  environment: string
  stages: StageRecord[]
}
