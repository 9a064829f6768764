// A CommandRunner on node:child_process for the CLI: @actions/exec (execRunner) echoes streamed output
// to stdout with `[command]` lines, which is right in a workflow log and wrong under a terminal spinner.
// Here streamed output goes line by line to a callback instead (the progress view shows the last line).
import { spawn } from 'node:child_process'
import type { CommandResult, CommandRunner } from './exec.js'

/** Output kept per stream: enough for an error tail and BuildKit's progress, bounded for huge builds. */
const MAX_CAPTURE = 4 * 1024 * 1024

export function processRunner(onLine?: (line: string) => void): CommandRunner {
  return (command, args, options = {}) =>
    new Promise<CommandResult>(resolve => {
      const child = spawn(command, args, {
        env: options.env,
        cwd: options.cwd,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
      })
      const out = { stdout: '', stderr: '' }
      let partial = ''
      const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
        const text = chunk.toString('utf8')
        out[stream] = (out[stream] + text).slice(-MAX_CAPTURE)
        if (!options.stream || !onLine) return
        partial += text
        const lines = partial.split('\n')
        partial = lines.pop() ?? ''
        for (const line of lines) if (line.trim()) onLine(line)
      }
      child.stdout?.on('data', collect('stdout'))
      child.stderr?.on('data', collect('stderr'))
      if (options.input !== undefined) child.stdin?.end(options.input)
      child.on('error', error => resolve({ exitCode: 127, stdout: out.stdout, stderr: error.message }))
      child.on('close', code => resolve({ exitCode: code ?? 1, ...out }))
    })
}
