// pr-comment action: `record` lays out the PR analysis artifact in the unprivileged pull_request job;
// `post` (the workflow_run job, pull-requests: write) reads it as data, verifies the pull request and
// upserts the re-rendered analysis into the sticky comment (src/stages/pr-comment).
import * as core from '@actions/core'
import { githubClient } from '../../integrations/github/index.js'
import { logSafe } from '../../pipeline/log-safe.js'
import { postAnalysisComment } from '../../stages/pr-comment/post.js'
import { recordAnalysisArtifact } from '../../stages/pr-comment/record.js'
import { parseInputs, type PostInputs } from './inputs.js'

export async function run(): Promise<void> {
  try {
    const inputs = parseInputs(name => core.getInput(name), process.env, core.setSecret)
    if (inputs.mode === 'record') {
      const dir = recordAnalysisArtifact({
        reportPath: inputs.reportPath,
        event: inputs.event,
        dir: inputs.artifactDir
      })
      core.info(`recorded the analysis artifact in ${logSafe(dir)}`)
      core.setOutput('artifact', dir)
      return
    }
    await post(inputs)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

async function post(inputs: PostInputs): Promise<void> {
  const outcome = await postAnalysisComment(inputs, {
    client: githubClient(inputs.token),
    info: message => core.info(message)
  })
  core.setOutput('pull-request', String(outcome.pullRequest))
  if (outcome.kind === 'stale') {
    core.warning(`Nothing posted: ${outcome.reason}`)
    core.setOutput('result', 'stale')
    core.setOutput('comment-id', '')
    return
  }
  const { comment } = outcome
  core.info(
    `comment ${comment.commentId} on #${outcome.pullRequest}: ${comment.action} (key ${logSafe(outcome.key)})`
  )
  core.setOutput('result', comment.action)
  core.setOutput('comment-id', String(comment.commentId))
  await core.summary
    .addRaw(
      `deplight analysis ${comment.action === 'created' ? 'posted to' : `${comment.action} on`} #${outcome.pullRequest} (comment ${comment.commentId}).\n`
    )
    .write()
}
