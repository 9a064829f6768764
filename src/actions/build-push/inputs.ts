// Parses and validates the build-push inputs once, before any command runs.
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import {
  validateRegistryHost,
  validateRepository,
  validateTag
} from '../../integrations/registry/reference.js'
import { parseDuration } from '../../pipeline/duration.js'
import { resolveInside } from '../../pipeline/paths.js'
import type { BuildPushInputs, CacheSetting } from '../../stages/build-push.js'

export type { BuildPushInputs, CacheSetting } from '../../stages/build-push.js'

export type InputReader = (name: string) => string

const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/
const NETWORKS = new Set(['host', 'none', 'default'])
const CACHE = new Set<CacheSetting>(['auto', 'registry', 'inline', 'off'])

export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): BuildPushInputs {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const context = insideWorkspace(workspace, read('context') || '.', 'context')
  if (!existsSync(context) || !statSync(context).isDirectory())
    throw new Error(`context "${read('context') || '.'}" is not a directory`)
  const dockerfileInput = read('dockerfile')
  // The analyze step writes generated Dockerfiles under RUNNER_TEMP so the checkout stays untouched.
  const dockerfile = dockerfileInput
    ? insideWorkspaceOrTemp(workspace, env.RUNNER_TEMP, dockerfileInput, 'dockerfile')
    : join(context, 'Dockerfile')
  if (!existsSync(dockerfile)) {
    throw new Error(
      `dockerfile "${dockerfileInput || relative(workspace, dockerfile)}" does not exist; run the analyze step or pass dockerfile`
    )
  }

  const registryInput = read('registry').trim()
  const registry = registryInput
    ? validateRegistryHost(registryInput.replace(/^https?:\/\//, '').replace(/\/+$/, ''))
    : null
  const repositoryInput = read('repository').trim()
  if (!repositoryInput) throw new Error('repository is required (the image repository name, e.g. my-app)')
  const repository = validateRepository(repositoryInput)

  const tagInput = read('tag').trim()
  const sha = env.GITHUB_SHA ?? ''
  if (!tagInput && !sha) throw new Error('tag is empty and GITHUB_SHA is not set; pass tag')
  const tag = validateTag(tagInput || sha)
  const extraTags = splitList(read('extra-tags')).map(t => validateTag(t, 'extra tag'))
  for (const t of [tag, ...extraTags]) {
    if (t.startsWith('ctx-') || t === 'buildcache')
      throw new Error(`tag "${t}" is reserved (ctx-* and buildcache are managed by build-push)`)
  }

  const buildArgs = parseBuildArgs(read('build-args'))
  const platforms = splitList(read('platforms'))
  for (const p of platforms)
    if (!PLATFORM.test(p)) throw new Error(`invalid platform "${p}": use os/arch[/variant], e.g. linux/amd64`)

  const cache = (read('cache').trim() || 'auto') as CacheSetting
  if (!CACHE.has(cache)) throw new Error(`invalid cache "${cache}": use auto, registry, inline or off`)
  const push = parseBoolean(read('push'), 'push', true)
  if (!push && platforms.length > 1)
    throw new Error(
      'several platforms need push: true (a multi-platform image cannot be loaded into the local engine)'
    )

  const networkInput = read('network').trim()
  if (networkInput && !NETWORKS.has(networkInput))
    throw new Error(`invalid network "${networkInput}": use host, none or default`)

  const dockerBinaryInput = read('docker-binary').trim()
  if (dockerBinaryInput && !isAbsolute(dockerBinaryInput))
    throw new Error(`docker-binary must be an absolute path, got "${dockerBinaryInput}"`)

  const username = read('registry-username').trim()
  const password = read('registry-password')
  if (Boolean(username) !== Boolean(password))
    throw new Error('give both registry-username and registry-password, or neither')
  if (registry === null && username)
    throw new Error('registry-username/password are for a non-ECR registry; set registry too')

  const registryTimeoutMs = parseDuration(read('registry-timeout').trim() || '5m', 'registry-timeout')
  if (registryTimeoutMs < 1000)
    throw new Error(
      `registry-timeout "${read('registry-timeout')}" is too short: give at least 1s (default 5m)`
    )

  const runnerTemp = env.RUNNER_TEMP || join(workspace, '.deplight')
  const resultPath = read('result-path').trim()
    ? insideWorkspaceOrTemp(workspace, runnerTemp, read('result-path').trim(), 'result-path')
    : join(runnerTemp, 'deplight', 'build-result.json')

  return {
    context,
    dockerfile,
    registry,
    repository,
    tag,
    extraTags,
    buildArgs,
    platforms,
    provenance: parseBoolean(read('provenance'), 'provenance', false),
    cache,
    push,
    createRepository: parseBoolean(read('create-repository'), 'create-repository', false),
    network: networkInput && networkInput !== 'default' ? networkInput : null,
    dockerBinary: dockerBinaryInput || null,
    registryUsername: username || null,
    registryPassword: password || null,
    registryTimeoutMs,
    resultPath
  }
}

export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean)
}

export function parseBuildArgs(value: string): [string, string][] {
  const out: [string, string][] = []
  for (const raw of value.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    const eq = line.indexOf('=')
    const key = eq === -1 ? line : line.slice(0, eq)
    if (!BUILD_ARG_KEY.test(key) || eq === -1)
      throw new Error(`invalid build arg "${line}": use KEY=VALUE, one per line`)
    out.push([key, line.slice(eq + 1)])
  }
  return out
}

function parseBoolean(value: string, name: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase()
  if (v === '') return fallback
  if (v === 'true') return true
  if (v === 'false') return false
  throw new Error(`invalid ${name} "${value}": use true or false`)
}

function insideWorkspace(workspace: string, path: string, name: string): string {
  const abs = resolveInside(path, [workspace])
  if (abs === null) throw new Error(`${name} "${path}" is outside the workspace ${workspace}`)
  return abs
}

function insideWorkspaceOrTemp(
  workspace: string,
  runnerTemp: string | undefined,
  path: string,
  name: string
): string {
  const abs = resolveInside(path, runnerTemp ? [workspace, runnerTemp] : [workspace])
  if (abs === null) throw new Error(`${name} "${path}" must be inside the workspace or RUNNER_TEMP`)
  return abs
}
