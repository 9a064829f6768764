import { join } from 'node:path'
import { parseInputs, parseSteps } from '../../../src/actions/notify/inputs.js'

const env = { GITHUB_WORKSPACE: '/work/ws', RUNNER_TEMP: '/runner/tmp' }
const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

test('defaults: result files and state in $RUNNER_TEMP/deplight, status auto, warn on errors', () => {
  const inputs = parseInputs(reader({}), env)
  const dir = join('/runner/tmp', 'deplight')
  expect(inputs).toMatchObject({
    runRecord: null,
    results: {
      analysis: join(dir, 'analysis.json'),
      build: join(dir, 'build-result.json'),
      deploy: join(dir, 'deploy-result.json'),
      smoke: join(dir, 'smoke-report.json')
    },
    runRecordOut: join(dir, 'run-record.json'),
    status: 'auto',
    environment: 'production',
    slack: { webhookUrl: null, botToken: null, statePath: join(dir, 'slack-message.json') },
    failOnError: false
  })
})

test('secrets are masked first, the webhook path on its own too', () => {
  const masked: string[] = []
  expect(() =>
    parseInputs(
      reader({
        'slack-webhook-url': 'https://hooks.slack.com/services/T1/B2/s3cr3t',
        'slack-bot-token': 'xoxb-1',
        'slack-channel': 'C1',
        status: 'meh'
      }),
      env,
      s => masked.push(s)
    )
  ).toThrow('status "meh" must be auto, success, failure, cancelled or rolled_back')
  expect(masked).toEqual([
    'https://hooks.slack.com/services/T1/B2/s3cr3t',
    'xoxb-1',
    '/services/T1/B2/s3cr3t'
  ])
})

test.each([
  [{ 'slack-webhook-url': 'hooks.slack.com/x' }, 'slack-webhook-url is not an http(s) URL'],
  [{ 'slack-bot-token': 'abc' }, 'slack-bot-token does not look like a Slack bot token'],
  [{ 'slack-bot-token': 'xoxb-1' }, 'slack-bot-token needs slack-channel'],
  [{ 'slack-channel': 'C1; rm' }, 'slack-channel "C1; rm" is not a channel ID'],
  [{ 'deployment-id': 'abc' }, 'deployment-id "abc" must be a GitHub deployment number'],
  [
    { 'smoke-report': '/etc/passwd' },
    'smoke-report "/etc/passwd" must be inside the workspace or RUNNER_TEMP'
  ],
  [{ 'fail-on-error': 'yes' }, 'fail-on-error "yes" must be true or false'],
  [{ steps: '{bad' }, 'steps must be JSON']
])('%j → %s', (values, message) => {
  expect(() => parseInputs(reader(values), env)).toThrow(message)
})

test('steps: the toJSON(steps) shape or a plain map; unknown outcomes are dropped', () => {
  expect(
    parseSteps(
      JSON.stringify({
        analyze: { outcome: 'success', outputs: { report: '/x' } },
        deploy: 'failure',
        smoke: { outcome: null }
      })
    )
  ).toEqual({ analyze: 'success', deploy: 'failure' })
})
