// Every docker command goes through a CommandRunner: an argument array, never a shell string. The
// default runner uses @actions/exec; tests wrap it to record the calls actually made.
import { getExecOutput } from '@actions/exec'

export interface CommandOptions {
  env?: NodeJS.ProcessEnv
  /** Written to stdin (e.g. a password for `--password-stdin`). */
  input?: string
  cwd?: string
  /** Echo output to the log as it arrives (builds); otherwise only capture it. */
  stream?: boolean
}

export interface CommandResult {
  exitCode: number
  stdout: string
  stderr: string
}

export type CommandRunner = (
  command: string,
  args: string[],
  options?: CommandOptions
) => Promise<CommandResult>

export const execRunner: CommandRunner = async (command, args, options = {}) => {
  try {
    const env = options.env ? definedEntries(options.env) : undefined
    return await getExecOutput(command, args, {
      ignoreReturnCode: true,
      silent: !options.stream,
      env,
      cwd: options.cwd,
      input: options.input === undefined ? undefined : Buffer.from(options.input)
    })
  } catch (error) {
    // @actions/exec throws when the binary cannot be started at all.
    return { exitCode: 127, stdout: '', stderr: (error as Error).message }
  }
}

export interface RecordedCall {
  command: string
  args: string[]
}

/** Wraps a runner and records each call (the password-carrying stdin is not recorded). */
export function recordingRunner(inner: CommandRunner): { runner: CommandRunner; calls: RecordedCall[] } {
  const calls: RecordedCall[] = []
  const runner: CommandRunner = (command, args, options) => {
    calls.push({ command, args: [...args] })
    return inner(command, args, options)
  }
  return { runner, calls }
}

/** The last lines of a failed command's output, for an error message. */
export function outputTail(result: CommandResult, lines = 15): string {
  const text = `${result.stdout}\n${result.stderr}`.trim()
  return text.split('\n').slice(-lines).join('\n')
}

function definedEntries(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value
  return out
}
