// The modules' variable validations, evaluated by the real terraform binary: a stack holding only a
// module's variables.tf needs no provider, so `terraform plan` runs the validations offline.
import { execFile } from 'node:child_process'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from './support.js'

interface Run {
  code: number
  output: string
}

function terraform(dir: string, args: string[], config: string): Promise<Run> {
  return new Promise(resolve => {
    execFile(
      'terraform',
      args,
      {
        cwd: dir,
        env: {
          ...process.env,
          CHECKPOINT_DISABLE: '1',
          TF_IN_AUTOMATION: '1',
          TF_INPUT: '0',
          TF_CLI_CONFIG_FILE: config
        }
      },
      (failure, stdout, stderr) =>
        resolve({ code: failure ? Number(failure.code ?? 1) : 0, output: `${stdout}${stderr}` })
    )
  })
}

const valid: Record<string, unknown> = {
  app_name: 'my-app',
  image_repository_url: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-app',
  image_tag: '0123456789abcdef0123456789abcdef01234567',
  container_port: 3000,
  health_check_path: '/healthz',
  cpu: 512,
  memory: 1024,
  desired_count: 2,
  autoscaling_min_capacity: 2,
  autoscaling_max_capacity: 6,
  environment: { NODE_ENV: 'production' },
  vpc_id: 'vpc-0123456789abcdef0',
  public_subnet_ids: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],
  task_subnet_ids: ['subnet-0123456789abcdef0'],
  execution_role_arn: 'arn:aws:iam::123456789012:role/my-app-task-execution',
  task_role_arn: 'arn:aws:iam::123456789012:role/my-app-task'
}

/** A provider-free stack with one module's variables.tf; `plan(values)` runs its validations. */
function variablesStack(
  module: string,
  base: Record<string, unknown>
): (overrides: Record<string, unknown>) => Promise<Run> {
  let dir = ''
  let config = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `${module}-vars-`))
    config = join(dir, 'empty.tfrc')
    await writeFile(config, '')
    await copyFile(
      join(projectRoot, 'infrastructure', 'modules', module, 'variables.tf'),
      join(dir, 'variables.tf')
    )
    const init = await terraform(dir, ['init', '-input=false', '-no-color'], config)
    expect(init.code).toBe(0)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))
  return async overrides => {
    await writeFile(join(dir, 'case.tfvars.json'), JSON.stringify({ ...base, ...overrides }))
    return terraform(
      dir,
      ['plan', '-input=false', '-no-color', '-lock=false', '-var-file=case.tfvars.json'],
      config
    )
  }
}

describe('service module variable validations (terraform plan, no provider)', () => {
  const plan = variablesStack('service', valid)

  test('the values the analyzer writes, with a commit SHA tag, pass', async () => {
    const run = await plan({})
    expect(run.output).toContain('No changes')
    expect(run.code).toBe(0)
  })

  test.each([
    [{ cpu: 256, memory: 4096 }, 'memory is not valid for this cpu'],
    [{ cpu: 8192, memory: 18432 }, 'memory is not valid for this cpu'],
    [{ cpu: 300 }, 'cpu must be one of the Fargate sizes'],
    [{ container_port: 70000 }, 'container_port must be a whole number between 1 and 65535'],
    [{ health_check_path: 'healthz' }, "health_check_path must start with '/'"],
    [{ image_tag: 'v1;rm -rf /' }, 'image_tag must be a hex commit SHA'],
    [
      { autoscaling_min_capacity: 5, autoscaling_max_capacity: 2 },
      'autoscaling_max_capacity must be between'
    ],
    [{ environment: { 'BAD-NAME': 'x' } }, 'environment keys must be valid variable names'],
    [{ deployment_strategy: 'BLUE_GREEN' }, 'deployment_strategy BLUE_GREEN needs blue_green_role_arn'],
    [{ app_name: 'My_App' }, 'app_name must be 2-24 characters']
  ])('%j is rejected', async (overrides, message) => {
    const run = await plan(overrides)
    expect(run.code).not.toBe(0)
    expect(run.output.replace(/\s+/g, ' ')).toContain(message)
  })

  test('a valid 16 vCPU size and BLUE_GREEN with its role pass', async () => {
    const run = await plan({
      cpu: 16384,
      memory: 122880,
      deployment_strategy: 'BLUE_GREEN',
      blue_green_role_arn: 'arn:aws:iam::123456789012:role/my-app-blue-green'
    })
    expect(run.code).toBe(0)
  })
})

describe('bootstrap module variable validations', () => {
  const plan = variablesStack('bootstrap', {
    app_name: 'my-app',
    github_owner: 'my-org',
    github_repository: 'my-repo',
    github_owner_id: 123456,
    github_repository_id: 987654321,
    state_bucket_name: 'my-org-deplight-state'
  })

  test('valid values pass', async () => {
    expect((await plan({})).code).toBe(0)
  })

  test.each([
    [{ github_owner: '*' }, 'wildcards are not allowed'],
    [{ github_repository: 'my-repo*' }, 'wildcards are not allowed'],
    [{ github_environment: 'prod*' }, 'no wildcards or colons'],
    [{ github_owner_id: 0 }, 'github_owner_id must be the positive numeric owner ID'],
    [{ ecr_mutable_tag_filters: ['*'] }, "not '*' alone"],
    [{ ecr_keep_images: 30 }, 'ecr_keep_images is no longer supported'],
    [{ state_bucket_name: 'Bad_Bucket' }, 'valid S3 bucket name']
  ])('%j is rejected', async (overrides, message) => {
    const run = await plan(overrides)
    expect(run.code).not.toBe(0)
    expect(run.output.replace(/\s+/g, ' ')).toContain(message)
  })
})

describe('analyzer module variable validations', () => {
  const plan = variablesStack('analyzer', {
    package_file: 'dist/lambda/analyzer.zip',
    cache_table_name: 'deplight-analysis-cache',
    cache_table_arn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/deplight-analysis-cache',
    llm_api_key_parameter_name: '/deplight/llm-api-key'
  })

  test('valid values pass', async () => {
    expect((await plan({})).code).toBe(0)
  })

  test.each([
    [{ runtime: 'python3.12' }, 'runtime must be a Node.js runtime'],
    [{ llm_api_key_parameter_name: 'llm-key' }, "must be an SSM parameter path starting with '/'"],
    [{ invoker_role_names: ['arn:aws:iam::123456789012:role/x'] }, 'must be IAM role names (not ARNs)']
  ])('%j is rejected', async (overrides, message) => {
    const run = await plan(overrides)
    expect(run.code).not.toBe(0)
    expect(run.output.replace(/\s+/g, ' ')).toContain(message)
  })
})
