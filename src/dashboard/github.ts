// The dashboard's GitHub side (with GITHUB_TOKEN and --repo): the repository's deployments of one
// environment, refreshed every half minute, and a rollback button that dispatches the rollback workflow
// with the image tag of the deployment chosen (the token needs `actions: write`).
import { githubClient, type GitHubClient, type RepoRef } from '../integrations/github/client.js'
import { listDeployments, type DeploymentRecord } from '../integrations/github/deployments.js'
import { dispatchWorkflow, workflowRunsUrl } from '../integrations/github/workflows.js'

export interface GitHubOptions {
  token: string
  repo: RepoRef
  environment: string
  /** Workflow file dispatched by the rollback button (workflow_dispatch with environment + image-tag). */
  rollbackWorkflow: string
  /** Branch the workflow runs on. */
  ref: string
  apiUrl?: string
  serverUrl: string
}

export interface GitHubDeploymentView {
  id: number
  ref: string
  sha: string
  createdAt: string
  state: string | null
  /** The image tag from the deployment's payload (deplight writes it), else the commit. */
  imageTag: string
  environmentUrl: string | null
}

export interface GitHubView {
  repository: string
  environment: string
  deployments: GitHubDeploymentView[]
  /** The last refresh failed: why (a missing permission, a bad token). */
  error: string | null
  checkedAt: string | null
  workflowUrl: string
}

export class GitHubDeployments {
  private readonly client: GitHubClient
  view: GitHubView
  private timer: NodeJS.Timeout | null = null

  constructor(private readonly options: GitHubOptions) {
    this.client = githubClient(options.token, options.apiUrl ? { baseUrl: options.apiUrl } : {})
    this.view = {
      repository: `${options.repo.owner}/${options.repo.repo}`,
      environment: options.environment,
      deployments: [],
      error: null,
      checkedAt: null,
      workflowUrl: workflowRunsUrl(options.serverUrl, options.repo, options.rollbackWorkflow)
    }
  }

  start(everyMs = 30_000): void {
    void this.refresh()
    this.timer = setInterval(() => void this.refresh(), everyMs)
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
  }

  async refresh(): Promise<void> {
    try {
      const records = await listDeployments(this.client, this.options.repo, this.options.environment, {
        limit: 10
      })
      this.view = {
        ...this.view,
        deployments: records.map(deploymentView),
        error: null,
        checkedAt: new Date().toISOString()
      }
    } catch (error) {
      this.view = { ...this.view, error: (error as Error).message, checkedAt: new Date().toISOString() }
    }
  }

  /** Dispatches the rollback workflow for the deployment `id` (one this dashboard listed). */
  async rollback(id: number): Promise<{ imageTag: string; workflowUrl: string }> {
    const target = this.view.deployments.find(d => d.id === id)
    if (!target)
      throw new Error(`deployment ${id} is not among the listed deployments of ${this.options.environment}`)
    await dispatchWorkflow(this.client, this.options.repo, {
      workflow: this.options.rollbackWorkflow,
      ref: this.options.ref,
      inputs: { environment: this.options.environment, 'image-tag': target.imageTag }
    })
    return { imageTag: target.imageTag, workflowUrl: this.view.workflowUrl }
  }
}

function deploymentView(record: DeploymentRecord): GitHubDeploymentView {
  const payload = record.payload
  const tag = [payload.imageTag, payload.image_tag, payload['image-tag']].find(v => typeof v === 'string')
  const url = [payload.serviceUrl, payload.environmentUrl].find(v => typeof v === 'string')
  return {
    id: record.id,
    ref: record.ref,
    sha: record.sha,
    createdAt: record.createdAt,
    state: record.state,
    imageTag: (tag as string | undefined) ?? record.sha,
    environmentUrl: (url as string | undefined) ?? null
  }
}
