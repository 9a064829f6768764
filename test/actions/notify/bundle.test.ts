// The bundled notify action (dist/notify/index.js) run as the runner runs it, against the Slack and GitHub
// fakes; every run's stdout/stderr is checked for the bot token, the webhook URL and the GitHub token.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunRecord } from '../../../src/pipeline/contracts.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'
import { startFakeSlack, type FakeSlack } from '../../support/fake-slack.js'
import { ANALYSIS, BUILD, DEPLOY, SHA, SMOKE_FAILED, SMOKE_PASSED } from '../../stages/notify/fixtures.js'
import { runBundle } from '../run-bundle.js'

const built = existsSync('dist/notify/index.js')
let slack: FakeSlack
let gh: FakeGitHub
beforeAll(async () => {
  slack = await startFakeSlack()
  gh = await startFakeGitHub()
})
afterAll(async () => Promise.all([slack.stop(), gh.stop()]))

function githubEnv(root: string, event: unknown): Record<string, string> {
  const eventPath = join(root, 'event.json')
  writeFileSync(eventPath, JSON.stringify(event))
  return {
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: SHA,
    GITHUB_REF_NAME: '7/merge',
    GITHUB_HEAD_REF: 'fix/checkout',
    GITHUB_ACTOR: 'dana',
    GITHUB_EVENT_PATH: eventPath
  }
}

function writeResult(runnerTemp: string, name: string, doc: unknown): void {
  mkdirSync(join(runnerTemp, 'deplight'), { recursive: true })
  writeFileSync(join(runnerTemp, 'deplight', name), JSON.stringify(doc))
}

;(built ? describe : describe.skip)('bundled notify', () => {
  test('bot token + PR: posts, then a second call updates the message and the comment; summary and record', async () => {
    const secrets = [slack.token, gh.token]
    const first = await runBundle('notify', { inputs: {}, secrets: [] })
    const runnerTemp = first.runnerTemp
    const env = githubEnv(join(runnerTemp, '..'), {
      pull_request: { number: 7, title: 'Fix <!here> checkout' }
    })
    const inputs = {
      'slack-bot-token': slack.token,
      'slack-channel': 'C0DEPLOY1',
      'slack-api-url': slack.apiUrl,
      'github-token': gh.token,
      environment: 'staging',
      steps: JSON.stringify({
        analyze: { outcome: 'success' },
        build: { outcome: 'success' },
        deploy: { outcome: 'success' }
      })
    }
    writeResult(runnerTemp, 'analysis.json', ANALYSIS)
    writeResult(runnerTemp, 'build-result.json', BUILD)
    writeResult(runnerTemp, 'deploy-result.json', DEPLOY)
    const early = await runBundle('notify', { inputs, env, secrets, runnerTemp })
    expect(early.code).toBe(0)
    expect(early.outputs.status).toBe('success')
    expect(slack.messages).toHaveLength(1)
    expect(early.outputs['slack-ts']).toBe(slack.messages[0]!.ts)

    writeResult(runnerTemp, 'smoke-report.json', SMOKE_FAILED)
    const late = await runBundle('notify', {
      inputs: { ...inputs, steps: JSON.stringify({ smoke: { outcome: 'failure' } }) },
      env,
      secrets,
      runnerTemp
    })
    expect(late.code).toBe(0)
    expect(late.outputs).toMatchObject({ status: 'failure', 'slack-ts': slack.messages[0]!.ts })
    expect(slack.messages[0]!.updates).toHaveLength(1)
    expect(slack.messages[1]!.threadTs).toBe(slack.messages[0]!.ts)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]!.body).toContain('<!-- deplight:sticky key=app=shop-env=staging -->')
    expect(gh.comments[0]!.body).toContain('Deploy of shop to staging failed')
    expect(late.outputs['comment-id']).toBe(String(gh.comments[0]!.id))

    const record = JSON.parse(readFileSync(late.outputs['run-record']!, 'utf8')) as RunRecord
    expect(record).toMatchObject({
      runId: '4242',
      environment: 'staging',
      status: 'failure',
      commitMessage: 'Fix <!here> checkout'
    })
    expect(record.stages.map(s => s.status)).toEqual([
      'success',
      'success',
      'success',
      'success',
      'success',
      'success',
      'failure',
      'success'
    ])
    expect(late.summary).toContain('### ❌ Deploy of shop to staging failed')
    expect(late.summary).toContain('```mermaid')
    expect(late.summary).toContain('- slack: updated')
    expect(late.summary).toContain('- pull-request: updated')
  })

  test('webhook outage is a warning; with fail-on-error it fails the step; the URL never shows', async () => {
    slack.failNext(3, 503, { match: /^\/services\// })
    const inputs = { 'slack-webhook-url': slack.webhookUrl, 'github-token': '' }
    const warned = await runBundle('notify', { inputs, secrets: [slack.webhookUrl] })
    expect(warned.code).toBe(0)
    expect(warned.stdout).toMatch(/::warning::slack: .*503/)
    writeResult(warned.runnerTemp, 'smoke-report.json', SMOKE_PASSED)

    slack.failNext(3, 503, { match: /^\/services\// })
    const failed = await runBundle('notify', {
      inputs: { ...inputs, 'fail-on-error': 'true' },
      secrets: [slack.webhookUrl]
    })
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(/::error::notify: slack: .*503/)

    const ok = await runBundle('notify', { inputs, secrets: [slack.webhookUrl] })
    expect(ok.code).toBe(0)
    expect(slack.webhookPayloads.length).toBeGreaterThanOrEqual(1)
  })

  test('bad input is one line, after the secrets are masked', async () => {
    const run = await runBundle('notify', {
      inputs: { 'slack-bot-token': 'xoxb-real-looking-token', 'slack-channel': '', 'github-token': '' },
      secrets: ['xoxb-real-looking-token']
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::slack-bot-token needs slack-channel (a channel ID such as C0123456789)'
    )
  })
})
