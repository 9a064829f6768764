// Bench: `deplight deploy --target local` of the Express example, through the real CLI process against a
// private Docker engine (no bridge: host networking), per stage from the run's RunRecord, medians of 3.
//   cold     a new service, no image and no BuildKit cache (npm ci downloads from the registry)
//   redeploy unchanged content: no build, a new container health-checked and switched in
// Side by side, the by-hand baseline for the cold path: docker build + docker run + poll /health.
// Run: `npm run bench -- local-deploy` (BENCH_RUNS to change the 3).
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunRecord } from '../src/pipeline/contracts.js'
import { STAGES } from '../src/pipeline/stages.js'
import { copyApp, ensureNodeBases, killProxies } from '../test/e2e/support/local-cli.js'
import {
  buildImage,
  ensureBases,
  prepareExample,
  runAndProbe,
  EXAMPLES
} from '../test/e2e/support/generated-images.js'
import { dockerCli, startDocker, stopAllTracked, type DockerEngine } from '../test/support/index.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

interface Timed {
  wallMs: number
  record: RunRecord
}

function deployJson(env: NodeJS.ProcessEnv, args: string[]): Promise<Timed> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', ...args, '--json'],
      { env, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`deploy failed: ${stderr.slice(-2000)}`))
        resolve({ wallMs: Math.round(performance.now() - started), record: JSON.parse(stdout) as RunRecord })
      }
    )
  })
}

async function pruneBuilds(engine: DockerEngine): Promise<void> {
  const images = await dockerCli(engine, [
    'image',
    'ls',
    '--format',
    '{{.Repository}}:{{.Tag}}',
    'deplight.local/*'
  ])
  const refs = images.stdout.split('\n').filter(Boolean)
  if (refs.length) await dockerCli(engine, ['image', 'rm', '--force', ...refs])
  await dockerCli(engine, ['builder', 'prune', '--all', '--force'])
}

const runMs = (r: RunRecord): number => Date.parse(r.finishedAt ?? '') - Date.parse(r.startedAt ?? '')

function table(label: string, runs: Timed[]): void {
  console.log(`  ${label}`)
  for (const stage of STAGES) {
    const values = runs.map(r => r.record.stages.find(s => s.id === stage.id)?.durationMs ?? 0)
    console.log(
      `    ${stage.title.padEnd(24)} median ${String(median(values)).padStart(6)} ms   runs ${values.join(', ')}`
    )
  }
  const totals = runs.map(r => runMs(r.record))
  const walls = runs.map(r => r.wallMs)
  console.log(
    `    ${'run (RunRecord)'.padEnd(24)} median ${String(median(totals)).padStart(6)} ms   runs ${totals.join(', ')}`
  )
  console.log(
    `    ${'CLI wall clock'.padEnd(24)} median ${String(median(walls)).padStart(6)} ms   runs ${walls.join(', ')}`
  )
}

export async function benchLocalDeploy(): Promise<{ coldMs: number; redeployMs: number }> {
  const engine = await startDocker()
  const app = copyApp('express-api')
  const states: string[] = []
  try {
    await ensureNodeBases(engine, app)
    const env = { ...engine.env }
    const cold: Timed[] = []
    const redeploy: Timed[] = []
    for (let i = 0; i < RUNS; i++) {
      await pruneBuilds(engine)
      const stateDir = mkdtempSync(join(tmpdir(), 'dl-bench-local-'))
      states.push(stateDir)
      const first = await deployJson(env, ['deploy', app, '--state-dir', stateDir])
      if (first.record.stages.find(s => s.id === 'build')?.detail?.startsWith('reused'))
        throw new Error('cold run reused an image')
      cold.push(first)
      const again = await deployJson(env, ['deploy', app, '--state-dir', stateDir])
      if (!again.record.stages.find(s => s.id === 'build')?.detail?.startsWith('reused'))
        throw new Error('redeploy built')
      redeploy.push(again)
      killProxies(stateDir)
      await dockerCli(engine, [
        'rm',
        '--force',
        ...(await dockerCli(engine, ['ps', '-aq'])).stdout.split('\n').filter(Boolean)
      ]).catch(() => undefined)
    }
    // The by-hand baseline: what `docker build` + `docker run` + waiting for /health costs on the same engine.
    const baseline: number[] = []
    const example = EXAMPLES.find(e => e.name === 'express-api')!
    for (let i = 0; i < RUNS; i++) {
      await pruneBuilds(engine)
      const prepared = prepareExample(example)
      try {
        await ensureBases(engine, prepared.dockerfile)
        const started = performance.now()
        await buildImage(engine, prepared.context, 'deplight.local/baseline:1', prepared.dockerfilePath)
        await runAndProbe(engine, 'deplight.local/baseline:1', '/health')
        baseline.push(Math.round(performance.now() - started))
      } finally {
        prepared.cleanup()
      }
    }
    console.log(
      `local-deploy bench (${RUNS} runs, Express example, node stand-in base, private dockerd with host networking)`
    )
    table('cold deploy (new service; no image, no build cache)', cold)
    table('unchanged redeploy (no build; new container, health check, switch, old one removed)', redeploy)
    console.log(
      `  baseline by hand: docker build + docker run + first 200 on /health   median ${median(baseline)} ms   runs ${baseline.join(', ')}`
    )
    const redeployMs = median(redeploy.map(r => runMs(r.record)))
    console.log(
      `  goal: unchanged redeploy < 5000 ms to a healthy, switched service — median run ${redeployMs} ms: ${redeployMs < 5000 ? 'met' : 'NOT met'}`
    )
    return { coldMs: median(cold.map(r => runMs(r.record))), redeployMs }
  } finally {
    for (const dir of states) {
      killProxies(dir)
      rmSync(dir, { recursive: true, force: true })
    }
    rmSync(app, { recursive: true, force: true })
    await stopAllTracked()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchLocalDeploy()
}
