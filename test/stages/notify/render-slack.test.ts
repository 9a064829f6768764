// The Slack message, screenshot-free: the Block Kit JSON of a success and a failure run is committed under
// test/stages/notify/snapshots/ (regenerate with UPDATE_SNAPSHOTS=1 and read the diff).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { blockProblems, LIMITS } from '../../../src/integrations/slack/blocks.js'
import { failureThreadMessage, slackMessage } from '../../../src/stages/notify/render-slack.js'
import { SMOKE_FAILED } from './fixtures.js'
import { failureRun, successRun } from './records.js'

const SNAPSHOTS = join(import.meta.dirname, 'snapshots')

function matchSnapshot(name: string, value: unknown): void {
  const file = join(SNAPSHOTS, name)
  const text = `${JSON.stringify(value, null, 2)}\n`
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
    if (process.env.CI)
      throw new Error(`snapshot ${name} is missing; run the test with UPDATE_SNAPSHOTS=1 and commit it`)
    mkdirSync(SNAPSHOTS, { recursive: true })
    writeFileSync(file, text)
  }
  expect(text).toBe(readFileSync(file, 'utf8'))
}

test('success run: header, who/what, eight stages with durations, URL, tag, p95, View run', () => {
  const message = slackMessage(successRun())
  matchSnapshot('slack-success.json', message)
  expect(message.text).toBe('✅ Deployed shop to production (3f9c2b1)')
  const stages = message.blocks[2] as { text: { text: string } }
  expect(stages.text.text.split('\n')).toEqual([
    '✅ Checkout &amp; setup · —',
    '✅ Code analysis · —',
    '✅ Image build · 41.2 s',
    '✅ Image push · 6.3 s',
    '✅ Infrastructure update · 12.0 s',
    '✅ Service rollout · 1m 35s',
    '✅ Health check · 4.1 s',
    '✅ Verification &amp; notify · 420 ms'
  ])
  expect(JSON.stringify(message.blocks)).toContain(
    '"url":"https://github.com/acme/shop/actions/runs/1234567890"'
  )
})

test('failure run: the failed stage says why; the thread reply carries the smoke evidence', () => {
  const record = failureRun()
  const message = slackMessage(record)
  matchSnapshot('slack-failure.json', message)
  expect(message.text).toBe('❌ Deploy of shop to production failed (3f9c2b1)')
  const thread = failureThreadMessage(record, SMOKE_FAILED)!
  matchSnapshot('slack-failure-thread.json', thread)
  expect(JSON.stringify(thread)).toContain('&lt;h1&gt;Not Found')
  expect(failureThreadMessage(successRun(), null)).toBeNull()
})

test('user-controlled values are mrkdwn-escaped: no mention, link or markup injection', () => {
  const text = JSON.stringify(slackMessage(successRun()).blocks)
  expect(text).toContain('Fix &lt;!channel&gt; &amp; *bold* checkout')
  expect(text).not.toContain('<!channel>')
  expect(text).not.toContain('Longer body')
  expect(text).toContain('feature/&lt;b&gt;fast&lt;/b&gt;&amp;checkout')
})

test('stays inside Block Kit limits with huge values', () => {
  const record = failureRun()
  const huge = 'x'.repeat(10_000)
  const stressed = {
    ...record,
    service: huge,
    environment: huge,
    commitMessage: huge,
    stages: record.stages.map(s => ({ ...s, status: 'failure' as const, detail: huge }))
  }
  const message = slackMessage(stressed)
  expect(blockProblems(message.blocks)).toEqual([])
  expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks)
  const thread = failureThreadMessage(stressed, {
    ...SMOKE_FAILED,
    checks: Array.from({ length: 40 }, () => ({ ...SMOKE_FAILED.checks[0]!, message: huge }))
  })!
  expect(blockProblems(thread.blocks)).toEqual([])
})

test('blockProblems catches what Slack rejects', () => {
  expect(
    blockProblems([
      { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
      { type: 'section', text: { type: 'mrkdwn', text: 's'.repeat(3001) } },
      ...Array.from({ length: 49 }, () => ({ type: 'divider' as const }))
    ])
  ).toEqual([
    '51 blocks (limit 50)',
    'blocks[0] (header) text has 151 characters (limit 150)',
    'blocks[1] (section) text has 3001 characters (limit 3000)'
  ])
})
