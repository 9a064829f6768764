// The privileged half of PR analysis (the `workflow_run` job): read the artifact as data, verify which pull
// request it is for, render the comment ourselves from the validated report and put it in the analysis
// section of the pull request's sticky deplight comment. The artifact's own markdown is never posted: the
// unprivileged job does not even upload one.
import type { AnalysisReport } from '../../analyzer/report.js'
import { renderArtifacts } from '../../analyzer/render/index.js'
import { primaryApp } from '../../analyzer/summary.js'
import {
  upsertStickySection,
  type GitHubClient,
  type RepoRef,
  type StickyResult
} from '../../integrations/github/index.js'
import { DEFAULT_LIMITS, readAnalysisArtifact, type ArtifactLimits } from './artifact.js'
import { verifyPullRequest, type TriggeringRun } from './verify.js'

export interface PrCommentInputs {
  /** The folder the download step extracted the artifact into. */
  artifactDir: string
  run: TriggeringRun
  repo: RepoRef
  /** Environment named in the comment's marker and the default sticky key. */
  environment: string
  /** Sticky comment key; null: `app=<primary app or *> env=<environment>`, the key notify uses. */
  commentKey: string | null
  runUrl: string | null
  limits?: ArtifactLimits
}

export interface PrCommentDeps {
  client: GitHubClient
  info: (message: string) => void
}

export type PrCommentOutcome =
  | { kind: 'posted'; pullRequest: number; comment: StickyResult; key: string; report: AnalysisReport }
  | { kind: 'stale'; pullRequest: number; reason: string }

export function renderAnalysisComment(report: AnalysisReport, environment: string): string {
  const app = primaryApp(report)
  // validateAnalysisReport guarantees the primary app exists; this keeps the type honest.
  if (!app) throw new Error('the report has no primary app')
  return renderArtifacts(report, app, { environment, commentScope: 'report' }).comment
}

export function defaultCommentKey(report: AnalysisReport, environment: string): string {
  const name = report.apps.length > 1 ? '*' : (primaryApp(report)?.name ?? '*')
  return `app=${name} env=${environment}`
}

export async function postAnalysisComment(
  inputs: PrCommentInputs,
  deps: PrCommentDeps
): Promise<PrCommentOutcome> {
  const artifact = readAnalysisArtifact(inputs.artifactDir, inputs.limits ?? DEFAULT_LIMITS)
  const { report, pullRequest } = artifact
  deps.info(
    `artifact: a valid report of ${report.apps.length} app(s) for pull request #${pullRequest.number} at ${pullRequest.headSha.slice(0, 12)}`
  )
  const verdict = await verifyPullRequest(deps.client, inputs.repo, pullRequest, inputs.run)
  if (verdict.kind === 'stale') return { kind: 'stale', pullRequest: verdict.number, reason: verdict.reason }
  const markdown = renderAnalysisComment(report, inputs.environment)
  const key = inputs.commentKey ?? defaultCommentKey(report, inputs.environment)
  const comment = await upsertStickySection(
    deps.client,
    { ...inputs.repo, issueNumber: verdict.number },
    key,
    'analysis',
    markdown,
    { runUrl: inputs.runUrl }
  )
  return { kind: 'posted', pullRequest: verdict.number, comment, key, report }
}
