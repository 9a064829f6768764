// A small OCI distribution API client over fetch: enough to ask whether a tag exists and to put an
// existing manifest under new tags — the re-tag path that replaces a rebuild. Every request (headers and
// body) has a timeout, and all calls of one client share an overall budget, so a registry that never
// answers fails the run in bounded time with a message naming the call.
import { createHash } from 'node:crypto'
import { basicAuthorization, parseChallenge, type RegistryCredentials } from './auth.js'
import { describeErrorBody, errorCodeOf, RegistryError } from './errors.js'
import { registryBaseUrl } from './reference.js'
import { formatDuration } from '../../pipeline/duration.js'
import { backoffDelay, DEFAULT_RETRY, defaultSleep, isRetryableStatus, type RetryPolicy } from './retry.js'

export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
] as const

export interface ManifestInfo {
  digest: string
  mediaType: string
  size: number
}

export interface Manifest extends ManifestInfo {
  body: Buffer
}

export interface RegistryClientOptions {
  /** `host[:port]`; loopback hosts use plain HTTP. */
  host: string
  credentials: RegistryCredentials | null
  fetch?: typeof fetch
  retry?: RetryPolicy
  /** Called before each retry, for the log. */
  onRetry?: (message: string) => void
  /** Longest wait for one request's answer, body included. Default 30 s. */
  requestTimeoutMs?: number
  /** Time all calls of this client may spend, retries and back-off included. Default 5 min. */
  budgetMs?: number
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000
export const DEFAULT_REGISTRY_BUDGET_MS = 5 * 60_000

type Access = 'pull' | 'pull,push'

/** A response with its body already read (manifests and tokens are small), under the request's timeout. */
interface Reply {
  status: number
  ok: boolean
  headers: Headers
  body: Buffer
}

/** One public call (e.g. "read manifest app:v1"): its name for messages and when the budget runs out. */
interface Operation {
  what: string
  deadline: number
}

export class RegistryClient {
  private readonly baseUrl: string
  private readonly fetch: typeof fetch
  private readonly retry: RetryPolicy
  private readonly authorization = new Map<string, string>()
  private readonly requestTimeoutMs: number
  private readonly budgetMs: number
  private spentMs = 0

  constructor(private readonly options: RegistryClientOptions) {
    this.baseUrl = registryBaseUrl(options.host)
    this.fetch = options.fetch ?? globalThis.fetch
    this.retry = options.retry ?? DEFAULT_RETRY
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    this.budgetMs = options.budgetMs ?? DEFAULT_REGISTRY_BUDGET_MS
  }

  /** Runs one public call against what is left of the budget, and charges the time it took. */
  private async operation<T>(what: string, fn: (op: Operation) => Promise<T>): Promise<T> {
    const started = Date.now()
    try {
      return await fn({ what, deadline: started + this.budgetMs - this.spentMs })
    } finally {
      this.spentMs += Date.now() - started
    }
  }

  /** The manifest's digest and type, or null when the tag does not exist. */
  headManifest(repository: string, reference: string): Promise<ManifestInfo | null> {
    return this.operation(`read manifest ${repository}:${reference}`, async op => {
      const response = await this.send(op, repository, 'pull', 'HEAD', `manifests/${reference}`, {
        accept: MANIFEST_MEDIA_TYPES.join(', ')
      })
      if (response.status === 404) return null
      this.expectOk(response, repository, reference, 'read manifest')
      const digest = response.headers.get('docker-content-digest')
      if (!digest) {
        // Some registries omit the digest on HEAD; the body's hash is the digest by definition.
        return this.readManifest(op, repository, reference)
      }
      return {
        digest,
        mediaType: mediaTypeOf(response),
        size: Number(response.headers.get('content-length') ?? 0)
      }
    })
  }

  getManifest(repository: string, reference: string): Promise<Manifest> {
    return this.operation(`read manifest ${repository}:${reference}`, op =>
      this.readManifest(op, repository, reference)
    )
  }

