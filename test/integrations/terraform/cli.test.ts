// The terraform runner against the real binary and the `service` fixture: init, plan with and without
// changes, show -json, apply of the saved plan, output -json; terraform's own errors trimmed to the point;
// and a real lock contention on an S3 backend (s3rver) locked in DynamoDB (dynalite).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execRunner, type CommandRunner } from '../../../src/integrations/docker/exec.js'
import { findTerraform, terraformEnv } from '../../../src/integrations/terraform/binary.js'
import { Terraform, TerraformError, type BackendEntry } from '../../../src/integrations/terraform/cli.js'
import {
  copyFixture,
  startS3Backend,
  terraformAvailable,
  useS3Backend,
  type S3Backend
} from '../../support/terraform.js'

const unavailable = terraformAvailable()
if (unavailable) console.warn(`skipping terraform runner tests: ${unavailable}`)
const describeIfTerraform = unavailable ? describe.skip : describe

const quiet: CommandRunner = (command, args, options) =>
  execRunner(command, args, { ...options, stream: false })
const scratch = mkdtempSync(join(tmpdir(), 'dl-tf-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function terraform(dir: string, run: CommandRunner = quiet): Terraform {
  return new Terraform({
    binary: findTerraform(process.env.PATH),
    cwd: dir,
    env: terraformEnv(process.env, scratch),
    run
  })
}

const VARS: [string, string][] = [
  ['app_name', 'shop'],
  ['container_port', '3000']
]

describeIfTerraform('terraform runner (local state)', () => {
  let fixture: ReturnType<typeof copyFixture>
  let tf: Terraform
  const plan = () => join(fixture.dir, 'deploy.tfplan')

  beforeAll(async () => {
    fixture = copyFixture('service')
    tf = terraform(fixture.dir)
    await tf.init([])
  })
  afterAll(() => fixture?.remove())

  test('reads the version and refuses nothing older than it supports', async () => {
    expect(await tf.version()).toMatch(/^1\.\d+\.\d+$/)
  })

  test('plan → show -json → apply of that plan → output -json; a second plan has no changes', async () => {
    const vars: [string, string][] = [...VARS, ['image_tag', 'a1b2c3d']]
    expect(await tf.plan({ out: plan(), varFiles: [], vars, lockTimeoutMs: 1000 })).toBe(true)
    const json = await tf.showJson(plan())
    expect(json.resource_changes?.map(c => c.address).sort()).toEqual([
      'terraform_data.database',
      'terraform_data.load_balancer',
      'terraform_data.service',
      'terraform_data.task_definition'
    ])
    await tf.apply(plan(), 1000)
    const outputs = await tf.outputs()
    expect(outputs.image_tag).toEqual({ sensitive: false, type: 'string', value: 'a1b2c3d' })
    expect(outputs.service_name?.value).toBe('shop')
    expect(outputs.database_url?.sensitive).toBe(true)
    expect(await tf.plan({ out: plan(), varFiles: [], vars, lockTimeoutMs: 1000 })).toBe(false)
  })

  test('a workspace is selected, or created when new', async () => {
    await tf.selectWorkspace('staging')
    await tf.selectWorkspace('staging')
    expect(existsSync(join(fixture.dir, 'terraform.tfstate.d', 'staging'))).toBe(true)
    await tf.selectWorkspace('default')
  })

  test("terraform's errors come back as the Error: block, without the rest of the output", async () => {
    const error = await tf
      .plan({ out: plan(), varFiles: [], vars: [...VARS, ['image_tag', '-bad']], lockTimeoutMs: 1000 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TerraformError)
    expect((error as Error).message).toMatch(
      /^terraform plan failed \(exit 1\): Invalid value for variable\n\n {2}on variables\.tf line \d+:\n/
    )
    expect((error as Error).message).toContain(
      'image_tag must be a hex commit SHA (7-64 characters) or a Docker tag'
    )
    expect((error as Error).message).not.toContain('Acquiring state lock')
  })

  test('a missing var file is named', async () => {
    await expect(
      tf.plan({ out: plan(), varFiles: ['missing.tfvars'], vars: VARS, lockTimeoutMs: 1000 })
    ).rejects.toThrow(
      /^terraform plan failed \(exit 1\): Failed to read variables file\n\nGiven variables file missing\.tfvars does not exist\./
    )
  })

  test('a binary that cannot start is an error naming setup-terraform', async () => {
    const broken = new Terraform({ binary: '/nonexistent/terraform', cwd: fixture.dir, env: {}, run: quiet })
    await expect(broken.version()).rejects.toThrow(/hashicorp\/setup-terraform/)
  })
})

describeIfTerraform('terraform runner with an S3 backend locked in DynamoDB', () => {
  let backend: S3Backend
  let holderDir: ReturnType<typeof copyFixture>
  let ourDir: ReturnType<typeof copyFixture>
  let entries: BackendEntry[]

  beforeAll(async () => {
    backend = await startS3Backend()
    entries = backend.entries('apps/shop.tfstate')
    holderDir = copyFixture('service', ['lock-holder.tf'])
    ourDir = copyFixture('service')
    useS3Backend(holderDir.dir)
    useS3Backend(ourDir.dir)
    await Promise.all([terraform(holderDir.dir).init(entries), terraform(ourDir.dir).init(entries)])
  }, 60_000)

  afterAll(async () => {
    holderDir?.remove()
    ourDir?.remove()
    await backend?.stop()
  })

  /** Starts a second terraform process whose apply holds the lock; resolves once it holds it. */
  async function holdLock(seconds: number): Promise<{ done: Promise<number> }> {
    const env = terraformEnv(process.env, scratch)
    const child = spawn(
      findTerraform(process.env.PATH),
      [
        'apply',
        '-auto-approve',
        '-no-color',
        '-input=false',
        '-var=app_name=shop',
        '-var=container_port=3000',
        '-var=image_tag=holder1',
        `-var=hold_seconds=${seconds}`
      ],
      { cwd: holderDir.dir, env, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let out = ''
    const done = new Promise<number>(resolve => child.on('exit', code => resolve(code ?? -1)))
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes("Provisioning with 'local-exec'")) resolve()
      })
      void done.then(code =>
        reject(new Error(`the lock holder exited (${code}) before holding the lock:\n${out}`))
      )
    })
    return { done }
  }

  test('a held lock: the error names the holder, since when, the operation and the force-unlock command', async () => {
    const holder = await holdLock(2)
    const tf = terraform(ourDir.dir)
    const started = Date.now()
    const error = (await tf
      .plan({
        out: join(ourDir.dir, 'p.tfplan'),
        varFiles: [],
        vars: [...VARS, ['image_tag', 'c0ffee1']],
        lockTimeoutMs: 1000
      })
      .catch((e: unknown) => e)) as TerraformError
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(error).toBeInstanceOf(TerraformError)
    expect(error.lock?.path).toBe('state/apps/shop.tfstate')
    expect(error.message).toMatch(
      new RegExp(
        `^terraform plan: the Terraform state is locked by \\S+@\\S+ since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ \\((\\d+ ms|\\d+\\.\\d s) ago\\), running an apply \\(Terraform 1\\.\\d+\\.\\d+, lock ID ${error.lock?.id}, state state/apps/shop\\.tfstate\\)\\. Waited 1\\.0 s \\(lock-timeout\\)\\.`
      )
    )
    expect(error.message).toContain(
      `release the lock from ${ourDir.dir} (same backend config) with: terraform force-unlock -force ${error.lock?.id}`
    )
    expect(error.message).not.toContain('ConditionalCheckFailedException')
    expect(await holder.done).toBe(0)
  }, 30_000)

  test('with a longer lock-timeout the plan waits for the holder and succeeds', async () => {
    const holder = await holdLock(2)
    const tf = terraform(ourDir.dir)
    const started = Date.now()
    const changes = await tf.plan({
      out: join(ourDir.dir, 'p.tfplan'),
      varFiles: [],
      vars: [...VARS, ['image_tag', 'c0ffee1']],
      lockTimeoutMs: 20_000
    })
    expect(await holder.done).toBe(0)
    expect(changes).toBe(true)
    expect(Date.now() - started).toBeGreaterThan(500)
    await tf.apply(join(ourDir.dir, 'p.tfplan'), 20_000)
    expect((await tf.outputs()).image_tag?.value).toBe('c0ffee1')
  }, 30_000)
})
