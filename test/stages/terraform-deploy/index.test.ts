// The terraform-deploy stage end to end against real components: the terraform binary on the `service`
// and `local-only` fixtures, and the real @aws-sdk/client-ecs against the ECS fake. Nothing of ours is mocked;
// the deployment recorder is the stage's own interface, implemented here in memory.
import { ECSClient } from '@aws-sdk/client-ecs'
import { ConfiguredRetryStrategy } from '@smithy/core/retry'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execRunner, type CommandRunner } from '../../../src/integrations/docker/exec.js'
import { findTerraform, terraformEnv } from '../../../src/integrations/terraform/binary.js'
import { Terraform } from '../../../src/integrations/terraform/cli.js'
import {
  DEFAULT_OUTPUT_NAMES,
  terraformDeploy,
  type DeploymentPayload,
  type TerraformDeployDeps,
  type TerraformDeployInputs
} from '../../../src/stages/terraform-deploy/index.js'
import { freePort } from '../../support/index.js'
import { FAKE_ECS_ACCESS_KEY, startFakeEcs, type FakeEcs, type Scenario } from '../../support/fake-ecs.js'
import { copyFixture, taskDefinitionArn, terraformAvailable } from '../../support/terraform.js'

const unavailable = terraformAvailable()
if (unavailable) console.warn(`skipping terraform-deploy stage tests: ${unavailable}`)
const describeIfTerraform = unavailable ? describe.skip : describe

const quiet: CommandRunner = (c, a, o) => execRunner(c, a, { ...o, stream: false })

interface Harness {
  deps: TerraformDeployDeps
  logs: string[]
  warnings: string[]
  secrets: string[]
  records: {
    payload: DeploymentPayload
    finished?: { state: string; environmentUrl: string | null; description: string }
  }[]
}

