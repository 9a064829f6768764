// What every renderer of a RunRecord shows the same way: the headline, each stage's icon, title, duration.
import type { RunRecord, StageRecord } from '../../pipeline/contracts.js'
import { formatDuration } from '../../pipeline/duration.js'
import { STAGES, type StageStatus } from '../../pipeline/stages.js'

export const STATUS_ICON: Record<StageStatus, string> = {
  pending: '⏳',
  running: '🔄',
  success: '✅',
  failure: '❌',
  skipped: '⏭️',
  cancelled: '🚫'
}

export interface StageView {
  index: number
  title: string
  stage: StageRecord
  icon: string
  /** `4.2 s`, or `—` when not measured. */
  duration: string
}

export function stageViews(record: RunRecord): StageView[] {
  return STAGES.map((def, i) => {
    const stage = record.stages.find(s => s.id === def.id) ?? {
      id: def.id,
      status: 'pending' as const,
      startedAt: null,
      durationMs: null
    }
    return {
      index: i + 1,
      title: def.title,
      stage,
      icon: STATUS_ICON[stage.status],
      duration: stage.durationMs === null ? '—' : formatDuration(stage.durationMs)
    }
  })
}

export function serviceName(record: RunRecord): string {
  return record.service || record.repository.split('/').pop() || record.repository
}

/** `✅ Deployed shop to production`, `❌ Deploy of shop to production failed`, … (no markup). */
export function headline(record: RunRecord): { icon: string; text: string } {
  const what = `${serviceName(record)} to ${record.environment}`
  switch (record.status) {
    case 'success':
      return { icon: '✅', text: `Deployed ${what}` }
    case 'rolled_back':
      return {
        icon: '↩️',
        text: `Deploy of ${what} rolled back${record.rolledBackTo ? ` to ${short(record.rolledBackTo)}` : ''}`
      }
    case 'cancelled':
      return { icon: '🚫', text: `Deploy of ${what} cancelled` }
    case 'running':
      return { icon: '🔄', text: `Deploying ${what}` }
    case 'interrupted':
      return { icon: '⚠️', text: `Deploy of ${what} interrupted` }
    default:
      return { icon: '❌', text: `Deploy of ${what} failed` }
  }
}

/** Total measured time: first stage start to the last stage end. */
export function totalDuration(record: RunRecord): number | null {
  const spans = record.stages.flatMap(s =>
    s.startedAt && s.durationMs !== null
      ? [[Date.parse(s.startedAt), Date.parse(s.startedAt) + s.durationMs]]
      : []
  )
  if (spans.length === 0) return null
  return Math.max(...spans.map(s => s[1]!)) - Math.min(...spans.map(s => s[0]!))
}

export function short(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref
}

export function commitUrl(record: RunRecord): string | null {
  const run = record.runUrl
  if (!run || !/^[0-9a-f]{7,40}$/i.test(record.commit)) return null
  const m = /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/actions\/runs\//.exec(run)
  return m ? `${m[1]}/commit/${record.commit}` : null
}
