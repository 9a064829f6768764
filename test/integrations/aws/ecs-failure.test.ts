import type { Service, Task } from '@aws-sdk/client-ecs'
import { describeStoppedTask, recentEvents } from '../../../src/integrations/aws/ecs-failure.js'

test('a stopped task: its stop code and reason, then each container that exited or has a reason', () => {
  const task: Task = {
    taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/apps/0123456789abcdef0123456789abcdef',
    stopCode: 'EssentialContainerExited',
    stoppedReason: 'Essential container in task exited',
    containers: [
      { name: 'app', exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' },
      { name: 'sidecar' },
      { name: 'log-router', reason: 'CannotStartContainerError' }
    ]
  }
  expect(describeStoppedTask(task)).toBe(
    'task 0123456789ab stopped (EssentialContainerExited): Essential container in task exited; container app exit 137: OutOfMemoryError: Container killed due to memory usage; container log-router no exit code: CannotStartContainerError'
  )
  expect(describeStoppedTask({})).toBe('task unknown stopped: no reason given')
})

test('service events since the deployment started, newest first, at most five', () => {
  const at = (s: number): Date => new Date(Date.UTC(2026, 11, 5, 9, 0, s))
  const service: Service = {
    events: Array.from({ length: 8 }, (_, i) => ({
      createdAt: at(i * 10),
      message: `(service shop) event ${i}`
    }))
  }
  expect(recentEvents(service, at(25))).toEqual([
    'event 2026-12-05T09:01:10.000Z: (service shop) event 7',
    'event 2026-12-05T09:01:00.000Z: (service shop) event 6',
    'event 2026-12-05T09:00:50.000Z: (service shop) event 5',
    'event 2026-12-05T09:00:40.000Z: (service shop) event 4',
    'event 2026-12-05T09:00:30.000Z: (service shop) event 3'
  ])
  expect(recentEvents(service, null, 2)).toHaveLength(2)
  expect(recentEvents({}, null)).toEqual([])
})
