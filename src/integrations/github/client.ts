// GitHub REST access for the stages: one Octokit (from @actions/github) pointed at GITHUB_API_URL, the
// repository / pull request / run of the current workflow read from the runner's environment, and the
// permission errors users actually hit turned into messages that name the missing `permissions:` entry.
import { getOctokit } from '@actions/github'
import { readFileSync } from 'node:fs'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface RepoRef {
  owner: string
  repo: string
}

export function githubClient(token: string, options: { baseUrl?: string } = {}): GitHubClient {
  if (!token)
    throw new Error('no GitHub token: pass github-token (the default is the job token, github.token)')
  // @actions/github reads GITHUB_API_URL when it is first imported; read it again per client so
  // GitHub Enterprise Server, and tests, that set it later are honoured.
  const baseUrl = options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com')
  return getOctokit(token, { baseUrl })
}

const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/

export function parseRepository(text: string): RepoRef | null {
  const match = REPOSITORY.exec(text.trim())
  return match ? { owner: match[1] as string, repo: match[2] as string } : null
}

export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): RepoRef | null {
  return env.GITHUB_REPOSITORY ? parseRepository(env.GITHUB_REPOSITORY) : null
}

/**
 * The pull request number of a `pull_request`/`pull_request_target` event (from GITHUB_EVENT_PATH);
 * null for pushes, dispatches, or when the event file is missing or unreadable.
 */
export function pullRequestFromEnv(env: NodeJS.ProcessEnv = process.env): number | null {
  if (!env.GITHUB_EVENT_PATH) return null
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: unknown }
      number?: unknown
    }
    const number = event.pull_request?.number ?? (event.pull_request ? event.number : undefined)
    return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null
  } catch {
    return null
  }
}

export function runUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env
  if (!server || !repo || !run) return null
  const attempt =
    env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''
  return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${run}${attempt}`
}

/** A write the token may not do: the message says which `permissions:` entry the job needs. */
export class GitHubPermissionError extends Error {
  constructor(
    message: string,
    readonly permission: string,
    readonly status: number
  ) {
    super(message)
    this.name = 'GitHubPermissionError'
  }
}

interface HttpError {
  status: number
  message: string
}

function httpError(error: unknown): HttpError | null {
  if (typeof error !== 'object' || error === null) return null
  const status = (error as { status?: unknown }).status
  if (typeof status !== 'number') return null
  const message = (error as { message?: unknown }).message
  return { status, message: typeof message === 'string' ? message : String(error) }
}

/**
 * Rewrites Octokit's errors for `what` (e.g. "create a deployment") into messages a user can act on:
 * 401 → the token is invalid; 403/404 on a write → the missing permission (and the fork-PR reason).
 */
export function explainGitHubError(error: unknown, what: string, permission: string): Error {
  const http = httpError(error)
  if (!http) return error instanceof Error ? error : new Error(String(error))
  const detail = firstLine(http.message)
  if (http.status === 401)
    return new Error(
      `cannot ${what}: GitHub rejected the token (401 ${detail}); check the github-token input`
    )
  if (http.status === 403 && /rate limit/i.test(http.message))
    return new Error(`cannot ${what}: GitHub API rate limit exceeded (${detail}); retry later`)
  if (http.status === 403 || http.status === 404) {
    return new GitHubPermissionError(
      `cannot ${what}: the token lacks \`permissions: ${permission}\` (${http.status} ${detail}). ` +
        'Add it to the job; pull requests from forks never get a write token (see examples/workflows/pr-analysis.yml).',
      permission,
      http.status
    )
  }
  return new Error(`cannot ${what}: GitHub answered ${http.status} ${detail}`)
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}
