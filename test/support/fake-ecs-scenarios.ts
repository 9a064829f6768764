// The state of a fake ECS service and the scenarios a deployment plays on it (see fake-ecs.ts): each
// scenario is a list of steps that change the state the way ECS does, one step every `stepMs`.
import { randomBytes, randomUUID } from 'node:crypto'

export type Scenario = 'success' | 'circuit-breaker' | 'stuck' | 'blue-green-success' | 'blue-green-rollback'

export type Json = Record<string, unknown>

export interface Deployment {
  id: string
  status: 'PRIMARY' | 'ACTIVE'
  taskDefinition: string
  desiredCount: number
  runningCount: number
  pendingCount: number
  failedTasks: number
  rolloutState: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED'
  rolloutStateReason: string
  createdAt: number
  updatedAt: number
}

export interface ServiceDeploymentState {
  serviceDeploymentArn: string
  sourceRevision: string
  targetRevision: string
  status: string
  lifecycleStage: string
  statusReason?: string
  rollback?: { reason: string; startedAt: number; serviceRevisionArn: string }
  createdAt: number
  updatedAt: number
}

export interface ServiceState {
  cluster: string
  name: string
  strategy: 'ROLLING' | 'BLUE_GREEN'
  taskDefinition: string
  desiredCount: number
  deployments: Deployment[]
  events: { id: string; createdAt: number; message: string }[]
  stoppedTasks: Json[]
  serviceDeployments: ServiceDeploymentState[]
  revisions: Map<string, string> // revision ARN → task definition
  currentServiceDeployment?: string
  timeline: Step[]
  startOnFirstLook: boolean
  /** At most one step per look, and only once the last step's state was reported (see startDeployment). */
  stepPerLook: boolean
  /** Whether a describe call has reported the state since the last step (stepPerLook only). */
  reportedSinceStep: boolean
  startedAt: number | null
  terminalAt: number | null
}

export interface Step {
  /** Step index from the scenario; ms once the fake has scaled it. */
  at: number
  apply: (now: number) => void
  /** The step that makes the outcome visible (COMPLETED, FAILED, a rollback starting). */
  terminal: boolean
}

/** What ARNs are built from. */
export interface ArnContext {
  prefix: string
  region: string
  account: string
}

export function event(svc: ServiceState, now: number, message: string): void {
  svc.events.unshift({ id: randomUUID(), createdAt: now, message: `(service ${svc.name}) ${message}` })
}
export function revisionArn(ctx: ArnContext, svc: ServiceState): string {
  return `${ctx.prefix}:service-revision/${svc.cluster}/${svc.name}/${randomDigits(19)}`
}

export function newDeployment(svc: ServiceState, taskDefinition: string, now: number): Deployment {
  return {
    id: `ecs-svc/${randomDigits(19)}`,
    status: 'PRIMARY',
    taskDefinition,
    desiredCount: svc.desiredCount,
    runningCount: 0,
    pendingCount: svc.desiredCount,
    failedTasks: 0,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: 'ECS deployment in progress.',
    createdAt: now,
    updatedAt: now
  }
}

function stoppedTask(
  ctx: ArnContext,
  svc: ServiceState,
  taskDefinition: string,
  now: number,
  kind: number
): Json {
  const id = randomBytes(16).toString('hex')
  const pull = kind % 2 === 1
  return {
    taskArn: `${ctx.prefix}:task/${svc.cluster}/${id}`,
    clusterArn: `${ctx.prefix}:cluster/${svc.cluster}`,
    taskDefinitionArn: taskDefinition,
    group: `service:${svc.name}`,
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    stopCode: pull ? 'TaskFailedToStart' : 'EssentialContainerExited',
    stoppedReason: pull
      ? 'CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref: not found'
      : 'Essential container in task exited',
    stoppedAt: now / 1000,
    stoppingAt: now / 1000,
    containers: [
      pull
        ? { name: svc.name, lastStatus: 'STOPPED', reason: 'CannotPullContainerError: manifest unknown' }
        : { name: svc.name, lastStatus: 'STOPPED', exitCode: 1, reason: 'Error: listen EADDRINUSE :::3000' }
    ]
  }
}

