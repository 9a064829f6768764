// ECS's control plane on 127.0.0.1, speaking its JSON 1.1 protocol (POST /, X-Amz-Target
// AmazonEC2ContainerServiceV20141113.<Operation>, epoch-second timestamps, `__type` errors) so the real
// @aws-sdk/client-ecs runs against it. A test adds services, then starts a deployment that plays one of the
// scenarios below on a timeline of `stepMs` steps; the timeline starts at the first call that looks at the
// service (so time spent in terraform before the watch does not count). Scenarios:
//   success            ROLLING: new deployment scales up, rolloutState COMPLETED
//   circuit-breaker    ROLLING: tasks fail (stopped-task reasons), FAILED + rollback to the previous revision
//   stuck              ROLLING: IN_PROGRESS forever, tasks cannot be placed
//   blue-green-success BLUE_GREEN service deployment through every lifecycle stage to SUCCESSFUL
//   blue-green-rollback BLUE_GREEN: a test-traffic hook fails, ROLLBACK_IN_PROGRESS → ROLLBACK_SUCCESSFUL
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  lastPart,
  newDeployment,
  revisionArn,
  scenarioSteps,
  type ArnContext,
  type Json,
  type Scenario,
  type ServiceDeploymentState,
  type ServiceState
} from './fake-ecs-scenarios.js'

export type { Scenario } from './fake-ecs-scenarios.js'

const TARGET_PREFIX = 'AmazonEC2ContainerServiceV20141113.'
export const FAKE_ECS_ACCESS_KEY = 'AKIDDEPLIGHTECS'

export interface FakeEcs {
  endpoint: string
  calls: { operation: string; body: Json; at: number }[]
  addService: (o: {
    cluster: string
    service: string
    taskDefinition: string
    strategy?: 'ROLLING' | 'BLUE_GREEN'
    desiredCount?: number
  }) => void
  /** Plays `scenario` for a deployment of `taskDefinition`; returns the ECS deployment id it creates. */
  startDeployment: (o: {
    cluster: string
    service: string
    taskDefinition: string
    scenario: Scenario
    stepMs?: number
    /** Start the timeline now instead of at the first call that looks at the service. */
    startNow?: boolean
    /** circuit-breaker: how long the rollback takes before ECS drops the failed deployment (default 5 steps). */
    rollbackMs?: number
    /**
     * Every intermediate state is reported at least once: a due step applies only after a describe call
     * has shown the previous one, one step per look. For tests that assert progress lines, which a
     * stalled event loop on a loaded machine would otherwise skip past.
     */
    stepPerLook?: boolean
  }) => void
  /** The next `count` calls of `operation` answer ThrottlingException. */
  throttleNext: (operation: string, count: number) => void
  /** Every call of `operation` answers AccessDeniedException, as for a role without that action. */
  deny: (operation: string) => void
  /** Wall-clock ms at which the scenario's outcome (COMPLETED/FAILED/rollback) became visible, or null. */
  terminalAt: (cluster: string, service: string) => number | null
  stop: () => Promise<void>
}

