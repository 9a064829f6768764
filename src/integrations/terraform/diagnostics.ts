// Terraform's error output turned into messages a person can act on: the `Error:` blocks without the
// surrounding noise, and a held state lock explained (who, since when, doing what, how to release it).
import { formatDuration } from '../../pipeline/duration.js'

export interface LockInfo {
  id: string
  path: string | null
  operation: string | null
  who: string | null
  version: string | null
  /** As Terraform prints it, e.g. `2026-12-05 09:13:56.806 +0000 UTC`. */
  created: string | null
}

/** The `Error:` blocks of terraform's (no-color or boxed) output, each trimmed to `maxLines`. */
export function errorBlocks(output: string, maxLines = 12): string[] {
  const lines = output
    .split('\n')
    .map(line => line.replace(/^[│╷╵]\s?/, '').trimEnd())
    .filter(line => line !== '╷' && line !== '╵')
  const blocks: string[][] = []
  let current: string[] | null = null
  for (const line of lines) {
    if (/^Error: /.test(line)) {
      current = [line.slice('Error: '.length)]
      blocks.push(current)
    } else if (/^Warning: /.test(line)) {
      current = null
    } else if (current) {
      current.push(line)
    }
  }
  return blocks.map(block => {
    const kept = block
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .split('\n')
    return kept.length > maxLines ? [...kept.slice(0, maxLines), '…'].join('\n') : kept.join('\n')
  })
}

/** The `Lock Info:` terraform prints when it could not acquire the state lock; null when there is none. */
export function parseLockInfo(output: string): LockInfo | null {
  if (!/Error acquiring the state lock/.test(output)) return null
  const field = (name: string): string | null => {
    const m = new RegExp(`^[ \\t]*${name}:[ \\t]*(.*)$`, 'm').exec(output.slice(output.indexOf('Lock Info:')))
    const value = m?.[1]?.trim()
    return value ? value : null
  }
  const id = output.includes('Lock Info:') ? field('ID') : null
  if (!id) return null
  return {
    id,
    path: field('Path'),
    operation: field('Operation'),
    who: field('Who'),
    version: field('Version'),
    created: field('Created')
  }
}

/** `2026-12-05 09:13:56.806762958 +0000 UTC` → a Date (sub-millisecond digits dropped). */
export function parseLockCreated(created: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d+))? ([+-]\d{2})(\d{2})/.exec(created)
  if (!m) return null
  const fraction = (m[3] ?? '0').slice(0, 3).padEnd(3, '0')
  const date = new Date(`${m[1]}T${m[2]}.${fraction}${m[4]}:${m[5]}`)
  return Number.isNaN(date.getTime()) ? null : date
}

const OPERATIONS: Record<string, string> = {
  OperationTypeApply: 'an apply',
  OperationTypePlan: 'a plan',
  OperationTypeRefresh: 'a refresh',
  OperationTypeInvalid: 'a terraform command'
}

/** One paragraph: who holds the lock, since when, doing what, and the exact command that releases it. */
export function describeLock(
  lock: LockInfo,
  o: { lockTimeoutMs: number; workingDirectory: string; now?: Date }
): string {
  const created = lock.created ? parseLockCreated(lock.created) : null
  const since = created
    ? `since ${created.toISOString().replace(/\.\d{3}Z$/, 'Z')} (${formatDuration(Math.max(0, (o.now ?? new Date()).getTime() - created.getTime()))} ago)`
    : lock.created
      ? `since ${lock.created}`
      : 'since an unknown time'
  const operation = lock.operation ? (OPERATIONS[lock.operation] ?? lock.operation) : 'a terraform command'
  const details = [
    lock.version ? `Terraform ${lock.version}` : null,
    `lock ID ${lock.id}`,
    lock.path ? `state ${lock.path}` : null
  ].filter(Boolean)
  return (
    `the Terraform state is locked by ${lock.who ?? 'an unknown holder'} ${since}, running ${operation} (${details.join(', ')}). ` +
    `Waited ${formatDuration(o.lockTimeoutMs)} (lock-timeout). If that run is still going, let it finish or raise lock-timeout; ` +
    `if it died, release the lock from ${o.workingDirectory} (same backend config) with: terraform force-unlock -force ${lock.id}`
  )
}
