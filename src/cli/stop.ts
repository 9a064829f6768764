// `deplight stop [service]`: stop serving a local service (its proxy and containers); images and run
// history stay, so a later deploy of unchanged content starts without a build.
import { stopService } from '../stages/local-status.js'
import { ServiceBusyError } from '../stages/local-state.js'
import { parseArgs, str, UsageError, type CommandSpec } from './args.js'
import { localEnvironment, STATE_FLAGS } from './local-env.js'
import type { CliIo } from './main.js'
import { pickService } from './service-arg.js'
import { viewDocker } from './status.js'

export const STOP_SPEC: CommandSpec = { command: 'stop', positional: ['service'], flags: { ...STATE_FLAGS } }

export async function stopCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const { flags, positional } = parseArgs(argv, STOP_SPEC)
    const env = localEnvironment(str(flags, 'state-dir'))
    const name = pickService(env.state, positional[0], 'stop')
    const { docker, problem } = await viewDocker(env)
    if (!docker) {
      io.stderr.write(`deplight stop: ${problem}\n`)
      return 2
    }
    const stopped = await stopService(env.state, name, docker)
    io.stdout.write(
      `stopped ${name}: ${stopped.proxy ? 'its URL, ' : ''}${stopped.containers} container(s); images and history are kept\n`
    )
    return 0
  } catch (error) {
    if (error instanceof UsageError || error instanceof ServiceBusyError) {
      io.stderr.write(`deplight stop: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
