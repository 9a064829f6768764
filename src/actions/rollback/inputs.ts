// Parses and validates the rollback inputs once, before anything is resolved or applied. The Terraform and
// smoke-test inputs are the same as those of terraform-deploy and smoke-test, so their parsers are reused
// (one rule for each input, wherever it is given).
import { join, resolve } from 'node:path'
import { validateRegistryHost, validateRepository } from '../../integrations/registry/reference.js'
import { parseRollbackRequest, type RollbackRequest } from '../../stages/rollback.js'
import { validateImageTag } from '../../stages/terraform-deploy/index.js'
import { parseInputs as parseSmokeInputs, type SmokeTestInputs } from '../../stages/smoke-test-inputs.js'
import {
  parseInputs as parseDeployInputs,
  type ActionInputs as DeployInputs
} from '../../stages/terraform-deploy/action-inputs.js'

export type InputReader = (name: string) => string

export interface RollbackActionInputs {
  request: RollbackRequest
  recordedPrevious: string | null
  /** Null: the ECR registry of the current AWS account and region. */
  registry: string | null
  repository: string
  /** URL to smoke-test instead of the service_url output. */
  serviceUrl: string | null
  credentials: { username: string; password: string } | null
  /** terraform-deploy's parsed inputs (imageTag is a placeholder until the target is resolved). */
  deploy: DeployInputs
  /** Smoke-test inputs for a given URL; null when smoke-test is false. */
  smoke: ((url: string) => SmokeTestInputs) | null
  /** Where the rollback's own result files go (never over the deploy step's). */
  outputDir: string
}

/** `mask` sees the registry password and the token before anything else is checked. */
export function parseInputs(
  read: InputReader,
  env: NodeJS.ProcessEnv = process.env,
  mask: (secret: string) => void = () => {}
): RollbackActionInputs {
  const password = read('registry-password')
  if (password) mask(password)
  const token = read('github-token').trim()
  if (token) mask(token)

  const request = parseRollbackRequest(read('image-tag'))
  const recordedInput = read('previous-image-tag').trim()
  const recordedPrevious = recordedInput ? validateImageTag(recordedInput, 'previous-image-tag') : null

  const registryInput = read('registry').trim()
  const registry = registryInput ? validateRegistryHost(registryInput) : null
  const repositoryInput = read('repository').trim()
  if (!repositoryInput)
    throw new Error('repository is required: the image repository (the one build-push pushed to)')
  const repository = validateRepository(repositoryInput)
  const username = read('registry-username').trim()
  if (Boolean(username) !== Boolean(password))
    throw new Error('give both registry-username and registry-password, or neither')
  if (!registry && username)
    throw new Error('registry-username/password are for a non-ECR registry; set registry too')

  // The tag is resolved later (it may need the Deployments API); a valid placeholder passes the parser.
  const deploy = parseDeployInputs(name => (name === 'image-tag' ? 'rollback' : read(name)), {
    ...env,
    GITHUB_ACTION: 'rollback'
  })
  if (deploy.stage.mode !== 'apply') throw new Error('rollback always applies: remove the mode input')

  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const outputDir = join(env.RUNNER_TEMP || join(workspace, '.deplight'), 'deplight', 'rollback')
  const smokeRead = (url: string) => (name: string) =>
    name === 'url'
      ? url
      : name === 'report-path'
        ? join(outputDir, 'smoke-report.json')
        : name === 'timeout'
          ? read('smoke-timeout')
          : read(name)
  const smokeEnabled = parseBoolean(read('smoke-test'), 'smoke-test', true)
  // Checked now with a stand-in URL, so a bad check fails before Terraform runs, not after.
  if (smokeEnabled) parseSmokeInputs(smokeRead('http://127.0.0.1/'), env)

  return {
    request,
    recordedPrevious,
    registry,
    repository,
    serviceUrl: read('service-url').trim() || null,
    credentials: username ? { username, password } : null,
    deploy,
    smoke: smokeEnabled ? url => parseSmokeInputs(smokeRead(url), env, mask) : null,
    outputDir
  }
}

function parseBoolean(value: string, name: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase()
  if (v === '') return fallback
  if (v === 'true') return true
  if (v === 'false') return false
  throw new Error(`${name} "${value}" is not valid: use true or false`)
}
