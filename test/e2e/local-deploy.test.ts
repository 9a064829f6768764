// `deplight deploy --target local` end to end: the real CLI in its own process, a real Docker engine with
// BuildKit (no bridge network: host networking is detected), the Express example built from its generated
// Dockerfile, the smoke-test stage as the health check and the detached proxy as the stable URL.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunRecord } from '../../src/pipeline/contracts.js'
import { dockerAvailable, startDocker, type DockerEngine } from '../support/index.js'
import {
  cliEnv,
  copyApp,
  deplight,
  ensureNodeBases,
  killProxies,
  spawnDeplight
} from './support/local-cli.js'

const unavailable = dockerAvailable()

/** Requests the URL back to back until stopped; counts answers that are not 200 and transport errors. */
function pollContinuously(url: string): { stop: () => Promise<{ ok: number; failed: string[] }> } {
  const agent = new Agent({ keepAlive: true })
  const failed: string[] = []
  let ok = 0
  let running = true
  const once = (useAgent: boolean): Promise<void> =>
    new Promise(resolve => {
      const req = get(url, { agent: useAgent ? agent : false, timeout: 5000 }, res => {
        let body = ''
        res.on('data', chunk => (body += chunk))
        res.on('end', () => {
          if (res.statusCode === 200) ok++
          else failed.push(`HTTP ${res.statusCode}: ${body.slice(0, 100)}`)
          resolve()
        })
        res.on('error', error => {
          failed.push(error.message)
          resolve()
        })
      })
      req.on('error', error => {
        failed.push(error.message)
        resolve()
      })
      req.on('timeout', () => req.destroy(new Error('timeout')))
    })
  const loop = (async () => {
    let n = 0
    while (running) await once(n++ % 2 === 0)
  })()
  return {
    stop: async () => {
      running = false
      await loop
      agent.destroy()
      return { ok, failed }
    }
  }
}

async function getJson(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
  return { status: response.status, body: await response.text() }
}