/** The steps of `scenario` for a deployment of `td`, at step indexes (the caller scales them to ms). */
export function scenarioSteps(ctx: ArnContext, svc: ServiceState, td: string, scenario: Scenario): Step[] {
  const scenarios: Record<Scenario, () => Step[]> = {
    success: () => {
      let d: Deployment
      return [
        step(0, now => {
          d = rollingStart(svc, td, now)
          event(svc, now, `has started ${svc.desiredCount} tasks.`)
        }),
        step(1, now =>
          Object.assign(d, { runningCount: 1, pendingCount: svc.desiredCount - 1, updatedAt: now })
        ),
        step(2, now => {
          Object.assign(d, { runningCount: svc.desiredCount, pendingCount: 0, updatedAt: now })
          event(svc, now, 'has stopped the tasks of the previous deployment.')
        }),
        step(
          3,
          now => {
            Object.assign(d, {
              rolloutState: 'COMPLETED',
              rolloutStateReason: `ECS deployment ${d.id} completed.`,
              updatedAt: now
            })
            svc.deployments = [d]
            event(svc, now, `(deployment ${d.id}) deployment completed.`)
            event(svc, now, 'has reached a steady state.')
          },
          true
        )
      ]
    },
    'circuit-breaker': () => {
      let d: Deployment
      let previous: string
      return [
        step(0, now => {
          previous = svc.taskDefinition
          d = rollingStart(svc, td, now)
          event(svc, now, `has started ${svc.desiredCount} tasks.`)
        }),
        step(1, now => {
          Object.assign(d, { failedTasks: 2, updatedAt: now })
          svc.stoppedTasks.unshift(stoppedTask(ctx, svc, td, now - 1, 0), stoppedTask(ctx, svc, td, now, 1))
          event(svc, now, 'has started 2 tasks.')
        }),
        step(2, now => {
          Object.assign(d, { failedTasks: 3, updatedAt: now })
          svc.stoppedTasks.unshift(stoppedTask(ctx, svc, td, now, 0))
        }),
        step(
          3,
          now => {
            Object.assign(d, {
              status: 'ACTIVE',
              rolloutState: 'FAILED',
              rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
              pendingCount: 0,
              updatedAt: now
            })
            const back = newDeployment(svc, previous, now)
            svc.deployments = [back, d]
            svc.taskDefinition = previous
            event(svc, now, `(deployment ${d.id}) deployment failed: tasks failed to start.`)
            event(svc, now, `rolling back to deployment ${back.id}.`)
          },
          true
        ),
        // ECS keeps listing the failed deployment until the rollback has finished.
        step(8, now => {
          const back = svc.deployments[0] as Deployment
          Object.assign(back, {
            runningCount: svc.desiredCount,
            pendingCount: 0,
            rolloutState: 'COMPLETED',
            updatedAt: now
          })
          svc.deployments = [back]
          event(svc, now, 'has reached a steady state.')
        })
      ]
    },
    stuck: () => [
      step(0, now => {
        rollingStart(svc, td, now)
        event(
          svc,
          now,
          'was unable to place a task because no container instance met all of its requirements.'
        )
      })
    ],
    'blue-green-success': () => blueGreen(ctx, svc, td, false),
    'blue-green-rollback': () => blueGreen(ctx, svc, td, true)
  }
  return scenarios[scenario]()
}

export function rollingStart(svc: ServiceState, td: string, now: number): Deployment {
  const d = newDeployment(svc, td, now)
  for (const old of svc.deployments) old.status = 'ACTIVE'
  svc.deployments = [d, ...svc.deployments]
  svc.taskDefinition = td
  return d
}

function blueGreen(ctx: ArnContext, svc: ServiceState, td: string, rollback: boolean): Step[] {
  const stages = [
    'PRE_SCALE_UP',
    'SCALE_UP',
    'POST_SCALE_UP',
    'TEST_TRAFFIC_SHIFT',
    'POST_TEST_TRAFFIC_SHIFT'
  ]
  if (!rollback)
    stages.push('PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT', 'BAKE_TIME', 'CLEAN_UP')
  let sd: ServiceDeploymentState
  let previous: string
  const steps = stages.map((stage, i) =>
    step(i, now => {
      if (i === 0) {
        previous = svc.taskDefinition
        const source = [...svc.revisions].find(([, t]) => t === previous)?.[0] ?? revisionArn(ctx, svc)
        svc.revisions.set(source, previous)
        const target = revisionArn(ctx, svc)
        svc.revisions.set(target, td)
        sd = {
          serviceDeploymentArn: `${ctx.prefix}:service-deployment/${svc.cluster}/${svc.name}/${randomBytes(11).toString('base64url')}`,
          sourceRevision: source,
          targetRevision: target,
          status: 'IN_PROGRESS',
          lifecycleStage: stage,
          createdAt: now,
          updatedAt: now
        }
        svc.serviceDeployments.unshift(sd)
        svc.currentServiceDeployment = sd.serviceDeploymentArn
        rollingStart(svc, td, now)
        event(svc, now, `(service-deployment ${lastPart(sd.serviceDeploymentArn)}) started.`)
      }
      Object.assign(sd, { lifecycleStage: stage, updatedAt: now })
    })
  )
  const n = stages.length
  if (rollback) {
    steps.push(
      step(
        n,
        now => {
          Object.assign(sd, {
            status: 'ROLLBACK_IN_PROGRESS',
            statusReason: 'Service deployment rolled back because of a failed lifecycle hook.',
            rollback: {
              reason: `lifecycle hook arn:aws:lambda:${ctx.region}:${ctx.account}:function:deplight-test-traffic-check returned FAILED`,
              startedAt: now,
              serviceRevisionArn: sd.sourceRevision
            },
            updatedAt: now
          })
          event(svc, now, `(service-deployment ${lastPart(sd.serviceDeploymentArn)}) rolling back.`)
        },
        true
      ),
      step(n + 1, now => {
        Object.assign(sd, { status: 'ROLLBACK_SUCCESSFUL', updatedAt: now })
        svc.taskDefinition = previous
        svc.deployments = [newDeployment(svc, previous, now)]
        ;(svc.deployments[0] as Deployment).rolloutState = 'COMPLETED'
      })
    )
  } else {
    steps.push(
      step(
        n,
        now => {
          Object.assign(sd, { status: 'SUCCESSFUL', updatedAt: now })
          const d = svc.deployments[0] as Deployment
          Object.assign(d, { rolloutState: 'COMPLETED', runningCount: svc.desiredCount, pendingCount: 0 })
          svc.deployments = [d]
          event(svc, now, 'has reached a steady state.')
        },
        true
      )
    )
  }
  return steps
}

export function step(index: number, apply: (now: number) => void, terminal = false): Step {
  return { at: index, apply, terminal }
}

export function lastPart(value: string): string {
  return value.slice(value.lastIndexOf('/') + 1)
}

export function randomDigits(n: number): string {
  let out = ''
  while (out.length < n) out += String(randomBytes(4).readUInt32BE(0))
  return out.slice(0, n)
}
