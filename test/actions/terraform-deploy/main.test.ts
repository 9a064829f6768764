// The action as GitHub runs it, in process: INPUT_* variables, GITHUB_OUTPUT and the job summary, with real
// terraform on the `service` fixture, the real ECS SDK pointed at the ECS fake by AWS_ENDPOINT_URL_ECS and
// Octokit pointed at the GitHub fake by GITHUB_API_URL — no test-only inputs.
import { jest } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../../src/actions/terraform-deploy/main.js'
import type { DeployResult, PlanSummary } from '../../../src/pipeline/contracts.js'
import { FAKE_ECS_ACCESS_KEY, startFakeEcs, type FakeEcs } from '../../support/fake-ecs.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'
import { copyFixture, taskDefinitionArn, terraformAvailable } from '../../support/terraform.js'
import { parseOutputs } from './runner-files.js'

const unavailable = terraformAvailable()
if (unavailable) console.warn(`skipping terraform-deploy action tests: ${unavailable}`)
const describeIfTerraform = unavailable ? describe.skip : describe
const FAST = { poll: { initialMs: 5, maxMs: 10, factor: 1.5 } }

describeIfTerraform('terraform-deploy action', () => {
  const saved = { ...process.env }
  let fixture: ReturnType<typeof copyFixture>
  let workspace: string
  let ecs: FakeEcs
  let gh: FakeGitHub
  let stdout: string[]

  beforeAll(async () => {
    fixture = copyFixture('service')
    workspace = join(fixture.dir, '..')
    ecs = await startFakeEcs()
    ecs.addService({ cluster: 'apps', service: 'shop', taskDefinition: taskDefinitionArn('shop', 'seed000') })
    gh = await startFakeGitHub()
    writeFileSync(join(workspace, 'analyzer.tfvars'), 'app_name = "shop"\ncontainer_port = 3000\n')
  })
  afterAll(async () => {
    await Promise.all([ecs?.stop(), gh?.stop()])
    fixture?.remove()
  })

  beforeEach(() => {
    const temp = join(workspace, 'runner-temp')
    mkdirSync(temp, { recursive: true })
    writeFileSync(join(workspace, 'outputs'), '')
    writeFileSync(join(workspace, 'summary.md'), '')
    Object.assign(process.env, {
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: join(workspace, 'outputs'),
      GITHUB_STEP_SUMMARY: join(workspace, 'summary.md'),
      GITHUB_SHA: 'e'.repeat(40),
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
      GITHUB_API_URL: gh.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: FAKE_ECS_ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_ENDPOINT_URL_ECS: ecs.endpoint,
      'INPUT_WORKING-DIRECTORY': 'service',
      'INPUT_ANALYZER-TFVARS': 'analyzer.tfvars',
      'INPUT_GITHUB-TOKEN': gh.token,
      'INPUT_LOCK-TIMEOUT': '10s'
    })
    stdout = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout.push(String(chunk))
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
    process.env = { ...saved }
    process.exitCode = undefined
  })

  const outputs = () => parseOutputs(join(workspace, 'outputs'))
  const log = () => stdout.join('')

  test('apply: outputs, DeployResult and plan summary files, a GitHub deployment, the job summary', async () => {
    process.env['INPUT_IMAGE-TAG'] = '1a2b3c4'
    process.env['INPUT_IMAGE-DIGEST'] = `sha256:${'9'.repeat(64)}`
    ecs.startDeployment({
      cluster: 'apps',
      service: 'shop',
      taskDefinition: taskDefinitionArn('shop', '1a2b3c4'),
      scenario: 'success',
      stepMs: 20
    })
    await run(FAST)
    expect(process.exitCode).toBeUndefined()
    const out = outputs()
    expect(out).toMatchObject({
      'service-url': 'http://shop-1234567890.us-east-1.elb.amazonaws.com',
      'previous-image-tag': '',
      'task-definition-arn': taskDefinitionArn('shop', '1a2b3c4'),
      'rollout-state': 'COMPLETED',
      'rolled-back': 'false',
      'plan-has-changes': 'true',
      'github-deployment-id': String(gh.deployments[0]?.id)
    })
    expect(out['deployment-id']).toMatch(/^ecs-svc\//)
    const result = JSON.parse(readFileSync(out.result as string, 'utf8')) as DeployResult
    expect(result).toMatchObject({ schemaVersion: 1, imageTag: '1a2b3c4', rolloutState: 'COMPLETED' })
    expect(result.outputs.database_url).toBe('(sensitive)')
    const plan = JSON.parse(readFileSync(out['plan-summary'] as string, 'utf8')) as PlanSummary
    expect(plan).toMatchObject({ hasChanges: true, add: 4 })
    expect(gh.deployments[0]).toMatchObject({
      ref: 'e'.repeat(40),
      environment: 'production',
      payload: {
        image_tag: '1a2b3c4',
        digest: `sha256:${'9'.repeat(64)}`,
        task_definition_arn: taskDefinitionArn('shop', '1a2b3c4'),
        previous_image_tag: null
      }
    })
    expect(gh.statuses.map(s => s.state)).toEqual(['in_progress', 'success'])
    expect(gh.statuses[1]?.environmentUrl).toBe('http://shop-1234567890.us-east-1.elb.amazonaws.com')
    expect(gh.statuses[1]?.logUrl).toBe('https://github.com/acme/shop/actions/runs/42')
    const summary = readFileSync(join(workspace, 'summary.md'), 'utf8')
    expect(summary).toContain('<h3>Infrastructure update</h3>')
    expect(summary).toContain('<h3>Service rollout</h3>')
    expect(summary).toContain('**Deploy of `1a2b3c4` to production: COMPLETED**')
    expect(summary).not.toContain('fixture-database-password')
    // The sensitive variable was masked before terraform printed anything.
    expect(log()).toContain('::add-mask::fixture-database-password')
    expect(log()).toMatch(/rollout IN_PROGRESS: \d\/2 running/)
  })

  test('plan on a pull request: the sticky comment gets the plan, updated in place on the next run', async () => {
    const event = join(workspace, 'event.json')
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7 } }))
    Object.assign(process.env, { GITHUB_EVENT_PATH: event, 'INPUT_IMAGE-TAG': '5d6e7f8', INPUT_MODE: 'plan' })
    const deploymentsBefore = gh.deployments.length
    await run(FAST)
    expect(process.exitCode).toBeUndefined()
    expect(outputs()).toMatchObject({
      'rollout-state': 'SKIPPED',
      'plan-has-changes': 'true',
      'previous-image-tag': '1a2b3c4'
    })
    expect(gh.comments).toHaveLength(1)
    const body = gh.comments[0]?.body ?? ''
    expect(body).toContain('<!-- deplight:section plan -->')
    expect(body).toContain(
      '**Terraform plan for production: 1 to change, 1 to replace** · image tag `1a2b3c4` → `5d6e7f8` · only the image tag changes'
    )
    expect(body).toContain('<details><summary>2 resource change(s)</summary>')
    expect(gh.deployments.length).toBe(deploymentsBefore) // a plan records no deployment

    process.env['INPUT_IMAGE-TAG'] = '9a9a9a9'
    await run(FAST)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0]?.body).toContain('`1a2b3c4` → `9a9a9a9`')
    expect(log()).toContain('Plan updated in the deplight comment on #7')
  })

  test('circuit-breaker rollback: every output written, then the step fails with the reasons', async () => {
    process.env['INPUT_IMAGE-TAG'] = 'badc0de'
    ecs.startDeployment({
      cluster: 'apps',
      service: 'shop',
      taskDefinition: taskDefinitionArn('shop', 'badc0de'),
      scenario: 'circuit-breaker',
      stepMs: 20
    })
    await run(FAST)
    expect(process.exitCode).toBe(1)
    expect(outputs()).toMatchObject({
      'rollout-state': 'ROLLED_BACK',
      'rolled-back': 'true',
      'previous-image-tag': '1a2b3c4'
    })
    expect(log()).toMatch(
      /::error::the rollout of badc0de was rolled back: shop runs 1a2b3c4 again%0A.*circuit breaker/
    )
    expect(gh.statuses.at(-1)?.state).toBe('failure')
  })

  test('a token without deployments: write only warns', async () => {
    gh.forbid('POST', /\/deployments$/)
    process.env['INPUT_IMAGE-TAG'] = '1a2b3c4'
    process.env.INPUT_WAIT = 'false'
    await run(FAST)
    expect(process.exitCode).toBeUndefined()
    expect(log()).toMatch(
      /::warning::No GitHub deployment record: cannot create a deployment for production: the token lacks `permissions: deployments: write`/
    )
    expect(outputs()['rollout-state']).toBe('SKIPPED')
  })

  test('invalid input fails before terraform runs; no terraform on PATH names setup-terraform', async () => {
    process.env['INPUT_IMAGE-TAG'] = '$(curl evil)'
    await run(FAST)
    expect(process.exitCode).toBe(1)
    expect(log()).toContain('::error::image-tag "$(curl evil)" is not valid')
    expect(log()).not.toContain('terraform init')

    process.exitCode = undefined
    process.env['INPUT_IMAGE-TAG'] = '1a2b3c4'
    process.env.PATH = '/nonexistent'
    await run(FAST)
    expect(process.exitCode).toBe(1)
    expect(log()).toContain(
      '::error::terraform is not installed (no terraform on PATH): add hashicorp/setup-terraform'
    )
  })
})
