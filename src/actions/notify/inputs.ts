// Parses and validates the notify inputs once. Secrets (token, webhook URL) are handed to `mask` before
// anything else is checked, so not even an error message can show them.
import { join } from 'node:path'
import type { RunStatus } from '../../pipeline/contracts.js'
import { resolveInside } from '../../pipeline/paths.js'
import { RESULT_FILES, resultDir, type ResultPaths } from '../../stages/notify/result-files.js'
import type { StepOutcome } from '../../stages/notify/assemble.js'

export type InputReader = (name: string) => string

export interface NotifyInputs {
  /** An existing RunRecord to render instead of assembling one. */
  runRecord: string | null
  results: ResultPaths
  /** Where the assembled record is written. */
  runRecordOut: string
  status: RunStatus | 'auto'
  steps: Record<string, StepOutcome>
  environment: string
  slack: {
    webhookUrl: string | null
    botToken: string | null
    channel: string | null
    apiUrl: string | null
    statePath: string
  }
  githubToken: string | null
  commentKey: string | null
  deploymentId: number | null
  failOnError: boolean
  /** The tag an automatic or manual rollback re-applied after this run's release failed. */
  rolledBackTo: string | null
}

const STATUSES = new Set(['auto', 'success', 'failure', 'cancelled', 'rolled_back'])
const OUTCOMES = new Set(['success', 'failure', 'cancelled', 'skipped'])

export function parseInputs(
  read: InputReader,
  env: NodeJS.ProcessEnv = process.env,
  mask: (secret: string) => void = () => {}
): NotifyInputs {
  const webhookUrl = read('slack-webhook-url').trim()
  const botToken = read('slack-bot-token').trim()
  const githubToken = read('github-token').trim()
  for (const secret of [webhookUrl, botToken, githubToken]) if (secret) mask(secret)
  // The secret part of a webhook URL is its path; mask it alone too in case a client prints it by itself.
  const webhookPath = /^https?:\/\/[^/]+(\/.+)$/.exec(webhookUrl)?.[1]
  if (webhookPath) mask(webhookPath)

  if (webhookUrl && !/^https?:\/\/[^\s]+$/.test(webhookUrl))
    throw new Error(
      'slack-webhook-url is not an http(s) URL; copy the incoming webhook URL from the Slack app settings'
    )
  if (botToken && !/^xox[a-z]-/.test(botToken))
    throw new Error('slack-bot-token does not look like a Slack bot token (xoxb-…); check the secret')
  const channel = read('slack-channel').trim() || null
  if (botToken && !channel)
    throw new Error('slack-bot-token needs slack-channel (a channel ID such as C0123456789)')
  if (channel && !/^[#@]?[A-Za-z0-9._-]{1,80}$/.test(channel))
    throw new Error(`slack-channel "${channel}" is not a channel ID (C0123456789) or #name`)
  const apiUrl = read('slack-api-url').trim() || null
  if (apiUrl && !/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new Error('slack-api-url must be an http(s) URL')

  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const dir = resultDir(env, workspace)
  const roots = [workspace, env.RUNNER_TEMP || dir]
  const path = (name: string, fallback: string): string => {
    const given = read(name).trim()
    if (!given) return join(dir, fallback)
    const abs = resolveInside(given, roots)
    if (abs === null) throw new Error(`${name} "${given}" must be inside the workspace or RUNNER_TEMP`)
    return abs
  }
  const status = read('status').trim() || 'auto'
  if (!STATUSES.has(status))
    throw new Error(`status "${status}" must be auto, success, failure, cancelled or rolled_back`)
  const deploymentInput = read('deployment-id').trim()
  if (deploymentInput && !/^[1-9]\d*$/.test(deploymentInput))
    throw new Error(`deployment-id "${deploymentInput}" must be a GitHub deployment number`)
  const runRecordInput = read('run-record').trim()
  const rolledBackTo = read('rolled-back-to').trim()
  if (rolledBackTo && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(rolledBackTo))
    throw new Error(`rolled-back-to "${rolledBackTo}" is not an image tag`)
  return {
    runRecord: runRecordInput ? path('run-record', RESULT_FILES.runRecord) : null,
    results: {
      analysis: path('analysis-report', RESULT_FILES.analysis),
      build: path('build-result', RESULT_FILES.build),
      deploy: path('deploy-result', RESULT_FILES.deploy),
      smoke: path('smoke-report', RESULT_FILES.smoke)
    },
    runRecordOut: join(dir, RESULT_FILES.runRecord),
    status: status as NotifyInputs['status'],
    steps: parseSteps(read('steps')),
    environment: read('environment').trim() || 'production',
    slack: {
      webhookUrl: webhookUrl || null,
      botToken: botToken || null,
      channel,
      apiUrl,
      statePath: join(dir, RESULT_FILES.slackMessage)
    },
    githubToken: githubToken || null,
    commentKey: read('comment-key').trim() || null,
    deploymentId: deploymentInput ? Number(deploymentInput) : null,
    failOnError: parseBoolean(read('fail-on-error'), 'fail-on-error'),
    rolledBackTo: rolledBackTo || null
  }
}

/**
 * `steps`: the composite's `toJSON(steps)` ({ id: { outcome, conclusion, outputs } }) or a plain
 * { id: outcome } map. Only outcomes are kept: outputs never reach the message.
 */
export function parseSteps(text: string): Record<string, StepOutcome> {
  if (!text.trim()) return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Error('steps must be JSON: pass ${{ toJSON(steps) }} or {"deploy": "failure"}')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('steps must be a JSON object of step ids')
  const out: Record<string, StepOutcome> = {}
  for (const [id, v] of Object.entries(value as Record<string, unknown>)) {
    const outcome = typeof v === 'string' ? v : (v as { outcome?: unknown } | null)?.outcome
    if (typeof outcome === 'string' && OUTCOMES.has(outcome)) out[id] = outcome as StepOutcome
  }
  return out
}

function parseBoolean(value: string, name: string): boolean {
  const v = value.trim().toLowerCase()
  if (v === '' || v === 'false') return false
  if (v === 'true') return true
  throw new Error(`${name} "${value}" must be true or false`)
}
