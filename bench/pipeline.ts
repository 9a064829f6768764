// Bench: the whole pipeline through the composite action.yml (the runner-style harness, the bundles in
// dist/), express-api on the local target, real Docker/BuildKit + registry, terraform with s3rver/dynalite
// state, HTTP smoke test, notify against the Slack and GitHub fakes — the e2e test's setup. Per step of the
// composite (each step is one `node dist/<stage>` process), medians of 3, each run on a fresh environment:
//   (a) cold      first deploy: new engine (no BuildKit cache; npm ci downloads), empty registry and state
//   (b) redeploy  an unchanged second push: re-tag (no build), plan + apply (container replaced), smoke, notify
// Goal for (b): under 10 s end to end. Run: `npm run bench -- pipeline` (npm run build first; BENCH_RUNS).
import {
  explainRun,
  pipelineUnavailable,
  sha,
  startPipelineEnv,
  type PushResult
} from '../test/e2e/support/pipeline-env.js'
import { stopAllTracked } from '../test/support/index.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const STEPS = ['analyze', 'build', 'deploy', 'smoke', 'Verification and notify'] as const

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

interface Sample {
  wallMs: number
  steps: Record<string, number>
}

async function timedPush(push: () => Promise<PushResult>): Promise<Sample> {
  const started = performance.now()
  const run = await push()
  const wallMs = performance.now() - started
  if (!run.success) throw new Error(`the deploy failed:\n${explainRun(run)}`)
  const steps: Record<string, number> = {}
  for (const id of STEPS) steps[id] = run.step(id).durationMs
  return { wallMs, steps }
}

export async function benchPipeline(): Promise<void> {
  const why = pipelineUnavailable()
  if (why) {
    console.log(`skipped: ${why}`)
    return
  }
  const cold: Sample[] = []
  const redeploy: Sample[] = []
  for (let i = 0; i < RUNS; i++) {
    const env = await startPipelineEnv()
    try {
      cold.push(await timedPush(() => env.push(sha(String(2 * i)))))
      redeploy.push(await timedPush(() => env.push(sha(String(2 * i + 1)))))
      console.log(
        `run ${i + 1}: cold ${(cold.at(-1)!.wallMs / 1000).toFixed(1)} s, redeploy ${(redeploy.at(-1)!.wallMs / 1000).toFixed(1)} s`
      )
    } finally {
      await env.stop()
    }
  }
  const row = (label: string, values: (s: Sample) => number): string =>
    `| ${label} | ${(median(cold.map(values)) / 1000).toFixed(2)} | ${(median(redeploy.map(values)) / 1000).toFixed(2)} |`
  console.log(`\nmedians of ${RUNS} (seconds)\n`)
  console.log('| step | (a) cold | (b) unchanged redeploy |')
  console.log('|---|---|---|')
  for (const id of STEPS) console.log(row(id, s => s.steps[id] ?? 0))
  console.log(row('**end to end (wall)**', s => s.wallMs))
  const b = median(redeploy.map(s => s.wallMs)) / 1000
  console.log(`\ngoal (b) < 10 s: ${b < 10 ? 'met' : 'not met'} (${b.toFixed(2)} s)`)
  await stopAllTracked()
}
