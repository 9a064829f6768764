// ECR login and repository checks through the real @aws-sdk/client-ecr against the fake control plane.
import { ECRClient } from '@aws-sdk/client-ecr'
import { ecrLogin, ensureRepository } from '../../../src/integrations/aws/ecr.js'
import { FAKE_ECR_ACCESS_KEY, startFakeEcr, type FakeEcr } from '../../support/fake-ecr.js'

let ecr: FakeEcr
const client = (accessKeyId = FAKE_ECR_ACCESS_KEY) =>
  new ECRClient({
    endpoint: ecr.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId, secretAccessKey: 'secret' }
  })

beforeAll(async () => {
  ecr = await startFakeEcr({
    registryUrl: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    password: 'pw-from-ecr',
    repositories: ['web']
  })
})
afterAll(() => ecr.stop())

test('GetAuthorizationToken: decodes AWS:password, strips the scheme, masks the password first', async () => {
  const masked: string[] = []
  const login = await ecrLogin(client(), s => masked.push(s))
  expect(login).toMatchObject({
    registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    username: 'AWS',
    password: 'pw-from-ecr'
  })
  expect(login.expiresAt).toBeInstanceOf(Date)
  expect(masked).toContain('pw-from-ecr')
})

test('throttling is retried by the SDK', async () => {
  ecr.throttleNext('GetAuthorizationToken', 1)
  const before = ecr.calls.length
  await ecrLogin(client(), () => undefined)
  expect(ecr.calls.slice(before).map(c => c.operation)).toEqual([
    'GetAuthorizationToken',
    'GetAuthorizationToken'
  ])
})

test('bad credentials: the AWS error and where to look', async () => {
  await expect(ecrLogin(client('AKIDWRONG'), () => undefined)).rejects.toThrow(
    'ECR GetAuthorizationToken failed: UnrecognizedClientException: The security token included in the request is invalid. — check the AWS credentials'
  )
})

test('a missing repository is created only when asked', async () => {
  expect(await ensureRepository(client(), 'web', false)).toBe('exists')
  await expect(ensureRepository(client(), 'api', false)).rejects.toThrow(
    'ECR repository "api" does not exist; set create-repository: true or run the bootstrap module'
  )
  expect(ecr.repositories.has('api')).toBe(false)
  expect(await ensureRepository(client(), 'api', true)).toBe('created')
  expect(ecr.repositories.has('api')).toBe(true)
  const create = ecr.calls.find(c => c.operation === 'CreateRepository')
  expect(create?.body).toMatchObject({ repositoryName: 'api', imageTagMutability: 'MUTABLE' })
})
