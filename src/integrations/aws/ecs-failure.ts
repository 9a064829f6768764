// Why a rollout failed, in the words ECS itself used: the deployment's own reason, the last stopped tasks of
// the new task definition (stop reason, each container's exit code and reason) and the latest service
// events. Users asked for this instead of a bare timeout (amazon-ecs-deploy-task-definition #102).
import type { ECSClient, Service, Task } from '@aws-sdk/client-ecs'
import { shortArn, stoppedTasks, time, type EcsTarget } from './ecs.js'

export function describeStoppedTask(task: Task): string {
  const id = task.taskArn ? shortArn(task.taskArn).slice(0, 12) : 'unknown'
  const parts = [
    `task ${id} stopped${task.stopCode ? ` (${task.stopCode})` : ''}: ${task.stoppedReason ?? 'no reason given'}`
  ]
  for (const container of task.containers ?? []) {
    const exit = container.exitCode !== undefined ? `exit ${container.exitCode}` : 'no exit code'
    if (container.exitCode === undefined && !container.reason) continue
    parts.push(`container ${container.name ?? '?'} ${exit}${container.reason ? `: ${container.reason}` : ''}`)
  }
  return parts.join('; ')
}

/** The newest `limit` service events since `since` (all when null), newest first. */
export function recentEvents(service: Service, since: Date | null, limit = 5): string[] {
  return (service.events ?? [])
    .filter(event => !since || time(event.createdAt) >= since.getTime() - 1000)
    .sort((a, b) => time(b.createdAt) - time(a.createdAt))
    .slice(0, limit)
    .map(event => `event ${event.createdAt ? event.createdAt.toISOString() : '?'}: ${event.message ?? ''}`)
}

/**
 * Reasons for the report, most specific first. Reading stopped tasks needs ecs:ListTasks/DescribeTasks;
 * when that is denied the other reasons still come back, with a line saying what is missing.
 */
export async function failureReasons(
  client: ECSClient,
  target: EcsTarget,
  service: Service,
  o: { taskDefinitionArn: string | null; ownReasons: string[]; since: Date | null }
): Promise<string[]> {
  const reasons = o.ownReasons.filter(Boolean)
  try {
    const tasks = await stoppedTasks(client, target, o.taskDefinitionArn)
    reasons.push(...tasks.map(describeStoppedTask))
  } catch (error) {
    reasons.push(`stopped tasks could not be read: ${(error as Error).message}`)
  }
  reasons.push(...recentEvents(service, o.since))
  return reasons
}
