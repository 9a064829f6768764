// Bench: what terraform-deploy adds around terraform, and how fast its rollout watcher notices the end.
//  1. init + plan + apply of a stack of terraform_data resources (the `service` test fixture, nothing
//     external), fresh directory each time: bare terraform commands vs the stage (adds the version check,
//     show -json, output -json, var-file planning) vs the bundled action run like the runner runs it
//     (adds node start-up, input parsing and the result files) — interleaved in the same rounds.
//  2. Detection latency of the watcher against the ECS fake: from the moment the fake's deployment turns
//     COMPLETED / FAILED (circuit-breaker rollback) / ROLLBACK_IN_PROGRESS (blue/green) to the moment the
//     watcher returns, with a fixed poll interval.
// Run: `npm run bench -- terraform-deploy` (BENCH_RUNS=n for more rounds).
import { ECSClient } from '@aws-sdk/client-ecs'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { watchRollout } from '../src/integrations/aws/ecs-rollout.js'
import { execRunner, type CommandRunner } from '../src/integrations/docker/exec.js'
import { findTerraform, terraformEnv } from '../src/integrations/terraform/binary.js'
import { Terraform } from '../src/integrations/terraform/cli.js'
import { DEFAULT_OUTPUT_NAMES, terraformDeploy } from '../src/stages/terraform-deploy/index.js'
import { FAKE_ECS_ACCESS_KEY, startFakeEcs, type Scenario } from '../test/support/fake-ecs.js'
import { copyFixture, terraformAvailable } from '../test/support/terraform.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const exec = promisify(execFile)
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2)
}
const quiet: CommandRunner = (c, a, o) => execRunner(c, a, { ...o, stream: false })

export interface TerraformDeployBench {
  runs: number
  overhead: {
    bareMs: number[]
    stageMs: number[]
    actionMs: number[] | null
    actionNote: string | null
    median: { bareMs: number; stageMs: number; actionMs: number | null }
  }
  latency: { scenario: Scenario; pollMs: number; latencyMs: number[]; medianMs: number; maxMs: number }[]
}

const ANALYZER_TFVARS = 'app_name = "shop"\ncontainer_port = 3000\n'

async function bare(dir: string, env: NodeJS.ProcessEnv, tag: string): Promise<number> {
  const tf = findTerraform(process.env.PATH)
  const started = performance.now()
  await exec(tf, ['init', '-input=false', '-no-color'], { cwd: dir, env })
  await exec(
    tf,
    [
      'plan',
      '-input=false',
      '-no-color',
      '-out=p.tfplan',
      '-var-file=analyzer.tfvars',
      '-var',
      `image_tag=${tag}`
    ],
    { cwd: dir, env }
  )
  await exec(tf, ['apply', '-input=false', '-no-color', 'p.tfplan'], { cwd: dir, env })
  return performance.now() - started
}

async function stage(dir: string, env: NodeJS.ProcessEnv, tag: string, scratch: string): Promise<number> {
  const started = performance.now()
  const outcome = await terraformDeploy(
    {
      workingDirectory: dir,
      imageTag: tag,
      imageDigest: null,
      analyzerVarFile: join(dir, 'analyzer.tfvars'),
      varFiles: [],
      backendConfig: [],
      workspace: null,
      mode: 'apply',
      lockTimeoutMs: 60_000,
      wait: true,
      waitTimeoutMs: 60_000,
      outputNames: DEFAULT_OUTPUT_NAMES,
      cluster: null,
      service: null,
      planDir: scratch
    },
    {
      terraform: new Terraform({ binary: findTerraform(process.env.PATH), cwd: dir, env, run: quiet }),
      ecs: null,
      log: { info: () => undefined, warning: () => undefined, group: (_n, fn) => fn() },
      setSecret: () => undefined
    }
  )
  if (outcome.error || outcome.result.rolloutState !== 'SKIPPED')
    throw new Error(`stage run failed: ${outcome.error}`)
  return performance.now() - started
}

async function action(dir: string, tag: string, scratch: string): Promise<number> {
  const outputs = join(scratch, 'outputs')
  writeFileSync(outputs, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: join(dir, '..'),
    RUNNER_TEMP: scratch,
    GITHUB_OUTPUT: outputs,
    'INPUT_WORKING-DIRECTORY': 'service',
    'INPUT_IMAGE-TAG': tag,
    'INPUT_ANALYZER-TFVARS': 'service/analyzer.tfvars',
    INPUT_WAIT: 'false'
  }
  const started = performance.now()
  await exec(process.execPath, [resolve('dist/terraform-deploy/index.js')], { cwd: dir, env })
  const ms = performance.now() - started
  if (!readFileSync(outputs, 'utf8').includes('SKIPPED'))
    throw new Error('the bundled action did not report rollout-state SKIPPED')
  return ms
}

