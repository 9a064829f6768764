// The load sample taken once every check has passed: N requests, a few at a time, summarised as latency
// percentiles (nearest rank) and an error count.
import type { LatencySummary } from '../pipeline/contracts.js'

export interface SampleOutcome {
  latencyMs: number
  failed: boolean
}

export interface Samples {
  count: number
  errors: number
  errorRate: number
  latencyMs: LatencySummary
  /** Every sample's latency, for the check's own summary (not written to the report). */
  latencies: number[]
}

export async function takeSamples(
  count: number,
  concurrency: number,
  one: () => Promise<SampleOutcome>
): Promise<Samples> {
  const outcomes: SampleOutcome[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < count) {
      next++
      outcomes.push(await one())
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker))
  const errors = outcomes.filter(o => o.failed).length
  const latencies = outcomes.map(o => o.latencyMs)
  return {
    count: outcomes.length,
    errors,
    errorRate: outcomes.length === 0 ? 0 : errors / outcomes.length,
    latencyMs: latencySummary(latencies),
    latencies
  }
}

/** Nearest-rank percentiles, rounded to whole milliseconds. */
export function latencySummary(values: number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p: number): number => {
    if (sorted.length === 0) return 0
    const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
    return Math.round(sorted[i] as number)
  }
  return { p50: rank(50), p95: rank(95), max: rank(100) }
}
