// The rollout watcher with the real @aws-sdk/client-ecs against the ECS fake (JSON 1.1 on 127.0.0.1):
// every scenario the issue lists, with 30–40 ms steps so each runs in a fraction of a second.
import { ECSClient } from '@aws-sdk/client-ecs'
import { ConfiguredRetryStrategy } from '@smithy/core/retry'
import {
  familyRevision,
  isRollbackTo,
  watchRollout,
  type WatchOptions
} from '../../../src/integrations/aws/ecs-rollout.js'
import { FAKE_ECS_ACCESS_KEY, startFakeEcs, type FakeEcs, type Scenario } from '../../support/fake-ecs.js'

const OLD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/shop:41'
const NEW = 'arn:aws:ecs:us-east-1:123456789012:task-definition/shop:42'
const FAST = { initialMs: 5, maxMs: 10, factor: 1.5 }

let fake: FakeEcs
let client: ECSClient
let n = 0

beforeAll(async () => {
  fake = await startFakeEcs()
  client = new ECSClient({
    region: 'us-east-1',
    endpoint: fake.endpoint,
    credentials: { accessKeyId: FAKE_ECS_ACCESS_KEY, secretAccessKey: 'secret' },
    // The SDK's standard retry, with a 5 ms back-off instead of 0.5 s+ for throttling.
    retryStrategy: new ConfiguredRetryStrategy(3, 5)
  })
})

afterAll(async () => {
  client?.destroy()
  await fake?.stop()
})

/** A fresh service per test, so scenarios never see each other's state. */
function service(
  scenario: Scenario | null,
  o: { stepMs?: number; strategy?: 'ROLLING' | 'BLUE_GREEN'; stepPerLook?: boolean } = {}
) {
  const name = `shop-${++n}`
  fake.addService({ cluster: 'apps', service: name, taskDefinition: OLD, strategy: o.strategy })
  if (scenario)
    fake.startDeployment({
      cluster: 'apps',
      service: name,
      taskDefinition: NEW,
      scenario,
      stepMs: o.stepMs ?? 40,
      stepPerLook: o.stepPerLook
    })
  return name
}

function watch(name: string, extra: Partial<WatchOptions> = {}) {
  const progress: string[] = []
  const warnings: string[] = []
  const outcome = watchRollout(client, {
    target: { cluster: 'apps', service: name },
    taskDefinitionArn: NEW,
    previousTaskDefinitionArn: OLD,
    timeoutMs: 5000,
    poll: FAST,
    onProgress: line => progress.push(line),
    onWarning: line => warnings.push(line),
    ...extra
  })
  return { outcome, progress, warnings }
}

test('steady success: COMPLETED, with progress lines while it scales up', async () => {
  const name = service('success', { stepMs: 40, stepPerLook: true }) // every state seen, even under load
  const { outcome, progress } = watch(name)
  const result = await outcome
  expect(result).toMatchObject({ state: 'COMPLETED', rolledBack: false, strategy: 'ROLLING', reasons: [] })
  expect(result.deploymentId).toMatch(/^ecs-svc\/\d{19}$/)
  expect(result.runningTaskDefinitionArn).toBe(NEW)
  expect(
    progress.some(line => /^rollout IN_PROGRESS: 0\/2 running, 2 pending — \d+ ms elapsed$/.test(line))
  ).toBe(true)
  expect(progress.some(line => /1\/2 running, 1 pending/.test(line))).toBe(true)
})

test('circuit-breaker rollback: ROLLED_BACK, with the stopped tasks and the service events', async () => {
  const name = service('circuit-breaker')
  const result = await watch(name).outcome
  expect(result.state).toBe('ROLLED_BACK')
  expect(result.rolledBack).toBe(true)
  expect(result.runningTaskDefinitionArn).toBe(OLD)
  const text = result.reasons.join('\n')
  expect(text).toMatch(/FAILED: ECS deployment circuit breaker: tasks failed to start\./)
  expect(text).toMatch(/circuit breaker rolled back: deployment ecs-svc\/\d+ runs shop:41 again/)
  expect(text).toMatch(
    /task [0-9a-f]{12} stopped \(EssentialContainerExited\): Essential container in task exited; container shop-\d+ exit 1: Error: listen EADDRINUSE/
  )
  expect(text).toMatch(/stopped \(TaskFailedToStart\): CannotPullContainerError/)
  expect(text).toMatch(/event .*deployment failed: tasks failed to start\./)
  // Stopped tasks come newest first, at most three.
  expect(result.reasons.filter(r => r.startsWith('task ')).length).toBe(3)
})

