// Bench: cold build, cached rebuild after a one-line change, and the re-tag path of build-push, each
// through the real stage code against a private Docker engine, a real registry with htpasswd auth and
// the real ECR SDK client (fake control plane). Run: `npx tsx bench/build-push.ts` or via bench/run.ts.
import { ECRClient } from '@aws-sdk/client-ecr'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPush, type BuildPushDeps, type BuildPushOutcome } from '../src/stages/build-push.js'
import { parseInputs } from '../src/actions/build-push/inputs.js'
import { execRunner } from '../src/integrations/docker/exec.js'
import { FAKE_ECR_ACCESS_KEY, startFakeEcr } from '../test/support/fake-ecr.js'
import {
  dockerCli,
  ensureHostCopyBase,
  startDocker,
  startRegistry,
  stopAllTracked
} from '../test/support/index.js'

const BASE = 'deplight-bench/python:3'
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

export interface BuildPushBench {
  runs: number
  coldMs: number[]
  cachedRebuildMs: number[]
  retagMs: number[]
  cachedSteps: number[]
  median: { coldMs: number; cachedRebuildMs: number; retagMs: number }
  retagOverCold: number
}

/** A small Python web app whose dependency step costs real CPU (byte-compiling a library tree). */
function writeApp(dir: string, greeting: string): void {
  mkdirSync(join(dir, 'app'), { recursive: true })
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      `FROM ${BASE}`,
      'WORKDIR /srv',
      'COPY requirements.txt .',
      '# stands in for `pip install`: PyPI is unreachable here, so compile a library tree instead',
      'RUN cp -r /usr/lib/python3.11/email /usr/lib/python3.11/json /usr/lib/python3.11/http /srv/ && python3 -m compileall -q /usr/lib/python3.11 /srv',
      'COPY app/ ./app/',
      'RUN python3 -m py_compile app/main.py',
      'EXPOSE 8000',
      'CMD ["python3", "app/main.py"]',
      ''
    ].join('\n')
  )
  writeFileSync(join(dir, 'requirements.txt'), 'flask==3.0.3\n')
  writeFileSync(join(dir, '.dockerignore'), '__pycache__\n*.pyc\n.git\n')
  writeFileSync(
    join(dir, 'app', 'main.py'),
    [
      'from http.server import BaseHTTPRequestHandler, HTTPServer',
      '',
      'class Handler(BaseHTTPRequestHandler):',
      '    def do_GET(self):',
      '        self.send_response(200)',
      '        self.end_headers()',
      `        self.wfile.write(b"${greeting}")`,
      '',
      'HTTPServer(("0.0.0.0", 8000), Handler).serve_forever()',
      ''
    ].join('\n')
  )
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

export async function benchBuildPush(): Promise<BuildPushBench> {
  const password = 'bench-password'
  const workspace = mkdtempSync(join(tmpdir(), 'dl-bench-'))
  try {
    const [docker, registry] = await Promise.all([
      startDocker(),
      startRegistry({ htpasswd: { user: 'AWS', password } })
    ])
    const ecr = await startFakeEcr({ registryUrl: registry.url, password, repositories: [] })
    await ensureHostCopyBase(docker, BASE, { binary: 'python3' })
    const deps: BuildPushDeps = {
      run: (command, args, options) => execRunner(command, args, { ...options, stream: false }),
      dockerEnv: docker.env,
      ecrClient: () =>
        new ECRClient({
          endpoint: ecr.endpoint,
          region: 'us-east-1',
          credentials: { accessKeyId: FAKE_ECR_ACCESS_KEY, secretAccessKey: 's' }
        }),
      setSecret: () => undefined,
      info: () => undefined,
      warning: message => console.warn(message),
      group: (_name, fn) => fn()
    }
    const timed = async (
      repository: string,
      tag: string
    ): Promise<{ ms: number; outcome: BuildPushOutcome }> => {
      const values: Record<string, string> = {
        context: 'app',
        repository,
        tag,
        network: 'host',
        'docker-binary': docker.cli,
        'create-repository': 'true'
      }
      const inputs = parseInputs(name => values[name] ?? '', {
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: workspace
      })
      const started = performance.now()
      const outcome = await buildPush(inputs, deps)
      return { ms: Math.round(performance.now() - started), outcome }
    }
    // Every build starts like a fresh CI runner: the base image present, no local build cache and no
    // earlier app image, so cached layers really come from the registry.
    const pruneBuildCache = async (repository: string): Promise<void> => {
      const images = await dockerCli(docker, [
        'image',
        'ls',
        '--format',
        '{{.Repository}}:{{.Tag}}',
        `${registry.host}/${repository}`
      ])
      const refs = images.stdout.split('\n').filter(Boolean)
      if (refs.length > 0) await dockerCli(docker, ['image', 'rm', '--force', ...refs])
      await dockerCli(docker, ['builder', 'prune', '--all', '--force'])
    }

    const result: BuildPushBench = {
      runs: RUNS,
      coldMs: [],
      cachedRebuildMs: [],
      retagMs: [],
      cachedSteps: [],
      median: { coldMs: 0, cachedRebuildMs: 0, retagMs: 0 },
      retagOverCold: 0
    }
    for (let run = 0; run < RUNS; run++) {
      const repository = `bench/app-${run}-${Date.now().toString(36)}`
      writeApp(join(workspace, 'app'), `hello ${run}`)
      await pruneBuildCache(repository)
      const cold = await timed(repository, `${run}`.padEnd(40, 'a'))
      if (cold.outcome.result.reused) throw new Error('cold build unexpectedly reused an image')
      writeApp(join(workspace, 'app'), `hello ${run}, changed`)
      await pruneBuildCache(repository)
      const rebuild = await timed(repository, `${run}`.padEnd(40, 'b'))
      const retag = await timed(repository, `${run}`.padEnd(40, 'c'))
      if (!retag.outcome.result.reused) throw new Error('re-tag path did not reuse the image')
      result.coldMs.push(cold.ms)
      result.cachedRebuildMs.push(rebuild.ms)
      result.cachedSteps.push(rebuild.outcome.cachedSteps)
      result.retagMs.push(retag.ms)
    }
    result.median = {
      coldMs: median(result.coldMs),
      cachedRebuildMs: median(result.cachedRebuildMs),
      retagMs: median(result.retagMs)
    }
    result.retagOverCold = Number((result.median.retagMs / result.median.coldMs).toFixed(4))

    console.log(
      `build-push bench (${RUNS} runs, python3 stand-in base, private dockerd + registry on 127.0.0.1; times are the whole stage incl. context digest, ECR login, registry calls)`
    )
    console.log(
      `  cold build + push        median ${result.median.coldMs} ms   runs ${result.coldMs.join(', ')}`
    )
    console.log(
      `  rebuild after 1-line change (cache from registry; local cache and images removed)  median ${result.median.cachedRebuildMs} ms   runs ${result.cachedRebuildMs.join(', ')}   cached steps ${result.cachedSteps.join(', ')}`
    )
    console.log(
      `  re-tag (unchanged content) median ${result.median.retagMs} ms   runs ${result.retagMs.join(', ')}`
    )
    console.log(
      `  re-tag / cold = ${result.retagOverCold} (${(result.median.coldMs / result.median.retagMs).toFixed(1)}x faster); target: re-tag < 1000 ms and >= 10x`
    )
    await ecr.stop()
    return result
  } finally {
    await stopAllTracked()
    rmSync(workspace, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchBuildPush()
}
