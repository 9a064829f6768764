// ECR's control plane on 127.0.0.1, speaking its JSON 1.1 protocol (POST /, X-Amz-Target
// AmazonEC2ContainerRegistry_V20150921.<Operation>) so the real @aws-sdk/client-ecr can talk to it.
// It hands out the local registry's htpasswd credentials (user AWS, like real ECR) and answers with
// ECR's error shapes: `__type` + `message`, HTTP 400.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.'

export interface FakeEcrOptions {
  /** `http://127.0.0.1:PORT` of the registry whose credentials are handed out. */
  registryUrl: string
  /** Must be the registry's htpasswd password for user `AWS`. */
  password: string
  repositories?: string[]
  accountId?: string
  /** Only this access key id is accepted (the SDK signs with it). */
  accessKeyId?: string
}

export interface FakeEcr {
  endpoint: string
  calls: { operation: string; body: Record<string, unknown> }[]
  repositories: Set<string>
  /** The next `count` calls of `operation` answer ThrottlingException. */
  throttleNext: (operation: string, count: number) => void
  stop: () => Promise<void>
}

export const FAKE_ECR_ACCESS_KEY = 'AKIDDEPLIGHTTEST'

export async function startFakeEcr(options: FakeEcrOptions): Promise<FakeEcr> {
  const accountId = options.accountId ?? '123456789012'
  const accessKeyId = options.accessKeyId ?? FAKE_ECR_ACCESS_KEY
  const repositories = new Set(options.repositories ?? [])
  const calls: FakeEcr['calls'] = []
  const throttles = new Map<string, number>()

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const target = String(req.headers['x-amz-target'] ?? '')
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : ''
    const body = chunks.length
      ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
      : {}
    calls.push({ operation, body })

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
    const registryHost = new URL(options.registryUrl).host
    switch (operation) {
      case 'GetAuthorizationToken':
        return ok(res, {
          authorizationData: [
            {
              authorizationToken: Buffer.from(`AWS:${options.password}`).toString('base64'),
              expiresAt: Math.floor(Date.now() / 1000) + 12 * 3600,
              proxyEndpoint: options.registryUrl
            }
          ]
        })
      case 'DescribeRepositories': {
        const names = (body.repositoryNames as string[] | undefined) ?? [...repositories]
        const missing = names.find(name => !repositories.has(name))
        if (missing) {
          return fail(
            res,
            'RepositoryNotFoundException',
            `The repository with name '${missing}' does not exist in the registry with id '${accountId}'`
          )
        }
        return ok(res, { repositories: names.map(name => repository(name, accountId, registryHost)) })
      }
      case 'CreateRepository': {
        const name = String(body.repositoryName)
        if (repositories.has(name)) {
          return fail(
            res,
            'RepositoryAlreadyExistsException',
            `The repository with name '${name}' already exists in the registry with id '${accountId}'`
          )
        }
        repositories.add(name)
        return ok(res, { repository: repository(name, accountId, registryHost) })
      }
      default:
        return fail(
          res,
          'UnknownOperationException',
          `Operation ${operation || target} is not supported by this fake`
        )
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(error => fail(res, 'ServerException', (error as Error).message, 500))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    repositories,
    throttleNext: (operation, count) => throttles.set(operation, count),
    stop: () => new Promise(resolve => server.close(() => resolve()))
  }
}

function repository(name: string, accountId: string, registryHost: string): Record<string, unknown> {
  return {
    repositoryArn: `arn:aws:ecr:us-east-1:${accountId}:repository/${name}`,
    registryId: accountId,
    repositoryName: name,
    repositoryUri: `${registryHost}/${name}`,
    createdAt: Math.floor(Date.now() / 1000),
    imageTagMutability: 'MUTABLE',
    imageScanningConfiguration: { scanOnPush: true },
    encryptionConfiguration: { encryptionType: 'AES256' }
  }
}

function ok(res: ServerResponse, body: unknown): void {
  res.writeHead(200, {
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-requestid': crypto.randomUUID()
  })
  res.end(JSON.stringify(body))
}

function fail(res: ServerResponse, type: string, message: string, status = 400): void {
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-requestid': crypto.randomUUID(),
    'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazonaws.ecr/`
  })
  res.end(JSON.stringify({ __type: type, message }))
}
