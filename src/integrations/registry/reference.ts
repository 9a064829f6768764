// Image reference pieces, validated with the grammar of the OCI distribution spec so nothing odd ever
// reaches a command line or a URL.

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/
const REGISTRY_HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$/

export function isValidTag(tag: string): boolean {
  return TAG.test(tag)
}

export function validateTag(tag: string, what = 'tag'): string {
  if (!isValidTag(tag)) {
    throw new Error(
      `invalid ${what} "${tag}": use up to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'`
    )
  }
  return tag
}

export function validateRepository(name: string): string {
  if (name.length > 255 || !REPOSITORY.test(name)) {
    throw new Error(
      `invalid repository "${name}": use lowercase letters, digits and single separators (. _ __ -), with '/' between path parts`
    )
  }
  return name
}

export function validateRegistryHost(host: string): string {
  if (!REGISTRY_HOST.test(host)) {
    throw new Error(
      `invalid registry "${host}": give a host name with an optional port, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com or 127.0.0.1:5000`
    )
  }
  return host
}

/** Loopback registries speak plain HTTP, as Docker itself allows for 127.0.0.0/8 and localhost. */
export function registryBaseUrl(host: string): string {
  const name = host.replace(/:[0-9]+$/, '')
  const loopback = name === 'localhost' || /^127\.[0-9]+\.[0-9]+\.[0-9]+$/.test(name)
  return `${loopback ? 'http' : 'https'}://${host}`
}

export function imageRef(registry: string, repository: string, tag: string): string {
  return `${registry}/${repository}:${tag}`
}
