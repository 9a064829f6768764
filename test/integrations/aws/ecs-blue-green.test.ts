// Finding the service deployment of a task definition (ListServiceDeployments → DescribeServiceDeployments
// → DescribeServiceRevisions) with the real SDK against the ECS fake. The lifecycle itself is followed in
// ecs-rollout.test.ts (blue/green to success and to rollback).
import { ECSClient } from '@aws-sdk/client-ecs'
import { findServiceDeployment } from '../../../src/integrations/aws/ecs-blue-green.js'
import { FAKE_ECS_ACCESS_KEY, startFakeEcs, type FakeEcs } from '../../support/fake-ecs.js'

const td = (n: number): string => `arn:aws:ecs:us-east-1:123456789012:task-definition/shop:${n}`
let fake: FakeEcs
let client: ECSClient

beforeAll(async () => {
  fake = await startFakeEcs()
  client = new ECSClient({
    region: 'us-east-1',
    endpoint: fake.endpoint,
    credentials: { accessKeyId: FAKE_ECS_ACCESS_KEY, secretAccessKey: 's' }
  })
})
afterAll(async () => {
  client?.destroy()
  await fake?.stop()
})

test('the service deployment whose target revision runs the task definition, newest of several', async () => {
  const target = { cluster: 'apps', service: 'shop' }
  fake.addService({ ...target, taskDefinition: td(1), strategy: 'BLUE_GREEN' })
  expect(await findServiceDeployment(client, target, td(2))).toBeNull()
  fake.startDeployment({
    ...target,
    taskDefinition: td(2),
    scenario: 'blue-green-success',
    stepMs: 1,
    startNow: true
  })
  await new Promise(r => setTimeout(r, 20))
  const second = await findServiceDeployment(client, target, td(2))
  expect(second?.status).toBe('SUCCESSFUL')
  fake.startDeployment({
    ...target,
    taskDefinition: td(3),
    scenario: 'blue-green-rollback',
    stepMs: 1,
    startNow: true
  })
  await new Promise(r => setTimeout(r, 20))
  const third = await findServiceDeployment(client, target, td(3))
  expect(third?.status).toBe('ROLLBACK_SUCCESSFUL')
  expect(third?.serviceDeploymentArn).not.toBe(second?.serviceDeploymentArn)
  expect((await findServiceDeployment(client, target, td(2)))?.serviceDeploymentArn).toBe(
    second?.serviceDeploymentArn
  )
})
