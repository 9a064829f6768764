// The action entry as GitHub runs it: inputs from INPUT_* variables, outputs to GITHUB_OUTPUT, the
// BuildResult JSON on disk, the job summary — and invalid input refused before any command runs.
import { jest } from '@jest/globals'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../../src/actions/build-push/main.js'
import { execRunner, recordingRunner } from '../../../src/integrations/docker/exec.js'
import type { BuildResult } from '../../../src/pipeline/contracts.js'
import { FAKE_ECR_ACCESS_KEY, startFakeEcr } from '../../support/fake-ecr.js'
import {
  dockerAvailable,
  ensureBusyboxBase,
  registryAvailable,
  startDocker,
  startRegistry
} from '../../support/index.js'
import { BASE_IMAGE, tempWorkspace, writeFixtureApp } from './fixture-app.js'

const saved = { ...process.env }
let workspace: string
let stdout: string[]

beforeEach(() => {
  workspace = tempWorkspace()
  writeFixtureApp(workspace)
  writeFileSync(join(workspace, 'outputs'), '')
  writeFileSync(join(workspace, 'summary.md'), '')
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: 'f'.repeat(40),
    RUNNER_TEMP: workspace,
    GITHUB_OUTPUT: join(workspace, 'outputs'),
    GITHUB_STEP_SUMMARY: join(workspace, 'summary.md'),
    INPUT_CONTEXT: 'app',
    INPUT_REPOSITORY: 'shop/web',
    INPUT_NETWORK: 'host'
  })
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = undefined
  rmSync(workspace, { recursive: true, force: true })
})

test.each([
  ['INPUT_TAG', 'v1; rm -rf /', /invalid tag "v1; rm -rf \/"/],
  ['INPUT_EXTRA-TAGS', 'ok,-bad', /invalid extra tag "-bad"/],
  ['INPUT_TAG', 'ctx-1234', /tag "ctx-1234" is reserved/],
  ['INPUT_CONTEXT', '../outside', /context "..\/outside" is outside the workspace/],
  ['INPUT_BUILD-ARGS', 'NOT VALID', /invalid build arg "NOT VALID"/]
])('%s=%s is rejected before any command runs', async (name, value, message) => {
  process.env[name] = value
  const { runner, calls } = recordingRunner(execRunner)
  let ecrCreated = false
  await run({ run: runner, ecrClient: () => ((ecrCreated = true), undefined as never) })
  expect(process.exitCode).toBe(1)
  expect(stdout.join('')).toMatch(new RegExp(`::error::.*${message.source}`))
  expect(calls).toEqual([])
  expect(ecrCreated).toBe(false)
})

