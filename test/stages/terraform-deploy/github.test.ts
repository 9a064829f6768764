// The deployment record and the plan comment against the GitHub REST fake, through the real Octokit.
import { githubClient } from '../../../src/integrations/github/client.js'
import { githubDeploymentRecorder, publishPlanComment } from '../../../src/stages/terraform-deploy/github.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'

let gh: FakeGitHub
const repo = { owner: 'acme', repo: 'shop' }
const warnings: string[] = []
const warning = (m: string): void => {
  warnings.push(m)
}

beforeEach(async () => {
  gh = await startFakeGitHub()
  warnings.length = 0
})
afterEach(async () => {
  await gh.stop()
})

const client = () => githubClient(gh.token, { baseUrl: gh.url })
const payload = {
  image_tag: 'bbbbbbb',
  digest: `sha256:${'d'.repeat(64)}`,
  task_definition_arn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/shop:42',
  previous_image_tag: 'aaaaaaa'
}

test('a deployment with the payload, in_progress, then success with the service URL', async () => {
  const recorder = githubDeploymentRecorder(client(), repo, {
    ref: 'f'.repeat(40),
    environment: 'production',
    logUrl: 'https://github.com/acme/shop/actions/runs/7',
    warning
  })
  const id = await recorder.start(payload)
  expect(typeof id).toBe('number')
  await recorder.finish(id as number, 'success', {
    environmentUrl: 'https://shop.example',
    description: 'bbbbbbb is live'
  })
  expect(gh.deployments).toHaveLength(1)
  expect(gh.deployments[0]).toMatchObject({ ref: 'f'.repeat(40), environment: 'production', payload })
  expect(gh.statuses.map(s => [s.state, s.environmentUrl, s.logUrl])).toEqual([
    ['in_progress', '', 'https://github.com/acme/shop/actions/runs/7'],
    ['success', 'https://shop.example', 'https://github.com/acme/shop/actions/runs/7']
  ])
  expect(warnings).toEqual([])
})

test('no deployments: write permission (or a fork token) is a warning, never a failure', async () => {
  gh.forbid('POST', /\/deployments$/)
  const recorder = githubDeploymentRecorder(client(), repo, {
    ref: 'main',
    environment: 'production',
    logUrl: null,
    warning
  })
  expect(await recorder.start(payload)).toBeNull()
  expect(warnings[0]).toMatch(
    /^No GitHub deployment record: cannot create a deployment for production: the token lacks `permissions: deployments: write` \(403 Resource not accessible by integration/
  )
})

test('a status that cannot be set is a warning too', async () => {
  const recorder = githubDeploymentRecorder(client(), repo, {
    ref: 'main',
    environment: 'production',
    logUrl: null,
    warning
  })
  const id = await recorder.start(payload)
  gh.forbid('POST', /\/statuses$/)
  await recorder.finish(id as number, 'failure', { environmentUrl: null, description: 'rolled back' })
  expect(warnings[0]).toMatch(
    new RegExp(`^The GitHub deployment ${id} keeps its last status: cannot set the status`)
  )
})

test('the plan comment is created once and updated in place, under the key', async () => {
  const target = { ...repo, issueNumber: 12 }
  const first = await publishPlanComment(client(), target, 'production', '**plan one**', {
    runUrl: null,
    warning
  })
  const second = await publishPlanComment(client(), target, 'production', '**plan two**', {
    runUrl: null,
    warning
  })
  expect(first?.action).toBe('created')
  expect(second).toEqual({ commentId: first?.commentId, action: 'updated' })
  expect(gh.comments).toHaveLength(1)
  expect(gh.comments[0]?.body).toContain('**plan two**')
  expect(gh.comments[0]?.body).not.toContain('plan one')
})

test('a comment the token may not write is a warning', async () => {
  gh.forbid('POST', /\/comments$/)
  expect(
    await publishPlanComment(client(), { ...repo, issueNumber: 3 }, 'production', 'x', {
      runUrl: null,
      warning
    })
  ).toBeNull()
  expect(warnings[0]).toMatch(/^The plan was not posted to #3: .*pull-requests: write/)
})
