// Parses and validates the terraform-deploy inputs once, before terraform runs. Here (not in the action)
// because the rollback action takes the same inputs with the same rules.
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseBackendConfig } from '../../integrations/terraform/backend-config.js'
import { parseDuration } from '../../pipeline/duration.js'
import { resolveInside } from '../../pipeline/paths.js'
import {
  DEFAULT_OUTPUT_NAMES,
  validateImageTag,
  type OutputNames,
  type TerraformDeployInputs
} from './index.js'

export type InputReader = (name: string) => string

export interface ActionInputs {
  stage: TerraformDeployInputs
  /** Backend config values to mask. */
  secrets: string[]
  githubToken: string
  environment: string
  /** Post the plan to the pull request's sticky comment (mode: plan). */
  comment: boolean
  commentKey: string
  /** Where result.json and plan-summary.json go. */
  outputDir: string
}

const WORKSPACE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,89}$/
const ECS_NAME =
  /^(?:[A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:(?:cluster|service)\/[A-Za-z0-9_/-]{1,255})$/
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/
const ENVIRONMENT = /^[A-Za-z0-9_][A-Za-z0-9_. -]{0,254}$/
const DIGEST = /^sha256:[0-9a-f]{64}$/
const OUTPUT_KEYS: Record<string, keyof OutputNames> = {
  service_url: 'serviceUrl',
  cluster_name: 'cluster',
  service_name: 'service',
  task_definition_arn: 'taskDefinitionArn',
  image_tag: 'imageTag',
  image: 'image',
  readiness_path: 'readinessPath'
}

export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const runnerTemp = env.RUNNER_TEMP || join(workspace, '.deplight')
  const inWorkspace = (path: string, name: string): string => {
    const abs = resolveInside(path, [workspace])
    if (abs === null) throw new Error(`${name} "${path}" is outside the workspace ${workspace}`)
    return abs
  }
  const existingFile = (path: string, name: string, roots: string[]): string => {
    const abs = resolveInside(path, roots)
    if (abs === null)
      throw new Error(
        `${name} "${path}" must be inside the workspace${roots.length > 1 ? ' or RUNNER_TEMP' : ''}`
      )
    if (!existsSync(abs) || !statSync(abs).isFile()) throw new Error(`${name} "${path}" is not a file`)
    return abs
  }

  const dirInput = read('working-directory').trim()
  if (!dirInput)
    throw new Error(
      'working-directory is required: the Terraform root module to apply (e.g. deploy/terraform)'
    )
  const workingDirectory = inWorkspace(dirInput, 'working-directory')
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory())
    throw new Error(`working-directory "${dirInput}" is not a directory`)

  const tagInput = read('image-tag').trim() || env.GITHUB_SHA || ''
  if (!tagInput)
    throw new Error('image-tag is empty and GITHUB_SHA is not set: pass image-tag (build-push outputs tag)')
  const imageTag = validateImageTag(tagInput)

  const digest = read('image-digest').trim()
  if (digest && !DIGEST.test(digest))
    throw new Error(`image-digest "${digest}" is not a sha256:<64 hex> digest`)

  const analyzerInput = read('analyzer-tfvars').trim()
  const analyzerVarFile = analyzerInput
    ? existingFile(analyzerInput, 'analyzer-tfvars', [workspace, runnerTemp])
    : null
  const varFiles = splitList(read('var-files')).map(f => existingFile(f, 'var-files entry', [workspace]))

  const backend = parseBackendConfig(read('backend-config'), path =>
    existingFile(path, 'backend-config file', [workspace])
  )

  const workspaceName = read('workspace').trim()
  if (workspaceName && !WORKSPACE_NAME.test(workspaceName))
    throw new Error(
      `workspace "${workspaceName}" is not a valid Terraform workspace name: letters, digits, '_', '-', '.'`
    )

  const mode = read('mode').trim() || 'apply'
  if (mode !== 'plan' && mode !== 'apply') throw new Error(`mode "${mode}" is not valid: use plan or apply`)

  const cluster = ecsName(read('cluster'), 'cluster')
  const service = ecsName(read('service'), 'service')

  const environment = read('environment').trim() || 'production'
  if (!ENVIRONMENT.test(environment))
    throw new Error(`environment "${environment}" is not valid: letters, digits, spaces, '_', '.', '-'`)

  const step = (env.GITHUB_ACTION || 'terraform-deploy').replace(/[^A-Za-z0-9_.-]+/g, '_')
  const outputDir = join(runnerTemp, 'deplight', `terraform-deploy-${step}`)

  return {
    stage: {
      workingDirectory,
      imageTag,
      imageDigest: digest || null,
      analyzerVarFile,
      varFiles,
      backendConfig: backend.entries,
      workspace: workspaceName || null,
      mode,
      lockTimeoutMs: parseDuration(read('lock-timeout').trim() || '5m', 'lock-timeout'),
      wait: parseBoolean(read('wait'), 'wait', true),
      waitTimeoutMs: parseDuration(read('wait-timeout').trim() || '15m', 'wait-timeout'),
      outputNames: parseOutputNames(read('output-names')),
      cluster,
      service,
      planDir: outputDir
    },
    secrets: backend.secrets,
    githubToken: read('github-token').trim(),
    environment,
    comment: parseBoolean(read('comment'), 'comment', true),
    commentKey: read('comment-key').trim() || environment,
    outputDir
  }
}

export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean)
}

function ecsName(value: string, name: string): string | null {
  const v = value.trim()
  if (!v) return null
  if (!ECS_NAME.test(v)) throw new Error(`${name} "${v}" is not an ECS ${name} name or ARN`)
  return v
}

/** `service_url=app_url` lines: which terraform outputs hold what the deploy reads. */
export function parseOutputNames(text: string): OutputNames {
  const names = { ...DEFAULT_OUTPUT_NAMES }
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    const [key, value, extra] = line.split('=').map(s => s.trim())
    const field = key ? OUTPUT_KEYS[key] : undefined
    if (!field || !value || extra !== undefined || !OUTPUT_NAME.test(value))
      throw new Error(
        `output-names "${line}" is not valid: use <what>=<output name>, what being one of ${Object.keys(OUTPUT_KEYS).join(', ')}`
      )
    names[field] = value
  }
  return names
}

function parseBoolean(value: string, name: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase()
  if (v === '') return fallback
  if (v === 'true') return true
  if (v === 'false') return false
  throw new Error(`${name} "${value}" is not valid: use true or false`)
}
