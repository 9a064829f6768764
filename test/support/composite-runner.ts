// Runs a composite action.yml the way the GitHub runner does, on this machine: declared inputs with their
// defaults, each step's `if:` (with success()/failure()/always()), `${{ inputs.* }}`, `${{ steps.*.outputs.* }}`,
// `${{ github.* }}` and `${{ env.* }}` in `with:`/`env:`/outputs, `run:` steps through
// `bash --noprofile --norc -eo pipefail` with a fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY per step, GITHUB_ENV
// and GITHUB_PATH carried to later steps, `continue-on-error`, and the composite's outputs. `uses:` steps run
// through handlers the test supplies (third-party actions cannot run here). Expressions it does not know, a
// reference to an undeclared input or step, or a `${{ }}` inside `run:` make it throw.
import { spawn } from 'node:child_process'
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { parse } from 'yaml'
import { evaluateIf, interpolate, type ExpressionContext, type Value } from './expressions.js'

export interface ActionStep {
  id?: string
  name?: string
  if?: string
  uses?: string
  with?: Record<string, unknown>
  run?: string
  shell?: string
  env?: Record<string, unknown>
  'working-directory'?: string
  'continue-on-error'?: boolean | string
}

interface ActionFile {
  inputs?: Record<string, { default?: unknown; required?: boolean }>
  outputs?: Record<string, { value?: string }>
  runs: { using: string; steps: ActionStep[] }
}

export interface UsesResult {
  outputs?: Record<string, string>
  /** Exported to later steps, like core.exportVariable. */
  env?: Record<string, string>
  /** Throw, or return failed: true, to fail the step. */
  failed?: boolean
}

export type UsesHandler = (withInputs: Record<string, string>, env: NodeJS.ProcessEnv) => Promise<UsesResult>

export interface CompositeRunOptions {
  /** Folder holding action.yml (becomes GITHUB_ACTION_PATH). */
  actionPath: string
  inputs?: Record<string, string>
  /** The `github` context: token, repository, sha, ref, run_id, event_name, server_url … */
  github?: Record<string, Value>
  /** Base environment of every step (the runner's env: PATH, DOCKER_HOST, AWS_ENDPOINT_URL_* …). */
  env?: NodeJS.ProcessEnv
  workspace: string
  runnerTemp?: string
  /** Handlers for `uses:` steps, keyed by `owner/repo` (the part before `@`). */
  uses?: Record<string, UsesHandler>
  /** Per-step timeout (default 10 min). */
  stepTimeoutMs?: number
}

export interface StepResult {
  id: string | null
  name: string
  outcome: 'success' | 'failure' | 'skipped'
  conclusion: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  exitCode: number | null
  stdout: string
  stderr: string
  durationMs: number
}

export interface CompositeResult {
  success: boolean
  steps: StepResult[]
  outputs: Record<string, string>
  /** Every step's job summary, concatenated in order. */
  summary: string
  /** The step named `idOrName`; throws when there is none. */
  step: (idOrName: string) => StepResult
}