describeIfTerraform('terraform-deploy stage', () => {
  let fake: FakeEcs
  let ecs: ECSClient
  let fixture: ReturnType<typeof copyFixture>
  const scratch = mkdtempSync(join(tmpdir(), 'dl-stage-'))

  beforeAll(async () => {
    fake = await startFakeEcs()
    fake.addService({
      cluster: 'apps',
      service: 'shop',
      taskDefinition: taskDefinitionArn('shop', 'seed000')
    })
    ecs = new ECSClient({
      region: 'us-east-1',
      endpoint: fake.endpoint,
      credentials: { accessKeyId: FAKE_ECS_ACCESS_KEY, secretAccessKey: 'secret' },
      retryStrategy: new ConfiguredRetryStrategy(3, 5)
    })
    fixture = copyFixture('service')
    writeFileSync(
      join(fixture.dir, 'analyzer.tfvars'),
      'app_name = "shop"\ncontainer_port = 3000\ncpu = 256\n'
    )
  })
  afterAll(async () => {
    ecs?.destroy()
    await fake?.stop()
    fixture?.remove()
    rmSync(scratch, { recursive: true, force: true })
  })

  function harness(dir = fixture.dir, withEcs = true): Harness {
    const h: Harness = { logs: [], warnings: [], secrets: [], records: [], deps: undefined as never }
    h.deps = {
      terraform: new Terraform({
        binary: findTerraform(process.env.PATH),
        cwd: dir,
        env: terraformEnv(process.env, scratch),
        run: quiet
      }),
      ecs: withEcs ? () => ecs : null,
      log: {
        info: m => h.logs.push(m),
        warning: m => h.warnings.push(m),
        group: (name, fn) => {
          h.logs.push(`[group] ${name}`)
          return fn()
        }
      },
      setSecret: s => h.secrets.push(s),
      deployments: {
        start: async payload => {
          h.records.push({ payload })
          return h.records.length
        },
        finish: async (id, state, o) => {
          ;(h.records[Number(id) - 1] as Harness['records'][number]).finished = { state, ...o }
        }
      },
      poll: { initialMs: 5, maxMs: 10, factor: 1.5 }
    }
    return h
  }

  function inputs(tag: string, extra: Partial<TerraformDeployInputs> = {}): TerraformDeployInputs {
    return {
      workingDirectory: fixture.dir,
      imageTag: tag,
      imageDigest: `sha256:${'d'.repeat(64)}`,
      analyzerVarFile: join(fixture.dir, 'analyzer.tfvars'),
      varFiles: [],
      backendConfig: [],
      workspace: null,
      mode: 'apply',
      lockTimeoutMs: 5000,
      wait: true,
      waitTimeoutMs: 5000,
      outputNames: DEFAULT_OUTPUT_NAMES,
      cluster: null,
      service: null,
      planDir: scratch,
      ...extra
    }
  }

  function rollout(tag: string, scenario: Scenario): void {
    fake.startDeployment({
      cluster: 'apps',
      service: 'shop',
      taskDefinition: taskDefinitionArn('shop', tag),
      scenario,
      stepMs: 30
    })
  }

  test('first deploy: applies, reads the outputs, waits for COMPLETED, records the deployment', async () => {
    const h = harness()
    rollout('1111111', 'success')
    const outcome = await terraformDeploy(inputs('1111111'), h.deps)
    expect(outcome.error).toBeNull()
    expect(outcome.result).toMatchObject({
      schemaVersion: 1,
      imageTag: '1111111',
      previousImageTag: null,
      serviceUrl: 'http://shop-1234567890.us-east-1.elb.amazonaws.com',
      clusterName: 'apps',
      serviceName: 'shop',
      taskDefinitionArn: taskDefinitionArn('shop', '1111111'),
      rolloutState: 'COMPLETED',
      rolledBack: false,
      githubDeploymentId: 1
    })
    expect(outcome.result.deploymentId).toMatch(/^ecs-svc\//)
    expect(outcome.result.outputs.database_url).toBe('(sensitive)')
    expect(outcome.result.outputs.image_tag).toBe('1111111')
    expect(outcome.plan).toMatchObject({ hasChanges: true, add: 4, onlyImageTag: false })
    // The sensitive variable and the sensitive output are masked before anything prints them.
    expect(h.secrets).toEqual(
      expect.arrayContaining([
        'fixture-database-password',
        'postgres://app:fixture-database-password@db.internal:5432/app'
      ])
    )
    expect(JSON.stringify(outcome)).not.toContain('fixture-database-password')
    expect(h.logs).toContain('Plan: 4 to add; image tag (none) → 1111111')
    expect(h.logs.some(l => /^rollout IN_PROGRESS: \d\/2 running/.test(l))).toBe(true)
    expect(h.records).toEqual([
      {
        payload: {
          image_tag: '1111111',
          digest: `sha256:${'d'.repeat(64)}`,
          task_definition_arn: taskDefinitionArn('shop', '1111111'),
          previous_image_tag: null
        },
        finished: {
          state: 'success',
          environmentUrl: 'http://shop-1234567890.us-east-1.elb.amazonaws.com',
          description: '1111111 is live'
        }
      }
    ])
    // The saved plan (secrets in clear text) does not outlive the stage.
    expect(readdirSync(scratch).filter(f => f.endsWith('.tfplan'))).toEqual([])
  })

  test('mode plan: summarises an image-tag-only change and applies nothing', async () => {
    const h = harness()
    const outcome = await terraformDeploy(inputs('2222222', { mode: 'plan' }), h.deps)
    expect(outcome.result).toMatchObject({
      rolloutState: 'SKIPPED',
      previousImageTag: '1111111',
      outputs: {},
      deploymentId: null
    })
    expect(outcome.result.serviceUrl).toBe('http://shop-1234567890.us-east-1.elb.amazonaws.com')
    expect(outcome.plan).toMatchObject({
      change: 1,
      replace: 1,
      onlyImageTag: true,
      destructive: ['terraform_data.task_definition']
    })
    expect(outcome.rolloutNote).toBe('mode: plan')
    expect(h.records).toEqual([])
    expect(h.warnings).toEqual([])
    expect(h.logs).toContain(
      'Plan: 1 to change, 1 to replace; image tag 1111111 → 2222222 — only the image tag changes'
    )
    expect((await h.deps.terraform.outputs()).image_tag?.value).toBe('1111111')
  })

  test('circuit-breaker rollback: ROLLED_BACK, the reasons, a failed record — and terraform state moved on', async () => {
    const h = harness()
    rollout('3333333', 'circuit-breaker')
    const outcome = await terraformDeploy(inputs('3333333'), h.deps)
    expect(outcome.result).toMatchObject({
      rolloutState: 'ROLLED_BACK',
      rolledBack: true,
      previousImageTag: '1111111'
    })
    expect(outcome.failedStage).toBe('rollout')
    expect(outcome.error).toMatch(/^the rollout of 3333333 was rolled back: shop runs 1111111 again\n/)
    expect(outcome.error).toMatch(/ECS deployment circuit breaker: tasks failed to start\./)
    expect(outcome.result.failureReasons?.some(r => /CannotPullContainerError/.test(r))).toBe(true)
    expect(h.records[0]?.finished).toMatchObject({
      state: 'failure',
      description: 'the rollout of 3333333 was rolled back: shop runs 1111111 again'
    })
  })

  test('a stuck rollout times out after wait-timeout', async () => {
    const h = harness()
    rollout('4444444', 'stuck')
    const outcome = await terraformDeploy(inputs('4444444', { waitTimeoutMs: 200 }), h.deps)
    expect(outcome.result.rolloutState).toBe('TIMED_OUT')
    expect(outcome.error).toMatch(/^the rollout of 4444444 did not finish within wait-timeout/)
    expect(outcome.error).toMatch(/unable to place a task/)
  })

  test('wait: false applies and returns SKIPPED without looking at ECS', async () => {
    const h = harness()
    const before = fake.calls.length
    const outcome = await terraformDeploy(inputs('5555555', { wait: false }), h.deps)
    expect(outcome.result).toMatchObject({
      rolloutState: 'SKIPPED',
      imageTag: '5555555',
      previousImageTag: '4444444'
    })
    expect(outcome.rolloutNote).toBe('wait: false')
    expect(outcome.error).toBeNull()
    expect(fake.calls.length).toBe(before)
    expect(h.logs).toContain('Rollout not watched: wait: false.')
  })

  test("a failed apply (the service module's rollback postcondition) is explained by one look at ECS", async () => {
    const h = harness()
    writeFileSync(join(scratch, 'rollback.tfvars'), 'simulate_rollback = true\n')
    // Terraform waits for steady state, so by the time apply fails ECS has rolled back and dropped the
    // failed deployment: the clock starts now and runs out long before terraform is done.
    fake.addService({
      cluster: 'apps',
      service: 'shop-b',
      taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/shop:1'
    })
    fake.startDeployment({
      cluster: 'apps',
      service: 'shop-b',
      taskDefinition: taskDefinitionArn('shop', '6666666'),
      scenario: 'circuit-breaker',
      stepMs: 10,
      startNow: true
    })
    const outcome = await terraformDeploy(
      inputs('6666666', { varFiles: [join(scratch, 'rollback.tfvars')], service: 'shop-b' }),
      h.deps
    )
    expect(outcome.failedStage).toBe('rollout')
    expect(outcome.result).toMatchObject({
      rolloutState: 'ROLLED_BACK',
      rolledBack: true,
      serviceName: 'shop-b'
    })
    expect(outcome.error).toMatch(
      /^the rollout of 6666666 was rolled back: shop-b runs 5555555 again\nterraform apply failed \(exit 1\): Resource postcondition failed/
    )
    expect(outcome.error).toContain(
      'The service is not running the new task definition: the deployment was rolled'
    )
    expect(outcome.error).toMatch(
      /no deployment of shop:\d+ remains; the service runs shop:1: rolled back to an earlier task definition/
    )
    expect(outcome.error).toMatch(/CannotPullContainerError/)
    expect(h.records[0]?.finished?.state).toBe('failure')
  })

  test('a failed apply that never reached the service is an infrastructure failure', async () => {
    const h = harness()
    fake.addService({
      cluster: 'apps',
      service: 'shop-c',
      taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/shop:1'
    })
    const outcome = await terraformDeploy(
      inputs('6767676', { varFiles: [join(scratch, 'rollback.tfvars')], service: 'shop-c' }),
      h.deps
    )
    expect(outcome.failedStage).toBe('infrastructure')
    expect(outcome.result.rolloutState).toBe('FAILED')
    expect(outcome.error).toMatch(/^terraform apply failed \(exit 1\): Resource postcondition failed/)
    expect(outcome.error).toMatch(
      /the service never started a deployment of shop:\d+; the service runs shop:1$/m
    )
  })

  test("user var files beat the analyzer's, terraform.tfvars included, and every override is listed", async () => {
    const h = harness()
    writeFileSync(join(fixture.dir, 'terraform.tfvars'), 'cpu = 512\n')
    writeFileSync(join(scratch, 'mine.tfvars'), 'container_port = 8080\nimage_tag = "ignored"\n')
    try {
      const outcome = await terraformDeploy(
        inputs('7777777', { mode: 'plan', varFiles: [join(scratch, 'mine.tfvars')] }),
        h.deps
      )
      expect(outcome.varConflicts).toEqual([
        { key: 'container_port', analyzer: '3000', yours: '8080', file: join(scratch, 'mine.tfvars') },
        { key: 'cpu', analyzer: '256', yours: '512', file: 'terraform.tfvars' }
      ])
      // Terraform used the user's values: the port change replaces the load balancer target.
      expect(outcome.plan.destructive).toContain('terraform_data.load_balancer')
      expect(outcome.plan.onlyImageTag).toBe(false)
      expect(h.warnings).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /mine\.tfvars sets image_tag, which the deploy always passes as -var image_tag=<tag>: that value is ignored$/
          ),
          expect.stringMatching(/^This plan destroys or replaces terraform_data\.load_balancer \(replace\)/)
        ])
      )
    } finally {
      rmSync(join(fixture.dir, 'terraform.tfvars'))
    }
  })

  test('a workspace has its own state', async () => {
    const h = harness()
    const outcome = await terraformDeploy(inputs('8888888', { workspace: 'staging', wait: false }), h.deps)
    expect(outcome.result.previousImageTag).toBeNull()
    expect(outcome.plan.add).toBe(4)
    await h.deps.terraform.selectWorkspace('default')
  })

  test('cluster and service overrides win over the outputs', async () => {
    const h = harness()
    const outcome = await terraformDeploy(inputs('8888888', { cluster: 'other', service: 'web' }), h.deps)
    expect(outcome.failedStage).toBe('rollout')
    expect(outcome.result.rolloutState).toBe('UNKNOWN')
    expect(outcome.error).toMatch(
      /^cannot follow the rollout of web in other: ECS DescribeServices failed: the cluster does not exist/
    )
  })

  test('a stack without ECS outputs (the local target) is applied and the rollout SKIPPED', async () => {
    const local = copyFixture('local-only')
    try {
      const h = harness(local.dir, false)
      const outcome = await terraformDeploy(
        inputs('9999999', { workingDirectory: local.dir, analyzerVarFile: null }),
        h.deps
      )
      expect(outcome.error).toBeNull()
      expect(outcome.result).toMatchObject({
        rolloutState: 'SKIPPED',
        serviceUrl: 'http://127.0.0.1:8080',
        serviceName: null,
        taskDefinitionArn: null
      })
      expect(outcome.rolloutNote).toBe(
        'no ECS service in the outputs (service_name/cluster_name) and no readiness_path'
      )
      const again = await terraformDeploy(
        inputs('aaaaaaa', { workingDirectory: local.dir, analyzerVarFile: null }),
        harness(local.dir, false).deps
      )
      expect(again.result.previousImageTag).toBe('9999999')
      expect(again.plan).toMatchObject({ replace: 1, onlyImageTag: true })
    } finally {
      local.remove()
    }
  })

  test('a stack without ECS that declares readiness_path: the rollout waits until the release answers', async () => {
    const local = copyFixture('local-only')
    const port = await freePort()
    writeFileSync(join(local.dir, 'readiness.tf'), 'output "readiness_path" {\n  value = "/ready"\n}\n')
    writeFileSync(join(local.dir, 'port.tfvars'), `port = ${port}\n`)
    // The "release" starts listening 0.4 s in, about when terraform's apply ends (the watcher's own waiting
    // through refused connections is covered in http-rollout.test.ts).
    const hits: string[] = []
    const server = createServer((req, res) => {
      hits.push(req.url ?? '')
      res.end('ok')
    })
    const h = harness(local.dir, false)
    const listening = new Promise<void>(resolve =>
      setTimeout(() => server.listen(port, '127.0.0.1', () => resolve()), 400)
    )
    try {
      const base = {
        workingDirectory: local.dir,
        analyzerVarFile: null,
        varFiles: [join(local.dir, 'port.tfvars')]
      }
      const outcome = await terraformDeploy(inputs('1234567', base), h.deps)
      expect(outcome.error).toBeNull()
      expect(outcome.failedStage).toBeNull()
      expect(outcome.rolloutNote).toBeNull()
      expect(outcome.result).toMatchObject({
        rolloutState: 'COMPLETED',
        rolledBack: false,
        serviceUrl: `http://127.0.0.1:${port}`,
        deploymentId: null
      })
      expect(outcome.result.durations?.rolloutMs).toBeGreaterThan(0)
      expect(hits).toContain('/ready')
      expect(h.logs).toContain('No ECS service: waiting for 1234567 to answer on service_url /ready')
      expect(
        h.logs.some(l => /^rollout COMPLETED: http:\/\/127\.0\.0\.1:\d+\/ready answered 200/.test(l))
      ).toBe(true)
      expect(h.records[0]?.finished?.state).toBe('success')

      // The release stops answering: the next deploy's rollout times out after wait-timeout and fails.
      await new Promise<void>(resolve => server.close(() => resolve()))
      const h2 = harness(local.dir, false)
      const failed = await terraformDeploy(inputs('abcdef0', { ...base, waitTimeoutMs: 600 }), h2.deps)
      expect(failed.failedStage).toBe('rollout')
      expect(failed.result.rolloutState).toBe('TIMED_OUT')
      expect(failed.error).toMatch(
        /^the release abcdef0 did not become ready within wait-timeout \(.+\)\nhttp:\/\/127\.0\.0\.1:\d+\/ready did not answer with a status below 500 after 600 ms \(wait-timeout\): last attempt: connection refused \(nothing listening yet\)/
      )
      expect(h2.records[0]?.finished?.state).toBe('failure')
    } finally {
      await listening
      if (server.listening) server.close()
      local.remove()
    }
  })

  test('readiness_path without service_url, or not a path, fails the rollout with what to fix', async () => {
    const local = copyFixture('local-only')
    try {
      writeFileSync(join(local.dir, 'readiness.tf'), 'output "readiness_path" {\n  value = "ready"\n}\n')
      const outcome = await terraformDeploy(
        inputs('7654321', { workingDirectory: local.dir, analyzerVarFile: null }),
        harness(local.dir, false).deps
      )
      expect(outcome.failedStage).toBe('rollout')
      expect(outcome.result.rolloutState).toBe('UNKNOWN')
      expect(outcome.error).toBe(
        'cannot follow the rollout of 7654321: output readiness_path "ready" is not a path: give the path that answers once the release is up, starting with / (e.g. "/" or "/health")'
      )
      const renamed = await terraformDeploy(
        inputs('7654322', {
          workingDirectory: local.dir,
          analyzerVarFile: null,
          outputNames: { ...DEFAULT_OUTPUT_NAMES, serviceUrl: 'app_url' }
        }),
        harness(local.dir, false).deps
      )
      expect(renamed.error).toBe(
        'cannot follow the rollout of 7654322: the outputs declare readiness_path but no app_url to ask'
      )
    } finally {
      local.remove()
    }
  })
})
