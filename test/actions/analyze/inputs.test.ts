import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseInputs } from '../../../src/actions/analyze/inputs.js'

let workspace: string
let outside: string
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'deplight-ws-'))
  outside = mkdtempSync(join(tmpdir(), 'deplight-out-'))
  mkdirSync(join(workspace, 'repo', 'apps', 'web'), { recursive: true })
  writeFileSync(join(workspace, 'repo', '.delightful.yaml'), 'app: {}\n')
  symlinkSync(outside, join(workspace, 'escape'))
})
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const env = () => ({ GITHUB_WORKSPACE: workspace, RUNNER_TEMP: '/runner/tmp' })

test('resolves paths inside the workspace', () => {
  expect(
    parseInputs(
      reader({
        path: 'repo',
        'app-dir': 'apps/web',
        config: 'repo/.delightful.yaml',
        'base-image-registry': 'x.dkr.ecr/hub'
      }),
      env()
    )
  ).toEqual({
    root: join(workspace, 'repo'),
    appDir: 'apps/web',
    config: join(workspace, 'repo', '.delightful.yaml'),
    baseImageRegistry: 'x.dkr.ecr/hub',
    outputDir: '/runner/tmp/deplight',
    cache: null,
    analyzerFunction: null,
    llm: null
  })
  expect(parseInputs(reader({}), env()).root).toBe(workspace)
})

test.each([
  [{ path: '..' }, 'path ".." points outside the workspace; use a path inside the repository'],
  [{ path: 'escape' }, 'path "escape" points outside the workspace; use a path inside the repository'],
  [
    { path: 'missing' },
    'path "missing" is not a directory; check out the repository first or fix the path input'
  ],
  [
    { path: 'repo', 'app-dir': '../../etc' },
    'app-dir "../../etc" points outside the workspace; use a path inside the repository'
  ],
  [
    { path: 'repo', config: '/etc/passwd' },
    'config "/etc/passwd" points outside the workspace; use a path inside the repository'
  ],
  [
    { path: 'repo', config: 'repo/none.yaml' },
    'config "repo/none.yaml" does not exist; fix the path or leave config empty'
  ]
])('%j is rejected', (values, message) => {
  expect(() => parseInputs(reader(values), env())).toThrow(message)
})
