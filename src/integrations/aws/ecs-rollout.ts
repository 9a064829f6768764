// Waits for the ECS deployment of a new task definition and says how it ended. ROLLING services: the
// deployment in DescribeServices that runs the new task definition, until its rolloutState is COMPLETED
// or FAILED. A FAILED deployment with an older task definition PRIMARY again, or a deployment that vanished
// while the previous task definition took over, is a circuit-breaker rollback: ECS's own "stable" answer
// (and Terraform's wait_for_steady_state) call that success (amazon-ecs-deploy-task-definition #191/#860,
// terraform-provider-aws #19519). Native blue/green services are followed through ecs-blue-green.ts.
import type { Deployment, ECSClient, Service } from '@aws-sdk/client-ecs'
import type { RolloutState } from '../../pipeline/contracts.js'
import { formatDuration } from '../../pipeline/duration.js'
import { followServiceDeployment } from './ecs-blue-green.js'
import { describeService, shortArn, stoppedTasks, type EcsError, type EcsTarget } from './ecs.js'
import { failureReasons } from './ecs-failure.js'
import { DEFAULT_POLL, pollUntil, realClock, waited, type Clock, type PollPolicy } from './ecs-poll.js'

export interface WatchOptions {
  target: EcsTarget
  /** The task definition this deploy registered; null follows the deployment PRIMARY at the first look. */
  taskDefinitionArn: string | null
  /** What ran before this deploy, to tell a rollback from another deployment taking over. */
  previousTaskDefinitionArn: string | null
  /** 0: look once and report (used to explain a failed terraform apply). */
  timeoutMs: number
  poll?: PollPolicy
  clock?: Clock
  /** Progress lines while waiting (stage, running/desired, elapsed). */
  onProgress?: (line: string) => void
  onWarning?: (line: string) => void
}

/** HTTP: a target without ECS, watched through its readiness_path (stages/terraform-deploy/http-rollout.ts). */
export type Strategy = 'ROLLING' | 'BLUE_GREEN' | 'LINEAR' | 'CANARY' | 'HTTP'

export interface RolloutOutcome {
  state: Extract<RolloutState, 'COMPLETED' | 'FAILED' | 'ROLLED_BACK' | 'TIMED_OUT'>
  rolledBack: boolean
  /** ECS deployment id (`ecs-svc/…`), or the service deployment ARN with blue/green. */
  deploymentId: string | null
  /** The task definition the service runs at the end (the previous one after a rollback). */
  runningTaskDefinitionArn: string | null
  strategy: Strategy
  /** One line each; empty when the rollout completed. */
  reasons: string[]
  elapsedMs: number
}

/** How many looks without any sign of the new deployment before concluding it is gone. */
const GRACE_LOOKS = 3

