// The rollback action: inputs → the target tag (given, the Deployments history, or the recorded previous
// tag) → manifest HEAD in the registry → terraform-deploy's stage with that tag (apply + rollout wait) →
// smoke test → result files (deploy-result.json, smoke-report.json in $RUNNER_TEMP/deplight/rollback/),
// outputs and the job summary. notify reads those files (its rolled-back-to input says what happened).
import * as core from '@actions/core'
import { ECRClient } from '@aws-sdk/client-ecr'
import { ECSClient } from '@aws-sdk/client-ecs'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ecrLogin } from '../../integrations/aws/ecr.js'
import { execRunner } from '../../integrations/docker/exec.js'
import {
  githubClient,
  repoFromEnv,
  runUrlFromEnv,
  successfulDeployments
} from '../../integrations/github/index.js'
import { RegistryClient } from '../../integrations/registry/client.js'
import { findTerraform, terraformEnv } from '../../integrations/terraform/binary.js'
import { Terraform } from '../../integrations/terraform/cli.js'
import { rollback, type RollbackDeps } from '../../stages/rollback.js'
import { runSmokeTest } from '../../stages/smoke-test.js'
import { githubDeploymentRecorder } from '../../stages/terraform-deploy/github.js'
import type { TerraformDeployDeps } from '../../stages/terraform-deploy/index.js'
import { renderDeployMarkdown } from '../../stages/terraform-deploy/render.js'
import { parseInputs, type RollbackActionInputs } from './inputs.js'

export async function run(
  overrides: Partial<Pick<TerraformDeployDeps, 'poll' | 'clock'>> = {}
): Promise<void> {
  try {
    const inputs = parseInputs(name => core.getInput(name), process.env, core.setSecret)
    for (const secret of inputs.deploy.secrets) core.setSecret(secret)
    mkdirSync(inputs.outputDir, { recursive: true })
    mkdirSync(inputs.deploy.outputDir, { recursive: true })
    const repo = repoFromEnv()
    const token = inputs.deploy.githubToken
    const github = token && repo ? githubClient(token) : null
    const environment = inputs.deploy.environment

    const deps: RollbackDeps = {
      terraform: new Terraform({
        binary: findTerraform(process.env.PATH),
        cwd: inputs.deploy.stage.workingDirectory,
        env: terraformEnv(process.env, inputs.deploy.outputDir),
        run: execRunner,
        stream: true
      }),
      ecs: () => new ECSClient({ region: awsRegion(), maxAttempts: 5 }),
      log: { info: core.info, warning: core.warning, group: core.group },
      setSecret: core.setSecret,
      deployments:
        github && repo
          ? githubDeploymentRecorder(github, repo, {
              ref: process.env.GITHUB_SHA || process.env.GITHUB_REF || 'rollback',
              environment,
              logUrl: runUrlFromEnv(),
              warning: core.warning
            })
          : null,
      sources: {
        history:
          github && repo ? () => successfulDeployments(github, repo, environment, { limit: 100 }) : null,
        recordedPrevious: inputs.recordedPrevious
      },
      headManifest: await registryHead(inputs),
      smoke: inputs.smoke ? url => smokeTest(inputs, url) : null,
      ...overrides
    }

    const outcome = await rollback(
      {
        request: inputs.request,
        repository: inputs.repository,
        serviceUrl: inputs.serviceUrl,
        deploy: inputs.deploy.stage
      },
      deps
    )
    const resultPath = join(inputs.outputDir, 'deploy-result.json')
    writeFileSync(resultPath, `${JSON.stringify(outcome.deploy.result, null, 2)}\n`)
    core.setOutput('image-tag', outcome.target.tag)
    core.setOutput('source', outcome.target.source)
    core.setOutput('digest', outcome.digest)
    core.setOutput('service-url', outcome.deploy.result.serviceUrl ?? '')
    core.setOutput('result', resultPath)
    core.setOutput('smoke-report', outcome.smoke ? join(inputs.outputDir, 'smoke-report.json') : '')
    core.setOutput('passed', String(outcome.error === null))
    if (process.env.GITHUB_STEP_SUMMARY)
      await core.summary
        .addHeading(`Rollback to ${outcome.target.tag}`, 3)
        .addRaw(
          `${renderDeployMarkdown(outcome.deploy.result, { environment, rolloutNote: outcome.deploy.rolloutNote })}\n`
        )
        .write()
    if (outcome.error) core.setFailed(`Rollback to ${outcome.target.tag} failed: ${outcome.error}`)
    else core.info(`Rolled back to ${outcome.target.tag}: the service is healthy.`)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

async function registryHead(inputs: RollbackActionInputs): Promise<RollbackDeps['headManifest']> {
  let host = inputs.registry
  let credentials = inputs.credentials
  if (host === null) {
    const login = await ecrLogin(new ECRClient({ region: awsRegion() }), core.setSecret)
    host = login.registry
    credentials = { username: login.username, password: login.password }
  }
  const client = new RegistryClient({ host, credentials, onRetry: core.info })
  return (repository, tag) => client.headManifest(repository, tag)
}

async function smokeTest(inputs: RollbackActionInputs, url: string) {
  const smoke = inputs.smoke!(url)
  for (const secret of smoke.secrets) core.setSecret(secret)
  const report = await runSmokeTest(smoke.options, { log: core.info })
  writeFileSync(smoke.reportPath, `${JSON.stringify(report, null, 2)}\n`)
  return report
}

function awsRegion(): string {
  const region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION
  if (!region)
    throw new Error(
      'no AWS region: run aws-actions/configure-aws-credentials first (it sets AWS_REGION), or set AWS_REGION'
    )
  return region
}
