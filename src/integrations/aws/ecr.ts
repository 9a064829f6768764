// ECR through the real AWS SDK: a Docker login from GetAuthorizationToken (password masked at once),
// and a repository check that creates nothing unless asked.
import {
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  GetAuthorizationTokenCommand,
  type ECRClient
} from '@aws-sdk/client-ecr'

export interface EcrLogin {
  /** Registry host without scheme, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`. */
  registry: string
  username: string
  password: string
  expiresAt: Date | null
}

export async function ecrLogin(client: ECRClient, setSecret: (secret: string) => void): Promise<EcrLogin> {
  let output
  try {
    output = await client.send(new GetAuthorizationTokenCommand({}))
  } catch (error) {
    throw new Error(`ECR GetAuthorizationToken failed: ${describeAwsError(error)}`)
  }
  const data = output.authorizationData?.[0]
  if (!data?.authorizationToken || !data.proxyEndpoint)
    throw new Error('ECR GetAuthorizationToken returned no authorization data')
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0) throw new Error('ECR authorization token is not in the USER:PASSWORD form')
  const password = decoded.slice(colon + 1)
  // Mask before anything else can print it (the token is a credential too).
  setSecret(password)
  setSecret(data.authorizationToken)
  return {
    registry: data.proxyEndpoint.replace(/^https?:\/\//, '').replace(/\/+$/, ''),
    username: decoded.slice(0, colon),
    password,
    expiresAt: data.expiresAt ?? null
  }
}

export type RepositoryStatus = 'exists' | 'created'

/** Checks the repository; creates it only when `create` is true, else fails with how to fix it. */
export async function ensureRepository(
  client: ECRClient,
  repositoryName: string,
  create: boolean
): Promise<RepositoryStatus> {
  try {
    await client.send(new DescribeRepositoriesCommand({ repositoryNames: [repositoryName] }))
    return 'exists'
  } catch (error) {
    if (errorName(error) !== 'RepositoryNotFoundException') {
      throw new Error(`ECR DescribeRepositories for ${repositoryName} failed: ${describeAwsError(error)}`)
    }
  }
  if (!create) {
    throw new Error(
      `ECR repository "${repositoryName}" does not exist; set create-repository: true or run the bootstrap module (infrastructure/modules/bootstrap)`
    )
  }
  try {
    await client.send(
      new CreateRepositoryCommand({
        repositoryName,
        imageScanningConfiguration: { scanOnPush: true },
        // Re-tagging moves nothing but `buildcache`; it must stay writable.
        imageTagMutability: 'MUTABLE'
      })
    )
  } catch (error) {
    // Another job may have created it in the meantime.
    if (errorName(error) !== 'RepositoryAlreadyExistsException') {
      throw new Error(`ECR CreateRepository ${repositoryName} failed: ${describeAwsError(error)}`)
    }
  }
  return 'created'
}

function errorName(error: unknown): string {
  return (error as { name?: string }).name ?? ''
}

function describeAwsError(error: unknown): string {
  const name = errorName(error)
  const message = (error as Error).message ?? String(error)
  if (
    name === 'UnrecognizedClientException' ||
    name === 'InvalidSignatureException' ||
    name === 'ExpiredTokenException'
  ) {
    return `${name}: ${message} — check the AWS credentials (the configure-aws-credentials step and its role)`
  }
  if (name === 'AccessDeniedException')
    return `${name}: ${message} — the role needs ecr:GetAuthorizationToken and push rights on the repository`
  if (name === 'ThrottlingException')
    return `${name}: ${message} — throttled even after retries; try again later`
  return name ? `${name}: ${message}` : message
}
