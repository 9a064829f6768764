// Registry failures with the cause spelled out, so the log line tells the user what to fix.

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    /** The distribution API error code (`TAG_INVALID`, `MANIFEST_UNKNOWN` …), when the body had one. */
    readonly code: string | null = null
  ) {
    super(message)
    this.name = 'RegistryError'
  }
}

/** `{"errors":[{"code":"…","message":"…"}]}` bodies from the distribution API, flattened to one line. */
export function describeErrorBody(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { code?: string; message?: string }[] }
    const parts = (parsed.errors ?? []).map(e => [e.code, e.message].filter(Boolean).join(': '))
    if (parts.length > 0) return parts.join('; ')
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return body.trim().slice(0, 200)
}

/** The first error code of a distribution API error body, if any. */
export function errorCodeOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { errors?: { code?: string }[] }
    return parsed.errors?.[0]?.code ?? null
  } catch {
    return null
  }
}

/**
 * The registry refused to move an existing tag: ECR answers TAG_INVALID "… already exists … cannot be
 * overwritten because the tag is immutable"; other registries with immutability use similar words.
 */
export function isImmutableTagError(error: unknown): boolean {
  if (!(error instanceof RegistryError)) return false
  if (error.status !== 400 && error.status !== 409 && error.status !== 412) return false
  return error.code === 'TAG_INVALID' || /immutable|cannot be overwritten/i.test(error.message)
}
