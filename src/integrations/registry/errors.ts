// Registry failures with the cause spelled out, so the log line tells the user what to fix.

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status: number | null
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
