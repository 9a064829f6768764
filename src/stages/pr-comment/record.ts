// The unprivileged half of PR analysis (the `pull_request` job): lay out the artifact folder the
// `workflow_run` job reads — the report as the analyze step wrote it, and which pull request and head
// commit it is for, taken from the event payload. The privileged job trusts none of it (artifact.ts,
// verify.ts); recording it here only lets it find the pull request a fork's run cannot name otherwise.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateAnalysisReport } from '../../pipeline/analysis-report-schema.js'
import { parsePullRequestClaim, PULL_REQUEST_FILE, REPORT_FILE, type PullRequestClaim } from './artifact.js'

interface PullRequestEvent {
  pull_request?: {
    number?: unknown
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null }
  }
}

/** The claim for a `pull_request` event payload; a clear error for any other event. */
export function claimFromEvent(event: unknown): PullRequestClaim {
  const pr = (event as PullRequestEvent | null)?.pull_request
  if (!pr)
    throw new Error(
      'this is not a pull_request event; run the record step in the PR analysis workflow (on: pull_request)'
    )
  if (pr.head?.repo === null)
    throw new Error("the pull request's head repository was deleted; there is nothing to comment on")
  return parsePullRequestClaim({
    schemaVersion: 1,
    number: pr.number,
    headSha: pr.head?.sha,
    headRepository: pr.head?.repo?.full_name
  })
}

/** Writes `<dir>/analysis.json` and `<dir>/pull-request.json`; returns the folder to upload. */
export function recordAnalysisArtifact(input: { reportPath: string; event: unknown; dir: string }): string {
  const claim = claimFromEvent(input.event)
  // Fail here, in the job that can still say why, rather than in the privileged job.
  validateAnalysisReport(JSON.parse(readFileSync(input.reportPath, 'utf8')))
  mkdirSync(input.dir, { recursive: true })
  copyFileSync(input.reportPath, join(input.dir, REPORT_FILE))
  writeFileSync(join(input.dir, PULL_REQUEST_FILE), `${JSON.stringify(claim, null, 2)}\n`)
  return input.dir
}
