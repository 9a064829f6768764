import { githubClient, GitHubPermissionError } from '../../../src/integrations/github/client.js'
import {
  createDeployment,
  lastSuccessfulDeployment,
  listDeployments,
  setDeploymentStatus,
  successfulDeployments
} from '../../../src/integrations/github/deployments.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'

let gh: FakeGitHub
const repo = { owner: 'acme', repo: 'shop' }

beforeEach(async () => {
  gh = await startFakeGitHub()
})
afterEach(async () => {
  await gh.stop()
})

const client = () => githubClient(gh.token, { baseUrl: gh.url })

async function release(
  tag: string,
  state: 'success' | 'failure',
  environment = 'production'
): Promise<number> {
  const id = await createDeployment(client(), repo, { ref: tag, environment, payload: { image_tag: tag } })
  await setDeploymentStatus(client(), repo, id, { state: 'in_progress' })
  await setDeploymentStatus(client(), repo, id, {
    state,
    environmentUrl: 'https://shop.example.com',
    description: `deployed ${tag} `.repeat(20)
  })
  return id
}

describe('deployments', () => {
  it('creates a deployment with the payload and no merge or status gates', async () => {
    const id = await createDeployment(client(), repo, {
      ref: 'a'.repeat(40),
      environment: 'production',
      payload: { image_tag: 'abc', digest: 'sha256:1' }
    })
    expect(gh.deployments[0]).toMatchObject({ id, environment: 'production', payload: { image_tag: 'abc' } })
    const request = gh.requests.find(r => r.method === 'POST' && r.path.endsWith('/deployments'))
    expect(request?.body).toMatchObject({ auto_merge: false, required_contexts: [] })
  })

  it('lists newest first with the latest state; older successes turn inactive', async () => {
    await release('v1', 'success')
    await release('v2', 'success')
    await release('v3', 'failure')
    const list = await listDeployments(client(), repo, 'production')
    expect(list.map(d => [d.ref, d.state])).toEqual([
      ['v3', 'failure'],
      ['v2', 'success'],
      ['v1', 'inactive']
    ])
    expect(list[0]?.payload).toEqual({ image_tag: 'v3' })
  })

  it('finds the last successful deployment, skipping failures, other environments and the current one', async () => {
    await release('v1', 'success')
    const v2 = await release('v2', 'success')
    await release('v3', 'failure')
    await release('s1', 'success', 'staging')
    expect((await lastSuccessfulDeployment(client(), repo, 'production'))?.ref).toBe('v2')
    expect((await lastSuccessfulDeployment(client(), repo, 'production', { excludeId: v2 }))?.ref).toBe('v1')
    expect((await successfulDeployments(client(), repo, 'production')).map(d => d.ref)).toEqual(['v2', 'v1'])
    expect(await lastSuccessfulDeployment(client(), repo, 'preview')).toBeNull()
  })

  it("clips descriptions to GitHub's 140 characters", async () => {
    await release('v1', 'success')
    expect(gh.statuses.every(s => s.description.length <= 140)).toBe(true)
  })

  it('a token without deployments: write gets a permission error', async () => {
    gh.forbid('POST', /\/deployments$/)
    const error = await createDeployment(client(), repo, {
      ref: 'main',
      environment: 'production',
      payload: {}
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubPermissionError)
    expect(String(error)).toContain('permissions: deployments: write')
  })
})