async function overhead(): Promise<TerraformDeployBench['overhead']> {
  const scratch = mkdtempSync(join(tmpdir(), 'dl-bench-tf-'))
  const env = terraformEnv(process.env, scratch)
  const bareMs: number[] = []
  const stageMs: number[] = []
  let actionMs: number[] | null = []
  let actionNote: string | null = null
  const bundle = resolve('dist/terraform-deploy/index.js')
  if (!existsSync(bundle) || readFileSync(bundle, 'utf8').includes('is not implemented yet')) {
    actionMs = null
    actionNote = 'dist/terraform-deploy is not built from this source: run `npm run build` first'
  }
  try {
    // One warm-up round, not counted (page cache, first terraform start).
    for (let round = -1; round < RUNS; round++) {
      const tag = `bench${String(round + 1).padStart(3, '0')}`
      const runs: [number[] | null, (dir: string) => Promise<number>][] = [
        [bareMs, dir => bare(dir, env, tag)],
        [stageMs, dir => stage(dir, env, tag, scratch)],
        [actionMs, dir => action(dir, tag, scratch)]
      ]
      for (const [into, fn] of runs) {
        if (!into) continue
        const fixture = copyFixture('service')
        writeFileSync(join(fixture.dir, 'analyzer.tfvars'), ANALYZER_TFVARS)
        try {
          const ms = await fn(fixture.dir)
          if (round >= 0) into.push(Math.round(ms))
        } finally {
          fixture.remove()
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  return {
    bareMs,
    stageMs,
    actionMs,
    actionNote,
    median: { bareMs: median(bareMs), stageMs: median(stageMs), actionMs: actionMs ? median(actionMs) : null }
  }
}

async function latency(): Promise<TerraformDeployBench['latency']> {
  const fake = await startFakeEcs()
  const client = new ECSClient({
    region: 'us-east-1',
    endpoint: fake.endpoint,
    credentials: { accessKeyId: FAKE_ECS_ACCESS_KEY, secretAccessKey: 'secret' }
  })
  const out: TerraformDeployBench['latency'] = []
  const old = 'arn:aws:ecs:us-east-1:123456789012:task-definition/shop:1'
  const next = 'arn:aws:ecs:us-east-1:123456789012:task-definition/shop:2'
  let n = 0
  try {
    for (const pollMs of [100, 250]) {
      for (const scenario of ['success', 'circuit-breaker', 'blue-green-rollback'] as Scenario[]) {
        const latencies: number[] = []
        for (let i = 0; i < RUNS; i++) {
          const service = `shop-${++n}`
          fake.addService({
            cluster: 'apps',
            service,
            taskDefinition: old,
            strategy: scenario.startsWith('blue') ? 'BLUE_GREEN' : 'ROLLING'
          })
          // Step lengths spread over half an interval to a whole one, so the end falls at a different point
          // between two looks in each run (a fixed step would phase-lock with the polls).
          const stepMs = Math.round(pollMs * (0.5 + (0.5 * i) / RUNS))
          fake.startDeployment({
            cluster: 'apps',
            service,
            taskDefinition: next,
            scenario,
            stepMs,
            rollbackMs: 60_000
          })
          const result = await watchRollout(client, {
            target: { cluster: 'apps', service },
            taskDefinitionArn: next,
            previousTaskDefinitionArn: old,
            timeoutMs: 60_000,
            poll: { initialMs: pollMs, maxMs: pollMs, factor: 1 }
          })
          const returned = Date.now()
          const terminal = fake.terminalAt('apps', service)
          if (terminal === null)
            throw new Error(
              `${scenario}: the watcher returned ${result.state} before the fake's deployment ended`
            )
          latencies.push(returned - terminal)
        }
        out.push({
          scenario,
          pollMs,
          latencyMs: latencies,
          medianMs: median(latencies),
          maxMs: Math.max(...latencies)
        })
      }
    }
  } finally {
    client.destroy()
    await fake.stop()
  }
  return out
}

export async function benchTerraformDeploy(): Promise<TerraformDeployBench | null> {
  const missing = terraformAvailable()
  if (missing) {
    console.log(`skipped: ${missing}`)
    return null
  }
  const result: TerraformDeployBench = { runs: RUNS, overhead: await overhead(), latency: await latency() }
  print(result)
  return result
}

function print(r: TerraformDeployBench): void {
  const o = r.overhead
  console.log(
    `terraform-deploy bench — ${r.runs} interleaved rounds after a warm-up, medians; ${cpus().length} CPUs, load average ${loadavg()
      .map(l => l.toFixed(1))
      .join(' ')} at the end`
  )
  console.log(
    '\ninit + plan + apply of the `service` fixture (4 terraform_data resources, fresh directory each run):'
  )
  console.log(
    `  bare terraform (init, plan -out, apply)   ${o.median.bareMs} ms   runs ${o.bareMs.join(', ')}`
  )
  console.log(
    `  stage (terraformDeploy, in process)        ${o.median.stageMs} ms   runs ${o.stageMs.join(', ')}   +${o.median.stageMs - o.median.bareMs} ms`
  )
  if (o.actionMs && o.median.actionMs !== null)
    console.log(
      `  bundled action (node process, INPUT_*)     ${o.median.actionMs} ms   runs ${o.actionMs.join(', ')}   +${o.median.actionMs - o.median.bareMs} ms (goal < 1000 ms)`
    )
  else console.log(`  bundled action: not measured — ${o.actionNote}`)
  console.log(
    '\nwatcher detection latency (end of the fake deployment → watcher returns), fixed poll interval:'
  )
  for (const l of r.latency)
    console.log(
      `  ${l.scenario.padEnd(20)} poll ${String(l.pollMs).padStart(3)} ms   median ${l.medianMs} ms (${(l.medianMs / l.pollMs).toFixed(2)} intervals)   max ${l.maxMs} ms (${(l.maxMs / l.pollMs).toFixed(2)}; goal < 2)   runs ${l.latencyMs.join(', ')}`
    )
  console.log(
    '  (in production the interval starts at 5 s and grows to 15 s, so the bound there is 2 × 15 s)'
  )
}

if (import.meta.url === `file://${process.argv[1]}`) await benchTerraformDeploy()
