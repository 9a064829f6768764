// The dashboard in a real browser: Debian's chromium driven by playwright-core, against `deplight
// dashboard` and `deplight deploy` running as their own processes on a real Docker engine. A screenshot
// is saved to test-artifacts/dashboard.png.
import { execFileSync, type ChildProcess } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { dockerAvailable, freePort, startDocker, type DockerEngine } from '../support/index.js'
import { cliEnv, deplight, ensureNodeBases, killProxies, spawnDeplight } from './support/local-cli.js'

const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]
const XSS_MESSAGE = '<img src=x onerror="window.__xss=1">ship it'
const unavailable =
  dockerAvailable() ?? (existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install chromium)`)

function git(dir: string, args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd: dir,
    stdio: 'ignore'
  })
}

;(unavailable ? describe.skip : describe)('deplight dashboard in a real browser', () => {
  let engine: DockerEngine
  let env: NodeJS.ProcessEnv
  let stateDir: string
  let parent: string
  let app: string
  let dashboard: ChildProcess
  let dashboardUrl: string
  let browser: Browser
  let page: Page
  const state = (): string[] => ['--state-dir', stateDir]

  beforeAll(async () => {
    engine = await startDocker()
    env = cliEnv(engine)
    stateDir = mkdtempSync(join(tmpdir(), 'dl-dash-state-'))
    // The source path itself carries markup: it is shown on the card and must stay text.
    parent = mkdtempSync(join(tmpdir(), 'dl-dash-'))
    app = join(parent, '<b>bold<', 'express-api')
    mkdirSync(join(parent, '<b>bold<'))
    cpSync(resolve('examples/apps/express-api'), app, {
      recursive: true,
      filter: p => !/node_modules/.test(p)
    })
    git(app, ['init', '-q'])
    git(app, ['add', '.'])
    git(app, ['commit', '-q', '-m', XSS_MESSAGE])
    await ensureNodeBases(engine, app)
    for (const version of ['v1', 'v2']) {
      appendFileSync(join(app, 'server.js'), `app.get('/${version}', (_q, r) => r.send('${version}'))\n`)
      git(app, ['commit', '-q', '-am', XSS_MESSAGE])
      const deployed = await deplight(env, ['deploy', app, ...state()])
      if (deployed.code !== 0)
        throw new Error(`deploy ${version} failed:\n${deployed.stdout}${deployed.stderr}`)
    }
    const port = await freePort()
    dashboard = spawnDeplight(env, ['dashboard', '--port', String(port), ...state()])
    dashboardUrl = await new Promise<string>((ok, fail) => {
      let out = ''
      dashboard.stdout?.on('data', chunk => {
        out += chunk
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)
        if (match) ok(match[0])
      })
      dashboard.on('exit', code => fail(new Error(`dashboard exited ${code}: ${out}`)))
    })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    dashboard?.kill('SIGTERM')
    killProxies(stateDir)
    await engine?.stop()
    rmSync(stateDir, { recursive: true, force: true })
    rmSync(parent, { recursive: true, force: true })
  })

  const serviceUrl = async (): Promise<string> =>
    (await page.locator('[data-service-card="express-api"] a').first().textContent()) ?? ''

  it('lists the service with its URL, health and runs; markup in a commit message or path renders as text', async () => {
    await page.goto(dashboardUrl)
    const card = page.locator('[data-service-card="express-api"]')
    await card.waitFor()
    await page.locator('#conn', { hasText: 'live' }).waitFor()
    await card.locator('[data-health="healthy"]').waitFor({ timeout: 20_000 })
    expect(await serviceUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const text = (await card.textContent()) ?? ''
    expect(text).toContain(XSS_MESSAGE)
    expect(text).toContain('<b>bold<')
    expect(await card.locator('img, b').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(await card.locator('li.run').count()).toBe(2)
    expect(await card.locator('li.run').first().locator('.seg').count()).toBe(8)
  }, 60_000)

  it('shows a running deploy advance stage by stage, live', async () => {
    appendFileSync(join(app, 'server.js'), "app.get('/live', (_q, r) => r.send('live'))\n")
    const run = deplight(env, ['deploy', app, ...state()])
    const card = page.locator('[data-service-card="express-api"]')
    const seen = new Set<string>()
    const deadline = Date.now() + 180_000
    while (Date.now() < deadline) {
      const newest = card.locator('li.run').first()
      const running = await newest
        .locator('.seg[data-status="running"]')
        .getAttribute('data-stage', { timeout: 100 })
        .catch(() => null)
      if (running) seen.add(running)
      if (
        (await newest.locator('[data-run-status]').getAttribute('data-run-status')) === 'success' &&
        seen.size > 0
      )
        break
      await page.waitForTimeout(50)
    }
    expect((await run).code).toBe(0)
    expect(seen.size).toBeGreaterThanOrEqual(2)
    expect(seen.has('build')).toBe(true)
    await card.locator('li.run').first().locator('[data-run-status="success"]').waitFor()
  }, 240_000)

  it('rolls the service back with the button, and the page shows the release that serves', async () => {
    const card = page.locator('[data-service-card="express-api"]')
    const before = await card.locator('code[data-release]').getAttribute('data-release')
    const button = card.locator('button[data-act="rollback"]')
    const label = (await button.textContent()) ?? ''
    const target = /Roll back to ([0-9a-f]{12})/.exec(label)?.[1]
    expect(target).toBeDefined()
    await button.click()
    await page.locator('#toast', { hasText: `Started: rollback of express-api to ${target}` }).waitFor()
    await card.locator(`code[data-release="${target}"]`).waitFor({ timeout: 120_000 })
    expect(target).not.toBe(before)
    const url = await serviceUrl()
    expect(await (await fetch(`${url}/v2`)).text()).toBe('v2')
    expect((await fetch(`${url}/live`)).status).toBe(404)
    await card.locator('li.run').first().locator('[data-run-status="success"]').waitFor()
    expect(await card.locator('li.run').first().textContent()).toContain(`rollback to ${target}`)

    mkdirSync(resolve('test-artifacts'), { recursive: true })
    await page.screenshot({ path: resolve('test-artifacts/dashboard.png'), fullPage: true })
    await card.locator('button[data-act="logs"]').click()
    await page.locator('#logs-text', { hasText: 'express listening on' }).waitFor()
    await page.locator('#logs-close').click()
  }, 180_000)

  it('refuses a POST without the token, from another origin, or for another host', async () => {
    const token = await page.locator('meta[name="deplight-token"]').getAttribute('content')
    const action = `${dashboardUrl}api/services/express-api/redeploy`
    const json = { 'content-type': 'application/json' }
    const noToken = await fetch(action, { method: 'POST', headers: json, body: '{}' })
    expect(noToken.status).toBe(403)
    expect(await noToken.text()).toContain('dashboard token')
    const wrong = await fetch(action, {
      method: 'POST',
      headers: { ...json, 'x-deplight-token': 'x'.repeat(64) },
      body: '{}'
    })
    expect(wrong.status).toBe(403)
    const crossSite = await fetch(action, {
      method: 'POST',
      headers: { ...json, 'x-deplight-token': token ?? '', origin: 'http://evil.example' },
      body: '{}'
    })
    expect(crossSite.status).toBe(403)
    expect((await fetch(`${dashboardUrl}api/state`)).status).toBe(403)
    // A rebinding attack's request names the attacker's host: refused even with the token.
    const rebound = await new Promise<number>((ok, fail) => {
      const req = request(
        `${dashboardUrl}api/state`,
        { headers: { host: 'attacker.example', 'x-deplight-token': token ?? '' } },
        res => ok(res.statusCode ?? 0)
      )
      req.on('error', fail)
      req.end()
    })
    expect(rebound).toBe(403)
    // From inside another page's origin the browser itself blocks reading the token or posting JSON.
    const nothingRan = await deplight(env, ['history', '--json', ...state()])
    expect((JSON.parse(nothingRan.stdout) as unknown[]).length).toBe(4)
  }, 60_000)
})