test('a rolled-back deployment that ECS already dropped still counts as a rollback', async () => {
  const name = service('circuit-breaker', { stepMs: 5 })
  await new Promise(r => setTimeout(r, 5)) // the first look starts the clock…
  await watch(name, { timeoutMs: 0 }).outcome.catch(() => undefined)
  await new Promise(r => setTimeout(r, 80)) // …and by now the rollback has finished
  const result = await watch(name, { timeoutMs: 0 }).outcome
  expect(result.state).toBe('ROLLED_BACK')
  expect(result.reasons[0]).toMatch(/no deployment of shop:42 remains; the service runs shop:41: rolled back/)
})

test('stuck rollout: TIMED_OUT after wait-timeout, saying what it was still doing and why', async () => {
  const name = service('stuck')
  const started = Date.now()
  const result = await watch(name, { timeoutMs: 150 }).outcome
  const elapsed = Date.now() - started
  expect(result.state).toBe('TIMED_OUT')
  expect(elapsed).toBeGreaterThanOrEqual(150)
  expect(elapsed).toBeLessThan(1000)
  expect(result.reasons[0]).toBe('still IN_PROGRESS after 150 ms (wait-timeout): 0/2 running, 2 pending')
  expect(result.reasons.join('\n')).toMatch(/unable to place a task/)
})

test('ThrottlingException twice, then success: the SDK retries, the watch never notices', async () => {
  const name = service('success')
  const before = fake.calls.filter(c => c.operation === 'DescribeServices').length
  fake.throttleNext('DescribeServices', 2)
  const { outcome, warnings } = watch(name)
  const result = await outcome
  expect(result.state).toBe('COMPLETED')
  expect(warnings).toEqual([])
  const describes = fake.calls.filter(c => c.operation === 'DescribeServices').slice(before)
  expect(describes.length).toBeGreaterThanOrEqual(3 + 3) // 2 throttled + the answered ones
})

test('throttling beyond the SDK retries slows the watch down instead of failing it', async () => {
  const name = service('success')
  const { outcome, warnings } = watch(name)
  await new Promise(r => setTimeout(r, 15))
  fake.throttleNext('DescribeServices', 4) // one look exhausts the SDK's 3 attempts
  const result = await outcome
  expect(result.state).toBe('COMPLETED')
  expect(warnings[0]).toMatch(
    /^ECS DescribeServices was throttled even after the SDK's retries \(Rate exceeded\); waiting/
  )
})

test('AccessDenied names the missing action and the bootstrap statement that grants it', async () => {
  const name = service(null)
  const denying = await startFakeEcs()
  denying.addService({ cluster: 'apps', service: name, taskDefinition: OLD })
  denying.deny('DescribeServices')
  const denied = new ECSClient({
    region: 'us-east-1',
    endpoint: denying.endpoint,
    credentials: { accessKeyId: FAKE_ECS_ACCESS_KEY, secretAccessKey: 'secret' }
  })
  try {
    await expect(
      watchRollout(denied, {
        target: { cluster: 'apps', service: name },
        taskDefinitionArn: NEW,
        previousTaskDefinitionArn: OLD,
        timeoutMs: 1000,
        poll: FAST
      })
    ).rejects.toThrow(
      /^ECS DescribeServices was denied: the deploy role needs ecs:DescribeServices\. The role created by infrastructure\/modules\/bootstrap grants it \(deploy_policy\.tf, statement EcsClusterAndService\).*AWS said: User: arn:aws:sts::123456789012:assumed-role\/deplight-deploy/
    )
  } finally {
    denied.destroy()
    await denying.stop()
  }
})

test('a denied ListTasks still reports the rollback, with a line saying what is missing', async () => {
  const denying = await startFakeEcs()
  denying.addService({ cluster: 'apps', service: 'shop', taskDefinition: OLD })
  denying.startDeployment({
    cluster: 'apps',
    service: 'shop',
    taskDefinition: NEW,
    scenario: 'circuit-breaker',
    stepMs: 10
  })
  denying.deny('ListTasks')
  const c = new ECSClient({
    region: 'us-east-1',
    endpoint: denying.endpoint,
    credentials: { accessKeyId: FAKE_ECS_ACCESS_KEY, secretAccessKey: 'secret' }
  })
  try {
    const result = await watchRollout(c, {
      target: { cluster: 'apps', service: 'shop' },
      taskDefinitionArn: NEW,
      previousTaskDefinitionArn: OLD,
      timeoutMs: 2000,
      poll: FAST
    })
    expect(result.state).toBe('ROLLED_BACK')
    expect(result.reasons.join('\n')).toMatch(
      /stopped tasks could not be read: ECS ListTasks was denied: the deploy role needs ecs:ListTasks.*statement EcsListTasksInCluster/
    )
  } finally {
    c.destroy()
    await denying.stop()
  }
})