  private async readManifest(op: Operation, repository: string, reference: string): Promise<Manifest> {
    const response = await this.send(op, repository, 'pull', 'GET', `manifests/${reference}`, {
      accept: MANIFEST_MEDIA_TYPES.join(', ')
    })
    this.expectOk(response, repository, reference, 'read manifest')
    const body = response.body
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
    const stated = response.headers.get('docker-content-digest')
    if (stated && stated !== digest) {
      throw new RegistryError(
        `registry ${this.options.host} returned manifest ${repository}:${reference} with digest ${digest}, not the ${stated} it announced`,
        response.status
      )
    }
    return { digest, mediaType: mediaTypeOf(response, body), size: body.length, body }
  }

  /** Stores `manifest` under `tag`; returns the digest the registry reports. */
  putManifest(
    repository: string,
    tag: string,
    manifest: Pick<Manifest, 'body' | 'mediaType'>
  ): Promise<string> {
    return this.operation(`write manifest ${repository}:${tag}`, async op => {
      const response = await this.send(
        op,
        repository,
        'pull,push',
        'PUT',
        `manifests/${tag}`,
        { 'content-type': manifest.mediaType },
        manifest.body
      )
      this.expectOk(response, repository, tag, 'write manifest')
      return (
        response.headers.get('docker-content-digest') ??
        `sha256:${createHash('sha256').update(manifest.body).digest('hex')}`
      )
    })
  }

  private async send(
    op: Operation,
    repository: string,
    access: Access,
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: Buffer
  ): Promise<Reply> {
    const url = `${this.baseUrl}/v2/${repository}/${path}`
    const scope = `repository:${repository}:${access}`
    const cached = this.authorization.get(scope)
    let response = await this.fetchWithRetry(
      op,
      url,
      method,
      cached ? { ...headers, authorization: cached } : headers,
      body
    )
    if (response.status !== 401) return response
    const authorization = await this.authorize(op, response, scope)
    this.authorization.set(scope, authorization)
    response = await this.fetchWithRetry(op, url, method, { ...headers, authorization }, body)
    if (response.status === 401) throw this.rejected(401)
    return response
  }

  private async authorize(op: Operation, challengeResponse: Reply, scope: string): Promise<string> {
    const challenge = parseChallenge(challengeResponse.headers.get('www-authenticate'))
    const credentials = this.options.credentials
    if (!challenge) {
      throw new RegistryError(
        `registry ${this.options.host} answered 401 without a usable WWW-Authenticate challenge`,
        401
      )
    }
    if (challenge.scheme === 'basic') {
      if (!credentials) throw this.missingCredentials()
      return basicAuthorization(credentials)
    }
    const tokenUrl = new URL(challenge.realm)
    if (challenge.service) tokenUrl.searchParams.set('service', challenge.service)
    tokenUrl.searchParams.set('scope', scope)
    const tokenHeaders: Record<string, string> = credentials
      ? { authorization: basicAuthorization(credentials) }
      : {}
    const tokenResponse = await this.fetchWithRetry(op, tokenUrl.toString(), 'GET', tokenHeaders)
    if (tokenResponse.status === 401 || tokenResponse.status === 403)
      throw credentials ? this.rejected(tokenResponse.status) : this.missingCredentials()
    if (!tokenResponse.ok) {
      throw new RegistryError(
        `token endpoint ${tokenUrl.origin} answered ${tokenResponse.status}: ${describeErrorBody(tokenResponse.body.toString('utf8'))}`,
        tokenResponse.status
      )
    }
    let json: { token?: string; access_token?: string }
    try {
      json = JSON.parse(tokenResponse.body.toString('utf8')) as typeof json
    } catch {
      throw new RegistryError(`token endpoint ${tokenUrl.origin} returned no JSON`, tokenResponse.status)
    }
    const token = json.token ?? json.access_token
    if (!token)
      throw new RegistryError(`token endpoint ${tokenUrl.origin} returned no token`, tokenResponse.status)
    return `Bearer ${token}`
  }

