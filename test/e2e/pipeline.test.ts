// The whole pipeline, the way a job runs it: the composite action.yml through the runner-style harness
// (test/support/composite-runner.ts) with the bundles in dist/, and only real parts underneath — the Docker
// engine with BuildKit and a registry, terraform with its state in s3rver and the lock in dynalite, a local
// target (test/fixtures/terraform/local-target) whose apply replaces a container on a loopback port, the
// smoke test over real HTTP, notify against the Slack and GitHub fakes. One setup serves the four scenarios,
// in order: (a) first deploy, (b) unchanged second push, (c) a bad release rolled back automatically,
// (d) the rollback action with `image-tag: previous`.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { RunRecord } from '../../src/pipeline/contracts.js'
import { runBundle } from '../actions/run-bundle.js'
import { runComposite, type CompositeResult } from '../support/composite-runner.js'
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
} from '../support/index.js'
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.js'
import {
  copyFixture,
  startS3Backend,
  terraformAvailable,
  useS3Backend,
  type S3Backend
} from '../support/terraform.js'
import { ensureNodeBases } from './support/local-cli.js'

const unavailable = dockerAvailable() ?? registryAvailable() ?? terraformAvailable()
const ACTION_PATH = resolve('.')
const CONTAINER = `dl-e2e-${process.pid}`

const sha = (c: string): string => c.repeat(40)

