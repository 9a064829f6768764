// Retries with exponential backoff for transient registry failures (5xx, 429, network errors).

export interface RetryPolicy {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  sleep?: (ms: number) => Promise<void>
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 5000 }

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504
}

/** Delay before attempt `attempt + 1`: honours Retry-After (seconds) when the server sent one. */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, policy.maxDelayMs)
  return Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs)
}

export const defaultSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))
