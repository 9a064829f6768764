// The polling loop the rollout watchers share: a step runs until it reports an end or the time is up;
// the interval grows from `initialMs` to `maxMs`. Throttling the SDK could not absorb with its own
// retries is not fatal here: the loop waits the longest interval and tries again.
import { formatDuration } from '../../pipeline/duration.js'
import { EcsError } from './ecs.js'

export interface PollPolicy {
  initialMs: number
  maxMs: number
  factor: number
}

/** 5 s, then 7.5 s, … up to 15 s: about as often as the ECS console refreshes. */
export const DEFAULT_POLL: PollPolicy = { initialMs: 5000, maxMs: 15_000, factor: 1.5 }

export interface Clock {
  now: () => number
  sleep: (ms: number) => Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

export type PollResult<T> = { done: true; value: T } | { done: false }

/**
 * Runs `step` until it returns a value or `timeoutMs` has passed since `startedAt` (at least one step always
 * runs, so a timeout of 0 means "look once"). Null from `step` means "not yet".
 */
export async function pollUntil<T>(
  o: {
    timeoutMs: number
    startedAt: number
    poll: PollPolicy
    clock: Clock
    onThrottled?: (e: EcsError) => void
  },
  step: () => Promise<T | null>
): Promise<PollResult<T>> {
  let interval = o.poll.initialMs
  for (;;) {
    try {
      const value = await step()
      if (value !== null) return { done: true, value }
    } catch (error) {
      if (!(error instanceof EcsError && error.throttled)) throw error
      o.onThrottled?.(error)
      interval = o.poll.maxMs
    }
    const remaining = o.startedAt + o.timeoutMs - o.clock.now()
    if (remaining <= 0) return { done: false }
    await o.clock.sleep(Math.min(interval, remaining))
    interval = Math.min(o.poll.maxMs, Math.round(interval * o.poll.factor))
  }
}

/** `after 15m 00s (wait-timeout)`, or `at a single look` when the caller only looked once. */
export function waited(timeoutMs: number): string {
  return timeoutMs > 0 ? `after ${formatDuration(timeoutMs)} (wait-timeout)` : 'at a single look'
}
