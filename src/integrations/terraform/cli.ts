// The terraform steps a deploy needs, each one command with an argument array (never a shell string):
// init, workspace select -or-create, plan -out -detailed-exitcode, show -json, apply <saved plan>, output -json.
import { outputTail, type CommandResult, type CommandRunner } from '../docker/exec.js'
import { atLeast, MIN_TERRAFORM, parseVersion, SETUP_TERRAFORM_HINT } from './binary.js'
import { describeLock, errorBlocks, parseLockInfo, type LockInfo } from './diagnostics.js'
import type { PlanJson } from './plan.js'

/** One `-backend-config` argument: a file, or a `key=value` pair; later entries win, as in terraform. */
export type BackendEntry = { file: string } | { key: string; value: string }

export interface TerraformOutput {
  sensitive: boolean
  type?: unknown
  value: unknown
}

export interface TerraformOptions {
  binary: string
  /** The root module directory; every command runs there. */
  cwd: string
  /** From terraformEnv(). */
  env: NodeJS.ProcessEnv
  run: CommandRunner
  /** Plan and apply output goes to the log as it arrives (init too); parsed commands stay quiet. */
  stream?: boolean
}

export class TerraformError extends Error {
  constructor(
    message: string,
    readonly command: string,
    readonly exitCode: number,
    readonly lock: LockInfo | null
  ) {
    super(message)
    this.name = 'TerraformError'
  }
}

export class Terraform {
  constructor(private readonly o: TerraformOptions) {}

  get workingDirectory(): string {
    return this.o.cwd
  }

  /** The version, checked against the oldest we support. */
  async version(): Promise<string> {
    const result = await this.exec(['version', '-json'], false)
    if (result.exitCode === 127)
      throw new Error(`terraform could not be started (${result.stderr.trim()}): ${SETUP_TERRAFORM_HINT}`)
    let text = result.stdout
    try {
      text = String((JSON.parse(result.stdout) as { terraform_version?: string }).terraform_version ?? '')
    } catch {
      // Very old releases have no -json; the plain text still carries the version.
    }
    const version = parseVersion(text)
    if (result.exitCode !== 0 || !version)
      throw new Error(`cannot read the terraform version: ${outputTail(result, 5)}`)
    if (!atLeast(version, MIN_TERRAFORM))
      throw new Error(
        `terraform ${version.join('.')} is too old: deplight needs ${MIN_TERRAFORM.join('.')} or newer (hashicorp/setup-terraform with terraform_version)`
      )
    return version.join('.')
  }

  async init(backend: BackendEntry[]): Promise<void> {
    const args = ['init', '-input=false', '-no-color']
    for (const entry of backend)
      args.push(
        'file' in entry ? `-backend-config=${entry.file}` : `-backend-config=${entry.key}=${entry.value}`
      )
    await this.check('init', args)
  }

  async selectWorkspace(name: string): Promise<void> {
    await this.check('workspace select', ['workspace', 'select', '-or-create=true', '-no-color', name])
  }

  /** Writes the plan to `out`; true when it has changes (exit code 2 of -detailed-exitcode). */
  async plan(o: {
    out: string
    varFiles: string[]
    vars: [string, string][]
    lockTimeoutMs: number
  }): Promise<boolean> {
    const args = [
      'plan',
      '-input=false',
      '-no-color',
      '-detailed-exitcode',
      `-lock-timeout=${lockTimeout(o.lockTimeoutMs)}`,
      `-out=${o.out}`,
      ...o.varFiles.map(file => `-var-file=${file}`),
      ...o.vars.flatMap(([key, value]) => ['-var', `${key}=${value}`])
    ]
    const result = await this.exec(args, this.o.stream ?? false)
    if (result.exitCode === 0) return false
    if (result.exitCode === 2) return true
    throw this.failure('plan', result, o.lockTimeoutMs)
  }

  async showJson(planFile: string): Promise<PlanJson> {
    const result = await this.check('show', ['show', '-json', '-no-color', planFile], false)
    return parseJson<PlanJson>(result.stdout, 'terraform show -json')
  }

  /** Applies exactly the saved plan: no new plan, no prompt. */
  async apply(planFile: string, lockTimeoutMs: number): Promise<void> {
    await this.check(
      'apply',
      ['apply', '-input=false', '-no-color', `-lock-timeout=${lockTimeout(lockTimeoutMs)}`, planFile],
      this.o.stream ?? false,
      lockTimeoutMs
    )
  }

  async outputs(): Promise<Record<string, TerraformOutput>> {
    const result = await this.check('output', ['output', '-json', '-no-color'], false)
    return parseJson<Record<string, TerraformOutput>>(result.stdout || '{}', 'terraform output -json')
  }

  private async check(
    command: string,
    args: string[],
    stream = this.o.stream ?? false,
    lockTimeoutMs = 0
  ): Promise<CommandResult> {
    const result = await this.exec(args, stream)
    if (result.exitCode !== 0) throw this.failure(command, result, lockTimeoutMs)
    return result
  }

  private exec(args: string[], stream: boolean): Promise<CommandResult> {
    return this.o.run(this.o.binary, args, { cwd: this.o.cwd, env: this.o.env, stream })
  }

  private failure(command: string, result: CommandResult, lockTimeoutMs: number): TerraformError {
    if (result.exitCode === 127)
      return new TerraformError(
        `terraform could not be started (${result.stderr.trim()}): ${SETUP_TERRAFORM_HINT}`,
        command,
        127,
        null
      )
    const output = `${result.stderr}\n${result.stdout}`
    const lock = parseLockInfo(output)
    if (lock)
      return new TerraformError(
        `terraform ${command}: ${describeLock(lock, { lockTimeoutMs, workingDirectory: this.o.cwd })}`,
        command,
        result.exitCode,
        lock
      )
    const blocks = errorBlocks(result.stderr)
    const detail = blocks.length > 0 ? blocks.join('\n\n') : outputTail(result, 15)
    return new TerraformError(
      `terraform ${command} failed (exit ${result.exitCode}): ${detail}`,
      command,
      result.exitCode,
      null
    )
  }
}

/** terraform wants a duration like `300s`; whole seconds, rounded up so 1500 ms still waits. */
function lockTimeout(ms: number): string {
  return `${Math.ceil(ms / 1000)}s`
}

function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T
  } catch {
    throw new Error(`${what} did not print JSON: ${text.slice(0, 200)}`)
  }
}
