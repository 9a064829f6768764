// Result files of a realistic run, written the way the stages write them, with their write times set so
// the assembled timings are deterministic.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BuildResult, DeployResult, SmokeReport } from '../../../src/pipeline/contracts.js'
import type { RunMeta } from '../../../src/pipeline/run-record.js'
import { RESULT_FILES, type ResultPaths } from '../../../src/stages/notify/result-files.js'

export const SHA = '3f9c2b1a7d4e5f60718293a4b5c6d7e8f9012345'
export const T0 = Date.UTC(2026, 11, 5, 10, 0, 0)

export const META: RunMeta = {
  runId: '1234567890',
  repository: 'acme/shop',
  commit: SHA,
  environment: 'production',
  ref: 'feature/<b>fast</b>&checkout',
  actor: 'dana',
  commitMessage: 'Fix <!channel> & *bold* checkout\n\nLonger body that is not shown',
  runUrl: 'https://github.com/acme/shop/actions/runs/1234567890'
}

export const ANALYSIS = {
  schemaVersion: 2,
  tool: { name: 'deplight', version: '3.0.0' },
  contentDigest: 'abc',
  primary: '.',
  apps: [
    {
      name: 'shop',
      appDir: '.',
      language: { value: 'javascript' },
      framework: { value: 'express' },
      port: { value: 3000 }
    }
  ],
  warnings: [],
  stats: { files: 10, readBytes: 1000, skipped: 0 }
}

export const BUILD: BuildResult = {
  schemaVersion: 1,
  image: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop:${SHA}`,
  tag: SHA,
  digest: 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  reused: false,
  contextDigest: '9a8b7c6d5e4f',
  durations: { buildMs: 41_200, pushMs: 6_300 }
}

export const DEPLOY: DeployResult = {
  schemaVersion: 1,
  imageTag: SHA,
  previousImageTag: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  outputs: { service_url: 'https://shop.example.com' },
  serviceUrl: 'https://shop.example.com',
  serviceName: 'shop',
  deploymentId: 'ecs-svc/123',
  githubDeploymentId: null,
  rolloutState: 'COMPLETED',
  plan: { hasChanges: true, add: 0, change: 1, destroy: 0, replace: 0, destructive: [], onlyImageTag: true },
  durations: { infrastructureMs: 12_000, rolloutMs: 95_000 }
}

export const SMOKE_PASSED: SmokeReport = {
  schemaVersion: 1,
  url: 'https://shop.example.com',
  passed: true,
  checks: [
    {
      name: 'health',
      method: 'GET',
      url: 'https://shop.example.com/health',
      passed: true,
      attempts: 2,
      status: 200,
      message: 'status 200 in 41 ms',
      evidence: null,
      latencyMs: { p50: 38, p95: 77, max: 90 }
    }
  ],
  expectedVersion: null,
  versionMatched: null,
  samples: { count: 20, errors: 0, errorRate: 0, latencyMs: { p50: 38, p95: 77, max: 90 } },
  durationMs: 4_100,
  failures: []
}

export const SMOKE_FAILED: SmokeReport = {
  ...SMOKE_PASSED,
  passed: false,
  checks: [
    {
      ...SMOKE_PASSED.checks[0]!,
      passed: false,
      attempts: 31,
      status: 404,
      message: 'status 404, expected 2xx or 3xx',
      evidence: { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not Found ```</h1>' },
      latencyMs: null
    }
  ],
  samples: null,
  durationMs: 300_000,
  failures: ['health: status 404, expected 2xx or 3xx']
}

export interface WrittenResults {
  dir: string
  paths: ResultPaths
}

/** Writes the given documents as the stages would, each finishing at `T0 + end` seconds. */
export function writeResults(docs: {
  analysis?: unknown
  build?: unknown
  deploy?: unknown
  smoke?: unknown
}): WrittenResults {
  const dir = join(mkdtempSync(join(tmpdir(), 'deplight-notify-')), 'deplight')
  mkdirSync(dir, { recursive: true })
  const ends = { analysis: 5, build: 55, deploy: 165, smoke: 175 }
  const names = {
    analysis: RESULT_FILES.analysis,
    build: RESULT_FILES.build,
    deploy: RESULT_FILES.deploy,
    smoke: RESULT_FILES.smoke
  }
  const paths = {} as ResultPaths
  for (const key of ['analysis', 'build', 'deploy', 'smoke'] as const) {
    const file = join(dir, names[key])
    paths[key] = file
    if (docs[key] === undefined) continue
    writeFileSync(file, JSON.stringify(docs[key]))
    const at = new Date(T0 + ends[key] * 1000)
    utimesSync(file, at, at)
  }
  return { dir, paths }
}
