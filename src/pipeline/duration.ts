// Durations as users write them in inputs and flags: `90s`, `5m`, `1h`, `1m30s`, or plain seconds.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy

/** Milliseconds for `value`; throws a message naming `name` and the accepted forms. */
export function parseDuration(value: string, name = 'duration'): number {
  const text = value.trim()
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  let total = 0
  let matched = 0
  PART.lastIndex = 0
  for (let m = PART.exec(text); m; m = PART.exec(text)) {
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number)
    matched = PART.lastIndex
  }
  if (text === '' || matched !== text.length)
    throw new Error(`${name} "${value}" is not a duration: use seconds (300) or 90s, 5m, 1h, 1m30s`)
  return Math.round(total)
}

/** `850 ms`, `12.3 s`, `4m 05s`: short and stable for summaries and terminals. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const minutes = Math.floor(ms / 60_000)
  const seconds = Math.round((ms % 60_000) / 1000)
  return `${minutes}m ${String(seconds).padStart(2, '0')}s`
}
