// Finds the pull request's sticky deplight comment for a key and replaces one of its sections, creating
// the comment when there is none. Never posts a second comment for the same key.
import { explainGitHubError, type GitHubClient, type RepoRef } from './client.js'
import { composeStickyBody, isStickyFor, type CommentSection } from './sticky-body.js'

export { composeStickyBody, COMMENT_LIMIT, SECTIONS, type CommentSection } from './sticky-body.js'

export interface StickyTarget extends RepoRef {
  issueNumber: number
}

export interface StickyResult {
  commentId: number
  action: 'created' | 'updated' | 'unchanged'
}

interface IssueComment {
  id: number
  body?: string | null
  user?: { type?: string } | null
}

export async function findStickyComment(
  client: GitHubClient,
  target: StickyTarget,
  key: string
): Promise<IssueComment | null> {
  let comments: IssueComment[]
  try {
    comments = (await client.paginate(client.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100
    })) as IssueComment[]
  } catch (error) {
    throw explainGitHubError(error, `read the comments of #${target.issueNumber}`, 'pull-requests: read')
  }
  const ours = comments.filter(c => isStickyFor(c.body, key))
  // Anyone can paste our marker into a comment; prefer the one a bot (the workflow token) wrote.
  return ours.find(c => c.user?.type === 'Bot') ?? ours[0] ?? null
}

export async function upsertStickySection(
  client: GitHubClient,
  target: StickyTarget,
  key: string,
  section: CommentSection,
  markdown: string,
  options: { runUrl?: string | null } = {}
): Promise<StickyResult> {
  const existing = await findStickyComment(client, target, key)
  const body = composeStickyBody(existing?.body ?? null, key, section, markdown, options)
  const repo = { owner: target.owner, repo: target.repo }
  try {
    if (existing) {
      if (existing.body === body) return { commentId: existing.id, action: 'unchanged' }
      await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body })
      return { commentId: existing.id, action: 'updated' }
    }
    const created = await client.rest.issues.createComment({
      ...repo,
      issue_number: target.issueNumber,
      body
    })
    return { commentId: created.data.id, action: 'created' }
  } catch (error) {
    throw explainGitHubError(
      error,
      `write the deplight comment on #${target.issueNumber}`,
      'pull-requests: write'
    )
  }
}
