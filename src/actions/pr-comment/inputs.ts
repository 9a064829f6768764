// Parses the pr-comment inputs and the event once. `record` runs in the unprivileged pull_request job,
// `post` in the privileged workflow_run job; each refuses the other's event, so a workflow that wires them
// the wrong way round fails at once with a message instead of posting from the wrong place.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseRepository, runUrlFromEnv, type RepoRef } from '../../integrations/github/client.js'
import type { TriggeringRun } from '../../stages/pr-comment/verify.js'

export type InputReader = (name: string) => string

export interface RecordInputs {
  mode: 'record'
  /** Folder to lay the artifact out in (uploaded by the next step). */
  artifactDir: string
  reportPath: string
  event: unknown
}

export interface PostInputs {
  mode: 'post'
  /** Folder the download step extracted the artifact into. */
  artifactDir: string
  token: string
  repo: RepoRef
  run: TriggeringRun
  environment: string
  commentKey: string | null
  runUrl: string | null
}

export type PrCommentActionInputs = RecordInputs | PostInputs

const ENVIRONMENT = /^[A-Za-z0-9._-]{1,64}$/

export function parseInputs(
  getInput: InputReader,
  env: NodeJS.ProcessEnv = process.env,
  mask: (secret: string) => void = () => {}
): PrCommentActionInputs {
  const mode = getInput('mode').trim() || 'post'
  if (mode !== 'record' && mode !== 'post')
    throw new Error(`mode "${mode.slice(0, 40)}" is not record or post`)
  const temp = env.RUNNER_TEMP || resolve('.deplight')
  const artifactDir = resolve(getInput('artifact').trim() || resolve(temp, 'deplight-analysis'))
  const event = readEvent(env)
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  if (mode === 'record') {
    if (eventName !== 'pull_request')
      throw new Error(
        `mode record runs on pull_request events, not ${eventName || 'an unknown event'}; use it in the PR analysis workflow`
      )
    const reportPath = resolve(getInput('report').trim() || resolve(temp, 'deplight', 'analysis.json'))
    return { mode, artifactDir, reportPath, event }
  }
  const token = getInput('github-token').trim()
  if (token) mask(token)
  if (!token) throw new Error('github-token is empty; pass github.token with pull-requests: write')
  const repo = env.GITHUB_REPOSITORY ? parseRepository(env.GITHUB_REPOSITORY) : null
  if (!repo) throw new Error('GITHUB_REPOSITORY is not set; run this action in a GitHub workflow')
  if (eventName !== 'workflow_run')
    throw new Error(
      `mode post runs on workflow_run events, not ${eventName || 'an unknown event'}; call it from a workflow triggered by the PR analysis run (examples/workflows/pr-comment.yml)`
    )
  const environment = getInput('environment').trim() || 'production'
  if (!ENVIRONMENT.test(environment))
    throw new Error(`environment "${environment.slice(0, 64)}" must be 1-64 letters, digits, '.', '_' or '-'`)
  return {
    mode,
    artifactDir,
    token,
    repo,
    run: triggeringRun(event),
    environment,
    commentKey: getInput('comment-key').trim() || null,
    runUrl: runUrlFromEnv(env)
  }
}

function readEvent(env: NodeJS.ProcessEnv): unknown {
  if (!env.GITHUB_EVENT_PATH)
    throw new Error('GITHUB_EVENT_PATH is not set; run this action in a GitHub workflow')
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as unknown
  } catch (error) {
    throw new Error(`cannot read the event payload GITHUB_EVENT_PATH: ${(error as Error).message}`)
  }
}

/** The workflow_run payload's run: written by GitHub, the one source the artifact is checked against. */
export function triggeringRun(event: unknown): TriggeringRun {
  const run = (event as { workflow_run?: Record<string, unknown> } | null)?.workflow_run
  const headRepository = (run?.head_repository as { full_name?: unknown } | null | undefined)?.full_name
  if (
    !run ||
    typeof run.id !== 'number' ||
    typeof run.event !== 'string' ||
    typeof run.head_sha !== 'string' ||
    typeof headRepository !== 'string'
  )
    throw new Error(
      'the workflow_run payload lacks id, event, head_sha or head_repository.full_name; is this a workflow_run event?'
    )
  return { id: run.id, event: run.event, headSha: run.head_sha, headRepository }
}
