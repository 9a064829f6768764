// `deplight status [service]`: each local service's URL, live release, container, health (checked through
// the URL with the smoke-test stage), its latest run, and any run that was interrupted (its process died
// mid-run: the record says where).
import type { DockerContext } from '../integrations/docker/containers.js'
import { dockerCandidates } from '../integrations/docker/detect.js'
import { connectDocker, DockerUnavailableError } from '../integrations/docker/engine.js'
import type { RunRecord } from '../pipeline/contracts.js'
import { formatDuration } from '../pipeline/duration.js'
import { STAGES } from '../pipeline/stages.js'
import type { LocalEnvironment } from '../stages/local-engine.js'
import { serviceView, type ServiceView } from '../stages/local-status.js'
import { bool, parseArgs, str, UsageError, type CommandSpec } from './args.js'
import { localEnvironment, STATE_FLAGS } from './local-env.js'
import type { CliIo } from './main.js'
import { quoteShort } from './history.js'
import { pickService } from './service-arg.js'

export const STATUS_SPEC: CommandSpec = {
  command: 'status',
  positional: ['service'],
  flags: { ...STATE_FLAGS, json: { kind: 'boolean', example: '' } }
}

/** Docker calls for read-only views, or why there are none. */
export async function viewDocker(
  env: LocalEnvironment
): Promise<{ docker: DockerContext | null; problem: string | null }> {
  try {
    const runtime = await connectDocker(
      env.run,
      dockerCandidates(undefined, env.dockerEnv.PATH),
      env.dockerEnv
    )
    return { docker: { run: env.run, docker: runtime.docker, env: env.dockerEnv }, problem: null }
  } catch (error) {
    if (error instanceof DockerUnavailableError) return { docker: null, problem: error.message }
    throw error
  }
}

export async function statusCommand(argv: string[], io: CliIo): Promise<number> {
  let views: ServiceView[]
  let problem: string | null
  let json: boolean
  try {
    const { flags, positional } = parseArgs(argv, STATUS_SPEC)
    json = bool(flags, 'json')
    const env = localEnvironment(str(flags, 'state-dir'))
    const names =
      positional[0] !== undefined ? [pickService(env.state, positional[0], 'status')] : env.state.services()
    const docker = await viewDocker(env)
    problem = docker.problem
    views = []
    for (const name of names) {
      const view = await serviceView(env.state, name, { docker: docker.docker, health: env.health })
      if (view) views.push(view)
    }
    if (names.length === 0 && !json)
      io.stdout.write(`no local services in ${env.state.root}; deploy one with 'deplight deploy <dir>'\n`)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`deplight status: ${error.message}\n`)
      return 2
    }
    throw error
  }
  if (json) io.stdout.write(`${JSON.stringify(views.map(statusJson), null, 2)}\n`)
  else for (const view of views) io.stdout.write(renderStatus(view))
  if (problem) {
    io.stderr.write(`deplight status: ${problem}\n`)
    return 2
  }
  return 0
}

function statusJson(view: ServiceView): Record<string, unknown> {
  return {
    service: view.service.name,
    url: view.url,
    release: view.service.current?.tag ?? null,
    current: view.service.current,
    proxyPid: view.proxyPid,
    container: view.container,
    health: view.health,
    lastRun: view.runs[0] ?? null,
    interrupted: view.runs.filter(r => r.status === 'interrupted').map(r => r.runId)
  }
}

export function renderStatus(view: ServiceView): string {
  const { service } = view
  const lines: string[] = []
  const health = view.health
    ? view.health.healthy
      ? `healthy (${view.health.status ?? ''}${view.health.latencyMs !== null ? `, ${formatDuration(view.health.latencyMs)}` : ''})`
      : `UNHEALTHY: ${view.health.message}`
    : ''
  const url = view.url ?? 'not serving: the proxy is not running (deplight deploy or rollback starts it)'
  lines.push(`${service.name}  ${url}  ${health}`.trimEnd())
  const current = service.current
  if (current) {
    const commit = current.commit ? `  commit ${current.commit.slice(0, 12)}` : ''
    const message = current.commitMessage ? ` ${quoteShort(current.commitMessage)}` : ''
    lines.push(`  release    ${current.tag}  deployed ${current.deployedAt}${commit}${message}`)
  } else lines.push('  release    none live')
  if (view.container) lines.push(`  container  ${view.container.name}  ${view.container.status}`)
  const last = view.runs[0]
  if (last) lines.push(`  last run   ${runSummary(last)}`)
  for (const run of view.runs.slice(0, 10)) {
    if (run.status === 'interrupted') lines.push(`  ! ${interruptedLine(run, current?.tag ?? null)}`)
    if (run.status === 'running') lines.push(`  ▸ run ${run.runId} is in progress, ${activeStage(run)}`)
  }
  return `${lines.join('\n')}\n`
}

export function runSummary(run: RunRecord): string {
  const took =
    run.finishedAt && run.startedAt
      ? `  ${formatDuration(Date.parse(run.finishedAt) - Date.parse(run.startedAt))}`
      : ''
  const what = run.rolledBackTo ? `rollback to ${run.rolledBackTo}` : `deploy ${run.imageTag ?? ''}`.trimEnd()
  return `${run.status}  ${what}  ${run.runId}${took}`
}

/** Where a run stands: `during X` for the stage it was in (or failed in), else `after X` (the last done). */
function activeStage(run: RunRecord): string {
  const title = (id: string | undefined): string => STAGES.find(s => s.id === id)?.title ?? 'starting'
  const current = run.stages.find(s => s.status === 'running') ?? run.stages.find(s => s.status === 'failure')
  if (current) return `during ${title(current.id)}`
  const done = [...run.stages].reverse().find(s => s.status === 'success' || s.status === 'skipped')
  return done ? `after ${title(done.id)}` : 'before its first stage'
}

export function interruptedLine(run: RunRecord, serving: string | null): string {
  const where = activeStage(run)
  const still = serving ? `; the service still runs ${serving}` : ''
  return `run ${run.runId} was interrupted ${where} (its process stopped before the run ended)${still}`
}
