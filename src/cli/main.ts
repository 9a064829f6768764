// `deplight` command line: parses argv and dispatches to a command. Returns the exit code.
import { VERSION } from '../version.js'

export interface CliIo {
  stdout: { write(s: string): unknown }
  stderr: { write(s: string): unknown }
}

const USAGE = `deplight ${VERSION} — ship a web app from GitHub to AWS ECS Fargate

Usage:
  deplight analyze <dir> [--app-dir P] [--config F] [--json|--markdown] [--write [--force] [--base-image-registry R]] [--cache-dir D]
      Infer language, framework, commands, port, health path and sizing, with evidence for each value.
      --app-dir P   analyse one app of a monorepo (default: the best-scored app)
      --config F    use F instead of <dir>/.delightful.yaml
      --json        one JSON object: the primary app's fields, apps[], warnings and the full report
      --markdown    the PR comment (markdown) the analyze action posts
      --write       write Dockerfile (never over an existing one), .dockerignore and tfvars; --force overwrites
      --cache-dir D reuse an earlier analysis of the same files from directory D (created when missing)
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
  if (command === 'analyze') {
    // Loaded on demand so each command only pays for its own imports at start-up.
    const { analyzeCommand } = await import('./analyze.js')
    return analyzeCommand(argv.slice(1), io)
  }
  io.stderr.write(`deplight: unknown command '${command}'. Run 'deplight --help' for the list of commands.\n`)
  return 2
}