export async function startFakeEcs(
  o: { region?: string; accountId?: string; accessKeyId?: string } = {}
): Promise<FakeEcs> {
  const region = o.region ?? 'us-east-1'
  const account = o.accountId ?? '123456789012'
  const accessKeyId = o.accessKeyId ?? FAKE_ECS_ACCESS_KEY
  const prefix = `arn:aws:ecs:${region}:${account}`
  const ctx: ArnContext = { prefix, region, account }
  const services = new Map<string, ServiceState>()
  const calls: FakeEcs['calls'] = []
  const throttles = new Map<string, number>()
  const denied = new Set<string>()

  const key = (cluster: string, service: string): string => `${lastPart(cluster)}/${lastPart(service)}`
  /** Applies every timeline step that is due; the clock starts at the first look when asked to. */
  const advance = (svc: ServiceState, now: number): void => {
    if (svc.startedAt === null) {
      if (!svc.startOnFirstLook || svc.timeline.length === 0) return
      svc.startedAt = now
    }
    while (
      svc.timeline.length > 0 &&
      (svc.timeline[0] as { at: number }).at + (svc.startedAt ?? now) <= now
    ) {
      if (svc.stepPerLook && !svc.reportedSinceStep) return
      const step = svc.timeline.shift() as ServiceState['timeline'][number]
      const at = (svc.startedAt ?? now) + step.at
      step.apply(at)
      if (step.terminal) svc.terminalAt = at
      if (svc.stepPerLook) {
        svc.reportedSinceStep = false
        return
      }
    }
  }
  /** A describe call shows the state: with stepPerLook the next due step may now apply. */
  const reported = (svc: ServiceState): void => {
    svc.reportedSinceStep = true
  }

  const serviceJson = (svc: ServiceState): Json => ({
    serviceArn: `${prefix}:service/${svc.cluster}/${svc.name}`,
    serviceName: svc.name,
    clusterArn: `${prefix}:cluster/${svc.cluster}`,
    status: 'ACTIVE',
    desiredCount: svc.desiredCount,
    runningCount: svc.deployments.reduce((n, d) => n + d.runningCount, 0),
    pendingCount: svc.deployments.reduce((n, d) => n + d.pendingCount, 0),
    launchType: 'FARGATE',
    taskDefinition: svc.taskDefinition,
    deploymentController: { type: 'ECS' },
    deploymentConfiguration: {
      deploymentCircuitBreaker: { enable: true, rollback: true },
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      strategy: svc.strategy,
      ...(svc.strategy === 'BLUE_GREEN' ? { bakeTimeInMinutes: 0 } : {})
    },
    deployments: svc.deployments.map(d => ({
      ...d,
      createdAt: d.createdAt / 1000,
      updatedAt: d.updatedAt / 1000,
      launchType: 'FARGATE'
    })),
    events: svc.events.slice(0, 100).map(e => ({ ...e, createdAt: e.createdAt / 1000 })),
    ...(svc.currentServiceDeployment ? { currentServiceDeployment: svc.currentServiceDeployment } : {}),
    createdAt: (svc.deployments.at(-1)?.createdAt ?? Date.now()) / 1000
  })

  const sdJson = (svc: ServiceState, sd: ServiceDeploymentState): Json => ({
    serviceDeploymentArn: sd.serviceDeploymentArn,
    serviceArn: `${prefix}:service/${svc.cluster}/${svc.name}`,
    clusterArn: `${prefix}:cluster/${svc.cluster}`,
    createdAt: sd.createdAt / 1000,
    startedAt: sd.createdAt / 1000,
    updatedAt: sd.updatedAt / 1000,
    sourceServiceRevisions: [
      {
        arn: sd.sourceRevision,
        requestedTaskCount: 0,
        runningTaskCount: svc.desiredCount,
        pendingTaskCount: 0
      }
    ],
    targetServiceRevision: {
      arn: sd.targetRevision,
      requestedTaskCount: svc.desiredCount,
      runningTaskCount: svc.desiredCount,
      pendingTaskCount: 0
    },
    status: sd.status,
    ...(sd.statusReason ? { statusReason: sd.statusReason } : {}),
    lifecycleStage: sd.lifecycleStage,
    deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 0 },
    ...(sd.rollback ? { rollback: { ...sd.rollback, startedAt: sd.rollback.startedAt / 1000 } } : {})
  })

  const findService = (cluster: unknown, service: unknown): ServiceState | undefined =>
    services.get(key(String(cluster ?? 'default'), String(service ?? '')))

  const handlers: Record<string, (body: Json, now: number) => Json | ErrorReply> = {
    DescribeServices: (body, now) => {
      const cluster = lastPart(String(body.cluster ?? 'default'))
      if (![...services.values()].some(s => s.cluster === cluster))
        return { error: 'ClusterNotFoundException', message: 'Cluster not found.' }
      const out: Json[] = []
      const failures: Json[] = []
      for (const name of (body.services as string[]) ?? []) {
        const svc = findService(cluster, name)
        if (!svc) {
          failures.push({ arn: `${prefix}:service/${cluster}/${lastPart(name)}`, reason: 'MISSING' })
          continue
        }
        advance(svc, now)
        out.push(serviceJson(svc))
        reported(svc)
      }
      return { services: out, failures }
    },
    ListTasks: body => {
      const svc = findService(body.cluster, body.serviceName)
      if (!svc || body.desiredStatus !== 'STOPPED') return { taskArns: [] }
      return { taskArns: svc.stoppedTasks.map(t => t.taskArn) }
    },
    DescribeTasks: body => {
      const wanted = new Set((body.tasks as string[]) ?? [])
      const tasks = [...services.values()]
        .flatMap(s => s.stoppedTasks)
        .filter(t => wanted.has(t.taskArn as string))
      return { tasks, failures: [] }
    },
    ListServiceDeployments: (body, now) => {
      const svc = findService(body.cluster, body.service)
      if (!svc) return { error: 'ServiceNotFoundException', message: 'Service not found.' }
      advance(svc, now)
      return {
        serviceDeployments: svc.serviceDeployments.map(sd => ({
          serviceDeploymentArn: sd.serviceDeploymentArn,
          serviceArn: `${prefix}:service/${svc.cluster}/${svc.name}`,
          clusterArn: `${prefix}:cluster/${svc.cluster}`,
          createdAt: sd.createdAt / 1000,
          targetServiceRevisionArn: sd.targetRevision,
          status: sd.status
        }))
      }
    },
    DescribeServiceDeployments: (body, now) => {
      const out: Json[] = []
      for (const arn of (body.serviceDeploymentArns as string[]) ?? []) {
        for (const svc of services.values()) {
          const sd = svc.serviceDeployments.find(s => s.serviceDeploymentArn === arn)
          if (!sd) continue
          advance(svc, now)
          out.push(sdJson(svc, sd))
          reported(svc)
        }
      }
      return { serviceDeployments: out, failures: [] }
    },
    DescribeServiceRevisions: body => {
      const out: Json[] = []
      for (const arn of (body.serviceRevisionArns as string[]) ?? []) {
        for (const svc of services.values()) {
          const td = svc.revisions.get(arn)
          if (td)
            out.push({
              serviceRevisionArn: arn,
              serviceArn: `${prefix}:service/${svc.cluster}/${svc.name}`,
              clusterArn: `${prefix}:cluster/${svc.cluster}`,
              taskDefinition: td,
              launchType: 'FARGATE'
            })
        }
      }
      return { serviceRevisions: out, failures: [] }
    }
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const target = String(req.headers['x-amz-target'] ?? '')
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : ''
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json) : {}
    const now = Date.now()
    calls.push({ operation, body, at: now })
    const credential = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1]
    if (credential !== accessKeyId)
      return fail(
        res,
        'UnrecognizedClientException',
        'The security token included in the request is invalid.'
      )
    const throttled = throttles.get(operation) ?? 0
    if (throttled > 0) {
      throttles.set(operation, throttled - 1)
      return fail(res, 'ThrottlingException', 'Rate exceeded')
    }
    if (denied.has(operation))
      return fail(
        res,
        'AccessDeniedException',
        `User: arn:aws:sts::${account}:assumed-role/deplight-deploy/GitHubActions is not authorized to perform: ecs:${operation} on resource: ${prefix}:service/* because no identity-based policy allows the ecs:${operation} action`
      )
    const handler = handlers[operation]
    if (!handler)
      return fail(
        res,
        'UnknownOperationException',
        `Operation ${operation || target} is not supported by this fake`
      )
    const reply = handler(body, now)
    if ('error' in reply && typeof reply.error === 'string')
      return fail(res, reply.error, String(reply.message))
    ok(res, reply)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(error => fail(res, 'ServerException', (error as Error).message, 500))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    addService: s => {
      const svc: ServiceState = {
        cluster: s.cluster,
        name: s.service,
        strategy: s.strategy ?? 'ROLLING',
        taskDefinition: s.taskDefinition,
        desiredCount: s.desiredCount ?? 2,
        deployments: [],
        events: [],
        stoppedTasks: [],
        serviceDeployments: [],
        revisions: new Map(),
        timeline: [],
        startOnFirstLook: true,
        stepPerLook: false,
        reportedSinceStep: true,
        startedAt: null,
        terminalAt: null
      }
      const now = Date.now() - 3_600_000
      const d = newDeployment(svc, s.taskDefinition, now)
      Object.assign(d, { runningCount: svc.desiredCount, pendingCount: 0, rolloutState: 'COMPLETED' })
      svc.deployments = [d]
      if (svc.strategy === 'BLUE_GREEN') svc.revisions.set(revisionArn(ctx, svc), s.taskDefinition)
      services.set(key(s.cluster, s.service), svc)
    },
    startDeployment: d => {
      const svc = services.get(key(d.cluster, d.service))
      if (!svc) throw new Error(`fake ECS has no service ${d.cluster}/${d.service}`)
      // Whatever the previous scenario still had to do happens at once.
      if (svc.startedAt === null && svc.timeline.length > 0) svc.startedAt = Date.now()
      advance(svc, Number.MAX_SAFE_INTEGER)
      const stepMs = d.stepMs ?? 100
      svc.timeline = scenarioSteps(ctx, svc, d.taskDefinition, d.scenario).map(s => ({
        ...s,
        at: s.at * stepMs
      }))
      const last = svc.timeline.at(-1)
      if (d.scenario === 'circuit-breaker' && d.rollbackMs !== undefined && last)
        last.at = 3 * stepMs + d.rollbackMs
      svc.startOnFirstLook = !d.startNow
      svc.stepPerLook = d.stepPerLook ?? false
      svc.reportedSinceStep = true
      svc.startedAt = d.startNow ? Date.now() : null
      svc.terminalAt = null
    },
    throttleNext: (operation, count) => throttles.set(operation, count),
    deny: operation => denied.add(operation),
    terminalAt: (cluster, service) => services.get(key(cluster, service))?.terminalAt ?? null,
    stop: () => new Promise(resolve => server.close(() => resolve()))
  }
}

type ErrorReply = { error: string; message: string }

function ok(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() })
  res.end(JSON.stringify(body))
}

function fail(res: ServerResponse, type: string, message: string, status = 400): void {
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-requestid': randomUUID(),
    'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazonaws.ecs/`
  })
  res.end(JSON.stringify({ __type: `com.amazonaws.ecs#${type}`, message }))
}