;(unavailable ? describe.skip : describe)(
  'the composite deploys express-api for real (four scenarios)',
  () => {
    let engine: DockerEngine
    let registry: LocalRegistry
    let backend: S3Backend
    let github: FakeGitHub
    let slack: FakeSlack
    let workspace: string
    let runnerTemps: string
    let port: number
    let env: NodeJS.ProcessEnv
    const backendConfig = (): string =>
      backend
        .entries('pipeline/terraform.tfstate')
        .map(e => ('key' in e ? `${e.key}=${e.value}` : ''))
        .join('\n')

    beforeAll(async () => {
      ;[engine, registry, backend, github, slack] = await Promise.all([
        startDocker(),
        startRegistry(),
        startS3Backend(),
        startFakeGitHub(),
        startFakeSlack()
      ])
      workspace = mkdtempSync(join(tmpdir(), 'dl-pipeline-ws-'))
      runnerTemps = mkdtempSync(join(tmpdir(), 'dl-pipeline-rt-'))
      cpSync('examples/apps/express-api', join(workspace, 'app'), { recursive: true })
      const tf = copyFixture('local-target')
      cpSync(tf.dir, join(workspace, 'deploy/terraform'), { recursive: true })
      tf.remove()
      useS3Backend(join(workspace, 'deploy/terraform'))
      port = await freePort()
      writeFileSync(
        join(workspace, 'deploy/local.tfvars'),
        `image_repository_url = "${registry.host}/express-api"\nhost_port = ${port}\ncontainer_name = "${CONTAINER}"\n`
      )
      await ensureNodeBases(engine, join(workspace, 'app'))
      env = {
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
    }, 300_000)

    afterAll(async () => {
      if (engine) await dockerCli(engine, ['rm', '-f', CONTAINER]).catch(() => undefined)
      await Promise.all([engine?.stop(), registry?.stop(), backend?.stop(), github?.stop(), slack?.stop()])
      rmSync(workspace, { recursive: true, force: true })
      rmSync(runnerTemps, { recursive: true, force: true })
    })

    /** One push: a fresh RUNNER_TEMP (a new job), GITHUB_SHA = the commit, optionally a pull_request event. */
    async function push(
      commit: string,
      pr: number | null = null
    ): Promise<CompositeResult & { runnerTemp: string }> {
      const runnerTemp = mkdtempSync(join(runnerTemps, 'job-'))
      const eventPath = join(runnerTemp, 'event.json')
      writeFileSync(
        eventPath,
        JSON.stringify(
          pr
            ? { number: pr, pull_request: { number: pr, title: 'release' } }
            : { head_commit: { message: `commit ${commit}` } }
        )
      )
      const result = await runComposite({
        actionPath: ACTION_PATH,
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
          'backend-config': backendConfig(),
          environment: 'production',
          'smoke-timeout': '15s',
          'slack-webhook-url': slack.webhookUrl,
          'github-token': github.token
        },
        stepTimeoutMs: 300_000
      })
      return { ...result, runnerTemp }
    }

    const runRecord = (runnerTemp: string): RunRecord =>
      JSON.parse(readFileSync(join(runnerTemp, 'deplight/run-record.json'), 'utf8')) as RunRecord
    const live = async (): Promise<{ status: number; tag: string }> => {
      const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5000) })
      const inspect = await dockerCli(engine, [
        'inspect',
        '--format',
        '{{ index .Config.Labels "deplight.image-tag" }}',
        CONTAINER
      ])
      return { status: response.status, tag: inspect.stdout.trim() }
    }
    const explain = (r: CompositeResult): string =>
      r.steps
        .map(s => `${s.id ?? s.name}: ${s.outcome}\n${s.stdout.slice(-3000)}\n${s.stderr.slice(-2000)}`)
        .join('\n')

    test('(a) first deploy: every stage green, the container serves the release', async () => {
      const run = await push(sha('a'))
      if (!run.success) throw new Error(explain(run))
      expect(run.step('rollback').outcome).toBe('skipped')
      const record = runRecord(run.runnerTemp)
      expect(record.status).toBe('success')
      expect(record.stages.map(s => `${s.id}:${s.status}`)).toEqual([
        'setup:success',
        'analysis:success',
        'build:success',
        'push:success',
        'infrastructure:success',
        'rollout:skipped',
        'health:success',
        'verify:success'
      ])
      expect(await live()).toEqual({ status: 200, tag: sha('a') })
      expect(run.outputs['image-tag']).toBe(sha('a'))
    })

    test('(b) an unchanged second push re-tags the image (no build), applies and is healthy', async () => {
      const run = await push(sha('b'))
      if (!run.success) throw new Error(explain(run))
      expect(run.step('build').outputs.reused).toBe('true')
      expect(run.outputs['previous-image-tag']).toBe(sha('a'))
      expect(await live()).toEqual({ status: 200, tag: sha('b') })
    })

    test('(c) a release whose health check answers 500 fails, is rolled back, and Slack and the PR say so', async () => {
      const server = join(workspace, 'app/server.js')
      const good = readFileSync(server, 'utf8')
      writeFileSync(
        server,
        good.replace("res.json({ status: 'ok' })", "res.status(500).json({ status: 'broken' })")
      )
      try {
        const run = await push(sha('c'), 7)
        expect(run.success).toBe(false)
        expect(run.step('smoke').outcome).toBe('failure')
        if (run.step('rollback').outcome !== 'success') throw new Error(explain(run))
        expect(run.step('rollback').outputs['image-tag']).toBe(sha('b'))
        expect(run.outputs['rolled-back-to']).toBe(sha('b'))
        expect(await live()).toEqual({ status: 200, tag: sha('b') })
        const record = runRecord(run.runnerTemp)
        expect(record.status).toBe('rolled_back')
        expect(record.rolledBackTo).toBe(sha('b'))
        const lastSlack = JSON.stringify(slack.webhookPayloads.at(-1))
        expect(lastSlack).toContain(sha('b').slice(0, 7))
        expect(lastSlack).toMatch(/rolled back/i)
        const comment = github.comments.find(c => c.issueNumber === 7)
        expect(comment?.body).toMatch(/rolled back/i)
      } finally {
        writeFileSync(server, good)
      }
    })

    test('(d) the rollback action with image-tag: previous restores the release before the live one', async () => {
      const runnerTemp = mkdtempSync(join(runnerTemps, 'job-'))
      mkdirSync(runnerTemp, { recursive: true })
      const run = await runBundle('rollback', {
        workspace,
        runnerTemp,
        secrets: [github.token],
        env: { ...(env as Record<string, string>), GITHUB_SHA: sha('b') },
        inputs: {
          'image-tag': 'previous',
          environment: 'production',
          registry: registry.host,
          repository: 'express-api',
          'working-directory': 'deploy/terraform',
          'var-files': 'deploy/local.tfvars',
          'backend-config': backendConfig(),
          'health-path': '/health',
          'smoke-timeout': '15s',
          'github-token': github.token
        }
      })
      if (run.code !== 0) throw new Error(`${run.stdout}\n${run.stderr}`)
      // History: b (the automatic rollback), c failed, b, a → the live image is b, the one before it a.
      expect(run.outputs['image-tag']).toBe(sha('a'))
      expect(run.outputs.source).toBe('deployments')
      expect(run.outputs.passed).toBe('true')
      expect(await live()).toEqual({ status: 200, tag: sha('a') })
    })
  }
)
