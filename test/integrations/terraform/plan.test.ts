// Plan summaries from real `terraform show -json` of the `service` fixture: a first deploy, no change, an
// image-tag-only change (which, as on AWS, replaces the task definition), a destructive port change, and
// a tag change mixed with a size change.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execRunner, type CommandRunner } from '../../../src/integrations/docker/exec.js'
import { findTerraform, terraformEnv } from '../../../src/integrations/terraform/binary.js'
import { Terraform } from '../../../src/integrations/terraform/cli.js'
import {
  changedPaths,
  outputAfter,
  outputBefore,
  sensitiveVariableValues,
  summarizePlan,
  tagOfImage,
  type PlanJson
} from '../../../src/integrations/terraform/plan.js'
import { copyFixture, terraformAvailable } from '../../support/terraform.js'

const unavailable = terraformAvailable()
if (unavailable) console.warn(`skipping plan summary tests: ${unavailable}`)
const describeIfTerraform = unavailable ? describe.skip : describe

describeIfTerraform('plan summaries of real plans', () => {
  let fixture: ReturnType<typeof copyFixture>
  let tf: Terraform
  const scratch = mkdtempSync(join(tmpdir(), 'dl-tf-plan-'))

  beforeAll(async () => {
    fixture = copyFixture('service')
    const quiet: CommandRunner = (c, a, o) => execRunner(c, a, { ...o, stream: false })
    tf = new Terraform({
      binary: findTerraform(process.env.PATH),
      cwd: fixture.dir,
      env: terraformEnv(process.env, scratch),
      run: quiet
    })
    await tf.init([])
  })
  afterAll(() => {
    fixture?.remove()
    rmSync(scratch, { recursive: true, force: true })
  })

  async function plan(
    vars: Record<string, string>
  ): Promise<{ json: PlanJson; changed: boolean; file: string }> {
    const file = join(scratch, 'p.tfplan')
    const all = { app_name: 'shop', container_port: '3000', ...vars }
    const changed = await tf.plan({ out: file, varFiles: [], vars: Object.entries(all), lockTimeoutMs: 1000 })
    return { json: await tf.showJson(file), changed, file }
  }

  test('first deploy: everything is created, nothing was running before', async () => {
    const { json, changed, file } = await plan({ image_tag: 'aaaaaaa' })
    expect(outputBefore(json, 'image_tag')).toBeNull()
    const summary = summarizePlan(json, changed, { fromTag: null, toTag: 'aaaaaaa' })
    expect(summary).toMatchObject({
      hasChanges: true,
      add: 4,
      change: 0,
      destroy: 0,
      replace: 0,
      destructive: [],
      onlyImageTag: false
    })
    expect(summary.changes?.every(c => c.action === 'create' && c.attributes.length === 0)).toBe(true)
    // Known at plan time in this fixture (on AWS the ARN is only known after apply).
    expect(outputAfter(json, 'task_definition_arn')).toBeNull()
    expect(outputAfter(json, 'image_tag')).toBe('aaaaaaa')
    await tf.apply(file, 1000)
  })

  test('same tag again: no changes, and the previous tag is the current one', async () => {
    const { json, changed } = await plan({ image_tag: 'aaaaaaa' })
    expect(changed).toBe(false)
    expect(outputBefore(json, 'image_tag')).toBe('aaaaaaa')
    expect(summarizePlan(json, changed, { fromTag: 'aaaaaaa', toTag: 'aaaaaaa' })).toMatchObject({
      hasChanges: false,
      add: 0,
      change: 0,
      destroy: 0,
      replace: 0,
      destructive: [],
      onlyImageTag: false,
      changes: []
    })
  })

  test('a new tag only: the task definition is replaced and the service updated, and that is "image tag only"', async () => {
    const { json, changed } = await plan({ image_tag: 'bbbbbbb' })
    const from = outputBefore(json, 'image_tag')
    expect(from).toBe('aaaaaaa')
    expect(tagOfImage(outputBefore(json, 'image') as string)).toBe('aaaaaaa')
    const summary = summarizePlan(json, changed, { fromTag: from, toTag: 'bbbbbbb' })
    expect(summary).toMatchObject({
      hasChanges: true,
      add: 0,
      change: 1,
      destroy: 0,
      replace: 1,
      onlyImageTag: true
    })
    expect(summary.destructive).toEqual(['terraform_data.task_definition'])
    expect(summary.changes).toEqual([
      {
        address: 'terraform_data.service',
        action: 'update',
        imageTagOnly: true,
        attributes: ['input.task_definition', 'output']
      },
      {
        address: 'terraform_data.task_definition',
        action: 'replace',
        imageTagOnly: true,
        attributes: ['id', 'input.image_tag', 'output', 'triggers_replace']
      }
    ])
  })

  test('a new port: the load balancer target is replaced — destructive, and not the image tag', async () => {
    const { json, changed } = await plan({ image_tag: 'aaaaaaa', container_port: '8080' })
    const summary = summarizePlan(json, changed, { fromTag: 'aaaaaaa', toTag: 'aaaaaaa' })
    expect(summary.onlyImageTag).toBe(false)
    expect(summary.destructive).toEqual(['terraform_data.load_balancer', 'terraform_data.task_definition'])
    const lb = summary.changes?.find(c => c.address === 'terraform_data.load_balancer')
    expect(lb).toEqual({
      address: 'terraform_data.load_balancer',
      action: 'replace',
      imageTagOnly: false,
      attributes: ['id', 'input.port', 'output', 'triggers_replace']
    })
  })

  test('a new tag with a new size is not "image tag only"', async () => {
    const { json, changed } = await plan({ image_tag: 'bbbbbbb', cpu: '512' })
    const summary = summarizePlan(json, changed, { fromTag: 'aaaaaaa', toTag: 'bbbbbbb' })
    expect(summary.onlyImageTag).toBe(false)
    expect(summary.changes?.find(c => c.address === 'terraform_data.task_definition')?.imageTagOnly).toBe(
      false
    )
  })

  test('sensitive variable values are found for masking (the plan holds them in clear text)', async () => {
    const { json } = await plan({ image_tag: 'aaaaaaa', database_password: 's3cret-value' })
    expect(JSON.stringify(json)).toContain('s3cret-value')
    expect(sensitiveVariableValues(json)).toEqual(['s3cret-value'])
  })
})

test('image references with registry ports, digests and no tag', () => {
  expect(tagOfImage('127.0.0.1:5000/shop/web:abc123')).toBe('abc123')
  expect(tagOfImage('127.0.0.1:5000/shop/web')).toBeNull()
  expect(tagOfImage('shop:v1@sha256:abcd')).toBe('v1')
})

test('changed paths stop at three levels and at the limit', () => {
  expect(changedPaths({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } }, {})).toEqual(['a.b.c'])
  const before = Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [`k${String(i).padStart(2, '0')}`, i])
  )
  const after = Object.fromEntries(Object.keys(before).map(k => [k, -1]))
  expect(changedPaths(before, after, {}, 3)).toEqual(['k00', 'k01', 'k02'])
})
