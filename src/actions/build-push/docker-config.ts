// `docker login` stores the registry token (an ECR token is valid for 12 hours) in DOCKER_CONFIG. On a
// shared runner every later step could read it from ~/.docker/config.json, and nothing logs out. So
// build-push logs in to a private config directory under RUNNER_TEMP, removes it when the run ends, and
// saves its path as action state so the post step (post.ts) removes it even when the run was killed.
// The private directory keeps what docker needs from the user's config — buildx builders and plugins,
// contexts, proxies, the current context — but none of its credentials or credential helpers.
import * as core from '@actions/core'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'

export const DOCKER_CONFIG_STATE = 'docker-config'
const PREFIX = 'deplight-docker-'
/** Shared, credential-free parts of a Docker config directory that the build needs. */
const LINKED = ['cli-plugins', 'buildx', 'contexts']
const CREDENTIAL_KEYS = ['auths', 'credsStore', 'credHelpers']

export function userDockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || join(homedir(), '.docker')
}

/** A fresh 0700 directory under `runnerTemp`, seeded from the user's config without credentials. */
export function createTemporaryDockerConfig(runnerTemp: string, userDir: string): string {
  const dir = mkdtempSync(join(runnerTemp, PREFIX))
  let config: Record<string, unknown> = {}
  try {
    const parsed = JSON.parse(readFileSync(join(userDir, 'config.json'), 'utf8')) as unknown
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) config = parsed as typeof config
  } catch {
    // No readable user config: start empty.
  }
  for (const key of CREDENTIAL_KEYS) delete config[key]
  writeFileSync(join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 })
  for (const name of LINKED) {
    const source = join(userDir, name)
    if (existsSync(source)) symlinkSync(source, join(dir, name))
  }
  return dir
}

/**
 * Removes a directory made by createTemporaryDockerConfig. Anything else — a path that is not directly
 * under `runnerTemp` or not named like ours — is left alone and reported as false.
 */
export function removeTemporaryDockerConfig(dir: string, runnerTemp: string): boolean {
  if (!dir || !basename(dir).startsWith(PREFIX) || !existsSync(dir)) return false
  if (realpathSync(dirname(dir)) !== realpathSync(runnerTemp)) return false
  // rmSync removes the links to the user's buildx/plugins, never what they point at.
  rmSync(dir, { recursive: true, force: true })
  return true
}

export function runnerTempDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP || tmpdir()
}

/** The post step: remove the directory the main step saved, if it is still there. */
export function runPost(env: NodeJS.ProcessEnv = process.env): void {
  const dir = core.getState(DOCKER_CONFIG_STATE)
  if (!dir) return
  try {
    if (removeTemporaryDockerConfig(dir, runnerTempDir(env)))
      core.info('Removed the temporary Docker config that held the registry login')
  } catch (error) {
    core.warning(`could not remove the temporary Docker config ${dir}: ${(error as Error).message}`)
  }
}
