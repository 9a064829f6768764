// The terraform-deploy stage (stages 5 and 6): terraform init → workspace → plan with the image tag →
// summary → apply of exactly that plan → outputs → watch the rollout (the ECS service, or for a target
// without ECS its readiness_path over HTTP) → a DeployResult. The action, the
// CLI's local mode and the rollback action all run this; they differ only in the clients they pass.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { watchRollout, type RolloutOutcome } from '../../integrations/aws/ecs-rollout.js'
import { TerraformError, type TerraformOutput } from '../../integrations/terraform/cli.js'
import {
  outputBefore,
  sensitiveVariableValues,
  summarizePlan,
  tagOfImage
} from '../../integrations/terraform/plan.js'
import type { DeployResult, RolloutState } from '../../pipeline/contracts.js'
import { formatDuration } from '../../pipeline/duration.js'
import { validateReadinessPath, watchHttpRollout } from './http-rollout.js'
import { ecsTarget, publicOutputs, sensitiveOutputStrings, stringOutput } from './outputs.js'
import { planHeadline } from './render.js'
import type { TerraformDeployDeps, TerraformDeployInputs, TerraformDeployOutcome } from './types.js'
import { planVarFiles } from './var-files.js'

export type * from './types.js'
export { DEFAULT_OUTPUT_NAMES, type OutputNames } from './outputs.js'
export { validateImageTag } from './image-tag.js'

