// Starting a workflow run (workflow_dispatch), e.g. the rollback workflow from the dashboard. Needs a token
// with `actions: write`; GitHub answers 204 with no run id, so callers show the Actions page of the workflow.
import { explainGitHubError, type GitHubClient, type RepoRef } from './client.js'

/** A workflow file name in .github/workflows (or its numeric id), as the dispatch API takes it. */
const WORKFLOW = /^(?:[A-Za-z0-9._-]+\.ya?ml|\d+)$/

export function validateWorkflow(name: string): string {
  if (!WORKFLOW.test(name))
    throw new Error(
      `invalid workflow "${name}": give the file name in .github/workflows (e.g. rollback.yml) or its numeric id`
    )
  return name
}

export async function dispatchWorkflow(
  client: GitHubClient,
  repo: RepoRef,
  options: { workflow: string; ref: string; inputs: Record<string, string> }
): Promise<void> {
  const workflow = validateWorkflow(options.workflow)
  try {
    await client.rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: workflow,
      ref: options.ref,
      inputs: options.inputs
    })
  } catch (error) {
    throw explainGitHubError(error, `start the ${workflow} workflow`, 'actions: write')
  }
}

/** Where the runs of a workflow are listed (the dispatch itself returns no run). */
export function workflowRunsUrl(serverUrl: string, repo: RepoRef, workflow: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/actions/workflows/${encodeURIComponent(workflow)}`
}
