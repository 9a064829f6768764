// `deplight` command line: parses argv and dispatches to a command. Returns the exit code.
import { VERSION } from '../version.js'

export interface CliIo {
  /** isTTY/columns (as on process.stdout) turn on the live progress view. */
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number }
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number }
}

const USAGE = `deplight ${VERSION} — ship a web app from GitHub to AWS ECS Fargate, or to Docker on this machine

Usage:
  deplight deploy [dir] [--target local] [--app-dir P] [--name S] [--port N] [--network NET] [--json]
      Analyse, build with BuildKit, start the new container beside the old one, health-check it with the
      smoke-test stage, then switch the service's stable URL (http://127.0.0.1:PORT) to it. A release
      that crashes or fails its health check is removed and the previous one keeps serving.
      --port N      stable URL port (default: the app's port; another free one if it is taken)
      --network NET host, bridge or a Docker network; default: bridge when the engine has one, else host
                    (engines without a bridge network, e.g. dockerd --bridge=none, need host networking:
                    each container then gets its own port through PORT)
      --name S      service name (default: the analysed app's name)
      --health-timeout 60s   how long the new release may take to become healthy
      --write       also write the generated Dockerfile, .dockerignore and tfvars into the app (as analyze
                    --write); without it the generated Dockerfile is built from a temporary folder
      --base-image-registry R, --config F   as for analyze
      --json        print the run's RunRecord (progress goes to stderr)
  deplight rollback [service] [--to TAG|previous]   put an earlier release live again (default: previous)
  deplight status [service] [--json]        URL, live release, container, health, interrupted runs
  deplight history [service] [--json] [--limit N] [--stages]   runs with their eight stages
  deplight logs [service] [--tail N] [--follow]    output of the live release's container
  deplight stop [service]                   stop serving (proxy and containers); images and history stay
  deplight dashboard [--port 4600] [--repo OWNER/NAME] [--environment E]
      Web page on 127.0.0.1: services, releases, live progress of runs, health, and redeploy, rollback
      and logs buttons. With GITHUB_TOKEN and --repo it also lists the repository's GitHub deployments.
  Local commands keep their state in $XDG_STATE_HOME/deplight (~/.local/state/deplight); --state-dir D
  uses D instead. Docker is found on PATH and reached through DOCKER_HOST like the docker client.

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

type Command = (argv: string[], io: CliIo) => Promise<number>

const LOCAL_COMMANDS: Record<string, () => Promise<Command>> = {
  deploy: async () => (await import('./deploy.js')).deployCommand,
  rollback: async () => (await import('./rollback.js')).rollbackCommand,
  status: async () => (await import('./status.js')).statusCommand,
  history: async () => (await import('./history.js')).historyCommand,
  logs: async () => (await import('./logs.js')).logsCommand,
  stop: async () => (await import('./stop.js')).stopCommand,
  dashboard: async () => (await import('./dashboard.js')).dashboardCommand,
  __proxy: async () => (await import('./proxy.js')).proxyCommand
}

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
  const local = LOCAL_COMMANDS[command]
  if (local) {
    try {
      return await (
        await local()
      )(argv.slice(1), io)
    } catch (error) {
      // Commands report the errors they expect themselves; this is the one line for anything else.
      io.stderr.write(`deplight ${command}: ${(error as Error).message}\n`)
      return 1
    }
  }
  io.stderr.write(`deplight: unknown command '${command}'. Run 'deplight --help' for the list of commands.\n`)
  return 2
}
