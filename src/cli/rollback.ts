// `deplight rollback [service] [--to TAG|previous]`: an earlier release of a local service, live again
// through the same stages as a deploy (without analysis or build).
import { DockerUnavailableError } from '../integrations/docker/engine.js'
import type { LocalRunOutcome } from '../stages/local-outcome.js'
import { rollbackLocal, RollbackTargetError } from '../stages/local-rollback.js'
import { ServiceBusyError } from '../stages/local-state.js'
import { bool, num, parseArgs, str, UsageError, type CommandSpec } from './args.js'
import { printOutcome } from './deploy.js'
import { localEnvironment, STATE_FLAGS } from './local-env.js'
import type { CliIo } from './main.js'
import { ProgressView } from './progress.js'
import { pickService } from './service-arg.js'

export const ROLLBACK_SPEC: CommandSpec = {
  command: 'rollback',
  positional: ['service'],
  flags: {
    ...STATE_FLAGS,
    to: { kind: 'string', example: 'previous' },
    'health-timeout': { kind: 'duration', example: '60s' },
    json: { kind: 'boolean', example: '' }
  }
}

export async function rollbackCommand(argv: string[], io: CliIo): Promise<number> {
  const abort = new AbortController()
  const onSignal = (): void => abort.abort()
  let json = false
  let outcome: LocalRunOutcome
  let view: ProgressView | null = null
  process.once('SIGINT', onSignal)
  try {
    const { flags, positional } = parseArgs(argv, ROLLBACK_SPEC)
    json = bool(flags, 'json')
    const env = localEnvironment(str(flags, 'state-dir'), abort.signal)
    const service = pickService(env.state, positional[0], 'rollback')
    const progress = new ProgressView(json ? io.stderr : io.stdout)
    view = progress
    outcome = await rollbackLocal(
      {
        service,
        to: str(flags, 'to') ?? 'previous',
        healthTimeoutMs: num(flags, 'health-timeout') ?? 60_000
      },
      { ...env, onRecord: record => progress.update(record) }
    )
  } catch (error) {
    view?.stop()
    if (
      error instanceof UsageError ||
      error instanceof RollbackTargetError ||
      error instanceof DockerUnavailableError ||
      error instanceof ServiceBusyError
    ) {
      io.stderr.write(`deplight rollback: ${error.message}\n`)
      return 2
    }
    throw error
  } finally {
    view?.stop()
    process.off('SIGINT', onSignal)
  }
  printOutcome(outcome, json ? io.stderr : io.stdout, 'rollback')
  if (json) io.stdout.write(`${JSON.stringify(outcome.record, null, 2)}\n`)
  return outcome.record.status === 'success' ? 0 : 1
}
