// `deplight` command line: parses argv and dispatches to a command. Returns the exit code.
import { VERSION } from '../version.js'

export interface CliIo {
  stdout: { write(s: string): unknown }
  stderr: { write(s: string): unknown }
}

const USAGE = `deplight ${VERSION} — ship a web app from GitHub to AWS ECS Fargate

Usage:
  deplight analyze <dir> [--app-dir P] [--json|--markdown] [--write [--force] [--base-image-registry R]]
  deplight --version
  deplight --help
`

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command] = argv
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE)
    return command ? 0 : 2
  }
  io.stderr.write(`deplight: unknown command '${command}'. Run 'deplight --help' for the list of commands.\n`)
  return 2
}
