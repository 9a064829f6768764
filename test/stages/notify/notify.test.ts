// runNotify against local fakes of Slack (Web API + webhook) and GitHub's REST API, driven by the real
// @slack/web-api, @slack/webhook and Octokit clients.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { githubClient } from '../../../src/integrations/github/client.js'
import { runNotify, type NotifyOptions, type SlackTarget } from '../../../src/stages/notify/notify.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'
import { startFakeSlack, type FakeSlack } from '../../support/fake-slack.js'
import { SMOKE_FAILED } from './fixtures.js'
import { failureRun, successRun } from './records.js'

let slack: FakeSlack
let gh: FakeGitHub
const logs: string[] = []
beforeEach(async () => {
  slack = await startFakeSlack()
  gh = await startFakeGitHub()
  logs.length = 0
})
afterEach(async () => {
  await Promise.all([slack.stop(), gh.stop()])
})

const fastRetry = { minRetryDelayMs: 50 }
function botTarget(
  statePath = join(mkdtempSync(join(tmpdir(), 'deplight-slack-')), 'slack-message.json')
): SlackTarget {
  return {
    botToken: slack.token,
    channel: 'C0DEPLOY1',
    webhookUrl: null,
    apiUrl: slack.apiUrl,
    statePath,
    client: fastRetry
  }
}
function options(overrides: Partial<NotifyOptions>): NotifyOptions {
  return { record: successRun(), smoke: null, slack: null, github: null, ...overrides }
}
const notify = (o: Partial<NotifyOptions>) => runNotify(options(o), { log: line => logs.push(line) })
const channel = (outcome: Awaited<ReturnType<typeof notify>>, name: string) =>
  outcome.channels.find(c => c.channel === name)

test('bot token: posts once, a later call in the same job updates the same message, a failure adds a thread', async () => {
  const target = botTarget()
  const first = await notify({ slack: target, record: { ...successRun(), status: 'running' } })
  expect(channel(first, 'slack')).toMatchObject({ outcome: 'posted' })
  expect(slack.messages).toHaveLength(1)

  const second = await notify({ slack: target, record: failureRun(), smoke: SMOKE_FAILED })
  expect(channel(second, 'slack')).toMatchObject({ outcome: 'updated' })
  expect(second.slack).toEqual({ channel: 'C0DEPLOY1', ts: slack.messages[0]!.ts })
  const [main, thread] = slack.messages
  expect(main!.updates).toHaveLength(1)
  expect(main!.updates[0]!.text).toBe('❌ Deploy of shop to production failed (3f9c2b1)')
  expect(thread).toMatchObject({ threadTs: main!.ts, text: 'Why shop failed' })

  // Same failure reported again: the message is updated, the thread is not repeated.
  await notify({ slack: target, record: failureRun(), smoke: SMOKE_FAILED })
  expect(slack.messages).toHaveLength(2)
  expect(main!.updates).toHaveLength(2)
})

test('Slack 500 is retried; 429 waits for Retry-After', async () => {
  slack.failNext(1, 500)
  const retried = await notify({ slack: botTarget() })
  expect(channel(retried, 'slack')!.outcome).toBe('posted')
  expect(slack.requests.map(r => r.status)).toEqual([500, 200])

  slack.failNext(1, 429, { retryAfterSeconds: 1 })
  const started = Date.now()
  const limited = await notify({ slack: botTarget() })
  expect(channel(limited, 'slack')!.outcome).toBe('posted')
  const [rejected, accepted] = slack.requests.slice(2)
  expect(rejected!.status).toBe(429)
  expect(accepted!.at - rejected!.at).toBeGreaterThanOrEqual(950)
  expect(Date.now() - started).toBeLessThan(10_000)
})

test('a bad token and a Slack outage are failed channels with one clear line, never a throw or the token', async () => {
  const bad = await notify({ slack: { ...botTarget(), botToken: 'xoxb-wrong-token-123' } })
  expect(channel(bad, 'slack')).toMatchObject({
    outcome: 'failed',
    detail: 'Slack rejected the bot token (invalid_auth); check slack-bot-token'
  })
  slack.failNext(10, 503)
  const down = await notify({ slack: botTarget() })
  expect(channel(down, 'slack')!.outcome).toBe('failed')
  expect(channel(down, 'slack')!.detail).toMatch(/503/)
  expect(logs.join('\n')).not.toContain(slack.token)
})

test('incoming webhook: the message, then the failure details as a second message; 429 honoured', async () => {
  slack.failNext(1, 429, { retryAfterSeconds: 1, match: /^\/services\// })
  const target: SlackTarget = { ...botTarget(), botToken: null, channel: null, webhookUrl: slack.webhookUrl }
  const outcome = await notify({ slack: target, record: failureRun(), smoke: SMOKE_FAILED })
  expect(channel(outcome, 'slack')).toMatchObject({ outcome: 'posted', detail: 'incoming webhook' })
  expect(slack.webhookPayloads.map(p => p.text)).toEqual([
    '❌ Deploy of shop to production failed (3f9c2b1)',
    'Why shop failed'
  ])
  const wrong = await notify({ slack: { ...target, webhookUrl: `${slack.webhookUrl}x` } })
  expect(channel(wrong, 'slack')!.outcome).toBe('failed')
  expect(channel(wrong, 'slack')!.detail).not.toContain('w3bh00k')
})

test('PR comment: created, then edited in place (never a second comment); deployment status set', async () => {
  const github = {
    client: githubClient(gh.token, { baseUrl: gh.url }),
    repo: { owner: 'acme', repo: 'shop' },
    pullRequest: 7,
    commentKey: 'app=shop env=production',
    deploymentId: null
  }
  const first = await notify({ github, record: { ...successRun(), status: 'running' } })
  expect(channel(first, 'pull-request')!.outcome).toBe('posted')
  const second = await notify({ github, record: failureRun() })
  expect(channel(second, 'pull-request')!.outcome).toBe('updated')
  expect(gh.comments).toHaveLength(1)
  expect(gh.comments[0]!.body).toContain('Deploy of shop to production failed')
  expect(second.commentId).toBe(first.commentId)
  expect(channel(second, 'deployment-status')!.outcome).toBe('skipped')

  const deployment = await github.client.rest.repos.createDeployment({
    owner: 'acme',
    repo: 'shop',
    ref: 'main',
    environment: 'production',
    auto_merge: false,
    required_contexts: []
  })
  const id = (deployment.data as { id: number }).id
  const done = await notify({ github: { ...github, pullRequest: null, deploymentId: id } })
  expect(channel(done, 'deployment-status')).toMatchObject({
    outcome: 'posted',
    detail: `deployment ${id} → success`
  })
  expect(gh.statuses.at(-1)).toMatchObject({
    state: 'success',
    environmentUrl: 'https://shop.example.com',
    logUrl: 'https://github.com/acme/shop/actions/runs/1234567890'
  })
})

test('a fork PR without write permission is a failed channel naming the permission', async () => {
  gh.forbid('POST', /\/issues\/\d+\/comments$/, 403, 'Resource not accessible by integration')
  const github = {
    client: githubClient(gh.token, { baseUrl: gh.url }),
    repo: { owner: 'acme', repo: 'shop' },
    pullRequest: 9,
    commentKey: 'app=shop env=production',
    deploymentId: null
  }
  const outcome = await notify({ github })
  expect(channel(outcome, 'pull-request')).toMatchObject({ outcome: 'failed' })
  expect(channel(outcome, 'pull-request')!.detail).toMatch(/pull-requests: write/)
  expect(gh.comments).toHaveLength(0)
})
