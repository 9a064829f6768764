// `deplight dashboard [--port 4600] [--repo OWNER/NAME] [--environment E]`: the local dashboard, until
// Ctrl-C. It serves on 127.0.0.1 only; the port falls back to a free one unless --port was given.
import { processRunner } from '../integrations/docker/process-runner.js'
import { parseRepository } from '../integrations/github/client.js'
import { validateWorkflow } from '../integrations/github/workflows.js'
import { HealthPoller, LocalActions } from '../dashboard/actions.js'
import { GitHubDeployments } from '../dashboard/github.js'
import { startDashboard, type RunningDashboard } from '../dashboard/server.js'
import { buildSnapshot, type HealthCache } from '../dashboard/snapshot.js'
import { num, parseArgs, str, UsageError, type CommandSpec } from './args.js'
import { localEnvironment, STATE_FLAGS } from './local-env.js'
import type { CliIo } from './main.js'

export const DASHBOARD_SPEC: CommandSpec = {
  command: 'dashboard',
  positional: [],
  flags: {
    ...STATE_FLAGS,
    port: { kind: 'port', example: '4600' },
    repo: { kind: 'string', example: 'acme/shop' },
    environment: { kind: 'string', example: 'production' },
    'rollback-workflow': { kind: 'string', example: 'rollback.yml' },
    ref: { kind: 'string', example: 'main' }
  }
}

export const DEFAULT_DASHBOARD_PORT = 4600

export async function dashboardCommand(argv: string[], io: CliIo): Promise<number> {
  let github: GitHubDeployments | null = null
  let flags
  try {
    flags = parseArgs(argv, DASHBOARD_SPEC).flags
    const repoText = str(flags, 'repo')
    if (repoText !== null) {
      const repo = parseRepository(repoText)
      if (!repo) throw new UsageError(`--repo "${repoText}" is not OWNER/NAME`)
      const token = process.env.GITHUB_TOKEN
      if (!token)
        throw new UsageError(
          '--repo needs a token in GITHUB_TOKEN (deployments: read; actions: write for rollbacks)'
        )
      const workflow = str(flags, 'rollback-workflow') ?? 'rollback.yml'
      try {
        validateWorkflow(workflow)
      } catch (error) {
        throw new UsageError((error as Error).message)
      }
      github = new GitHubDeployments({
        token,
        repo,
        environment: str(flags, 'environment') ?? 'production',
        rollbackWorkflow: workflow,
        ref: str(flags, 'ref') ?? 'main',
        serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com'
      })
    } else if (str(flags, 'environment') || str(flags, 'rollback-workflow') || str(flags, 'ref'))
      throw new UsageError('--environment, --rollback-workflow and --ref apply with --repo')
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`deplight dashboard: ${error.message}\n`)
      return 2
    }
    throw error
  }

  // Stopping the dashboard cancels the runs it started (recorded as cancelled, candidates removed).
  const abort = new AbortController()
  const env = localEnvironment(str(flags, 'state-dir'), abort.signal)
  const health: HealthCache = new Map()
  const poller = new HealthPoller(env, health)
  const actions = new LocalActions(env, processRunner(), line => io.stderr.write(`${line}\n`))
  const gh = github
  const options = { snapshot: () => buildSnapshot(env.state, health, gh?.view ?? null), actions, github }
  const explicit = num(flags, 'port')
  let dashboard: RunningDashboard
  try {
    dashboard = await startDashboard({ ...options, port: explicit ?? DEFAULT_DASHBOARD_PORT })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    if (explicit !== null) {
      io.stderr.write(
        `deplight dashboard: port ${explicit} on 127.0.0.1 is in use; choose another with --port\n`
      )
      return 2
    }
    dashboard = await startDashboard({ ...options, port: 0 })
    io.stdout.write(`port ${DEFAULT_DASHBOARD_PORT} is in use; serving on ${dashboard.port} instead\n`)
  }
  poller.start()
  github?.start()
  io.stdout.write(`deplight dashboard for ${env.state.root}\n${dashboard.url}\n(Ctrl-C stops it)\n`)
  await new Promise<void>(resolve => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  poller.stop()
  github?.stop()
  abort.abort()
  await dashboard.close()
  await actions.settled()
  return 0
}
