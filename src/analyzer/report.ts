// The AnalysisReport contract (schema version 1): what the analyzer produces and every later stage reads.
// Pure data: no timings or absolute paths, so the CLI, the action and the Lambda produce byte-identical
// reports for the same tree.
import type { Hints } from './hints.js'

/** Every language the analyzer reports; `.delightful.yaml`'s app.language accepts exactly these. */
export const LANGUAGES = [
  'javascript',
  'typescript',
  'python',
  'go',
  'java',
  'kotlin',
  'ruby',
  'php',
  'rust',
  'csharp',
  'elixir',
  'static',
  'unknown'
] as const

export type Language = (typeof LANGUAGES)[number]

/** One line of proof: `file:line: text` (file relative to the repository root, line 1-based, 0 = whole file). */
export interface Evidence {
  file: string
  line: number
  text: string
}

/** An inferred value with how sure we are, why, and how to change it. */
export interface Field<T> {
  value: T
  /** 0..1. >= 0.8 high (read from the project itself), 0.5..0.8 medium (strong convention), < 0.5 low (default). */
  confidence: number
  /** Where the value came from, e.g. `package.json#engines.node` or `framework default`. */
  source: string
  evidence: Evidence[]
  /** The `.delightful.yaml` key that overrides this field, e.g. `app.port`. */
  overrideKey: string
  /** Set when `source` is `llm`: the model that proposed the value (the analysis cache's LLM refinement). */
  model?: string
  /** Candidates that lost, with their score, so ambiguity is visible. */
  alternatives?: { value: T; confidence: number; source: string }[]
}

export interface Resources {
  /** Fargate CPU units (256, 512, 1024, 2048, 4096). */
  cpu: number
  /** MiB, a valid Fargate pairing for `cpu`. */
  memory: number
  reason: string
}

export interface Warning {
  /** Stable machine-readable code, e.g. `AMBIGUOUS_FRAMEWORK`, `PORT_MISMATCH`, `INVALID_MANIFEST`. */
  code: string
  message: string
  file?: string
  line?: number
}

export interface AppAnalysis {
  /** Directory of the app relative to the repository root ('.' for the root). */
  appDir: string
  /** A name fit for ECS/ECR (lowercase, [a-z0-9-]). */
  name: string
  language: Field<Language>
  /** Lowercase framework id (`express`, `nextjs`, `spring-boot`, `aspnet-core`, `none` …). */
  framework: Field<string>
  packageManager: Field<string>
  runtimeVersion: Field<string | null>
  buildCommand: Field<string | null>
  startCommand: Field<string | null>
  port: Field<number>
  healthPath: Field<string | null>
  resources: Field<Resources>
  /** Existing Dockerfile (path relative to the repo root) or null when one must be generated. */
  dockerfile: string | null
  /** Facts generators need that are not user-facing fields (entry module, output dir, workspace root …). */
  hints: Hints
  warnings: Warning[]
}

/** 2 since stats.bytes (every file's size) became stats.readBytes (the files read). */
export const ANALYSIS_SCHEMA_VERSION = 2

export interface AnalysisReport {
  schemaVersion: typeof ANALYSIS_SCHEMA_VERSION
  tool: { name: 'deplight'; version: string }
  /** sha256 over the analysed files' paths and contents: the analysis cache key. */
  contentDigest: string
  /** appDir of the primary app (the selected one, or the best-scored deployable). */
  primary: string
  apps: AppAnalysis[]
  /** Repository-level warnings (unreadable files, limits reached, ambiguous monorepo …). */
  warnings: Warning[]
  /**
   * files: every file listed; readBytes: the bytes of the files the analysis read whole (not the tree's
   * size: that took a stat per file); skipped: files left out by the scan's limits.
   */
  stats: { files: number; readBytes: number; skipped: number }
}