export async function terraformDeploy(
  inputs: TerraformDeployInputs,
  deps: TerraformDeployDeps
): Promise<TerraformDeployOutcome> {
  const { terraform: tf, log } = deps
  const now = deps.clock?.now ?? Date.now
  const started = now()
  const names = inputs.outputNames

  // The version check runs beside init (one terraform start less on the critical path); a version that
  // is too old is reported before whatever init made of it.
  const [version, init] = await Promise.allSettled([
    tf.version(),
    log.group('terraform init', () => tf.init(inputs.backendConfig))
  ])
  if (version.status === 'rejected') throw version.reason
  if (init.status === 'rejected') throw init.reason
  const terraformVersion = version.value
  log.info(`Terraform ${terraformVersion}`)
  if (inputs.workspace) await tf.selectWorkspace(inputs.workspace)

  const vars = planVarFiles({
    workingDirectory: inputs.workingDirectory,
    analyzerFile: inputs.analyzerVarFile,
    userFiles: inputs.varFiles
  })
  for (const warning of vars.warnings) log.warning(warning)
  if (vars.conflicts.length > 0)
    log.info(
      `Your var files override the analyzer for ${vars.conflicts.map(c => `${c.key} (analyzer ${c.analyzer}, yours ${c.yours} in ${c.file})`).join('; ')}`
    )

  const planFile = join(inputs.planDir, 'deploy.tfplan')
  try {
    const hasChanges = await log.group(`terraform plan (image_tag=${inputs.imageTag})`, () =>
      tf.plan({
        out: planFile,
        varFiles: vars.files,
        vars: [['image_tag', inputs.imageTag]],
        lockTimeoutMs: inputs.lockTimeoutMs
      })
    )
    const planJson = await tf.showJson(planFile)
    for (const secret of sensitiveVariableValues(planJson)) deps.setSecret(secret)
    const before = (name: string): string | null => outputBefore(planJson, name)
    const previousImageTag = before(names.imageTag) ?? tagOfImage(before(names.image) ?? '')
    const previousTaskDefinitionArn = before(names.taskDefinitionArn)
    const plan = summarizePlan(planJson, hasChanges, { fromTag: previousImageTag, toTag: inputs.imageTag })
    log.info(planHeadline(plan, previousImageTag, inputs.imageTag))
    const unexpected = (plan.changes ?? []).filter(
      c => (c.action === 'delete' || c.action === 'replace') && !c.imageTagOnly
    )
    if (unexpected.length > 0)
      log.warning(
        `This plan destroys or replaces ${unexpected.map(c => `${c.address} (${c.action})`).join(', ')}: more than a new image. Review it before it is applied.`
      )

    const base = {
      schemaVersion: 1 as const,
      imageTag: inputs.imageTag,
      previousImageTag,
      plan
    }
    if (inputs.mode === 'plan') {
      return {
        result: {
          ...base,
          outputs: {},
          serviceUrl: before(names.serviceUrl),
          deploymentId: null,
          rolloutState: 'SKIPPED',
          durations: { infrastructureMs: now() - started, rolloutMs: 0 }
        },
        plan,
        varConflicts: vars.conflicts,
        error: null,
        failedStage: null,
        rolloutNote: 'mode: plan',
        terraformVersion
      }
    }

    let applyError: TerraformError | null = null
    if (hasChanges) {
      try {
        await log.group('terraform apply (the saved plan)', () => tf.apply(planFile, inputs.lockTimeoutMs))
      } catch (error) {
        if (!(error instanceof TerraformError)) throw error
        applyError = error
      }
    } else {
      log.info('No changes: nothing to apply.')
    }
    rmSync(planFile, { force: true })

    let outputs: Record<string, TerraformOutput> = {}
    try {
      outputs = await tf.outputs()
    } catch (error) {
      if (!applyError) throw error
    }
    for (const secret of sensitiveOutputStrings(outputs)) deps.setSecret(secret)
    const infrastructureMs = now() - started
    const serviceUrl = stringOutput(outputs, names.serviceUrl)
    const taskDefinitionArn = stringOutput(outputs, names.taskDefinitionArn)
    const target = ecsTarget(outputs, names, { cluster: inputs.cluster, service: inputs.service })

    const recordId = await deps.deployments?.start({
      image_tag: inputs.imageTag,
      digest: inputs.imageDigest,
      task_definition_arn: taskDefinitionArn,
      previous_image_tag: previousImageTag
    })

    const rolloutStarted = now()
    let rollout: RolloutOutcome | null = null
    let rolloutNote: string | null = null
    let rolloutError: string | null = null
    // Without an ECS service, a module that declares readiness_path is watched over HTTP instead.
    const readinessPath = target ? null : stringOutput(outputs, names.readinessPath)
    if (!target && !readinessPath)
      rolloutNote = `no ECS service in the outputs (${names.service}/${names.cluster}) and no ${names.readinessPath}`
    else if (target && !deps.ecs) rolloutNote = 'no ECS client (local target)'
    else if (!inputs.wait && !applyError) rolloutNote = 'wait: false'
    if (readinessPath && inputs.wait && !applyError) {
      try {
        if (!serviceUrl)
          throw new Error(`the outputs declare ${names.readinessPath} but no ${names.serviceUrl} to ask`)
        const path = validateReadinessPath(readinessPath, names.readinessPath)
        log.info(`No ECS service: waiting for ${inputs.imageTag} to answer on ${names.serviceUrl} ${path}`)
        rollout = await watchHttpRollout({
          serviceUrl,
          path,
          timeoutMs: inputs.waitTimeoutMs,
          clock: deps.clock,
          onProgress: log.info
        })
      } catch (error) {
        rolloutError = `cannot follow the rollout of ${inputs.imageTag}: ${(error as Error).message}`
      }
    }
    if (target && deps.ecs && (inputs.wait || applyError)) {
      try {
        rollout = await watchRollout(deps.ecs(), {
          target,
          taskDefinitionArn,
          previousTaskDefinitionArn,
          // After a failed apply, one look says whether the rollout is why (a rollback) or not.
          timeoutMs: applyError ? 0 : inputs.waitTimeoutMs,
          poll: deps.poll,
          clock: deps.clock,
          onProgress: log.info,
          onWarning: log.warning
        })
      } catch (error) {
        rolloutError = `cannot follow the rollout of ${target.service} in ${target.cluster}: ${(error as Error).message}`
      }
    }
    if (rolloutNote && !applyError) log.info(`Rollout not watched: ${rolloutNote}.`)

    // One look after a failed apply that finds the deployment still going is not a timeout.
    const rolloutState: RolloutState =
      applyError && rollout?.state === 'TIMED_OUT'
        ? 'IN_PROGRESS'
        : (rollout?.state ?? (rolloutError || applyError ? 'UNKNOWN' : 'SKIPPED'))
    const rolloutFailed = rollout !== null && rollout.state !== 'COMPLETED'
    // After a failed apply, the rollout is to blame only when ECS rolled the new revision back.
    const rolloutToBlame = applyError
      ? rollout?.state === 'ROLLED_BACK'
      : rolloutFailed || rolloutError !== null
    const failureReasons = [
      ...(applyError ? [applyError.message] : []),
      ...(rolloutError ? [rolloutError] : []),
      ...(rollout && rolloutFailed ? rollout.reasons : [])
    ]
    const result: DeployResult = {
      ...base,
      outputs: publicOutputs(outputs),
      serviceUrl,
      clusterName: target?.cluster ?? null,
      serviceName: target?.service ?? null,
      taskDefinitionArn,
      deploymentId: rollout?.deploymentId ?? null,
      githubDeploymentId: typeof recordId === 'number' ? recordId : null,
      rolloutState,
      rolledBack: rollout?.rolledBack ?? false,
      ...(failureReasons.length > 0 ? { failureReasons } : {}),
      durations: { infrastructureMs, rolloutMs: now() - rolloutStarted }
    }

    const error =
      applyError || rolloutError || rolloutFailed
        ? failureMessage(result, rollout, applyError, rolloutError)
        : null
    const failedStage = rolloutToBlame ? 'rollout' : applyError ? 'infrastructure' : null
    if (recordId !== null && recordId !== undefined)
      await deps.deployments?.finish(recordId, error ? 'failure' : 'success', {
        environmentUrl: serviceUrl,
        description: error ? (error.split('\n')[0] as string).slice(0, 140) : `${inputs.imageTag} is live`
      })
    return { result, plan, varConflicts: vars.conflicts, error, failedStage, rolloutNote, terraformVersion }
  } finally {
    rmSync(planFile, { force: true })
  }
}

/** The first line says what happened; the reasons follow, one per line. */
function failureMessage(
  result: DeployResult,
  rollout: RolloutOutcome | null,
  applyError: TerraformError | null,
  rolloutError: string | null
): string {
  const target = `${result.serviceName ?? 'the service'}`
  let headline: string
  if (rollout?.state === 'ROLLED_BACK')
    headline = `the rollout of ${result.imageTag} was rolled back: ${target} runs ${result.previousImageTag ?? 'the previous release'} again`
  else if (applyError)
    headline = '' // its message ("terraform apply failed …") leads the reasons
  else if (rollout?.state === 'TIMED_OUT' && rollout.strategy === 'HTTP')
    headline = `the release ${result.imageTag} did not become ready within wait-timeout (${formatDuration(rollout.elapsedMs)})`
  else if (rollout?.state === 'TIMED_OUT')
    headline = `the rollout of ${result.imageTag} did not finish within wait-timeout (${formatDuration(rollout.elapsedMs)})`
  else if (rollout?.state === 'FAILED') headline = `the rollout of ${result.imageTag} failed`
  else headline = rolloutError ?? 'the deploy failed'
  return [...new Set([headline, ...(result.failureReasons ?? [])])].filter(Boolean).join('\n')
}
