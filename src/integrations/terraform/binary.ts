// Finding the terraform binary and the environment every terraform command runs with.
import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, isAbsolute, join } from 'node:path'

export const SETUP_TERRAFORM_HINT =
  'add hashicorp/setup-terraform before this step (with terraform_wrapper: false), or install Terraform 1.5 or newer on the runner'

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * The terraform executable: `explicit` when given, else the first `terraform` on PATH. hashicorp/setup-terraform's
 * wrapper (on by default) installs a node script as `terraform` next to the real `terraform-bin`; the wrapper
 * rewrites stdout and exit codes (setup-terraform #20, #85, #328), so the real binary beside it is used instead.
 */
export function findTerraform(pathEnv: string | undefined, explicit?: string | null): string {
  if (explicit) {
    if (!isAbsolute(explicit)) throw new Error(`terraform binary "${explicit}" must be an absolute path`)
    if (!isExecutable(explicit)) throw new Error(`terraform binary ${explicit} is not an executable file`)
    return explicit
  }
  for (const dir of (pathEnv ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'terraform')
    if (!isExecutable(candidate)) continue
    const real = join(dir, 'terraform-bin')
    return isExecutable(real) ? real : candidate
  }
  throw new Error(`terraform is not installed (no terraform on PATH): ${SETUP_TERRAFORM_HINT}`)
}

/**
 * The environment for terraform: no version checkpoint calls, automation-friendly output, never a prompt.
 * A CLI config the user really has (credentials for a private registry, a provider mirror) is kept; when
 * TF_CLI_CONFIG_FILE names a missing file (as on some images) or none exists, an empty one in `scratchDir`
 * stands in, so terraform does not print a warning into every command's output.
 */
export function terraformEnv(base: NodeJS.ProcessEnv, scratchDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0' }
  const configured = base.TF_CLI_CONFIG_FILE
  const home = base.HOME || homedir()
  const existing = configured ? existsSync(configured) : existsSync(join(home, '.terraformrc'))
  if (!existing) {
    mkdirSync(scratchDir, { recursive: true })
    const empty = join(scratchDir, 'terraform-cli.tfrc')
    writeFileSync(empty, '')
    env.TF_CLI_CONFIG_FILE = empty
  }
  return env
}

/** `1.11.4` → [1, 11, 4]; anything unparsable → null. */
export function parseVersion(text: string): [number, number, number] | null {
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(text)
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null
}

/** `workspace select -or-create` needs 1.4; 1.5 is the oldest release still receiving fixes we rely on. */
export const MIN_TERRAFORM: [number, number, number] = [1, 5, 0]

export function atLeast(version: [number, number, number], min: [number, number, number]): boolean {
  for (let i = 0; i < 3; i++) if (version[i] !== min[i]) return (version[i] as number) > (min[i] as number)
  return true
}
