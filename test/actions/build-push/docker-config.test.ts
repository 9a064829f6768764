// The temporary DOCKER_CONFIG: seeded from the user's config without credentials, keeping buildx,
// plugins and contexts; removed by the post step from the saved state, and nothing else ever removed.
import { jest } from '@jest/globals'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createTemporaryDockerConfig,
  DOCKER_CONFIG_STATE,
  removeTemporaryDockerConfig,
  runPost
} from '../../../src/actions/build-push/docker-config.js'

let root: string
let runnerTemp: string
let userDir: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dl-docker-config-'))
  runnerTemp = join(root, 'runner-temp')
  userDir = join(root, 'home', '.docker')
  mkdirSync(runnerTemp)
  mkdirSync(join(userDir, 'cli-plugins'), { recursive: true })
  mkdirSync(join(userDir, 'buildx', 'instances'), { recursive: true })
  writeFileSync(
    join(userDir, 'config.json'),
    JSON.stringify({
      auths: { 'ghcr.io': { auth: 'dXNlcjpzZWNyZXQ=' } },
      credsStore: 'desktop',
      credHelpers: { 'public.ecr.aws': 'ecr-login' },
      currentContext: 'remote',
      proxies: { default: { httpProxy: 'http://127.0.0.1:3128' } }
    })
  )
})
afterEach(() => {
  jest.restoreAllMocks()
  delete process.env[`STATE_${DOCKER_CONFIG_STATE}`]
  rmSync(root, { recursive: true, force: true })
})

test('keeps settings, buildx and plugins of the user config, none of its credentials', () => {
  const dir = createTemporaryDockerConfig(runnerTemp, userDir)
  expect(dir.startsWith(join(runnerTemp, 'deplight-docker-'))).toBe(true)
  expect(statSync(dir).mode & 0o777).toBe(0o700)
  expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600)
  expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({
    currentContext: 'remote',
    proxies: { default: { httpProxy: 'http://127.0.0.1:3128' } }
  })
  expect(readlinkSync(join(dir, 'cli-plugins'))).toBe(join(userDir, 'cli-plugins'))
  expect(readlinkSync(join(dir, 'buildx'))).toBe(join(userDir, 'buildx'))
  expect(existsSync(join(dir, 'contexts'))).toBe(false)
})

test('no user config at all gives an empty one', () => {
  const dir = createTemporaryDockerConfig(runnerTemp, join(root, 'nowhere'))
  expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe('{}\n')
})

test('the post step removes the saved directory and leaves what the links point at', () => {
  const dir = createTemporaryDockerConfig(runnerTemp, userDir)
  writeFileSync(join(dir, 'config.json'), '{"auths":{"127.0.0.1:5000":{"auth":"token"}}}')
  process.env[`STATE_${DOCKER_CONFIG_STATE}`] = dir
  const out: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => (out.push(String(chunk)), true))
  runPost({ RUNNER_TEMP: runnerTemp })
  expect(existsSync(dir)).toBe(false)
  expect(lstatSync(join(userDir, 'buildx')).isDirectory()).toBe(true)
  expect(existsSync(join(userDir, 'buildx', 'instances'))).toBe(true)
  expect(out.join('')).toContain('Removed the temporary Docker config')
  // Nothing saved (the main step failed before creating one): nothing to do.
  delete process.env[`STATE_${DOCKER_CONFIG_STATE}`]
  expect(() => runPost({ RUNNER_TEMP: runnerTemp })).not.toThrow()
})

test('only our own directories directly under RUNNER_TEMP are ever removed', () => {
  const elsewhere = mkdtempSync(join(root, 'deplight-docker-'))
  expect(removeTemporaryDockerConfig(elsewhere, runnerTemp)).toBe(false)
  expect(existsSync(elsewhere)).toBe(true)
  const foreign = join(runnerTemp, 'not-ours')
  mkdirSync(foreign)
  expect(removeTemporaryDockerConfig(foreign, runnerTemp)).toBe(false)
  expect(removeTemporaryDockerConfig(userDir, runnerTemp)).toBe(false)
  expect(existsSync(join(userDir, 'config.json'))).toBe(true)
})
