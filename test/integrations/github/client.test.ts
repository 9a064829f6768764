import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  explainGitHubError,
  githubClient,
  GitHubPermissionError,
  parseRepository,
  pullRequestFromEnv,
  repoFromEnv,
  runUrlFromEnv
} from '../../../src/integrations/github/client.js'

function eventFile(event: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gh-event-')), 'event.json')
  writeFileSync(path, typeof event === 'string' ? event : JSON.stringify(event))
  return path
}

describe('environment', () => {
  it('reads the repository and rejects malformed names', () => {
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'acme/shop' })).toEqual({ owner: 'acme', repo: 'shop' })
    expect(parseRepository('acme/shop/extra')).toBeNull()
    expect(parseRepository('../etc')).toBeNull()
    expect(repoFromEnv({})).toBeNull()
  })

  it('reads the pull request number from pull_request events only', () => {
    expect(
      pullRequestFromEnv({ GITHUB_EVENT_PATH: eventFile({ number: 7, pull_request: { number: 7 } }) })
    ).toBe(7)
    expect(pullRequestFromEnv({ GITHUB_EVENT_PATH: eventFile({ ref: 'refs/heads/main' }) })).toBeNull()
    expect(pullRequestFromEnv({ GITHUB_EVENT_PATH: eventFile('{not json') })).toBeNull()
    expect(pullRequestFromEnv({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toBeNull()
  })

  it('builds the run URL, with the attempt when retried', () => {
    const env = {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '42'
    }
    expect(runUrlFromEnv(env)).toBe('https://github.com/acme/shop/actions/runs/42')
    expect(runUrlFromEnv({ ...env, GITHUB_RUN_ATTEMPT: '2' })).toBe(
      'https://github.com/acme/shop/actions/runs/42/attempts/2'
    )
    expect(runUrlFromEnv({})).toBeNull()
  })
})

describe('errors', () => {
  it('names the missing permission on 403 and 404', () => {
    const error = explainGitHubError(
      { status: 403, message: 'Resource not accessible by integration' },
      'comment',
      'pull-requests: write'
    )
    expect(error).toBeInstanceOf(GitHubPermissionError)
    expect(error.message).toContain('permissions: pull-requests: write')
  })

  it('tells a rate limit from a missing permission', () => {
    const error = explainGitHubError(
      { status: 403, message: 'API rate limit exceeded for installation' },
      'comment',
      'x'
    )
    expect(error).not.toBeInstanceOf(GitHubPermissionError)
    expect(error.message).toMatch(/rate limit/)
  })

  it('refuses an empty token with the fix', () => {
    expect(() => githubClient('')).toThrow(/pass github-token/)
  })
})