export async function watchRollout(client: ECSClient, o: WatchOptions): Promise<RolloutOutcome> {
  const clock = o.clock ?? realClock
  const startedAt = clock.now()
  const first = await describeService(client, o.target)
  const strategy = (first.deploymentConfiguration?.strategy ?? 'ROLLING') as Strategy
  if (strategy !== 'ROLLING') return followServiceDeployment(client, o, first, strategy, startedAt)

  const progress = progressPrinter(o.onProgress)
  let service: Service = first
  let followId: string | null = null
  let looks = 0
  const end = async (
    state: RolloutOutcome['state'],
    deployment: Deployment | null,
    running: Deployment | null,
    own: string[]
  ): Promise<RolloutOutcome> => ({
    state,
    rolledBack: state === 'ROLLED_BACK',
    deploymentId: deployment?.id ?? followId,
    runningTaskDefinitionArn: running?.taskDefinition ?? service.taskDefinition ?? null,
    strategy,
    reasons:
      state === 'COMPLETED'
        ? []
        : await failureReasons(client, o.target, service, {
            taskDefinitionArn: o.taskDefinitionArn ?? deployment?.taskDefinition ?? null,
            ownReasons: own,
            since: deployment?.createdAt ?? null
          }),
    elapsedMs: clock.now() - startedAt
  })

  const result = await pollUntil(
    {
      timeoutMs: o.timeoutMs,
      startedAt,
      poll: o.poll ?? DEFAULT_POLL,
      clock,
      onThrottled: (e: EcsError) => o.onWarning?.(`${e.message}; waiting before the next look`)
    },
    async () => {
      if (looks > 0) service = await describeService(client, o.target)
      looks++
      const deployments = service.deployments ?? []
      const primary = deployments.find(d => d.status === 'PRIMARY') ?? null
      const ours =
        (o.taskDefinitionArn
          ? deployments.find(d => d.taskDefinition === o.taskDefinitionArn)
          : followId
            ? deployments.find(d => d.id === followId)
            : primary) ?? null
      if (ours) followId = ours.id ?? null

      if (ours?.rolloutState === 'COMPLETED') return end('COMPLETED', ours, ours, [])
      if (ours?.rolloutState === 'FAILED') {
        const why = `deployment ${ours.id} FAILED: ${ours.rolloutStateReason ?? 'no reason given'}`
        if (primary && primary.id !== ours.id && primary.taskDefinition !== ours.taskDefinition)
          return end('ROLLED_BACK', ours, primary, [why, rolledBackLine(primary)])
        return end('FAILED', ours, primary, [why])
      }
      if (!ours && (followId !== null || looks >= GRACE_LOOKS || o.timeoutMs === 0)) {
        // The new deployment is gone (ECS drops a rolled-back deployment once the rollback is done) or
        // never showed up: who runs now decides between a rollback and someone else's deployment.
        const running = primary?.taskDefinition ?? service.taskDefinition ?? null
        const runs = `the service runs ${running ? shortArn(running) : 'nothing'}`
        // Never seen: only tasks of the new task definition that ECS stopped prove it was rolled out at all
        // (a terraform apply that failed before the service update never starts one).
        if (
          followId === null &&
          o.taskDefinitionArn &&
          !(await ranTasks(client, o.target, o.taskDefinitionArn))
        )
          return end('FAILED', null, primary, [
            `the service never started a deployment of ${shortArn(o.taskDefinitionArn)}; ${runs}`
          ])
        const missing = `no deployment of ${o.taskDefinitionArn ? shortArn(o.taskDefinitionArn) : followId} remains; ${runs}`
        if (isRollbackTo(running, o.taskDefinitionArn, o.previousTaskDefinitionArn))
          return end('ROLLED_BACK', null, primary, [`${missing}: rolled back to an earlier task definition`])
        return end('FAILED', null, primary, [`${missing}: another deployment replaced this one`])
      }
      progress(ours, service, clock.now() - startedAt)
      return null
    }
  )
  if (result.done) return result.value
  const ours =
    (service.deployments ?? []).find(d =>
      o.taskDefinitionArn ? d.taskDefinition === o.taskDefinitionArn : d.id === followId
    ) ?? null
  return end('TIMED_OUT', ours, null, [
    `still ${ours?.rolloutState ?? 'not started'} ${waited(o.timeoutMs)}: ${counts(ours, service)}`
  ])
}

/** True when ECS has stopped tasks of `taskDefinitionArn` (true too when that cannot be read). */
async function ranTasks(client: ECSClient, target: EcsTarget, taskDefinitionArn: string): Promise<boolean> {
  try {
    return (await stoppedTasks(client, target, taskDefinitionArn, 1)).length > 0
  } catch {
    return true
  }
}

/** `…:task-definition/shop:42` → { family: 'shop', revision: 42 }. */
export function familyRevision(arn: string | null): { family: string; revision: number } | null {
  const m = arn ? /task-definition\/([^:/]+):(\d+)$/.exec(arn) : null
  return m ? { family: m[1] as string, revision: Number(m[2]) } : null
}

/**
 * Whether the service running `running` instead of ours means a rollback. Revisions of one family only
 * grow, so an older revision of the same family is a rollback and a newer one is someone else's deploy;
 * across families, only the task definition that ran before this apply counts as a rollback.
 */
export function isRollbackTo(running: string | null, ours: string | null, previous: string | null): boolean {
  const a = familyRevision(running)
  const b = familyRevision(ours)
  if (a && b && a.family === b.family) return a.revision < b.revision
  return !previous || running === previous
}

function rolledBackLine(primary: Deployment): string {
  return `circuit breaker rolled back: deployment ${primary.id} runs ${primary.taskDefinition ? shortArn(primary.taskDefinition) : '?'} again`
}

function counts(d: Deployment | null, service: Service): string {
  if (!d) return `${service.runningCount ?? 0}/${service.desiredCount ?? 0} tasks running`
  const failed = d.failedTasks ? `, ${d.failedTasks} failed` : ''
  return `${d.runningCount ?? 0}/${d.desiredCount ?? 0} running, ${d.pendingCount ?? 0} pending${failed}`
}

/** Prints a line when something changed, and at least every 30 s while nothing does. */
function progressPrinter(
  onProgress: ((line: string) => void) | undefined
): (d: Deployment | null, service: Service, elapsedMs: number) => void {
  let last = ''
  let lastAt = -Infinity
  return (d, service, elapsedMs) => {
    if (!onProgress) return
    const state = `${d?.rolloutState ?? 'waiting for the deployment'}: ${counts(d, service)}`
    if (state === last && elapsedMs - lastAt < 30_000) return
    last = state
    lastAt = elapsedMs
    onProgress(`rollout ${state} — ${formatDuration(elapsedMs)} elapsed`)
  }
}
