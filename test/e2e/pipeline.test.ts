// The whole pipeline, the way a job runs it: the composite action.yml through the runner-style harness
// (test/support/composite-runner.ts) with the bundles in dist/, and only real parts underneath — the Docker
// engine with BuildKit and a registry, terraform with its state in s3rver and the lock in dynalite, a local
// target (test/fixtures/terraform/local-target) whose apply replaces a container on a loopback port, the
// smoke test over real HTTP, notify against the Slack and GitHub fakes. One setup serves five scenarios,
// in order: (a) first deploy, (b) unchanged second push, (c) a bad release rolled back automatically,
// (d) the rollback action with `image-tag: previous`, (e) a release that never becomes ready (stage 6 fails).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runBundle } from '../actions/run-bundle.js'
import {
  explainRun as explain,
  pipelineUnavailable,
  sha,
  startPipelineEnv,
  type PipelineEnv
} from './support/pipeline-env.js'

const unavailable = pipelineUnavailable()

;(unavailable ? describe.skip : describe)(
  'the composite deploys express-api for real (the four scenarios of the issue, and a release that never becomes ready)',
  () => {
    let p: PipelineEnv
    beforeAll(async () => {
      p = await startPipelineEnv()
    }, 300_000)
    afterAll(async () => {
      await p?.stop()
    })
    const push = (commit: string, pr: number | null = null, inputs?: Record<string, string>) =>
      p.push(commit, pr, inputs)
    const live = () => p.live()
    const runRecord = (runnerTemp: string) => p.runRecord(runnerTemp)

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
        'rollout:success',
        'health:success',
        'verify:success'
      ])
      expect(await live()).toEqual({ status: 200, tag: sha('a') })
      expect(run.outputs['image-tag']).toBe(sha('a'))
      // Stage 6 for real: the module's readiness_path answered after the container replacement.
      expect(run.step('deploy').outputs['rollout-state']).toBe('COMPLETED')
      expect(run.step('deploy').stdout).toMatch(/rollout COMPLETED: http:\/\/127\.0\.0\.1:\d+\/ answered 200/)
      expect(record.stages.find(s => s.id === 'rollout')?.durationMs).toEqual(expect.any(Number))
    })

    test('(b) an unchanged second push re-tags the image (no build), applies and is healthy', async () => {
      const run = await push(sha('b'))
      if (!run.success) throw new Error(explain(run))
      expect(run.step('build').outputs.reused).toBe('true')
      expect(run.outputs['previous-image-tag']).toBe(sha('a'))
      expect(await live()).toEqual({ status: 200, tag: sha('b') })
    })

    test('(c) a release whose health check answers 500 fails, is rolled back, and Slack and the PR say so', async () => {
      const server = join(p.workspace, 'app/server.js')
      const good = readFileSync(server, 'utf8')
      writeFileSync(
        server,
        good.replace("res.json({ status: 'ok' })", "res.status(500).json({ status: 'broken' })")
      )
      try {
        const run = await push(sha('c'), 7)
        expect(run.success).toBe(false)
        // The bad release comes up (its / answers), so the rollout completes; its health check does not.
        expect(run.step('deploy').outputs['rollout-state']).toBe('COMPLETED')
        expect(run.step('smoke').outcome).toBe('failure')
        if (run.step('rollback').outcome !== 'success') throw new Error(explain(run))
        expect(run.step('rollback').outputs['image-tag']).toBe(sha('b'))
        expect(run.outputs['rolled-back-to']).toBe(sha('b'))
        expect(await live()).toEqual({ status: 200, tag: sha('b') })
        const record = runRecord(run.runnerTemp)
        expect(record.status).toBe('rolled_back')
        expect(record.rolledBackTo).toBe(sha('b'))
        const lastSlack = JSON.stringify(p.slack.webhookPayloads.at(-1))
        expect(lastSlack).toContain(sha('b').slice(0, 7))
        expect(lastSlack).toMatch(/rolled back/i)
        const comment = p.github.comments.find(c => c.issueNumber === 7)
        expect(comment?.body).toMatch(/rolled back/i)
      } finally {
        writeFileSync(server, good)
      }
    })

    test('(d) the rollback action with image-tag: previous restores the release before the live one', async () => {
      const runnerTemp = p.newRunnerTemp()
      mkdirSync(runnerTemp, { recursive: true })
      const run = await runBundle('rollback', {
        workspace: p.workspace,
        runnerTemp,
        secrets: [p.github.token],
        env: { ...(p.env as Record<string, string>), GITHUB_SHA: sha('b') },
        inputs: {
          'image-tag': 'previous',
          environment: 'production',
          registry: p.registry.host,
          repository: 'express-api',
          'working-directory': 'deploy/terraform',
          'var-files': 'deploy/local.tfvars',
          'backend-config': p.backendConfig,
          'health-path': '/health',
          'smoke-timeout': '15s',
          'github-token': p.github.token
        }
      })
      if (run.code !== 0) throw new Error(`${run.stdout}\n${run.stderr}`)
      // History: b (the automatic rollback), c failed, b, a → the live image is b, the one before it a.
      expect(run.outputs['image-tag']).toBe(sha('a'))
      expect(run.outputs.source).toBe('deployments')
      expect(run.outputs.passed).toBe('true')
      expect(await live()).toEqual({ status: 200, tag: sha('a') })
    })

    test('(e) a release whose container exits at start never becomes ready: the rollout fails after wait-timeout', async () => {
      const server = join(p.workspace, 'app/server.js')
      const good = readFileSync(server, 'utf8')
      writeFileSync(server, `console.error('missing DATABASE_URL'); process.exit(1)\n${good}`)
      try {
        const run = await push(sha('e'), null, { 'wait-timeout': '4s' })
        expect(run.success).toBe(false)
        expect(run.step('deploy').outcome).toBe('failure')
        expect(run.step('deploy').outputs['rollout-state']).toBe('TIMED_OUT')
        expect(run.step('deploy').stdout).toMatch(
          new RegExp(
            `::error::the release ${sha('e')} did not become ready within wait-timeout \\(4\\.\\d s\\)%0Ahttp://127\\.0\\.0\\.1:${p.port}/ did not answer with a status below 500 after 4\\.0 s \\(wait-timeout\\): last attempt: connection refused`
          )
        )
        expect(run.step('smoke').outcome).toBe('skipped')
        const record = runRecord(run.runnerTemp)
        expect(record.status).toBe('failure')
        expect(record.stages.find(s => s.id === 'rollout')?.status).toBe('failure')
      } finally {
        writeFileSync(server, good)
      }
    })
  }
)
