// The composite action.yml's `verify-version` input, through the runner-style harness: the real smoke-test
// bundle (dist/smoke-test) runs against a real HTTP server on 127.0.0.1 that reports a version. The steps
// before and after it are declared stand-ins — tiny scripts in a copy of the action folder that only write
// the outputs the smoke step reads (health path, image tag, service URL) — so this test is about the wiring
// of verify-version into smoke-test's expected-version/version-path; the full pipeline runs in
// test/e2e/pipeline.test.ts.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SmokeReport } from '../src/pipeline/contracts.js'
import { runComposite } from './support/composite-runner.js'

const built = existsSync('dist/smoke-test/index.js')
const TAG = '3f9c2ab'.padEnd(40, '0')
const OLD = '8d1e07c'.padEnd(40, '1')

/** Writes `outputs` (values may name env variables as $NAME) to GITHUB_OUTPUT, like the real step would. */
function standIn(outputs: Record<string, string>): string {
  return `const { appendFileSync } = require('node:fs')
const outputs = ${JSON.stringify(outputs)}
for (const [k, v] of Object.entries(outputs))
  appendFileSync(process.env.GITHUB_OUTPUT, k + '=' + v.replace(/^\\$(\\w+)$/, (_m, n) => process.env[n]) + '\\n')
`
}

;(built ? describe : describe.skip)('composite verify-version → smoke-test expected-version', () => {
  let actionPath: string
  let server: Server
  let serviceUrl: string
  const hits: string[] = []
  let reported = TAG

  beforeAll(async () => {
    actionPath = mkdtempSync(join(tmpdir(), 'dl-composite-version-'))
    cpSync('action.yml', join(actionPath, 'action.yml'))
    cpSync('dist/smoke-test', join(actionPath, 'dist/smoke-test'), { recursive: true })
    const standIns: Record<string, Record<string, string>> = {
      analyze: { 'health-path': '/health', context: '.', dockerfile: 'Dockerfile', tfvars: '', report: '' },
      'build-push': { tag: '$STANDIN_TAG', digest: `sha256:${'a'.repeat(64)}`, image: 'r/app:$STANDIN_TAG' },
      'terraform-deploy': { 'service-url': '$STANDIN_SERVICE_URL', 'previous-image-tag': '', result: '' },
      notify: {}
    }
    for (const [name, outputs] of Object.entries(standIns)) {
      mkdirSync(join(actionPath, 'dist', name), { recursive: true })
      writeFileSync(join(actionPath, 'dist', name, 'index.js'), standIn(outputs))
      writeFileSync(join(actionPath, 'dist', name, 'package.json'), '{"type":"commonjs"}\n')
    }
    server = createServer((req, res) => {
      hits.push(req.url ?? '')
      if (req.url === '/health') res.end(JSON.stringify({ status: 'ok', version: reported }))
      else if (req.url === '/version') res.end(reported.slice(0, 7))
      else res.writeHead(404).end()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
    serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise(resolve => server?.close(resolve))
    rmSync(actionPath, { recursive: true, force: true })
  })

  async function deploy(verify: string | undefined): Promise<{
    success: boolean
    smoke: { outcome: string; stdout: string }
    report: SmokeReport | null
  }> {
    hits.length = 0
    const workspace = mkdtempSync(join(tmpdir(), 'dl-composite-ws-'))
    const runnerTemp = mkdtempSync(join(tmpdir(), 'dl-composite-rt-'))
    const result = await runComposite({
      actionPath,
      workspace,
      runnerTemp,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        STANDIN_TAG: TAG,
        STANDIN_SERVICE_URL: serviceUrl
      },
      github: { token: 'ghs_test', run_id: '1' },
      inputs: {
        'ecr-repository': 'app',
        'terraform-directory': 'deploy',
        'smoke-timeout': '2s',
        ...(verify === undefined ? {} : { 'verify-version': verify })
      },
      stepTimeoutMs: 60_000
    })
    const file = join(runnerTemp, 'deplight/smoke-report.json')
    const report = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SmokeReport) : null
    rmSync(workspace, { recursive: true, force: true })
    rmSync(runnerTemp, { recursive: true, force: true })
    return { success: result.success, smoke: result.step('smoke'), report }
  }

  test('default (false): no version check, whatever the app reports', async () => {
    reported = OLD
    const run = await deploy(undefined)
    expect(run.success).toBe(true)
    expect(run.report).toMatchObject({ passed: true, expectedVersion: null, versionMatched: null })
  })

  test('true: the health check must mention the deployed tag — passes when it does, fails when an old release answers', async () => {
    reported = TAG
    const ok = await deploy('true')
    expect(ok.success).toBe(true)
    expect(ok.report).toMatchObject({ passed: true, expectedVersion: TAG, versionMatched: true })
    expect(hits).toContain('/health')

    reported = OLD
    const stale = await deploy('true')
    expect(stale.success).toBe(false)
    expect(stale.smoke.outcome).toBe('failure')
    expect(stale.report).toMatchObject({ passed: false, expectedVersion: TAG, versionMatched: false })
  })

  test('a path: that endpoint must report the tag (a 7-digit SHA counts)', async () => {
    reported = TAG
    const run = await deploy('/version')
    expect(run.success).toBe(true)
    expect(run.report).toMatchObject({ passed: true, expectedVersion: TAG, versionMatched: true })
    expect(hits).toEqual(expect.arrayContaining(['/health', '/version']))
  })

  test('anything else fails the step with what to write, before smoke-test runs', async () => {
    const run = await deploy('yes')
    expect(run.success).toBe(false)
    expect(run.smoke.outcome).toBe('failure')
    expect(run.smoke.stdout).toContain(
      '::error::verify-version must be true, false or a path starting with / (e.g. /version)'
    )
    expect(run.report).toBeNull()
    expect(hits).toEqual([])
  })
})