const unavailable = dockerAvailable() ?? registryAvailable()
;(unavailable ? test.skip : test)(
  'a run through ECR (real SDK, endpoint from AWS_ENDPOINT_URL_ECR) sets outputs, writes BuildResult and the summary',
  async () => {
    const password = 'main-test-password'
    const [docker, registry] = await Promise.all([
      startDocker(),
      startRegistry({ htpasswd: { user: 'AWS', password } })
    ])
    const ecr = await startFakeEcr({ registryUrl: registry.url, password, repositories: [] })
    try {
      await ensureBusyboxBase(docker, BASE_IMAGE)
      Object.assign(process.env, {
        DOCKER_HOST: docker.host,
        DOCKER_CONFIG: docker.env.DOCKER_CONFIG,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_ECR: ecr.endpoint,
        AWS_ACCESS_KEY_ID: FAKE_ECR_ACCESS_KEY,
        AWS_SECRET_ACCESS_KEY: 'secret',
        'INPUT_CREATE-REPOSITORY': 'true',
        'INPUT_DOCKER-BINARY': docker.cli
      })
      await run({ run: (command, args, options) => execRunner(command, args, { ...options, stream: false }) })
      expect(stdout.join('')).not.toMatch(/::error::/)
      expect(process.exitCode).toBeUndefined()
      expect(ecr.repositories.has('shop/web')).toBe(true)
      // The ECR password was masked before use.
      expect(stdout.join('')).toContain(`::add-mask::${password}`)

      const outputs = readFileSync(join(workspace, 'outputs'), 'utf8')
      const result = JSON.parse(
        readFileSync(join(workspace, 'deplight', 'build-result.json'), 'utf8')
      ) as BuildResult
      expect(result).toMatchObject({
        schemaVersion: 1,
        tag: 'f'.repeat(40),
        reused: false,
        image: `${registry.host}/shop/web:${'f'.repeat(40)}`
      })
      expect(result.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      for (const name of [
        'image',
        'digest',
        'tag',
        'reused',
        'build-duration-ms',
        'push-duration-ms',
        'context-digest',
        'result'
      ]) {
        expect(outputs).toContain(`${name}<<`)
      }
      expect(outputs).toContain(result.digest)
      expect(readFileSync(join(workspace, 'summary.md'), 'utf8')).toMatch(
        /Image build &amp; push|Image build & push/
      )

      // Same content again under a new SHA: the summary says it was reused.
      process.env.GITHUB_SHA = '9'.repeat(40)
      writeFileSync(join(workspace, 'summary.md'), '')
      await run({ run: () => Promise.reject(new Error('no command may run on the re-tag path')) })
      expect(process.exitCode).toBeUndefined()
      expect(readFileSync(join(workspace, 'summary.md'), 'utf8')).toContain('no pull, no build')
    } finally {
      await ecr.stop()
      await Promise.all([docker.stop(), registry.stop()])
    }
  },
  60_000
)

;(unavailable ? test.skip : test)(
  'streamed docker output naming a hostile folder runs with workflow commands stopped',
  async () => {
    const hostile = 'svc\n::warning title=forged::pwned\n::add-mask::main'
    renameSync(join(workspace, 'app'), join(workspace, hostile))
    const password = 'stream-test-password'
    const [docker, registry] = await Promise.all([
      startDocker(),
      startRegistry({ htpasswd: { user: 'ci', password } })
    ])
    try {
      await ensureBusyboxBase(docker, BASE_IMAGE)
      Object.assign(process.env, {
        DOCKER_HOST: docker.host,
        DOCKER_CONFIG: docker.env.DOCKER_CONFIG,
        INPUT_CONTEXT: hostile,
        INPUT_REGISTRY: registry.host,
        'INPUT_REGISTRY-USERNAME': 'ci',
        'INPUT_REGISTRY-PASSWORD': password,
        'INPUT_DOCKER-BINARY': docker.cli
      })
      // core.summary keeps the first summary path it saw (an earlier test's workspace): no summary here.
      delete process.env.GITHUB_STEP_SUMMARY
      await run() // the real runner: docker output streams to the log
      expect(stdout.join('')).not.toMatch(/::error::/)
      const lines = stdout.join('').split(/\r?\n|\r/)
      // Every line the runner would read as add-mask lies inside a stop-commands pause.
      let pausedBy: string | null = null
      const unguarded: string[] = []
      for (const line of lines) {
        const start = /^::stop-commands::(.+)$/.exec(line)
        if (start) pausedBy = start[1] as string
        else if (pausedBy !== null && line === `::${pausedBy}::`) pausedBy = null
        else if (pausedBy === null && /^\s*::add-mask::main/.test(line)) unguarded.push(line)
      }
      expect(unguarded).toEqual([])
      expect(pausedBy).toBeNull()
      // The folder did reach the streamed log (the docker command line echo).
      expect(lines.some(line => line.startsWith('::add-mask::main'))).toBe(true)
    } finally {
      await Promise.all([docker.stop(), registry.stop()])
    }
  },
  60_000
)

;(unavailable ? test.skip : test)(
  'docker login goes to a temporary DOCKER_CONFIG under RUNNER_TEMP that is gone after the run',
  async () => {
    const password = 'login-test-password'
    const [docker, registry] = await Promise.all([
      startDocker(),
      startRegistry({ htpasswd: { user: 'ci', password } })
    ])
    try {
      await ensureBusyboxBase(docker, BASE_IMAGE)
      const userConfig = docker.env.DOCKER_CONFIG as string
      writeFileSync(join(workspace, 'state'), '')
      Object.assign(process.env, {
        DOCKER_HOST: docker.host,
        DOCKER_CONFIG: userConfig,
        GITHUB_STATE: join(workspace, 'state'),
        INPUT_REGISTRY: registry.host,
        'INPUT_REGISTRY-USERNAME': 'ci',
        'INPUT_REGISTRY-PASSWORD': password,
        'INPUT_DOCKER-BINARY': docker.cli
      })
      delete process.env.GITHUB_STEP_SUMMARY
      const logins: string[] = []
      await run({
        run: (command, args, options) => {
          if (args[0] === 'login') logins.push(String(options?.env?.DOCKER_CONFIG))
          return execRunner(command, args, { ...options, stream: false })
        }
      })
      expect(stdout.join('')).not.toMatch(/::error::/)
      // The login used a private config under RUNNER_TEMP, never the user's.
      expect(logins).toHaveLength(1)
      expect(logins[0]?.startsWith(join(workspace, 'deplight-docker-'))).toBe(true)
      const userAuths = existsSync(join(userConfig, 'config.json'))
        ? (JSON.parse(readFileSync(join(userConfig, 'config.json'), 'utf8')) as { auths?: object }).auths
        : undefined
      expect(Object.keys(userAuths ?? {})).not.toContain(registry.host)
      // Removed at the end of the run; the post step gets its path in case the run is killed first.
      expect(existsSync(logins[0] as string)).toBe(false)
      expect(readFileSync(join(workspace, 'state'), 'utf8')).toContain(logins[0])
    } finally {
      await Promise.all([docker.stop(), registry.stop()])
    }
  },
  60_000
)
