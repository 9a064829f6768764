// Native ECS blue/green (and linear/canary) deployments are followed as service deployments: find the one
// whose target revision runs the new task definition, then watch its status through the lifecycle stages
// (PRE_SCALE_UP … TEST_TRAFFIC_SHIFT … PRODUCTION_TRAFFIC_SHIFT … BAKE_TIME … CLEAN_UP). A rollback
// (failed hook, alarm, or a stop) is reported the moment ECS starts it.
import type { ECSClient, Service, ServiceDeployment } from '@aws-sdk/client-ecs'
import { formatDuration } from '../../pipeline/duration.js'
import {
  describeService,
  describeServiceDeployments,
  describeServiceRevisions,
  listServiceDeployments,
  shortArn,
  time,
  type EcsTarget
} from './ecs.js'
import { failureReasons } from './ecs-failure.js'
import { DEFAULT_POLL, pollUntil, realClock, waited } from './ecs-poll.js'
import type { RolloutOutcome, Strategy, WatchOptions } from './ecs-rollout.js'

const ROLLING_BACK = new Set(['ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_SUCCESSFUL'])
const STOPPED = new Set(['STOPPED', 'STOP_REQUESTED', 'ROLLBACK_FAILED'])
const GRACE_LOOKS = 3

/** The newest service deployment whose target revision runs `taskDefinitionArn`. */
export async function findServiceDeployment(
  client: ECSClient,
  target: EcsTarget,
  taskDefinitionArn: string
): Promise<ServiceDeployment | null> {
  const briefs = await listServiceDeployments(client, target)
  const deployments = await describeServiceDeployments(
    client,
    briefs.map(b => b.serviceDeploymentArn).filter((arn): arn is string => !!arn)
  )
  const revisionArns = [
    ...new Set(deployments.map(d => d.targetServiceRevision?.arn).filter((a): a is string => !!a))
  ]
  const revisions = await describeServiceRevisions(client, revisionArns)
  const matching = new Set(
    revisions.filter(r => r.taskDefinition === taskDefinitionArn).map(r => r.serviceRevisionArn)
  )
  return (
    deployments
      .filter(d => matching.has(d.targetServiceRevision?.arn))
      .sort((a, b) => time(b.createdAt) - time(a.createdAt))[0] ?? null
  )
}

export async function followServiceDeployment(
  client: ECSClient,
  o: WatchOptions,
  first: Service,
  strategy: Strategy,
  startedAt: number
): Promise<RolloutOutcome> {
  const clock = o.clock ?? realClock
  let service = first
  let deployment: ServiceDeployment | null = null
  let looks = 0
  let lastLine = ''
  const end = async (state: RolloutOutcome['state'], own: string[]): Promise<RolloutOutcome> => {
    service = await describeService(client, o.target).catch(() => service)
    return {
      state,
      rolledBack: state === 'ROLLED_BACK',
      deploymentId: deployment?.serviceDeploymentArn ?? null,
      runningTaskDefinitionArn: service.taskDefinition ?? null,
      strategy,
      reasons:
        state === 'COMPLETED'
          ? []
          : await failureReasons(client, o.target, service, {
              taskDefinitionArn: o.taskDefinitionArn,
              ownReasons: own,
              since: deployment?.createdAt ?? null
            }),
      elapsedMs: clock.now() - startedAt
    }
  }

  const result = await pollUntil(
    { timeoutMs: o.timeoutMs, startedAt, poll: o.poll ?? DEFAULT_POLL, clock },
    async () => {
      looks++
      if (!deployment) {
        if (o.taskDefinitionArn) {
          deployment = await findServiceDeployment(client, o.target, o.taskDefinitionArn)
        } else {
          if (looks > 1) service = await describeService(client, o.target)
          const current = service.currentServiceDeployment
          deployment = current ? ((await describeServiceDeployments(client, [current]))[0] ?? null) : null
        }
        if (!deployment) {
          if (looks >= GRACE_LOOKS || o.timeoutMs === 0)
            return end('FAILED', [
              `no ${strategy} service deployment targets ${o.taskDefinitionArn ? shortArn(o.taskDefinitionArn) : 'the service'}`
            ])
          return null
        }
      } else {
        deployment =
          (await describeServiceDeployments(client, [deployment.serviceDeploymentArn as string]))[0] ??
          deployment
      }
      const status = deployment.status ?? 'PENDING'
      const why = [
        deployment.statusReason,
        deployment.rollback?.reason ? `rollback: ${deployment.rollback.reason}` : undefined
      ].filter((x): x is string => !!x)
      if (status === 'SUCCESSFUL') return end('COMPLETED', [])
      if (ROLLING_BACK.has(status))
        return end('ROLLED_BACK', [
          `${strategy} deployment ${shortArn(deployment.serviceDeploymentArn ?? '?')} ${status} during ${deployment.lifecycleStage ?? 'an unknown stage'}`,
          ...why
        ])
      if (STOPPED.has(status))
        return end('FAILED', [
          `${strategy} deployment ${status} during ${deployment.lifecycleStage ?? '?'}`,
          ...why
        ])
      const line = `${strategy.toLowerCase().replace('_', '/')} ${deployment.lifecycleStage ?? status} (${status})`
      if (o.onProgress && line !== lastLine) {
        o.onProgress(`rollout ${line} — ${formatDuration(clock.now() - startedAt)} elapsed`)
        lastLine = line
      }
      return null
    }
  )
  if (result.done) return result.value
  // TypeScript cannot see the step's assignments; the cast restores the declared type.
  const last = deployment as ServiceDeployment | null
  return end('TIMED_OUT', [
    `still ${last ? `${last.status} in ${last.lifecycleStage}` : 'not started'} ${waited(o.timeoutMs)}`
  ])
}
