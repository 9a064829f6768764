// A small OCI distribution API client over fetch: enough to ask whether a tag exists and to put an
// existing manifest under new tags — the re-tag path that replaces a rebuild.
import { createHash } from 'node:crypto'
import { basicAuthorization, parseChallenge, type RegistryCredentials } from './auth.js'
import { describeErrorBody, RegistryError } from './errors.js'
import { registryBaseUrl } from './reference.js'
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
}

type Access = 'pull' | 'pull,push'

export class RegistryClient {
  private readonly baseUrl: string
  private readonly fetch: typeof fetch
  private readonly retry: RetryPolicy
  private readonly authorization = new Map<string, string>()

  constructor(private readonly options: RegistryClientOptions) {
    this.baseUrl = registryBaseUrl(options.host)
    this.fetch = options.fetch ?? globalThis.fetch
    this.retry = options.retry ?? DEFAULT_RETRY
  }

  /** The manifest's digest and type, or null when the tag does not exist. */
  async headManifest(repository: string, reference: string): Promise<ManifestInfo | null> {
    const response = await this.send(repository, 'pull', 'HEAD', `manifests/${reference}`, {
      accept: MANIFEST_MEDIA_TYPES.join(', ')
    })
    if (response.status === 404) return null
    await this.expectOk(response, repository, reference, 'read manifest')
    const digest = response.headers.get('docker-content-digest')
    if (!digest) {
      // Some registries omit the digest on HEAD; the body's hash is the digest by definition.
      return this.getManifest(repository, reference)
    }
    return {
      digest,
      mediaType: mediaTypeOf(response),
      size: Number(response.headers.get('content-length') ?? 0)
    }
  }

  async getManifest(repository: string, reference: string): Promise<Manifest> {
    const response = await this.send(repository, 'pull', 'GET', `manifests/${reference}`, {
      accept: MANIFEST_MEDIA_TYPES.join(', ')
    })
    await this.expectOk(response, repository, reference, 'read manifest')
    const body = Buffer.from(await response.arrayBuffer())
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
  async putManifest(
    repository: string,
    tag: string,
    manifest: Pick<Manifest, 'body' | 'mediaType'>
  ): Promise<string> {
    const response = await this.send(
      repository,
      'pull,push',
      'PUT',
      `manifests/${tag}`,
      { 'content-type': manifest.mediaType },
      manifest.body
    )
    await this.expectOk(response, repository, tag, 'write manifest')
    return (
      response.headers.get('docker-content-digest') ??
      `sha256:${createHash('sha256').update(manifest.body).digest('hex')}`
    )
  }

  private async send(
    repository: string,
    access: Access,
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: Buffer
  ): Promise<Response> {
    const url = `${this.baseUrl}/v2/${repository}/${path}`
    const scope = `repository:${repository}:${access}`
    const cached = this.authorization.get(scope)
    let response = await this.fetchWithRetry(
      url,
      method,
      cached ? { ...headers, authorization: cached } : headers,
      body
    )
    if (response.status !== 401) return response
    await response.arrayBuffer()
    const authorization = await this.authorize(response, scope)
    this.authorization.set(scope, authorization)
    response = await this.fetchWithRetry(url, method, { ...headers, authorization }, body)
    if (response.status === 401) {
      await response.arrayBuffer()
      throw this.rejected(401)
    }
    return response
  }

  private async authorize(challengeResponse: Response, scope: string): Promise<string> {
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
    const tokenResponse = await this.fetchWithRetry(tokenUrl.toString(), 'GET', tokenHeaders)
    if (tokenResponse.status === 401 || tokenResponse.status === 403) {
      await tokenResponse.arrayBuffer()
      throw credentials ? this.rejected(tokenResponse.status) : this.missingCredentials()
    }
    if (!tokenResponse.ok) {
      throw new RegistryError(
        `token endpoint ${tokenUrl.origin} answered ${tokenResponse.status}: ${describeErrorBody(await tokenResponse.text())}`,
        tokenResponse.status
      )
    }
    const json = (await tokenResponse.json()) as { token?: string; access_token?: string }
    const token = json.token ?? json.access_token
    if (!token)
      throw new RegistryError(`token endpoint ${tokenUrl.origin} returned no token`, tokenResponse.status)
    return `Bearer ${token}`
  }

  private async fetchWithRetry(
    url: string,
    method: string,
    headers: Record<string, string>,
    body?: Buffer
  ): Promise<Response> {
    const sleep = this.retry.sleep ?? defaultSleep
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= this.retry.attempts
      let response: Response
      try {
        response = await this.fetch(url, {
          method,
          headers,
          body: body ? new Uint8Array(body) : undefined,
          redirect: 'follow',
          signal: AbortSignal.timeout(60_000)
        })
      } catch (error) {
        if (last) {
          throw new RegistryError(
            `cannot reach registry ${this.options.host} (${method} ${new URL(url).pathname}) after ${attempt + 1} attempts: ${causeOf(error)}`,
            null
          )
        }
        const delay = backoffDelay(this.retry, attempt, null)
        this.options.onRetry?.(
          `${method} ${new URL(url).pathname}: ${causeOf(error)}; retrying in ${delay} ms`
        )
        await sleep(delay)
        continue
      }
      if (!isRetryableStatus(response.status) || last) return response
      await response.arrayBuffer()
      const delay = backoffDelay(this.retry, attempt, response.headers.get('retry-after'))
      this.options.onRetry?.(
        `${method} ${new URL(url).pathname}: HTTP ${response.status}; retrying in ${delay} ms`
      )
      await sleep(delay)
    }
  }

  private async expectOk(
    response: Response,
    repository: string,
    reference: string,
    what: string
  ): Promise<void> {
    if (response.ok) return
    const detail = describeErrorBody(await response.text())
    const suffix = detail ? `: ${detail}` : ''
    if (response.status === 403) {
      throw new RegistryError(
        `registry ${this.options.host} denied ${what} on ${repository}:${reference} (403)${suffix}; the credentials lack permission for this repository`,
        403
      )
    }
    if (response.status === 404) {
      throw new RegistryError(
        `${repository}:${reference} not found on registry ${this.options.host} (404)${suffix}; check the repository name and that it exists`,
        404
      )
    }
    throw new RegistryError(
      `registry ${this.options.host} could not ${what} ${repository}:${reference} (HTTP ${response.status})${suffix}`,
      response.status
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

function mediaTypeOf(response: Response, body?: Buffer): string {
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

function causeOf(error: unknown): string {
  const err = error as Error & { cause?: { code?: string; message?: string } }
  return err.cause?.code ?? err.cause?.message ?? err.message
}
