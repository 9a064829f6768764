// Runs the committed bundle (dist/terraform-deploy/index.js, what users run) the way the runner does: a
// separate node process with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the ECS fake
// and the GitHub fake reached only through AWS_ENDPOINT_URL_ECS and GITHUB_API_URL. Default poll intervals:
// the fake's rollout has already ended when the action first looks.
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { DeployResult } from '../../../src/pipeline/contracts.js'
import { FAKE_ECS_ACCESS_KEY, startFakeEcs, type FakeEcs } from '../../support/fake-ecs.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'
import { copyFixture, taskDefinitionArn, terraformAvailable } from '../../support/terraform.js'
import { parseOutputs } from './runner-files.js'

const unavailable = terraformAvailable()
if (unavailable) console.warn(`skipping the terraform-deploy bundle test: ${unavailable}`)
const describeIfTerraform = unavailable ? describe.skip : describe
const exec = promisify(execFile)

describeIfTerraform('the bundled terraform-deploy action', () => {
  let fixture: ReturnType<typeof copyFixture>
  let workspace: string
  let ecs: FakeEcs
  let gh: FakeGitHub

  beforeAll(async () => {
    fixture = copyFixture('service')
    workspace = join(fixture.dir, '..')
    ecs = await startFakeEcs()
    ecs.addService({ cluster: 'apps', service: 'shop', taskDefinition: taskDefinitionArn('shop', 'seed000') })
    gh = await startFakeGitHub()
    writeFileSync(join(workspace, 'deplight.auto.tfvars'), 'app_name = "shop"\ncontainer_port = 3000\n')
  })
  afterAll(async () => {
    await Promise.all([ecs?.stop(), gh?.stop()])
    fixture?.remove()
  })

  async function runBundle(
    inputs: Record<string, string>
  ): Promise<{ code: number; stdout: string; outputs: Record<string, string> }> {
    const temp = join(workspace, 'runner-temp')
    mkdirSync(temp, { recursive: true })
    const outputFile = join(workspace, 'outputs')
    writeFileSync(outputFile, '')
    writeFileSync(join(workspace, 'summary.md'), '')
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(workspace, 'summary.md'),
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: gh.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: FAKE_ECS_ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_ENDPOINT_URL_ECS: ecs.endpoint,
      AWS_EC2_METADATA_DISABLED: 'true',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
    }
    const result = await exec(process.execPath, [resolve('dist/terraform-deploy/index.js')], {
      cwd: workspace,
      env
    }).then(
      r => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout })
    )
    return { ...result, outputs: parseOutputs(outputFile) }
  }

  const base = {
    'working-directory': 'service',
    'analyzer-tfvars': 'deplight.auto.tfvars',
    'github-token': '',
    'lock-timeout': '30s'
  }

  test('apply, then a rollout that completed: outputs, result file, exit 0', async () => {
    ecs.startDeployment({
      cluster: 'apps',
      service: 'shop',
      taskDefinition: taskDefinitionArn('shop', 'aaa1111'),
      scenario: 'success',
      stepMs: 1,
      startNow: true
    })
    const run = await runBundle({ ...base, 'image-tag': 'aaa1111', 'github-token': gh.token })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      'rollout-state': 'COMPLETED',
      'rolled-back': 'false',
      'task-definition-arn': taskDefinitionArn('shop', 'aaa1111')
    })
    const result = JSON.parse(readFileSync(run.outputs.result as string, 'utf8')) as DeployResult
    expect(result).toMatchObject({
      imageTag: 'aaa1111',
      rolloutState: 'COMPLETED',
      serviceUrl: run.outputs['service-url']
    })
    expect(gh.statuses.map(s => s.state)).toEqual(['in_progress', 'success'])
    expect(run.stdout).toContain('Apply complete!')
  })

  test('a circuit-breaker rollback fails the step after writing the outputs', async () => {
    ecs.startDeployment({
      cluster: 'apps',
      service: 'shop',
      taskDefinition: taskDefinitionArn('shop', 'bbb2222'),
      scenario: 'circuit-breaker',
      stepMs: 1,
      startNow: true,
      rollbackMs: 600_000 // still rolling back when the action looks
    })
    await new Promise(r => setTimeout(r, 5))
    const run = await runBundle({ ...base, 'image-tag': 'bbb2222' })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({
      'rollout-state': 'ROLLED_BACK',
      'rolled-back': 'true',
      'previous-image-tag': 'aaa1111'
    })
    expect(run.stdout).toMatch(/::error::the rollout of bbb2222 was rolled back: shop runs aaa1111 again/)
    expect(run.stdout).toMatch(/EssentialContainerExited|CannotPullContainerError/)
  })
})
