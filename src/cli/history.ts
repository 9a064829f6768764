// `deplight history [service] [--json] [--limit N]`: a service's runs, newest first, from its RunRecords —
// status, release, the eight stages at a glance and how long each took.
import type { RunRecord } from '../pipeline/contracts.js'
import { formatDuration } from '../pipeline/duration.js'
import { serviceRuns } from '../stages/local-status.js'
import { bool, num, parseArgs, str, UsageError, type CommandSpec } from './args.js'
import { localEnvironment, STATE_FLAGS } from './local-env.js'
import type { CliIo } from './main.js'
import { pickService } from './service-arg.js'
import { stageLine } from './progress.js'

export const HISTORY_SPEC: CommandSpec = {
  command: 'history',
  positional: ['service'],
  flags: {
    ...STATE_FLAGS,
    json: { kind: 'boolean', example: '' },
    limit: { kind: 'count', example: '20' },
    stages: { kind: 'boolean', example: '' }
  }
}

const GLYPH: Record<string, string> = {
  success: '✓',
  failure: '✗',
  skipped: '-',
  cancelled: '■',
  running: '▸',
  pending: '·'
}

export async function historyCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const { flags, positional } = parseArgs(argv, HISTORY_SPEC)
    const env = localEnvironment(str(flags, 'state-dir'))
    const service = pickService(env.state, positional[0], 'history')
    const runs = serviceRuns(env.state, service).slice(0, num(flags, 'limit') ?? 20)
    if (bool(flags, 'json')) {
      io.stdout.write(`${JSON.stringify(runs, null, 2)}\n`)
      return 0
    }
    if (runs.length === 0) io.stdout.write(`${service} has no runs yet\n`)
    for (const run of runs) io.stdout.write(renderRun(run, bool(flags, 'stages')))
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`deplight history: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

/** A commit subject on one terminal line: quoted (so odd characters show as such), at most 60 characters. */
export function quoteShort(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text)
}

export function renderRun(run: RunRecord, withStages: boolean): string {
  const glance = run.stages.map(s => GLYPH[s.status] ?? '?').join('')
  const took =
    run.finishedAt && run.startedAt
      ? formatDuration(Date.parse(run.finishedAt) - Date.parse(run.startedAt))
      : ''
  const what = run.rolledBackTo ? `rollback → ${run.rolledBackTo}` : `deploy ${run.imageTag ?? '-'}`
  const message = run.commitMessage ? `  ${quoteShort(run.commitMessage)}` : ''
  const lines = [
    `${run.runId}  ${run.status?.padEnd(11) ?? ''} ${glance}  ${what.padEnd(24)} ${took.padStart(8)}${message}`
  ]
  if (run.status !== 'success' && run.failureReasons?.[0]) lines.push(`    ${run.failureReasons[0]}`)
  if (withStages) for (const stage of run.stages) lines.push(`  ${stageLine(stage, Date.now())}`)
  return `${lines.join('\n')}\n`
}