  private async fetchWithRetry(
    op: Operation,
    url: string,
    method: string,
    headers: Record<string, string>,
    body?: Buffer
  ): Promise<Reply> {
    const sleep = this.retry.sleep ?? defaultSleep
    const call = `${method} ${new URL(url).pathname} (${op.what})`
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= this.retry.attempts
      const remaining = op.deadline - Date.now()
      if (remaining <= 0) throw this.overBudget(call, 'could not start')
      // The budget, when it is closer than the per-request timeout, is what this attempt waits for.
      const wait = Math.min(this.requestTimeoutMs, remaining)
      let reply: Reply
      try {
        const response = await this.fetch(url, {
          method,
          headers,
          body: body ? new Uint8Array(body) : undefined,
          redirect: 'follow',
          signal: AbortSignal.timeout(wait)
        })
        // The same signal bounds the body: a registry that sends headers and then stalls times out too.
        const bytes = Buffer.from(await response.arrayBuffer())
        reply = { status: response.status, ok: response.ok, headers: response.headers, body: bytes }
      } catch (error) {
        const timedOut = isTimeout(error)
        if (timedOut && wait < this.requestTimeoutMs) throw this.overBudget(call, 'got no answer')
        const cause = timedOut ? `no answer within ${formatDuration(wait)}` : causeOf(error)
        if (last) {
          throw new RegistryError(
            timedOut
              ? `registry ${this.options.host} did not answer ${call} within ${formatDuration(wait)}, ${attempt + 1} attempts; check that the registry is reachable and healthy`
              : `cannot reach registry ${this.options.host} for ${call} after ${attempt + 1} attempts: ${cause}`,
            null
          )
        }
        const delay = backoffDelay(this.retry, attempt, null)
        if (Date.now() + delay >= op.deadline) throw this.overBudget(call, timedOut ? 'got no answer' : cause)
        this.options.onRetry?.(`${call}: ${cause}; retrying in ${delay} ms`)
        await sleep(delay)
        continue
      }
      if (!isRetryableStatus(reply.status) || last) return reply
      const delay = backoffDelay(this.retry, attempt, reply.headers.get('retry-after'))
      if (Date.now() + delay >= op.deadline) return reply
      this.options.onRetry?.(`${call}: HTTP ${reply.status}; retrying in ${delay} ms`)
      await sleep(delay)
    }
  }

  private overBudget(call: string, what: string): RegistryError {
    return new RegistryError(
      `registry ${this.options.host}: ${call} ${what} and the registry calls of this run used up their ${formatDuration(this.budgetMs)} budget (registry-timeout); raise registry-timeout or check the registry`,
      null
    )
  }

  private expectOk(response: Reply, repository: string, reference: string, what: string): void {
    if (response.ok) return
    const text = response.body.toString('utf8')
    const detail = describeErrorBody(text)
    const code = errorCodeOf(text)
    const suffix = detail ? `: ${detail}` : ''
    if (response.status === 403) {
      throw new RegistryError(
        `registry ${this.options.host} denied ${what} on ${repository}:${reference} (403)${suffix}; the credentials lack permission for this repository`,
        403,
        code
      )
    }
    if (response.status === 404) {
      throw new RegistryError(
        `${repository}:${reference} not found on registry ${this.options.host} (404)${suffix}; check the repository name and that it exists`,
        404,
        code
      )
    }
    throw new RegistryError(
      `registry ${this.options.host} could not ${what} ${repository}:${reference} (HTTP ${response.status})${suffix}`,
      response.status,
      code
    )
  }

  private rejected(status: number): RegistryError {
    const user = this.options.credentials?.username
    return new RegistryError(
      `registry ${this.options.host} rejected the credentials${user ? ` of user "${user}"` : ''} (${status}); check the username and password (or the AWS credentials for ECR)`,
      status
    )
  }

  private missingCredentials(): RegistryError {
    return new RegistryError(
      `registry ${this.options.host} requires authentication; give registry-username and registry-password (or leave registry empty to use ECR)`,
      401
    )
  }
}

function mediaTypeOf(response: Reply, body?: Buffer): string {
  const header = response.headers.get('content-type')?.split(';')[0]?.trim()
  if (header && header !== 'application/json') return header
  if (body) {
    try {
      const parsed = JSON.parse(body.toString('utf8')) as { mediaType?: string }
      if (parsed.mediaType) return parsed.mediaType
    } catch {
      // fall through
    }
  }
  return header ?? MANIFEST_MEDIA_TYPES[1]
}

function isTimeout(error: unknown): boolean {
  const name = (error as Error | undefined)?.name
  return name === 'TimeoutError' || name === 'AbortError'
}

function causeOf(error: unknown): string {
  const err = error as Error & { cause?: { code?: string; message?: string } }
  return err.cause?.code ?? err.cause?.message ?? err.message
}
