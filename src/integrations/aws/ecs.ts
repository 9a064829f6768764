// ECS through the real AWS SDK: the reads a rollout watch needs, with errors that say what to fix. The
// SDK's own retries (standard mode: throttling and transient errors, with back-off) run first; what still
// fails arrives here as an EcsError that knows whether it was throttling.
import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  type ECSClient,
  type Service,
  type ServiceDeployment,
  type ServiceDeploymentBrief,
  type ServiceRevision,
  type Task
} from '@aws-sdk/client-ecs'

export interface EcsTarget {
  cluster: string
  service: string
}

/** Which statement of the bootstrap module's deploy policy grants each call (deploy_policy.tf). */
const GRANTED_BY: Record<string, string> = {
  DescribeServices: 'EcsClusterAndService',
  ListTasks: 'EcsListTasksInCluster',
  DescribeTasks: 'EcsRolloutStatus',
  ListServiceDeployments: 'EcsRolloutStatus',
  DescribeServiceDeployments: 'EcsRolloutStatus',
  DescribeServiceRevisions: 'EcsRolloutStatus'
}

export class EcsError extends Error {
  constructor(
    message: string,
    readonly operation: string,
    readonly code: string
  ) {
    super(message)
    this.name = 'EcsError'
  }

  get throttled(): boolean {
    return this.code === 'ThrottlingException' || this.code === 'TooManyRequestsException'
  }
}

export function describeEcsError(operation: string, error: unknown): EcsError {
  if (error instanceof EcsError) return error
  const code = (error as { name?: string }).name ?? 'Error'
  const message = (error as Error).message ?? String(error)
  let text: string
  if (code === 'AccessDeniedException' || code === 'AccessDenied') {
    text =
      `ECS ${operation} was denied: the deploy role needs ecs:${operation}. The role created by ` +
      `infrastructure/modules/bootstrap grants it (deploy_policy.tf, statement ${GRANTED_BY[operation] ?? 'EcsRolloutStatus'}); ` +
      `a role of your own needs ecs:${operation} on this service. AWS said: ${message}`
  } else if (
    code === 'UnrecognizedClientException' ||
    code === 'InvalidSignatureException' ||
    code === 'ExpiredTokenException'
  ) {
    text = `ECS ${operation} failed: ${code}: ${message} — check the AWS credentials (aws-actions/configure-aws-credentials and its role)`
  } else if (code === 'ClusterNotFoundException') {
    text = `ECS ${operation} failed: the cluster does not exist (${message}) — check the cluster_name output or the cluster input`
  } else if (code === 'ThrottlingException' || code === 'TooManyRequestsException') {
    text = `ECS ${operation} was throttled even after the SDK's retries (${message})`
  } else {
    text = `ECS ${operation} failed: ${code}: ${message}`
  }
  return new EcsError(text, operation, code)
}

async function call<T>(operation: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (error) {
    throw describeEcsError(operation, error)
  }
}

export async function describeService(client: ECSClient, target: EcsTarget): Promise<Service> {
  const out = await call('DescribeServices', () =>
    client.send(new DescribeServicesCommand({ cluster: target.cluster, services: [target.service] }))
  )
  const service = out.services?.[0]
  if (!service) {
    const reason = out.failures?.[0]?.reason ?? 'MISSING'
    throw new EcsError(
      `ECS service ${target.service} was not found in cluster ${target.cluster} (${reason}): check the service_name/cluster_name outputs or the service/cluster inputs`,
      'DescribeServices',
      reason
    )
  }
  if (service.status === 'INACTIVE' || service.status === 'DRAINING')
    throw new EcsError(
      `ECS service ${target.service} in cluster ${target.cluster} is ${service.status}: it is being deleted, nothing will roll out`,
      'DescribeServices',
      service.status
    )
  return service
}

/** The service's most recently stopped tasks of `taskDefinitionArn` (all task definitions when null). */
export async function stoppedTasks(
  client: ECSClient,
  target: EcsTarget,
  taskDefinitionArn: string | null,
  limit = 3
): Promise<Task[]> {
  const listed = await call('ListTasks', () =>
    client.send(
      new ListTasksCommand({
        cluster: target.cluster,
        serviceName: target.service,
        desiredStatus: 'STOPPED',
        maxResults: 100
      })
    )
  )
  const arns = listed.taskArns ?? []
  if (arns.length === 0) return []
  const described = await call('DescribeTasks', () =>
    client.send(new DescribeTasksCommand({ cluster: target.cluster, tasks: arns.slice(0, 100) }))
  )
  return (described.tasks ?? [])
    .filter(task => taskDefinitionArn === null || task.taskDefinitionArn === taskDefinitionArn)
    .sort((a, b) => time(b.stoppedAt ?? b.stoppingAt) - time(a.stoppedAt ?? a.stoppingAt))
    .slice(0, limit)
}

export async function listServiceDeployments(
  client: ECSClient,
  target: EcsTarget
): Promise<ServiceDeploymentBrief[]> {
  const out = await call('ListServiceDeployments', () =>
    client.send(
      new ListServiceDeploymentsCommand({ cluster: target.cluster, service: target.service, maxResults: 20 })
    )
  )
  return out.serviceDeployments ?? []
}

export async function describeServiceDeployments(
  client: ECSClient,
  arns: string[]
): Promise<ServiceDeployment[]> {
  if (arns.length === 0) return []
  const out = await call('DescribeServiceDeployments', () =>
    client.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: arns.slice(0, 20) }))
  )
  return out.serviceDeployments ?? []
}

export async function describeServiceRevisions(
  client: ECSClient,
  arns: string[]
): Promise<ServiceRevision[]> {
  if (arns.length === 0) return []
  const out = await call('DescribeServiceRevisions', () =>
    client.send(new DescribeServiceRevisionsCommand({ serviceRevisionArns: arns.slice(0, 20) }))
  )
  return out.serviceRevisions ?? []
}

export function time(date: Date | undefined): number {
  return date ? date.getTime() : 0
}

/** `arn:aws:ecs:…:task/cluster/0123abcd…` → `0123abcd…`; `…:task-definition/app:42` → `app:42`. */
export function shortArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1)
}
