// Stage 8, Verification & notify: sends one RunRecord to Slack (bot token: post, then update the same
// message; a thread reply explains a failure — or an incoming webhook), to the pull request's sticky comment
// and to the GitHub deployment's status. Each channel is independent: one failing never stops the others,
// and the caller decides whether a failed channel fails the step (fail-on-error).
import type { RunRecord, SmokeReport } from '../../pipeline/contracts.js'
import {
  GitHubPermissionError,
  setDeploymentStatus,
  upsertStickySection,
  type GitHubClient,
  type RepoRef
} from '../../integrations/github/index.js'
import {
  describeSlackError,
  postMessage,
  sendWebhook,
  updateMessage,
  webClient,
  type SlackClientOptions
} from '../../integrations/slack/client.js'
import { loadMessageState, saveMessageState } from '../../integrations/slack/state.js'
import { pullRequestSection } from './render-pr.js'
import { failureSignature, failureThreadMessage, slackMessage } from './render-slack.js'

export interface SlackTarget {
  botToken: string | null
  channel: string | null
  webhookUrl: string | null
  apiUrl: string | null
  /** File keeping channel + ts of this run's message (under RUNNER_TEMP). */
  statePath: string
  client?: SlackClientOptions
}

export interface GitHubTarget {
  client: GitHubClient
  repo: RepoRef
  pullRequest: number | null
  /** Sticky comment key: one comment per PR and key (default `app=<service> env=<environment>`). */
  commentKey: string
  /** GitHub deployment created by terraform-deploy, when there is one. */
  deploymentId: number | null
}

export interface NotifyOptions {
  record: RunRecord
  smoke: SmokeReport | null
  slack: SlackTarget | null
  github: GitHubTarget | null
}

export interface NotifyDeps {
  log: (line: string) => void
  debug?: (line: string) => void
}

export type ChannelName = 'slack' | 'pull-request' | 'deployment-status'

export interface ChannelResult {
  channel: ChannelName
  outcome: 'posted' | 'updated' | 'unchanged' | 'skipped' | 'failed'
  detail: string
}

export interface NotifyOutcome {
  channels: ChannelResult[]
  slack: { channel: string; ts: string } | null
  commentId: number | null
}

export async function runNotify(options: NotifyOptions, deps: NotifyDeps): Promise<NotifyOutcome> {
  const outcome: NotifyOutcome = { channels: [], slack: null, commentId: null }
  const record = (channel: ChannelName, result: Omit<ChannelResult, 'channel'>): void => {
    outcome.channels.push({ channel, ...result })
    deps.log(`${channel}: ${result.outcome}${result.detail ? ` — ${result.detail}` : ''}`)
  }
  const slack = options.slack
  if (!slack || (!slack.webhookUrl && !slack.botToken))
    record('slack', { outcome: 'skipped', detail: 'no slack-webhook-url or slack-bot-token' })
  else {
    try {
      const sent = await notifySlack(options.record, options.smoke, slack, deps)
      outcome.slack = sent.message
      record('slack', { outcome: sent.outcome, detail: sent.detail })
    } catch (error) {
      record('slack', {
        outcome: 'failed',
        detail: describeSlackError(error, [slack.botToken ?? '', slack.webhookUrl ?? ''])
      })
    }
  }

  const github = options.github
  if (!github || github.pullRequest === null)
    record('pull-request', { outcome: 'skipped', detail: 'not a pull request run' })
  else {
    try {
      const target = { ...github.repo, issueNumber: github.pullRequest }
      const res = await upsertStickySection(
        github.client,
        target,
        github.commentKey,
        'deployment',
        pullRequestSection(options.record),
        {
          runUrl: options.record.runUrl ?? null
        }
      )
      outcome.commentId = res.commentId
      const done = res.action === 'created' ? 'posted' : res.action
      record('pull-request', { outcome: done, detail: `comment ${res.commentId} on #${github.pullRequest}` })
    } catch (error) {
      record('pull-request', { outcome: 'failed', detail: githubDetail(error) })
    }
  }

  if (!github || github.deploymentId === null)
    record('deployment-status', { outcome: 'skipped', detail: 'no GitHub deployment for this run' })
  else {
    const state = deploymentState(options.record)
    try {
      await setDeploymentStatus(github.client, github.repo, github.deploymentId, {
        state,
        environmentUrl: state === 'success' ? (options.record.serviceUrl ?? null) : null,
        logUrl: options.record.runUrl ?? null,
        description: describeRun(options.record)
      })
      record('deployment-status', {
        outcome: 'posted',
        detail: `deployment ${github.deploymentId} → ${state}`
      })
    } catch (error) {
      record('deployment-status', { outcome: 'failed', detail: githubDetail(error) })
    }
  }
  return outcome
}

async function notifySlack(
  record: RunRecord,
  smoke: SmokeReport | null,
  slack: SlackTarget,
  deps: NotifyDeps
): Promise<{
  outcome: ChannelResult['outcome']
  detail: string
  message: { channel: string; ts: string } | null
}> {
  const message = slackMessage(record)
  const thread = failureThreadMessage(record, smoke)
  const clientOptions = { apiUrl: slack.apiUrl, debug: deps.debug, ...slack.client }
  if (!slack.botToken || !slack.channel) {
    await sendWebhook(slack.webhookUrl!, message, clientOptions)
    // A webhook cannot edit or thread: the failure details follow as a second message.
    if (thread) await sendWebhook(slack.webhookUrl!, thread, clientOptions)
    return { outcome: 'posted', detail: 'incoming webhook', message: null }
  }
  const client = webClient(slack.botToken, clientOptions)
  const previous = loadMessageState(slack.statePath, record.runId)
  const posted = previous
    ? await updateMessage(client, previous.channel, previous.ts, message)
    : await postMessage(client, slack.channel, message)
  const signature = failureSignature(record)
  let threaded = previous?.threadedFailure ?? null
  if (thread && signature !== threaded) {
    await postMessage(client, posted.channel, thread, posted.ts)
    threaded = signature
  }
  saveMessageState(slack.statePath, {
    runId: record.runId,
    channel: posted.channel,
    ts: posted.ts,
    threadedFailure: threaded
  })
  return {
    outcome: previous ? 'updated' : 'posted',
    detail: `message ${posted.ts} in ${posted.channel}${thread && threaded === signature ? ' with failure thread' : ''}`,
    message: posted
  }
}

function deploymentState(record: RunRecord): 'success' | 'failure' | 'error' | 'inactive' {
  if (record.status === 'success') return 'success'
  if (record.status === 'cancelled') return 'inactive'
  return record.status === 'failure' || record.status === 'rolled_back' ? 'failure' : 'error'
}

function describeRun(record: RunRecord): string {
  const failed = record.stages.find(s => s.status === 'failure')
  const text = failed
    ? `${failed.id} failed${failed.detail ? `: ${failed.detail}` : ''}`
    : `${record.status ?? 'done'}`
  return text.length > 140 ? `${text.slice(0, 139)}…` : text
}

function githubDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return error instanceof GitHubPermissionError ? message : message.split('\n')[0]!
}
