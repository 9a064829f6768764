// The terraform-deploy action: inputs → clients → the stage → result files, outputs, job summary, and in
// plan mode the PR comment. A failed rollout fails the step only after every output is written.
import * as core from '@actions/core'
import { ECSClient } from '@aws-sdk/client-ecs'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execRunner } from '../../integrations/docker/exec.js'
import {
  githubClient,
  pullRequestFromEnv,
  repoFromEnv,
  runUrlFromEnv,
  type GitHubClient
} from '../../integrations/github/index.js'
import { findTerraform, terraformEnv } from '../../integrations/terraform/binary.js'
import { Terraform } from '../../integrations/terraform/cli.js'
import { githubDeploymentRecorder, publishPlanComment } from '../../stages/terraform-deploy/github.js'
import {
  terraformDeploy,
  type TerraformDeployDeps,
  type TerraformDeployOutcome
} from '../../stages/terraform-deploy/index.js'
import { renderDeployMarkdown, renderPlanMarkdown } from '../../stages/terraform-deploy/render.js'
import { parseInputs, type ActionInputs } from './inputs.js'

export async function run(
  overrides: Partial<Pick<TerraformDeployDeps, 'poll' | 'clock'>> = {}
): Promise<void> {
  try {
    const inputs = parseInputs(name => core.getInput(name))
    for (const secret of inputs.secrets) core.setSecret(secret)
    if (inputs.githubToken) core.setSecret(inputs.githubToken)
    mkdirSync(inputs.outputDir, { recursive: true })

    const terraform = new Terraform({
      binary: findTerraform(process.env.PATH),
      cwd: inputs.stage.workingDirectory,
      env: terraformEnv(process.env, inputs.outputDir),
      run: execRunner,
      stream: true
    })
    const repo = repoFromEnv()
    const github = inputs.githubToken && repo ? githubClient(inputs.githubToken) : null
    const runUrl = runUrlFromEnv()
    const deps: TerraformDeployDeps = {
      terraform,
      ecs: () => new ECSClient({ region: awsRegion(), maxAttempts: 5 }),
      log: { info: core.info, warning: core.warning, group: core.group },
      setSecret: core.setSecret,
      deployments:
        github && repo && inputs.stage.mode === 'apply'
          ? githubDeploymentRecorder(github, repo, {
              ref: process.env.GITHUB_SHA || process.env.GITHUB_REF || inputs.stage.imageTag,
              environment: inputs.environment,
              logUrl: runUrl,
              warning: core.warning
            })
          : null,
      ...overrides
    }

    const outcome = await terraformDeploy(inputs.stage, deps)
    writeOutputs(inputs, outcome)
    const planMarkdown = renderPlanMarkdown({
      plan: outcome.plan,
      from: outcome.result.previousImageTag,
      to: outcome.result.imageTag,
      environment: inputs.environment,
      conflicts: outcome.varConflicts,
      runUrl
    })
    if (inputs.stage.mode === 'plan') await commentPlan(inputs, outcome, github, runUrl)
    await writeSummary(inputs, outcome, planMarkdown)
    if (outcome.error) core.setFailed(outcome.error)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

function awsRegion(): string {
  const region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION
  if (!region)
    throw new Error(
      'no AWS region: run aws-actions/configure-aws-credentials first (it sets AWS_REGION), or set AWS_REGION'
    )
  return region
}

function writeOutputs(inputs: ActionInputs, outcome: TerraformDeployOutcome): void {
  const { result } = outcome
  const resultPath = join(inputs.outputDir, 'result.json')
  const planPath = join(inputs.outputDir, 'plan-summary.json')
  writeFileSync(resultPath, `${JSON.stringify(result, null, 2)}\n`)
  writeFileSync(planPath, `${JSON.stringify(outcome.plan, null, 2)}\n`)
  core.setOutput('service-url', result.serviceUrl ?? '')
  core.setOutput('previous-image-tag', result.previousImageTag ?? '')
  core.setOutput('task-definition-arn', result.taskDefinitionArn ?? '')
  core.setOutput('deployment-id', result.deploymentId ?? '')
  core.setOutput('github-deployment-id', result.githubDeploymentId ? String(result.githubDeploymentId) : '')
  core.setOutput('rollout-state', result.rolloutState)
  core.setOutput('rolled-back', String(result.rolledBack ?? false))
  core.setOutput('plan-has-changes', String(outcome.plan.hasChanges))
  core.setOutput('plan-summary', planPath)
  core.setOutput('result', resultPath)
}

async function commentPlan(
  inputs: ActionInputs,
  outcome: TerraformDeployOutcome,
  github: GitHubClient | null,
  runUrl: string | null
): Promise<void> {
  const pr = pullRequestFromEnv()
  const repo = repoFromEnv()
  if (!inputs.comment || !pr || !repo) return
  if (!github) {
    core.warning('The plan was not posted to the pull request: no github-token')
    return
  }
  const markdown = renderPlanMarkdown({
    plan: outcome.plan,
    from: outcome.result.previousImageTag,
    to: outcome.result.imageTag,
    environment: inputs.environment,
    conflicts: outcome.varConflicts,
    runUrl,
    collapsible: true
  })
  const posted = await publishPlanComment(github, { ...repo, issueNumber: pr }, inputs.commentKey, markdown, {
    runUrl,
    warning: core.warning
  })
  if (posted) core.info(`Plan ${posted.action} in the deplight comment on #${pr}`)
}

async function writeSummary(
  inputs: ActionInputs,
  outcome: TerraformDeployOutcome,
  planMarkdown: string
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = core.summary.addHeading('Infrastructure update', 3).addRaw(`${planMarkdown}\n\n`)
  if (inputs.stage.mode === 'apply')
    summary
      .addHeading('Service rollout', 3)
      .addRaw(
        `${renderDeployMarkdown(outcome.result, { environment: inputs.environment, rolloutNote: outcome.rolloutNote })}\n`
      )
  await summary.write()
}
