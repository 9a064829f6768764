import { githubClient, GitHubPermissionError } from '../../../src/integrations/github/client.js'
import { parseSections } from '../../../src/integrations/github/sticky-body.js'
import { findStickyComment, upsertStickySection } from '../../../src/integrations/github/sticky-comment.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'

const KEY = 'app=web env=production'
let gh: FakeGitHub
const target = { owner: 'acme', repo: 'shop', issueNumber: 7 }

beforeEach(async () => {
  gh = await startFakeGitHub()
})
afterEach(async () => {
  await gh.stop()
})

const client = () => githubClient(gh.token, { baseUrl: gh.url })

describe('upsertStickySection', () => {
  it('creates one comment, then edits it in place section by section', async () => {
    const first = await upsertStickySection(client(), target, KEY, 'analysis', 'ANALYSIS')
    expect(first.action).toBe('created')
    const second = await upsertStickySection(client(), target, KEY, 'deployment', 'DEPLOYED')
    expect(second).toEqual({ commentId: first.commentId, action: 'updated' })
    const third = await upsertStickySection(client(), target, KEY, 'deployment', 'DEPLOYED')
    expect(third.action).toBe('unchanged')
    expect(gh.comments).toHaveLength(1)
    const sections = parseSections(gh.comments[0]?.body ?? '')
    expect([...sections.keys()]).toEqual(['deployment', 'analysis'])
  })

  it('keeps separate comments per key (app/environment)', async () => {
    await upsertStickySection(client(), target, KEY, 'analysis', 'A')
    await upsertStickySection(client(), target, 'app=web env=staging', 'analysis', 'B')
    expect(gh.comments).toHaveLength(2)
  })

  it('finds its comment beyond the first page of 100', async () => {
    for (let i = 0; i < 130; i++) gh.addComment(7, `chatter ${i}`)
    const first = await upsertStickySection(client(), target, KEY, 'analysis', 'A')
    const again = await upsertStickySection(client(), target, KEY, 'plan', 'P')
    expect(again).toEqual({ commentId: first.commentId, action: 'updated' })
    expect(gh.comments.filter(c => c.body.includes('deplight:sticky'))).toHaveLength(1)
    expect(gh.requests.some(r => r.method === 'GET' && r.path.includes('page=2'))).toBe(true)
  })

  it('prefers the bot-written comment over a pasted copy of the marker', async () => {
    const created = await upsertStickySection(client(), target, KEY, 'analysis', 'A')
    gh.addComment(7, gh.comments[0]?.body ?? '')
    const found = await findStickyComment(client(), target, KEY)
    expect(found?.id).toBe(created.commentId)
  })

  it('a body that GitHub would reject for length is truncated instead', async () => {
    const result = await upsertStickySection(client(), target, KEY, 'analysis', 'x\n'.repeat(40_000), {
      runUrl: 'https://github.com/acme/shop/actions/runs/9'
    })
    expect(result.action).toBe('created')
    expect(gh.comments[0]?.body).toContain('actions/runs/9')
  })

  it('a token without pull-requests: write gets a permission error that says so', async () => {
    gh.forbid('POST', /\/issues\/7\/comments$/)
    const error = await upsertStickySection(client(), target, KEY, 'analysis', 'A').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubPermissionError)
    expect((error as GitHubPermissionError).permission).toBe('pull-requests: write')
    expect(String(error)).toMatch(/permissions: pull-requests: write.*forks/)
  })

  it('a bad token is named as such', async () => {
    const bad = githubClient('ghs_wrong', { baseUrl: gh.url })
    await expect(upsertStickySection(bad, target, KEY, 'analysis', 'A')).rejects.toThrow(
      /rejected the token \(401/
    )
  })
})
