// Parses and validates the analyze inputs once: every path must stay inside the workspace.
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { resolveInside } from '../../pipeline/paths.js'
import { parseServiceInputs, type ServiceInputs } from '../../pipeline/analyzer-service-inputs.js'

export interface AnalyzeInputs extends ServiceInputs {
  /** Absolute repository root to analyse, inside the workspace. */
  root: string
  /** App directory relative to root, or undefined for the best-scored app. */
  appDir?: string
  /** Absolute config path inside the workspace, or undefined (the analyzer looks for <root>/.delightful.yaml). */
  config?: string
  baseImageRegistry?: string
  /** Directory where the JSON report is written. */
  outputDir: string
}

export type InputReader = (name: string) => string

function inside(workspace: string, input: string, name: string): string {
  const abs = resolveInside(input, [workspace])
  if (abs === null)
    throw new Error(`${name} "${input}" points outside the workspace; use a path inside the repository`)
  return abs
}

export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): AnalyzeInputs {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const pathInput = read('path').trim() || '.'
  const root = inside(workspace, pathInput, 'path')
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(
      `path "${pathInput}" is not a directory; check out the repository first or fix the path input`
    )
  }
  const appDirInput = read('app-dir').trim()
  if (appDirInput) {
    inside(root, appDirInput, 'app-dir')
    if (isAbsolute(appDirInput)) throw new Error(`app-dir "${appDirInput}" must be relative to path`)
  }
  const configInput = read('config').trim()
  const config = configInput ? inside(workspace, configInput, 'config') : undefined
  if (config && !existsSync(config))
    throw new Error(`config "${configInput}" does not exist; fix the path or leave config empty`)
  const registry = read('base-image-registry').trim()
  return {
    root,
    ...(appDirInput ? { appDir: appDirInput } : {}),
    ...(config ? { config } : {}),
    ...(registry ? { baseImageRegistry: registry } : {}),
    outputDir: resolve(env.RUNNER_TEMP || resolve(workspace, '.deplight'), 'deplight'),
    ...parseServiceInputs(read, env)
  }
}
