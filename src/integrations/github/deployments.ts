// GitHub Deployments: one deployment per release with its image tag in the payload, statuses as the
// rollout goes, and the history a rollback reads ("the last successful deployment before this one").
import { explainGitHubError, type GitHubClient, type RepoRef } from './client.js'

export interface DeploymentRecord {
  id: number
  ref: string
  sha: string
  environment: string
  createdAt: string
  payload: Record<string, unknown>
  /** The latest status (`success`, `failure`, `inactive` …), null when it has none. */
  state: string | null
}

export type DeploymentState = 'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'

/** GitHub's limit for a status description. */
const DESCRIPTION_LIMIT = 140

export async function createDeployment(
  client: GitHubClient,
  repo: RepoRef,
  options: { ref: string; environment: string; payload: Record<string, unknown>; description?: string }
): Promise<number> {
  try {
    const response = await client.rest.repos.createDeployment({
      ...repo,
      ref: options.ref,
      environment: options.environment,
      payload: options.payload as { [key: string]: unknown },
      description: clip(options.description ?? `deplight deploy to ${options.environment}`),
      // deplight deploys exactly the ref it built: no merge of the default branch, no status gates.
      auto_merge: false,
      required_contexts: []
    })
    const data = response.data as { id?: unknown; message?: unknown }
    if (typeof data.id !== 'number')
      throw new Error(
        `GitHub did not create a deployment (${response.status}: ${String(data.message ?? '')})`
      )
    return data.id
  } catch (error) {
    throw explainGitHubError(error, `create a deployment for ${options.environment}`, 'deployments: write')
  }
}

export async function setDeploymentStatus(
  client: GitHubClient,
  repo: RepoRef,
  id: number,
  options: {
    state: DeploymentState
    environmentUrl?: string | null
    logUrl?: string | null
    description?: string
  }
): Promise<void> {
  try {
    await client.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: options.state,
      ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
      ...(options.logUrl ? { log_url: options.logUrl } : {}),
      ...(options.description ? { description: clip(options.description) } : {}),
      auto_inactive: true
    })
  } catch (error) {
    throw explainGitHubError(error, `set the status of deployment ${id}`, 'deployments: write')
  }
}

/** Deployments of `environment`, newest first, each with its latest status. */
export async function listDeployments(
  client: GitHubClient,
  repo: RepoRef,
  environment: string,
  options: { limit?: number } = {}
): Promise<DeploymentRecord[]> {
  const limit = Math.max(1, Math.min(options.limit ?? 30, 100))
  try {
    const { data } = await client.rest.repos.listDeployments({ ...repo, environment, per_page: limit })
    const records: DeploymentRecord[] = []
    for (const deployment of data.slice(0, limit)) {
      const statuses = await client.rest.repos.listDeploymentStatuses({
        ...repo,
        deployment_id: deployment.id,
        per_page: 1
      })
      records.push({
        id: deployment.id,
        ref: deployment.ref,
        sha: deployment.sha,
        environment: deployment.environment,
        createdAt: deployment.created_at,
        payload: payloadObject(deployment.payload),
        state: statuses.data[0]?.state ?? null
      })
    }
    return records
  } catch (error) {
    throw explainGitHubError(error, `list the deployments of ${environment}`, 'deployments: read')
  }
}

/**
 * Deployments that went live, newest first. `inactive` counts: GitHub marks a successful deployment
 * inactive when a newer one succeeds (auto_inactive), and only deployments that had succeeded.
 */
export async function successfulDeployments(
  client: GitHubClient,
  repo: RepoRef,
  environment: string,
  options: { limit?: number } = {}
): Promise<DeploymentRecord[]> {
  const all = await listDeployments(client, repo, environment, options)
  return all.filter(d => d.state === 'success' || d.state === 'inactive')
}

export async function lastSuccessfulDeployment(
  client: GitHubClient,
  repo: RepoRef,
  environment: string,
  options: { excludeId?: number } = {}
): Promise<DeploymentRecord | null> {
  const live = await successfulDeployments(client, repo, environment, { limit: 100 })
  return live.find(d => d.id !== options.excludeId) ?? null
}

function payloadObject(payload: unknown): Record<string, unknown> {
  if (typeof payload === 'string') {
    try {
      const parsed: unknown = JSON.parse(payload)
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {}
    } catch {
      return {}
    }
  }
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
    ? (payload as Record<string, unknown>)
    : {}
}

function clip(text: string): string {
  return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`
}