;(unavailable ? describe.skip : describe)('deplight deploy --target local (real engine)', () => {
  let engine: DockerEngine
  let env: NodeJS.ProcessEnv
  let stateDir: string
  let app: string
  let url: string
  const state = (): string[] => ['--state-dir', stateDir]
  const runs = async (): Promise<RunRecord[]> =>
    JSON.parse((await deplight(env, ['history', 'express-api', '--json', ...state()])).stdout) as RunRecord[]

  beforeAll(async () => {
    engine = await startDocker()
    env = cliEnv(engine)
    stateDir = mkdtempSync(join(tmpdir(), 'dl-local-state-'))
    app = copyApp('express-api')
    await ensureNodeBases(engine, app)
  }, 120_000)
  afterAll(async () => {
    killProxies(stateDir)
    await engine?.stop()
    rmSync(stateDir, { recursive: true, force: true })
    rmSync(app, { recursive: true, force: true })
  })

  it('deploys the Express example: eight stages, a stable URL, the generated Dockerfile kept out of the tree', async () => {
    const result = await deplight(env, ['deploy', app, ...state()])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const match = /is live at (http:\/\/127\.0\.0\.1:\d+)/.exec(result.stdout)
    expect(match).not.toBeNull()
    url = (match as RegExpExecArray)[1] as string
    expect(result.stdout).toMatch(/✓ Checkout & setup .*host network \(the engine has no bridge\)/)
    expect(result.stdout).toMatch(/✓ Image build .*built deplight\.local\/express-api:[0-9a-f]{12}/)
    expect(result.stdout).toMatch(/- Image push .*stays in the local engine/)
    expect(await getJson(`${url}/health`)).toEqual({ status: 200, body: '{"status":"ok"}' })
    expect(() => readFileSync(join(app, 'Dockerfile'))).toThrow()
    const [record] = await runs()
    expect(record).toMatchObject({
      status: 'success',
      service: 'express-api',
      environment: 'local',
      serviceUrl: url
    })
    expect(record?.stages.map(s => s.status)).toEqual([
      'success',
      'success',
      'success',
      'skipped',
      'success',
      'success',
      'success',
      'success'
    ])
  }, 300_000)

  it('redeploys unchanged content without a build, on the same URL, with no failed request during the switch', async () => {
    const before = (
      JSON.parse((await deplight(env, ['status', '--json', ...state()])).stdout) as {
        current: { container: string }
      }[]
    )[0]
    const poller = pollContinuously(`${url}/health`)
    await new Promise(resolve => setTimeout(resolve, 300))
    const result = await deplight(env, ['deploy', app, ...state()])
    await new Promise(resolve => setTimeout(resolve, 300))
    const polled = await poller.stop()
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /✓ Image build .*reused deplight\.local\/express-api:[0-9a-f]{12}: same build context/
    )
    expect(result.stdout).toContain(`is live at ${url}`)
    expect(polled.failed).toEqual([])
    expect(polled.ok).toBeGreaterThan(20)
    const after = (
      JSON.parse((await deplight(env, ['status', '--json', ...state()])).stdout) as {
        current: { container: string }
      }[]
    )[0]
    expect(after?.current.container).not.toBe(before?.current.container)
  }, 300_000)

  it('refuses a release that crashes on start: the old one keeps serving and the error shows its last log lines', async () => {
    const broken = copyApp('express-api')
    try {
      writeFileSync(
        join(broken, 'server.js'),
        "console.error('boom: DATABASE_URL is not set')\nprocess.exit(3)\n"
      )
      const result = await deplight(env, ['deploy', broken, '--name', 'express-api', ...state()])
      expect(result.code).toBe(1)
      expect(result.stdout).toContain('deploy failed: the container exited with code 3 before it was healthy')
      expect(result.stdout).toContain('boom: DATABASE_URL is not set')
      expect(result.stdout).toContain(`${url} still serves release`)
      expect(await getJson(`${url}/health`)).toEqual({ status: 200, body: '{"status":"ok"}' })
    } finally {
      rmSync(broken, { recursive: true, force: true })
    }
  }, 300_000)

  it('refuses a release whose health check answers 500, with the evidence', async () => {
    const broken = copyApp('express-api')
    try {
      writeFileSync(
        join(broken, 'server.js'),
        "const app = require('express')()\napp.get('/health', (_q, r) => r.status(500).json({ status: 'database unreachable' }))\napp.listen(Number(process.env.PORT))\n"
      )
      const result = await deplight(env, [
        'deploy',
        broken,
        '--name',
        'express-api',
        '--health-timeout',
        '4s',
        ...state()
      ])
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(
        /deploy failed: health check GET http:\/\/127\.0\.0\.1:\d+\/health failed .*500/
      )
      expect(result.stdout).toContain('database unreachable')
      expect(await getJson(`${url}/health`)).toEqual({ status: 200, body: '{"status":"ok"}' })
      const [record] = await runs()
      expect(record?.status).toBe('failure')
      expect(record?.stages.find(s => s.id === 'health')?.status).toBe('failure')
      expect(record?.failureReasons?.join('\n')).toContain('database unreachable')
    } finally {
      rmSync(broken, { recursive: true, force: true })
    }
  }, 300_000)

  it('rolls back to the previous release, and status and history say so', async () => {
    appendFileSync(join(app, 'server.js'), "app.get('/version', (_q, r) => r.send('v2'))\n")
    const v2 = await deplight(env, ['deploy', app, ...state()])
    expect(v2.code).toBe(0)
    expect((await getJson(`${url}/version`)).body).toBe('v2')
    const rollback = await deplight(env, ['rollback', 'express-api', ...state()])
    expect(rollback.stderr).toBe('')
    expect(rollback.code).toBe(0)
    expect(rollback.stdout).toMatch(/- Code analysis .*rollback to [0-9a-f]{12}/)
    expect((await getJson(`${url}/version`)).status).toBe(404)
    expect((await getJson(`${url}/health`)).status).toBe(200)

    const history = await runs()
    expect(history.map(r => r.status)).toEqual([
      'success',
      'success',
      'failure',
      'failure',
      'success',
      'success'
    ])
    expect(history[0]?.rolledBackTo).toBe(history[5]?.imageTag)
    const status = await deplight(env, ['status', ...state()])
    expect(status.code).toBe(0)
    expect(status.stdout).toContain(`express-api  ${url}  healthy (200`)
    expect(status.stdout).toContain(`release    ${history[5]?.imageTag}`)
    const text = await deplight(env, ['history', ...state()])
    expect(text.stdout.split('\n')[0]).toMatch(/success {5}✓-✓-✓✓✓✓ {2}rollback → [0-9a-f]{12}/)
    const logs = await deplight(env, ['logs', ...state()])
    expect(logs.stdout).toMatch(/express listening on \d+/)
  }, 300_000)

  it('keeps the state of a CLI killed between stages: status reports the interrupted run, the next deploy settles it', async () => {
    appendFileSync(join(app, 'server.js'), "app.get('/v3', (_q, r) => r.send('v3'))\n")
    const child = spawnDeplight(env, ['deploy', app, ...state()])
    await new Promise<void>((resolve, reject) => {
      let out = ''
      child.stdout?.on('data', chunk => {
        out += chunk
        // The build's line is printed when the stage ends: the next stage has just begun.
        if (/✓ Image build/.test(out)) {
          child.kill('SIGKILL')
          resolve()
        }
      })
      child.on('exit', () => reject(new Error(`the deploy ended before its build finished:\n${out}`)))
    })
    await new Promise(resolve => child.once('exit', resolve))
    const status = await deplight(env, ['status', ...state()])
    expect(status.stdout).toMatch(
      /! run \S+ was interrupted (after Image (build|push)|during (Image push|Infrastructure update|Service rollout|Health check|Verification & notify)) \(its process stopped/
    )
    expect((await getJson(`${url}/health`)).status).toBe(200)
    expect((await runs())[0]?.status).toBe('interrupted')

    const next = await deplight(env, ['deploy', app, ...state()])
    expect(next.code).toBe(0)
    expect(next.stdout).toMatch(/note: run \S+ was interrupted (after|during) .*; recorded as interrupted/)
    expect(next.stdout).toMatch(/✓ Image build .*reused/)
    expect((await getJson(`${url}/v3`)).body).toBe('v3')
    const containers = await deplight(env, ['status', '--json', ...state()])
    expect(containers.code).toBe(0)
  }, 300_000)

  it('fails clearly when an explicit --port is taken, and stop ends the service', async () => {
    const taken = get(url) // any listener will do: the service's own URL port is taken by its proxy
    taken.on('error', () => undefined)
    const port = Number(new URL(url).port)
    const other = await deplight(env, [
      'deploy',
      app,
      '--name',
      'other-api',
      '--port',
      String(port),
      ...state()
    ])
    expect(other.code).toBe(1)
    expect(other.stdout).toContain(`port ${port} on 127.0.0.1 is in use; choose another with --port`)
    const stop = await deplight(env, ['stop', 'express-api', ...state()])
    expect(stop.stdout).toMatch(/stopped express-api: its URL, \d container\(s\)/)
    await expect(fetch(`${url}/health`)).rejects.toThrow()
  }, 300_000)
})
