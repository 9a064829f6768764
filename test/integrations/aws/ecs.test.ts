// ECS reads through the real SDK against the ECS fake, and the error messages users see.
import { ECSClient } from '@aws-sdk/client-ecs'
import {
  describeEcsError,
  describeService,
  EcsError,
  shortArn,
  stoppedTasks
} from '../../../src/integrations/aws/ecs.js'
import { FAKE_ECS_ACCESS_KEY, startFakeEcs, type FakeEcs } from '../../support/fake-ecs.js'

const OLD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/shop:1'
const NEW = 'arn:aws:ecs:us-east-1:123456789012:task-definition/shop:2'
let fake: FakeEcs

beforeAll(async () => {
  fake = await startFakeEcs()
  fake.addService({ cluster: 'apps', service: 'shop', taskDefinition: OLD })
})
afterAll(() => fake?.stop())

const client = (accessKeyId = FAKE_ECS_ACCESS_KEY) =>
  new ECSClient({
    region: 'us-east-1',
    endpoint: fake.endpoint,
    credentials: { accessKeyId, secretAccessKey: 's' }
  })

test('a service is described; a cluster ARN works as well as its name', async () => {
  const c = client()
  const service = await describeService(c, {
    cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/apps',
    service: 'shop'
  })
  expect(service).toMatchObject({ serviceName: 'shop', taskDefinition: OLD, status: 'ACTIVE' })
  expect(service.deployments?.[0]?.createdAt).toBeInstanceOf(Date)
  c.destroy()
})

test('stopped tasks are those of the given task definition, newest first', async () => {
  fake.startDeployment({
    cluster: 'apps',
    service: 'shop',
    taskDefinition: NEW,
    scenario: 'circuit-breaker',
    stepMs: 1,
    startNow: true
  })
  const c = client()
  await new Promise(r => setTimeout(r, 10))
  await describeService(c, { cluster: 'apps', service: 'shop' }) // lets the fake's timeline run
  const tasks = await stoppedTasks(c, { cluster: 'apps', service: 'shop' }, NEW)
  expect(tasks).toHaveLength(3)
  expect(tasks.every(t => t.taskDefinitionArn === NEW)).toBe(true)
  const times = tasks.map(t => t.stoppedAt?.getTime() ?? 0)
  expect([...times].sort((a, b) => b - a)).toEqual(times)
  expect(await stoppedTasks(c, { cluster: 'apps', service: 'shop' }, OLD)).toEqual([])
  c.destroy()
})

test('bad credentials point at the credentials step', async () => {
  const c = client('AKIDWRONG')
  await expect(describeService(c, { cluster: 'apps', service: 'shop' })).rejects.toThrow(
    /^ECS DescribeServices failed: UnrecognizedClientException: The security token included in the request is invalid\. — check the AWS credentials/
  )
  c.destroy()
})

test('errors keep their code; throttling is recognised', () => {
  const throttled = describeEcsError(
    'DescribeServices',
    Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
  )
  expect(throttled).toBeInstanceOf(EcsError)
  expect(throttled.throttled).toBe(true)
  expect(throttled.message).toBe(
    "ECS DescribeServices was throttled even after the SDK's retries (Rate exceeded)"
  )
  const other = describeEcsError('ListTasks', Object.assign(new Error('boom'), { name: 'ServerException' }))
  expect(other.message).toBe('ECS ListTasks failed: ServerException: boom')
  expect(other.throttled).toBe(false)
  expect(describeEcsError('x', other)).toBe(other)
})

test('short forms of ARNs for messages', () => {
  expect(shortArn(NEW)).toBe('shop:2')
  expect(shortArn('arn:aws:ecs:us-east-1:123456789012:task/apps/abc')).toBe('abc')
})
