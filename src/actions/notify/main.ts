// notify action: inputs → RunRecord (given, or assembled from the result files) → Slack, PR comment,
// deployment status (src/stages/notify, shared with the CLI) → job summary, run-record file, outputs.
// A channel that fails is a warning unless fail-on-error is true.
import * as core from '@actions/core'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import {
  githubClient,
  pullRequestFromEnv,
  repoFromEnv,
  runUrlFromEnv
} from '../../integrations/github/index.js'
import type { RunRecord } from '../../pipeline/contracts.js'
import type { RunMeta } from '../../pipeline/run-record.js'
import { assembleRunRecord, completeRunRecord } from '../../stages/notify/assemble.js'
import { runNotify, type GitHubTarget } from '../../stages/notify/notify.js'
import { runSummaryMarkdown } from '../../stages/notify/render-summary.js'
import { escapeMarkdown } from '../../analyzer/render/markdown.js'
import { readStageResults } from '../../stages/notify/result-files.js'
import { serviceName } from '../../stages/notify/view.js'
import { parseInputs, type NotifyInputs } from './inputs.js'

export async function run(): Promise<void> {
  try {
    const started = new Date()
    const inputs = parseInputs(name => core.getInput(name), process.env, core.setSecret)
    const results = readStageResults(inputs.results, core.warning)
    let record = inputs.runRecord
      ? readRunRecord(inputs.runRecord)
      : assembleRunRecord({
          meta: metaFromEnv(inputs),
          results,
          steps: inputs.steps,
          status: inputs.status,
          now: started
        })
    if (inputs.runRecord && inputs.status !== 'auto') record = { ...record, status: inputs.status }
    record = completeRunRecord(record, 'success', 'notifying', new Date())

    const repo = repoFromEnv()
    const github: GitHubTarget | null =
      inputs.githubToken && repo
        ? {
            client: githubClient(inputs.githubToken),
            repo,
            pullRequest: pullRequestFromEnv(),
            commentKey: inputs.commentKey ?? `app=${serviceName(record)} env=${record.environment}`,
            deploymentId: inputs.deploymentId ?? results.deploy?.value.githubDeploymentId ?? null
          }
        : null
    const outcome = await runNotify(
      { record, smoke: results.smoke?.value ?? null, slack: inputs.slack, github },
      { log: core.info, debug: core.debug }
    )
    const failed = outcome.channels.filter(c => c.outcome === 'failed')
    for (const c of failed) core.warning(`${c.channel}: ${c.detail}`)
    const detail = outcome.channels.map(c => `${c.channel} ${c.outcome}`).join(', ')
    record = completeRunRecord(
      record,
      failed.length > 0 && inputs.failOnError ? 'failure' : 'success',
      detail,
      new Date()
    )

    mkdirSync(dirname(inputs.runRecordOut), { recursive: true })
    writeFileSync(inputs.runRecordOut, `${JSON.stringify(record, null, 2)}\n`)
    core.setOutput('run-record', inputs.runRecordOut)
    core.setOutput('status', record.status ?? '')
    core.setOutput('slack-ts', outcome.slack?.ts ?? '')
    core.setOutput('slack-channel', outcome.slack?.channel ?? '')
    core.setOutput('comment-id', outcome.commentId === null ? '' : String(outcome.commentId))
    if (process.env.GITHUB_STEP_SUMMARY) {
      const channels = outcome.channels.map(
        c => `- ${c.channel}: ${c.outcome}${c.detail ? ` — ${escapeMarkdown(c.detail)}` : ''}`
      )
      await core.summary
        .addRaw(`${runSummaryMarkdown(record)}\n**Notifications**\n\n${channels.join('\n')}\n`)
        .write()
    }
    if (failed.length > 0 && inputs.failOnError)
      core.setFailed(`notify: ${failed.map(c => `${c.channel}: ${c.detail}`).join('; ')}`)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

function metaFromEnv(inputs: NotifyInputs, env: NodeJS.ProcessEnv = process.env): RunMeta {
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `-${env.GITHUB_RUN_ATTEMPT}` : ''
  return {
    runId: env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}${attempt}` : `local-${Date.now()}`,
    repository: env.GITHUB_REPOSITORY ?? 'unknown/unknown',
    commit: env.GITHUB_SHA ?? 'unknown',
    environment: inputs.environment,
    ref: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null,
    actor: env.GITHUB_ACTOR ?? null,
    commitMessage: commitMessage(env),
    runUrl: runUrlFromEnv(env),
    ...(inputs.rolledBackTo ? { rolledBackTo: inputs.rolledBackTo } : {})
  }
}

/** The head commit's message (push) or the pull request's title, from the event payload. */
function commitMessage(env: NodeJS.ProcessEnv): string | null {
  if (!env.GITHUB_EVENT_PATH) return null
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      head_commit?: { message?: unknown }
      pull_request?: { title?: unknown }
    }
    const text = event.head_commit?.message ?? event.pull_request?.title
    return typeof text === 'string' ? text : null
  } catch {
    return null
  }
}

function readRunRecord(path: string): RunRecord {
  let value: RunRecord
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as RunRecord
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not valid JSON'
    throw new Error(
      `run-record "${path}" ${why}; leave run-record empty to assemble it from the result files`
    )
  }
  if (value?.schemaVersion !== 1 || !Array.isArray(value.stages))
    throw new Error(`run-record "${path}" is not a RunRecord (schemaVersion 1 with stages)`)
  return value
}
