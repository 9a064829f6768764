// The result files the earlier steps write, by default all in one folder, `$RUNNER_TEMP/deplight/`:
//   analysis.json (analyze), build-result.json (build-push), deploy-result.json (terraform-deploy),
//   smoke-report.json (smoke-test), and notify's own run-record.json and slack-message.json.
// A missing file means the stage did not run (skipped or not reached); an unreadable one is a warning.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalysisReport, BuildResult, DeployResult, SmokeReport } from '../../pipeline/contracts.js'
import { ANALYSIS_SCHEMA_VERSION } from '../../analyzer/report.js'

export const RESULT_FILES = {
  analysis: 'analysis.json',
  build: 'build-result.json',
  deploy: 'deploy-result.json',
  smoke: 'smoke-report.json',
  runRecord: 'run-record.json',
  slackMessage: 'slack-message.json'
} as const

export function resultDir(env: NodeJS.ProcessEnv, workspace: string): string {
  return join(env.RUNNER_TEMP || join(workspace, '.deplight'), 'deplight')
}

export interface ResultFile<T> {
  value: T
  /** When the file was last written: the end of its stage. */
  writtenAt: Date
}

export interface StageResults {
  analysis: ResultFile<AnalysisReport> | null
  build: ResultFile<BuildResult> | null
  deploy: ResultFile<DeployResult> | null
  smoke: ResultFile<SmokeReport> | null
}

export type ResultPaths = Record<keyof StageResults, string | null>

/** Reads each file that exists; `warn` hears about files that exist but are not the document expected. */
export function readStageResults(paths: ResultPaths, warn: (message: string) => void): StageResults {
  return {
    analysis: readResult<AnalysisReport>(
      paths.analysis,
      'analysis report',
      warn,
      v => Array.isArray(v.apps),
      ANALYSIS_SCHEMA_VERSION
    ),
    build: readResult<BuildResult>(paths.build, 'build result', warn, v => typeof v.image === 'string'),
    deploy: readResult<DeployResult>(
      paths.deploy,
      'deploy result',
      warn,
      v => typeof v.rolloutState === 'string'
    ),
    smoke: readResult<SmokeReport>(paths.smoke, 'smoke report', warn, v => typeof v.passed === 'boolean')
  }
}

function readResult<T>(
  path: string | null,
  what: string,
  warn: (message: string) => void,
  looksRight: (value: Record<string, unknown>) => boolean,
  schemaVersion = 1
): ResultFile<T> | null {
  if (!path) return null
  let text: string
  let writtenAt: Date
  try {
    text = readFileSync(path, 'utf8')
    writtenAt = statSync(path).mtime
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      warn(`cannot read the ${what} ${path}: ${(error as Error).message}`)
    return null
  }
  try {
    const value = JSON.parse(text) as Record<string, unknown>
    if (value?.schemaVersion !== schemaVersion || !looksRight(value)) {
      warn(`${path} is not a ${what} (schemaVersion ${schemaVersion}); ignoring it`)
      return null
    }
    return { value: value as T, writtenAt }
  } catch {
    warn(`${path} is not valid JSON; ignoring the ${what}`)
    return null
  }
}
