// `deplight logs [service] [--tail N] [--follow]`: the output of the container serving the live release.
import { processRunner } from '../integrations/docker/process-runner.js'
import { bool, num, parseArgs, str, UsageError, type CommandSpec } from './args.js'
import { localEnvironment, STATE_FLAGS } from './local-env.js'
import type { CliIo } from './main.js'
import { pickService } from './service-arg.js'
import { viewDocker } from './status.js'

export const LOGS_SPEC: CommandSpec = {
  command: 'logs',
  positional: ['service'],
  flags: {
    ...STATE_FLAGS,
    tail: { kind: 'count', example: '100' },
    follow: { kind: 'boolean', example: '' }
  }
}

export async function logsCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    const { flags, positional } = parseArgs(argv, LOGS_SPEC)
    const env = localEnvironment(str(flags, 'state-dir'))
    const name = pickService(env.state, positional[0], 'logs')
    const current = env.state.readService(name)?.current
    if (!current)
      throw new UsageError(`${name} has no live release; 'deplight history ${name}' shows its runs`)
    const { docker, problem } = await viewDocker(env)
    if (!docker) {
      io.stderr.write(`deplight logs: ${problem}\n`)
      return 2
    }
    const args = ['logs', '--tail', String(num(flags, 'tail') ?? 100)]
    if (bool(flags, 'follow')) args.push('--follow')
    // Streamed line by line, so --follow shows lines as the app writes them.
    const run = processRunner(line => io.stdout.write(`${line}\n`))
    const result = await run(docker.docker, [...args, current.container], { env: docker.env, stream: true })
    if (result.exitCode !== 0) {
      io.stderr.write(
        `deplight logs: docker logs ${current.container} failed: ${result.stderr.trim().split('\n').pop()}\n`
      )
      return 1
    }
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`deplight logs: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