export async function runComposite(options: CompositeRunOptions): Promise<CompositeResult> {
  const action = parse(readFileSync(join(options.actionPath, 'action.yml'), 'utf8')) as ActionFile
  if (action.runs?.using !== 'composite')
    throw new Error(`${options.actionPath}/action.yml is not a composite action`)
  const declaredIds = new Set(action.runs.steps.map(s => s.id).filter((id): id is string => Boolean(id)))
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'runner-temp-'))
  mkdirSync(runnerTemp, { recursive: true })
  const filesDir = mkdtempSync(join(runnerTemp, '_runner_file_commands-'))

  const steps: Record<string, Value> = {}
  for (const id of declaredIds) steps[id] = { outputs: {}, outcome: null, conclusion: null }
  const exported: Record<string, string> = {}
  const extraPath: string[] = []
  let failed = false
  const results: StepResult[] = []
  let summary = ''

  const ctx = (): ExpressionContext => ({
    contexts: {
      inputs: inputs as Value,
      steps,
      github: { workspace: options.workspace, action_path: options.actionPath, ...options.github },
      env: { ...(stringEnv(options.env ?? {}) as Record<string, Value>), ...exported },
      runner: { temp: runnerTemp, os: 'Linux', arch: 'X64', name: 'deplight-test-runner' }
    },
    status: { success: () => !failed, failure: () => failed, cancelled: () => false, always: () => true },
    onMissing: path => {
      const parts = path.split('.')
      if (parts[0] === 'inputs') throw new Error(`action.yml reads undeclared input ${parts[1]}`)
      if (parts[0] === 'steps' && parts.length === 2)
        throw new Error(`action.yml reads unknown step ${parts[1]}`)
      if (parts[0] === 'github') throw new Error(`the test gave no github.${parts.slice(1).join('.')}`)
    }
  })

  const inputs: Record<string, string> = {}
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!action.inputs?.[name]) throw new Error(`input "${name}" is not declared in action.yml`)
  }
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const given = options.inputs?.[name]
    inputs[name] = given !== undefined ? given : interpolate(String(spec.default ?? ''), ctx())
  }

  for (const [index, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.id ?? step.uses ?? `step ${index + 1}`
    const id = step.id ?? null
    if (!evaluateIf(step.if, ctx())) {
      results.push(skipped(id, name))
      if (id) steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      continue
    }
    const started = Date.now()
    const stepEnv: NodeJS.ProcessEnv = { ...options.env, ...exported }
    for (const [key, value] of Object.entries(step.env ?? {}))
      stepEnv[key] = interpolate(String(value ?? ''), ctx())
    if (extraPath.length) stepEnv.PATH = [...extraPath, stepEnv.PATH ?? ''].join(delimiter)
    const files = {
      GITHUB_OUTPUT: join(filesDir, `set_output_${index}`),
      GITHUB_ENV: join(filesDir, `set_env_${index}`),
      GITHUB_PATH: join(filesDir, `add_path_${index}`),
      GITHUB_STEP_SUMMARY: join(filesDir, `step_summary_${index}`)
    }
    for (const file of Object.values(files)) writeFileSync(file, '')
    Object.assign(stepEnv, files, {
      GITHUB_ACTION_PATH: options.actionPath,
      GITHUB_WORKSPACE: options.workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_ACTIONS: 'true',
      CI: 'true'
    })

    let result: StepResult
    if (step.uses) {
      result = await runUses(step, id, name, stepEnv, options, ctx(), started)
    } else if (step.run !== undefined) {
      if (/\$\{\{/.test(step.run))
        throw new Error(`step "${name}" has \${{ }} inside run: (script injection)`)
      if (step.shell !== 'bash') throw new Error(`step "${name}": composite run steps need shell: bash`)
      const cwd = step['working-directory']
        ? join(options.workspace, interpolate(step['working-directory'], ctx()))
        : options.workspace
      const run = await runBash(
        step.run,
        stepEnv,
        cwd,
        join(filesDir, `script_${index}.sh`),
        options.stepTimeoutMs
      )
      result = {
        id,
        name,
        outcome: run.exitCode === 0 ? 'success' : 'failure',
        conclusion: run.exitCode === 0 ? 'success' : 'failure',
        outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        exitCode: run.exitCode,
        stdout: run.stdout,
        stderr: run.stderr,
        durationMs: Date.now() - started
      }
    } else throw new Error(`step "${name}" has neither run: nor uses:`)

    Object.assign(exported, parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8')))
    extraPath.unshift(...readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean).reverse())
    summary += readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
    const continueOnError = step['continue-on-error'] === true || step['continue-on-error'] === 'true'
    if (result.outcome === 'failure' && continueOnError) result.conclusion = 'success'
    if (result.conclusion === 'failure') failed = true
    if (id) steps[id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.conclusion }
    results.push(result)
  }

  const outputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.outputs ?? {}))
    outputs[name] = interpolate(spec.value ?? '', ctx())
  appendFileSync(join(filesDir, 'summary.md'), summary)
  return {
    success: !failed,
    steps: results,
    outputs,
    summary,
    step: (idOrName: string) => {
      const found = results.find(r => r.id === idOrName || r.name === idOrName)
      if (!found)
        throw new Error(`no step ${idOrName}; steps: ${results.map(r => r.id ?? r.name).join(', ')}`)
      return found
    }
  }
}

async function runUses(
  step: ActionStep,
  id: string | null,
  name: string,
  env: NodeJS.ProcessEnv,
  options: CompositeRunOptions,
  ctx: ExpressionContext,
  started: number
): Promise<StepResult> {
  const action = (step.uses as string).split('@')[0] as string
  const handler = options.uses?.[action]
  if (!handler) throw new Error(`step "${name}" uses ${action}: the test supplied no handler for it`)
  const withInputs: Record<string, string> = {}
  for (const [key, value] of Object.entries(step.with ?? {}))
    withInputs[key] = interpolate(String(value ?? ''), ctx)
  let result: UsesResult
  let stderr = ''
  try {
    result = await handler(withInputs, env)
  } catch (error) {
    result = { failed: true }
    stderr = error instanceof Error ? error.message : String(error)
  }
  if (result.env) {
    const lines = Object.entries(result.env).map(([k, v]) => `${k}<<EOF_DEPLIGHT\n${v}\nEOF_DEPLIGHT\n`)
    appendFileSync(env.GITHUB_ENV as string, lines.join(''))
  }
  const outcome = result.failed ? 'failure' : 'success'
  return {
    id,
    name,
    outcome,
    conclusion: outcome,
    outputs: result.outputs ?? {},
    exitCode: result.failed ? 1 : 0,
    stdout: '',
    stderr,
    durationMs: Date.now() - started
  }
}

export function runBash(
  script: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  file: string,
  timeoutMs = 600_000
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  writeFileSync(file, script)
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ exitCode: code, stdout, stderr })
    })
  })
}

/** `name=value` lines and `name<<DELIMITER … DELIMITER` blocks, as GITHUB_OUTPUT/GITHUB_ENV hold them. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '')
    if (!line) continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, key, marker] = heredoc as unknown as [string, string, string]
      const body: string[] = []
      for (i++; i < lines.length && (lines[i] as string).replace(/\r$/, '') !== marker; i++)
        body.push(lines[i] as string)
      if (i >= lines.length) throw new Error(`file command for ${key} has no closing ${marker}`)
      values[key] = body.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`malformed file command line: ${line}`)
    values[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return values
}

function skipped(id: string | null, name: string): StepResult {
  return {
    id,
    name,
    outcome: 'skipped',
    conclusion: 'skipped',
    outputs: {},
    exitCode: null,
    stdout: '',
    stderr: '',
    durationMs: 0
  }
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value
  return out
}
