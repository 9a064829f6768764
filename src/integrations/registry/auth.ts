// The distribution API's auth handshake: a 401 names a scheme in WWW-Authenticate. Basic (ECR,
// htpasswd registries) takes the credentials directly; Bearer (Docker Hub, GHCR, Harbor …) sends us to
// a token endpoint first.

export interface RegistryCredentials {
  username: string
  password: string
}

export type Challenge =
  { scheme: 'basic' } | { scheme: 'bearer'; realm: string; service?: string; scope?: string }

export function parseChallenge(header: string | null): Challenge | null {
  if (!header) return null
  const match = /^\s*(\w+)\s*(.*)$/.exec(header)
  if (!match) return null
  const scheme = (match[1] as string).toLowerCase()
  if (scheme === 'basic') return { scheme: 'basic' }
  if (scheme !== 'bearer') return null
  const params: Record<string, string> = {}
  for (const pair of (match[2] as string).matchAll(/(\w+)="([^"]*)"/g))
    params[(pair[1] as string).toLowerCase()] = pair[2] as string
  if (!params.realm) return null
  return { scheme: 'bearer', realm: params.realm, service: params.service, scope: params.scope }
}

export function basicAuthorization(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
}