test('a missing service and a missing cluster are clear errors', async () => {
  service(null)
  await expect(watch('no-such-service').outcome).rejects.toThrow(
    'ECS service no-such-service was not found in cluster apps (MISSING): check the service_name/cluster_name outputs or the service/cluster inputs'
  )
  await expect(watch('x', { target: { cluster: 'nope', service: 'x' } }).outcome).rejects.toThrow(
    /the cluster does not exist.*check the cluster_name output or the cluster input/
  )
})

test('native blue/green to success: followed through every lifecycle stage', async () => {
  const name = service('blue-green-success', { strategy: 'BLUE_GREEN', stepMs: 30, stepPerLook: true })
  const { outcome, progress } = watch(name)
  const result = await outcome
  expect(result).toMatchObject({ state: 'COMPLETED', strategy: 'BLUE_GREEN', rolledBack: false })
  expect(result.deploymentId).toMatch(
    /^arn:aws:ecs:us-east-1:123456789012:service-deployment\/apps\/shop-\d+\//
  )
  const stages = progress.map(line => /^rollout blue\/green (\w+) \(IN_PROGRESS\)/.exec(line)?.[1])
  expect(stages).toEqual(
    expect.arrayContaining(['TEST_TRAFFIC_SHIFT', 'PRODUCTION_TRAFFIC_SHIFT', 'BAKE_TIME'])
  )
  expect(stages.indexOf('TEST_TRAFFIC_SHIFT')).toBeLessThan(stages.indexOf('PRODUCTION_TRAFFIC_SHIFT'))
})

test('native blue/green to rollback: ROLLED_BACK as soon as ECS starts rolling back, with its reason', async () => {
  const name = service('blue-green-rollback', { strategy: 'BLUE_GREEN', stepMs: 30, stepPerLook: true })
  const result = await watch(name).outcome
  expect(result).toMatchObject({ state: 'ROLLED_BACK', rolledBack: true, strategy: 'BLUE_GREEN' })
  expect(result.reasons[0]).toMatch(
    /^BLUE_GREEN deployment \S+ ROLLBACK_IN_PROGRESS during POST_TEST_TRAFFIC_SHIFT$/
  )
  expect(result.reasons).toContain('Service deployment rolled back because of a failed lifecycle hook.')
  expect(result.reasons.join('\n')).toMatch(
    /rollback: lifecycle hook .*deplight-test-traffic-check returned FAILED/
  )
})

test('without a task definition ARN, the PRIMARY deployment at the first look is followed', async () => {
  const name = service('circuit-breaker')
  const result = await watch(name, { taskDefinitionArn: null }).outcome
  expect(result.state).toBe('ROLLED_BACK')
})

test('a vanished deployment is a rollback when an older revision of its family runs, not a newer one', () => {
  expect(isRollbackTo(OLD, NEW, null)).toBe(true)
  expect(isRollbackTo('arn:aws:ecs:us-east-1:123456789012:task-definition/shop:43', NEW, OLD)).toBe(false)
  // Across families only the task definition that ran before counts.
  const other = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7'
  expect(isRollbackTo(other, NEW, other)).toBe(true)
  expect(isRollbackTo(other, NEW, OLD)).toBe(false)
  expect(familyRevision(NEW)).toEqual({ family: 'shop', revision: 42 })
  expect(familyRevision('not-an-arn')).toBeNull()
})

test('a task definition the service never ran is a failure, not a rollback (an apply that stopped early)', async () => {
  const name = service(null)
  const result = await watch(name, { timeoutMs: 0 }).outcome
  expect(result.state).toBe('FAILED')
  expect(result.reasons[0]).toBe(
    'the service never started a deployment of shop:42; the service runs shop:41'
  )
})

test('one look at a deployment still going reports it as such', async () => {
  const name = service('stuck')
  const result = await watch(name, { timeoutMs: 0 }).outcome
  expect(result.state).toBe('TIMED_OUT')
  expect(result.reasons[0]).toBe('still IN_PROGRESS at a single look: 0/2 running, 2 pending')
})
