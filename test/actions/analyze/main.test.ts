import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const outputs: Record<string, string> = {}
const failures: string[] = []
const summaryCalls: unknown[][] = []
let inputs: Record<string, string> = {}

const summary = {
  addHeading: (...a: unknown[]) => (summaryCalls.push(['heading', ...a]), summary),
  addTable: (...a: unknown[]) => (summaryCalls.push(['table', ...a]), summary),
  addRaw: (...a: unknown[]) => (summaryCalls.push(['raw', ...a]), summary),
  addList: (...a: unknown[]) => (summaryCalls.push(['list', ...a]), summary),
  write: async () => summary
}

jest.unstable_mockModule('@actions/core', () => ({
  getInput: (name: string) => inputs[name] ?? '',
  setOutput: (name: string, value: string) => {
    outputs[name] = value
  },
  setFailed: (message: string) => {
    failures.push(message)
  },
  warning: () => undefined,
  info: () => undefined,
  summary
}))

const { run } = await import('../../../src/actions/analyze/main.js')

const fixtures = resolve(import.meta.dirname, '../../fixtures/apps')
let temp: string

beforeEach(() => {
  for (const k of Object.keys(outputs)) delete outputs[k]
  failures.length = 0
  summaryCalls.length = 0
  temp = mkdtempSync(join(tmpdir(), 'deplight-analyze-action-'))
  process.env.GITHUB_WORKSPACE = fixtures
  process.env.RUNNER_TEMP = temp
})

afterEach(() => {
  rmSync(temp, { recursive: true, force: true })
  delete process.env.GITHUB_WORKSPACE
  delete process.env.RUNNER_TEMP
})

test('writes the report and sets outputs for the selected app', async () => {
  inputs = { path: 'monorepo-turbo-pnpm', 'app-dir': 'apps/api' }
  await run()
  expect(failures).toEqual([])
  expect(outputs).toMatchObject({
    language: 'javascript',
    framework: 'express',
    port: '4000',
    'health-path': '/healthz',
    'start-command': 'pnpm start'
  })
  expect(outputs.report).toBe(join(temp, 'deplight', 'analysis.json'))
  const report = JSON.parse(readFileSync(outputs.report!, 'utf8'))
  expect(report.primary).toBe('apps/api')
  expect(report.apps.map((a: { appDir: string }) => a.appDir)).toEqual(['apps/api', 'apps/web'])
  const table = summaryCalls.find(c => c[0] === 'table')![1] as string[][]
  expect(table.find(r => r[0] === 'port')).toEqual([
    'port',
    '4000',
    '0.85',
    // HTML cell: the pipes are entities (they read as `||`), so a markdown table around it holds too
    'apps/api/src/server.js:4: app.listen(process.env.PORT &#124;&#124; 4000)',
    'app.port'
  ])
})

test('empty health path output when none is found', async () => {
  inputs = { path: 'sveltekit-static' }
  await run()
  expect(failures).toEqual([])
  expect(outputs['health-path']).toBe('')
  expect(outputs['start-command']).toBe('')
})

test('fails with a clear message when path leaves the workspace', async () => {
  inputs = { path: '../../..' }
  await run()
  expect(failures).toEqual(['path "../../.." points outside the workspace; use a path inside the repository'])
  expect(outputs).toEqual({})
})

test('fails when nothing is deployable', async () => {
  inputs = { path: 'empty-repo' }
  await run()
  expect(failures[0]).toMatch(/^no deployable app found/)
})

test('fails on an invalid .delightful.yaml with file and line', async () => {
  process.env.GITHUB_WORKSPACE = resolve(fixtures, '..')
  inputs = { path: 'apps/express-basic', config: 'config/bad-port.yaml' }
  await run()
  expect(failures[0]).toBe(
    'test/fixtures/config/bad-port.yaml:3: app.port must be a whole number; fix its value'
  )
})
