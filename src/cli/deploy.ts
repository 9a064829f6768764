// `deplight deploy [dir] [--target local] …`: the local target's eight stages with live progress, then
// the URL (or why the release was refused and what still serves). Exit 0 live, 1 refused, 2 bad input or
// no Docker.
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { DockerUnavailableError } from '../integrations/docker/engine.js'
import { processRunner } from '../integrations/docker/process-runner.js'
import { plainLines, plainText } from '../analyzer/render/markdown.js'
import { formatDuration } from '../pipeline/duration.js'
import { logSafe } from '../pipeline/log-safe.js'
import { deployLocal, type LocalDeployInputs } from '../stages/local-deploy.js'
import type { LocalRunOutcome } from '../stages/local-outcome.js'
import { ServiceBusyError, validateServiceName } from '../stages/local-state.js'
import { bool, num, parseArgs, str, UsageError, type CommandSpec } from './args.js'
import { localEnvironment, STATE_FLAGS } from './local-env.js'
import type { CliIo } from './main.js'
import { ProgressView } from './progress.js'

export const DEPLOY_SPEC: CommandSpec = {
  command: 'deploy',
  positional: ['dir'],
  flags: {
    ...STATE_FLAGS,
    target: { kind: 'string', example: 'local' },
    'app-dir': { kind: 'string', example: 'apps/web' },
    config: { kind: 'string', example: '.delightful.yaml' },
    name: { kind: 'string', example: 'my-api' },
    port: { kind: 'port', example: '8080' },
    network: { kind: 'string', example: 'host' },
    'health-timeout': { kind: 'duration', example: '60s' },
    'base-image-registry': { kind: 'string', example: 'mirror.example.com/hub' },
    write: { kind: 'boolean', example: '' },
    json: { kind: 'boolean', example: '' }
  }
}

const NETWORK = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/

export interface DeployArgs {
  inputs: Omit<LocalDeployInputs, 'write'> & { write: boolean }
  json: boolean
  stateDir: string | null
}

export function parseDeployArgs(argv: string[]): DeployArgs {
  const { flags, positional } = parseArgs(argv, DEPLOY_SPEC)
  const target = str(flags, 'target') ?? 'local'
  if (target !== 'local')
    throw new UsageError(
      `--target ${target} is not a CLI target: the CLI deploys to the local Docker engine (--target local); AWS deploys run from GitHub Actions (uses: deplight/deploy@v3)`
    )
  const dir = resolve(positional[0] ?? '.')
  if (!existsSync(dir))
    throw new UsageError(`${positional[0] ?? '.'} does not exist; pass the app's directory`)
  if (!statSync(dir).isDirectory())
    throw new UsageError(`${positional[0]} is not a directory; pass the app's directory`)
  const name = str(flags, 'name')
  if (name !== null) {
    try {
      validateServiceName(name)
    } catch (error) {
      throw new UsageError(`--name: ${(error as Error).message}`)
    }
  }
  const network = str(flags, 'network')
  if (network !== null && !NETWORK.test(network))
    throw new UsageError(
      `--network "${network}" is not a Docker network name; use host, bridge or a network you created`
    )
  return {
    inputs: {
      dir,
      appDir: str(flags, 'app-dir'),
      config: str(flags, 'config'),
      name,
      port: num(flags, 'port'),
      network,
      baseImageRegistry: str(flags, 'base-image-registry'),
      write: bool(flags, 'write'),
      healthTimeoutMs: num(flags, 'health-timeout') ?? 60_000
    },
    json: bool(flags, 'json'),
    stateDir: str(flags, 'state-dir')
  }
}

export async function deployCommand(argv: string[], io: CliIo): Promise<number> {
  let args: DeployArgs
  try {
    args = parseDeployArgs(argv)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`deplight deploy: ${error.message}\n`)
      return 2
    }
    throw error
  }
  // Progress goes where people look; with --json stdout carries only the final RunRecord.
  const out = args.json ? io.stderr : io.stdout
  const view = new ProgressView(out)
  const abort = new AbortController()
  const onSignal = (): void => abort.abort()
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  let outcome: LocalRunOutcome
  try {
    const env = localEnvironment(args.stateDir, abort.signal)
    const writer = args.inputs.write ? await artifactWriter(args.inputs) : null
    outcome = await deployLocal(
      { ...args.inputs, write: writer },
      {
        ...env,
        buildRunner: processRunner(line => view.note(line)),
        onRecord: record => view.update(record),
        log: line => (view.live ? view.note(line) : undefined)
      }
    )
  } catch (error) {
    view.stop()
    if (error instanceof DockerUnavailableError || error instanceof ServiceBusyError) {
      io.stderr.write(`deplight deploy: ${error.message}\n`)
      return 2
    }
    throw error
  } finally {
    view.stop()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  printOutcome(outcome, out, 'deploy')
  if (args.json) io.stdout.write(`${JSON.stringify(outcome.record, null, 2)}\n`)
  if (outcome.record.status === 'cancelled') return 130
  return outcome.record.status === 'success' ? 0 : 1
}

/** `--write` puts files into the tree exactly as `deplight analyze --write` does (never over existing ones). */
async function artifactWriter(
  inputs: DeployArgs['inputs']
): Promise<NonNullable<LocalDeployInputs['write']>> {
  const { writeArtifactFiles } = await import('./write-artifacts.js')
  return async (report, app) => {
    const result = await writeArtifactFiles(inputs.dir, report, app, {
      force: false,
      baseImageRegistry: inputs.baseImageRegistry
    })
    return {
      written: result.files.filter(f => f.outcome === 'wrote').map(f => f.path),
      warnings: result.warnings
    }
  }
}

export function printOutcome(outcome: LocalRunOutcome, out: CliIo['stdout'], verb: string): void {
  const { record } = outcome
  // Paths and reasons can carry repository text (folder names, build output): no control characters, and
  // only the indented detail lines may span lines.
  for (const path of outcome.written) out.write(`wrote ${logSafe(path)}\n`)
  for (const note of outcome.notes) out.write(`note: ${plainText(note)}\n`)
  const took =
    record.finishedAt && record.startedAt ? Date.parse(record.finishedAt) - Date.parse(record.startedAt) : 0
  if (record.status === 'success') {
    out.write(
      `\n${record.service} ${record.imageTag} is live at ${outcome.url} (${verb} took ${formatDuration(took)})\n`
    )
    return
  }
  const [summary, ...more] = outcome.reasons
  out.write(
    `\n${verb} ${record.status === 'cancelled' ? 'cancelled' : 'failed'}: ${plainText(summary ?? 'unknown error')}\n`
  )
  for (const reason of more) out.write(`${plainLines(reason).replace(/^/gm, '  ')}\n`)
  if (!outcome.url && record.status !== 'cancelled')
    out.write('  nothing was serving before; no URL is live\n')
}
