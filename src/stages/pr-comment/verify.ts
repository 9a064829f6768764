// Which pull request a PR analysis artifact may comment on. A `workflow_run` event for a fork's pull
// request carries no pull request number (its `pull_requests` list is empty), so the unprivileged job
// records one in the artifact — and anything in the artifact is the fork author's choice. The claim is
// only believed when GitHub itself confirms it: the claimed head commit and head repository equal the
// triggering run's (the event payload, which GitHub writes), and the pull request, read from the API of
// this repository, has that same head commit and head repository right now.
import { explainGitHubError, type GitHubClient, type RepoRef } from '../../integrations/github/client.js'
import { logSafe } from '../../pipeline/log-safe.js'
import { ArtifactError, type PullRequestClaim } from './artifact.js'

/** The triggering run, from the `workflow_run` event payload. */
export interface TriggeringRun {
  id: number
  /** The event that started the analysis run: only `pull_request` is accepted. */
  event: string
  headSha: string
  /** `owner/repo` the run's head commit came from. */
  headRepository: string
}

export type Verdict =
  | { kind: 'verified'; number: number }
  /** Nothing to post, and nothing wrong: the pull request moved on or was closed since the analysis. */
  | { kind: 'stale'; number: number; reason: string }

const sameRepository = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/**
 * Verifies the artifact's claim against the run and the API. Throws ArtifactError when the claim
 * contradicts GitHub (a forged or misdirected artifact: the step fails, nothing is posted).
 */
export async function verifyPullRequest(
  client: GitHubClient,
  repo: RepoRef,
  claim: PullRequestClaim,
  run: TriggeringRun
): Promise<Verdict> {
  if (run.event !== 'pull_request')
    throw new ArtifactError(
      `the triggering run was started by ${logSafe(run.event)}, not pull_request; only PR analysis runs may comment`
    )
  if (claim.headSha !== run.headSha)
    throw new ArtifactError(`it claims head commit ${claim.headSha}, but the run analysed ${run.headSha}`)
  if (!sameRepository(claim.headRepository, run.headRepository))
    throw new ArtifactError(
      `it claims head repository ${claim.headRepository}, but the run came from ${run.headRepository}`
    )
  let pull: {
    state?: string
    head?: { sha?: string; repo?: { full_name?: string } | null }
    base?: { repo?: { full_name?: string } | null }
  }
  try {
    pull = (await client.rest.pulls.get({ ...repo, pull_number: claim.number })).data
  } catch (error) {
    if ((error as { status?: unknown }).status === 404)
      throw new ArtifactError(
        `it names pull request #${claim.number}, which ${repo.owner}/${repo.repo} does not have`
      )
    throw explainGitHubError(error, `read pull request #${claim.number}`, 'pull-requests: read')
  }
  const base = pull.base?.repo?.full_name ?? ''
  if (!sameRepository(base, `${repo.owner}/${repo.repo}`))
    throw new ArtifactError(
      `pull request #${claim.number} targets ${logSafe(base)}, not ${repo.owner}/${repo.repo}`
    )
  const head = pull.head?.repo?.full_name ?? null
  if (head === null || !sameRepository(head, run.headRepository))
    throw new ArtifactError(
      `pull request #${claim.number} comes from ${head === null ? 'a deleted repository' : logSafe(head)}, not ${run.headRepository}`
    )
  if (pull.head?.sha !== run.headSha)
    return {
      kind: 'stale',
      number: claim.number,
      reason: `pull request #${claim.number} is at ${logSafe(String(pull.head?.sha).slice(0, 12))} now, not ${run.headSha.slice(0, 12)}; the analysis of its new head will comment`
    }
  if (pull.state !== 'open')
    return {
      kind: 'stale',
      number: claim.number,
      reason: `pull request #${claim.number} is ${logSafe(pull.state)}`
    }
  return { kind: 'verified', number: claim.number }
}
