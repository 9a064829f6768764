import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseInputs, parseOutputNames } from '../../../src/actions/terraform-deploy/inputs.js'
import { DEFAULT_OUTPUT_NAMES } from '../../../src/stages/terraform-deploy/index.js'

let root: string
let workspace: string
let temp: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dl-tfd-inputs-'))
  workspace = join(root, 'ws')
  temp = join(root, 'tmp')
  mkdirSync(join(workspace, 'deploy'), { recursive: true })
  mkdirSync(temp)
  writeFileSync(join(workspace, 'deploy', 'prod.tfvars'), 'cpu = 512\n')
  writeFileSync(join(workspace, 'deploy', 'backend.s3.tfbackend'), 'bucket = "x"\n')
  writeFileSync(join(temp, 'deplight.auto.tfvars'), 'cpu = 256\n')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function parse(values: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const all: Record<string, string> = { 'working-directory': 'deploy', 'image-tag': 'a1b2c3d', ...values }
  return parseInputs(name => all[name] ?? '', {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_ACTION: 'deploy',
    ...env
  })
}

test('defaults: apply, wait 15m, lock 5m, production, the service module output names', () => {
  const inputs = parse({})
  expect(inputs.stage).toMatchObject({
    workingDirectory: join(workspace, 'deploy'),
    imageTag: 'a1b2c3d',
    imageDigest: null,
    analyzerVarFile: null,
    varFiles: [],
    backendConfig: [],
    workspace: null,
    mode: 'apply',
    lockTimeoutMs: 300_000,
    wait: true,
    waitTimeoutMs: 900_000,
    outputNames: DEFAULT_OUTPUT_NAMES,
    cluster: null,
    service: null,
    planDir: join(temp, 'deplight', 'terraform-deploy-deploy')
  })
  expect(inputs).toMatchObject({
    environment: 'production',
    comment: true,
    commentKey: 'production',
    githubToken: ''
  })
})

test('every input parsed into its typed value', () => {
  const inputs = parse({
    'image-digest': `sha256:${'a'.repeat(64)}`,
    'analyzer-tfvars': join(temp, 'deplight.auto.tfvars'),
    'var-files': 'deploy/prod.tfvars',
    'backend-config': 'deploy/backend.s3.tfbackend\nkey=apps/shop.tfstate\nsecret_key = abc/def==\n',
    workspace: 'staging',
    mode: 'plan',
    'lock-timeout': '90s',
    wait: 'false',
    'wait-timeout': '1h',
    cluster: 'apps',
    service: 'arn:aws:ecs:eu-west-1:123456789012:service/apps/shop',
    'output-names': 'service_url = app_url\ncluster_name=ecs_cluster',
    environment: 'staging',
    comment: 'false',
    'comment-key': 'shop/staging'
  })
  expect(inputs.stage).toMatchObject({
    imageDigest: `sha256:${'a'.repeat(64)}`,
    analyzerVarFile: join(temp, 'deplight.auto.tfvars'),
    varFiles: [join(workspace, 'deploy', 'prod.tfvars')],
    backendConfig: [
      { file: join(workspace, 'deploy', 'backend.s3.tfbackend') },
      { key: 'key', value: 'apps/shop.tfstate' },
      { key: 'secret_key', value: 'abc/def==' }
    ],
    workspace: 'staging',
    mode: 'plan',
    lockTimeoutMs: 90_000,
    wait: false,
    waitTimeoutMs: 3_600_000,
    cluster: 'apps',
    service: 'arn:aws:ecs:eu-west-1:123456789012:service/apps/shop',
    outputNames: { ...DEFAULT_OUTPUT_NAMES, serviceUrl: 'app_url', cluster: 'ecs_cluster' }
  })
  expect(inputs.secrets).toEqual(['abc/def=='])
  expect(inputs).toMatchObject({ environment: 'staging', comment: false, commentKey: 'shop/staging' })
})

test('the commit SHA is the default tag', () => {
  expect(parse({ 'image-tag': '' }, { GITHUB_SHA: 'f'.repeat(40) }).stage.imageTag).toBe('f'.repeat(40))
})

test.each([
  [{ 'working-directory': '' }, /^working-directory is required/],
  [{ 'working-directory': '../x' }, /^working-directory "..\/x" is outside the workspace/],
  [{ 'working-directory': 'nope' }, /^working-directory "nope" is not a directory/],
  [{ 'image-tag': '' }, /^image-tag is empty and GITHUB_SHA is not set/],
  [{ 'image-tag': 'v1;rm -rf /' }, /^image-tag "v1;rm -rf \/" is not valid/],
  [{ 'image-digest': 'sha256:xyz' }, /^image-digest "sha256:xyz" is not a sha256:<64 hex> digest/],
  [{ 'var-files': 'deploy/missing.tfvars' }, /^var-files entry "deploy\/missing.tfvars" is not a file/],
  [{ 'var-files': '/etc/passwd' }, /^var-files entry "\/etc\/passwd" must be inside the workspace$/],
  [
    { 'analyzer-tfvars': '/etc/hosts' },
    /^analyzer-tfvars "\/etc\/hosts" must be inside the workspace or RUNNER_TEMP/
  ],
  [{ 'backend-config': 'bucket=' }, /^backend-config "bucket=" has no value/],
  [{ 'backend-config': 'missing.tfbackend' }, /^backend-config file "missing.tfbackend" is not a file/],
  [{ workspace: 'bad name' }, /^workspace "bad name" is not a valid Terraform workspace name/],
  [{ mode: 'destroy' }, /^mode "destroy" is not valid: use plan or apply/],
  [{ 'lock-timeout': 'soon' }, /^lock-timeout "soon" is not a duration/],
  [{ 'wait-timeout': '5 minutes' }, /^wait-timeout "5 minutes" is not a duration/],
  [{ wait: 'yes' }, /^wait "yes" is not valid: use true or false/],
  [{ cluster: 'apps;x' }, /^cluster "apps;x" is not an ECS cluster name or ARN/],
  [{ 'output-names': 'service=x' }, /^output-names "service=x" is not valid/],
  [{ environment: '$(id)' }, /^environment "\$\(id\)" is not valid/]
])('%p is refused: %p', (values, message) => {
  expect(() => parse(values as Record<string, string>)).toThrow(message)
})

test('a var file linked out of the workspace is refused', () => {
  symlinkSync('/etc/hostname', join(workspace, 'deploy', 'link.tfvars'))
  expect(() => parse({ 'var-files': 'deploy/link.tfvars' })).toThrow(/must be inside the workspace/)
})

test('output-names rejects unknown keys and invalid names', () => {
  expect(parseOutputNames('')).toEqual(DEFAULT_OUTPUT_NAMES)
  expect(() => parseOutputNames('service_url=a b')).toThrow(/is not valid/)
  expect(() => parseOutputNames('service_url=a=b')).toThrow(/is not valid/)
})
