// The GitHub side of a deploy: a deployment record per apply (statuses in_progress → success/failure,
// environment_url = the service URL) and, in plan mode, the plan section of the pull request's sticky
// comment. Neither may fail a deploy: a token without `deployments: write` / `pull-requests: write`, or a
// fork's read-only token, gives a warning that names the missing permission.
import {
  createDeployment,
  setDeploymentStatus,
  upsertStickySection,
  type GitHubClient,
  type RepoRef,
  type StickyResult
} from '../../integrations/github/index.js'
import type { DeploymentRecorder } from './types.js'

export function githubDeploymentRecorder(
  client: GitHubClient,
  repo: RepoRef,
  o: { ref: string; environment: string; logUrl: string | null; warning: (message: string) => void }
): DeploymentRecorder {
  return {
    start: async payload => {
      try {
        const id = await createDeployment(client, repo, {
          ref: o.ref,
          environment: o.environment,
          payload: { ...payload },
          description: `deplight: ${payload.image_tag} to ${o.environment}`
        })
        await setDeploymentStatus(client, repo, id, { state: 'in_progress', logUrl: o.logUrl })
        return id
      } catch (error) {
        o.warning(`No GitHub deployment record: ${(error as Error).message}`)
        return null
      }
    },
    finish: async (id, state, f) => {
      try {
        await setDeploymentStatus(client, repo, Number(id), {
          state,
          environmentUrl: f.environmentUrl,
          logUrl: o.logUrl,
          description: f.description
        })
      } catch (error) {
        o.warning(`The GitHub deployment ${id} keeps its last status: ${(error as Error).message}`)
      }
    }
  }
}

/** Puts `markdown` in the plan section of the PR's sticky comment; null (and a warning) when it cannot. */
export async function publishPlanComment(
  client: GitHubClient,
  target: RepoRef & { issueNumber: number },
  key: string,
  markdown: string,
  o: { runUrl: string | null; warning: (message: string) => void }
): Promise<StickyResult | null> {
  try {
    return await upsertStickySection(client, target, key, 'plan', markdown, { runUrl: o.runUrl })
  } catch (error) {
    o.warning(`The plan was not posted to #${target.issueNumber}: ${(error as Error).message}`)
    return null
  }
}
