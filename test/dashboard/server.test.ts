// The dashboard's HTTP surface in-process over an empty state directory: the page, the token, the Host
// and Origin checks, and GitHub deployments through the real Octokit against the GitHub fake.
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HealthPoller, LocalActions } from '../../src/dashboard/actions.js'
import { GitHubDeployments } from '../../src/dashboard/github.js'
import { startDashboard, type RunningDashboard } from '../../src/dashboard/server.js'
import { buildSnapshot } from '../../src/dashboard/snapshot.js'
import { processRunner } from '../../src/integrations/docker/process-runner.js'
import { githubClient } from '../../src/integrations/github/client.js'
import { createDeployment, setDeploymentStatus } from '../../src/integrations/github/deployments.js'
import { StateDir } from '../../src/stages/local-state.js'
import { runSmokeTest } from '../../src/stages/smoke-test.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'

function raw(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, res => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

describe('dashboard server', () => {
  let root: string
  let gh: FakeGitHub
  let github: GitHubDeployments
  let dashboard: RunningDashboard
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dl-dash-unit-'))
    gh = await startFakeGitHub({ owner: 'acme', repo: 'shop' })
    const client = githubClient(gh.token, { baseUrl: gh.url })
    const repo = { owner: 'acme', repo: 'shop' }
    for (const tag of ['old111', 'new222']) {
      const id = await createDeployment(client, repo, {
        ref: 'main',
        environment: 'prod <i>x</i>',
        payload: { imageTag: tag }
      })
      await setDeploymentStatus(client, repo, id, { state: 'success', environmentUrl: 'javascript:alert(1)' })
    }
    github = new GitHubDeployments({
      token: gh.token,
      repo,
      environment: 'prod <i>x</i>',
      rollbackWorkflow: 'rollback.yml',
      ref: 'main',
      apiUrl: gh.url,
      serverUrl: 'https://github.com'
    })
    await github.refresh()
    const env = {
      state: new StateDir(root),
      run: processRunner(),
      dockerEnv: process.env,
      dockerBinary: null,
      self: { command: process.execPath, args: [] },
      health: runSmokeTest
    }
    const health = new HealthPoller(env, new Map()).cache
    dashboard = await startDashboard({
      port: 0,
      snapshot: () => buildSnapshot(env.state, health, github.view),
      actions: new LocalActions(env, processRunner(), () => undefined),
      github
    })
  })
  afterAll(async () => {
    await dashboard.close()
    await gh.stop()
    rmSync(root, { recursive: true, force: true })
  })

  test('the page carries the token and a nonce CSP, and no state at all', async () => {
    const response = await fetch(dashboard.url)
    const html = await response.text()
    expect(html).toContain(`<meta name="deplight-token" content="${dashboard.token}">`)
    expect(html).not.toContain('prod <i>')
    expect(response.headers.get('content-security-policy')).toMatch(
      /^default-src 'none'; script-src 'nonce-[^']+'/
    )
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })

  test('the API wants the token; other hosts and other origins are refused', async () => {
    const api = `${dashboard.url}api/state`
    expect((await fetch(api)).status).toBe(403)
    const ok = await fetch(api, { headers: { 'x-deplight-token': dashboard.token } })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({
      stateDir: root,
      services: [],
      github: { repository: 'acme/shop' }
    })
    expect(
      await raw(api, { host: `evil.example:${dashboard.port}`, 'x-deplight-token': dashboard.token })
    ).toBe(403)
    const post = (headers: Record<string, string>, body = '{}') =>
      fetch(`${dashboard.url}api/services/api/redeploy`, { method: 'POST', headers, body })
    expect((await post({ 'content-type': 'application/json' })).status).toBe(403)
    const token = { 'x-deplight-token': dashboard.token }
    expect(
      (await post({ ...token, 'content-type': 'application/json', origin: 'http://evil.example' })).status
    ).toBe(403)
    expect((await post({ ...token, 'content-type': 'text/plain' })).status).toBe(415)
    expect((await post({ ...token, 'content-type': 'application/json' }, 'not json')).status).toBe(400)
    const missing = await post({ ...token, 'content-type': 'application/json' })
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: 'no local service named api' })
  })

  test('GitHub deployments are listed and the rollback button dispatches the workflow with the image tag', async () => {
    expect(github.view.deployments.map(d => [d.imageTag, d.state])).toEqual([
      ['new222', 'success'],
      ['old111', 'inactive']
    ])
    const older = github.view.deployments[1]?.id
    const response = await fetch(`${dashboard.url}api/github/rollback`, {
      method: 'POST',
      headers: { 'x-deplight-token': dashboard.token, 'content-type': 'application/json' },
      body: JSON.stringify({ deployment: older })
    })
    expect(response.status).toBe(202)
    expect(gh.dispatches).toEqual([
      {
        workflow: 'rollback.yml',
        ref: 'main',
        inputs: { environment: 'prod <i>x</i>', 'image-tag': 'old111' }
      }
    ])
  })

  test('the event stream needs the token in its query and starts with the state', async () => {
    expect((await fetch(`${dashboard.url}api/events`)).status).toBe(403)
    const controller = new AbortController()
    const response = await fetch(`${dashboard.url}api/events?token=${dashboard.token}`, {
      signal: controller.signal
    })
    const reader = response.body!.getReader()
    const { value } = await reader.read()
    controller.abort()
    expect(new TextDecoder().decode(value)).toMatch(/^retry: 1000\nevent: state\ndata: \{"stateDir"/)
  })
})
