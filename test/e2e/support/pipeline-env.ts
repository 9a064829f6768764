// One machine's worth of what a deploy job talks to, for the pipeline e2e test and bench: a Docker engine
// (BuildKit, host networking), a registry, the S3 backend (s3rver + dynalite), the GitHub and Slack fakes,
// and a workspace holding express-api, the local-target Terraform root module and its var file. `push`
// runs the composite action.yml (the bundles in dist/) as one job with a fresh RUNNER_TEMP.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { RunRecord } from '../../../src/pipeline/contracts.js'
import { runComposite, type CompositeResult } from '../../support/composite-runner.js'
import { startFakeSlack, type FakeSlack } from '../../support/fake-slack.js'
import {
  dockerAvailable,
  dockerCli,
  freePort,
  registryAvailable,
  startDocker,
  startFakeGitHub,
  startRegistry,
  type DockerEngine,
  type FakeGitHub,
  type LocalRegistry
} from '../../support/index.js'
import { copyFixture, startS3Backend, terraformAvailable, useS3Backend } from '../../support/terraform.js'
import { ensureNodeBases } from './local-cli.js'

export const pipelineUnavailable = (): string | null =>
  dockerAvailable() ?? registryAvailable() ?? terraformAvailable()

export const sha = (c: string): string => c.repeat(40)

export type PushResult = CompositeResult & { runnerTemp: string }

export interface PipelineEnv {
  engine: DockerEngine
  registry: LocalRegistry
  github: FakeGitHub
  slack: FakeSlack
  workspace: string
  port: number
  container: string
  /** Environment of every step (engine, fakes, the run's GITHUB_* values). */
  env: NodeJS.ProcessEnv
  backendConfig: string
  /** `inputs` adds or overrides composite inputs of this push. */
  push: (commit: string, pr?: number | null, inputs?: Record<string, string>) => Promise<PushResult>
  newRunnerTemp: () => string
  runRecord: (runnerTemp: string) => RunRecord
  /** The health answer on the loopback port and the tag of the container serving it. */
  live: () => Promise<{ status: number; tag: string }>
  stop: () => Promise<void>
}

export async function startPipelineEnv(): Promise<PipelineEnv> {
  const [engine, registry, backend, github, slack] = await Promise.all([
    startDocker(),
    startRegistry(),
    startS3Backend(),
    startFakeGitHub(),
    startFakeSlack()
  ])
  const workspace = mkdtempSync(join(tmpdir(), 'dl-pipeline-ws-'))
  const runnerTemps = mkdtempSync(join(tmpdir(), 'dl-pipeline-rt-'))
  const container = `dl-pipeline-${process.pid}-${Date.now() % 100000}`
  cpSync('examples/apps/express-api', join(workspace, 'app'), { recursive: true })
  const tf = copyFixture('local-target')
  cpSync(tf.dir, join(workspace, 'deploy/terraform'), { recursive: true })
  tf.remove()
  useS3Backend(join(workspace, 'deploy/terraform'))
  const port = await freePort()
  writeFileSync(
    join(workspace, 'deploy/local.tfvars'),
    `image_repository_url = "${registry.host}/express-api"\nhost_port = ${port}\ncontainer_name = "${container}"\n`
  )
  await ensureNodeBases(engine, join(workspace, 'app'))
  const backendConfig = backend
    .entries('pipeline/terraform.tfstate')
    .map(e => ('key' in e ? `${e.key}=${e.value}` : ''))
    .join('\n')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...engine.env,
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat'
  }
  const newRunnerTemp = (): string => mkdtempSync(join(runnerTemps, 'job-'))

  async function push(
    commit: string,
    pr: number | null = null,
    extra: Record<string, string> = {}
  ): Promise<PushResult> {
    const runnerTemp = newRunnerTemp()
    const eventPath = join(runnerTemp, 'event.json')
    const event = pr
      ? { number: pr, pull_request: { number: pr, title: 'release' } }
      : { head_commit: { message: `commit ${commit}` } }
    writeFileSync(eventPath, JSON.stringify(event))
    const result = await runComposite({
      actionPath: resolve('.'),
      workspace,
      runnerTemp,
      env: {
        ...env,
        GITHUB_SHA: commit,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_EVENT_NAME: pr ? 'pull_request' : 'push'
      },
      github: { run_id: '4242', token: github.token, sha: commit, repository: 'acme/shop' },
      inputs: {
        path: 'app',
        'ecr-repository': 'express-api',
        registry: registry.host,
        network: 'host',
        'terraform-directory': 'deploy/terraform',
        'var-files': 'deploy/local.tfvars',
        'backend-config': backendConfig,
        environment: 'production',
        'smoke-timeout': '15s',
        'slack-webhook-url': slack.webhookUrl,
        'github-token': github.token,
        ...extra
      },
      stepTimeoutMs: 300_000
    })
    return { ...result, runnerTemp }
  }

  return {
    engine,
    registry,
    github,
    slack,
    workspace,
    port,
    container,
    env,
    backendConfig,
    push,
    newRunnerTemp,
    runRecord: runnerTemp =>
      JSON.parse(readFileSync(join(runnerTemp, 'deplight/run-record.json'), 'utf8')) as RunRecord,
    live: async () => {
      const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5000) })
      const inspect = await dockerCli(engine, [
        'inspect',
        '--format',
        '{{ index .Config.Labels "deplight.image-tag" }}',
        container
      ])
      return { status: response.status, tag: inspect.stdout.trim() }
    },
    stop: async () => {
      await dockerCli(engine, ['rm', '-f', container]).catch(() => undefined)
      await Promise.all([engine.stop(), registry.stop(), backend.stop(), github.stop(), slack.stop()])
      rmSync(workspace, { recursive: true, force: true })
      rmSync(runnerTemps, { recursive: true, force: true })
    }
  }
}

/** Each step's outcome and the tail of its output, for a failure message. */
export function explainRun(r: CompositeResult): string {
  return r.steps
    .map(s => `--- ${s.id ?? s.name}: ${s.outcome}\n${s.stdout.slice(-3000)}\n${s.stderr.slice(-2000)}`)
    .join('\n')
}
