// The deno runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const DENO_BASELINE: RuntimeBaseline = {
  name: 'deno',
  cpu: 256,
  memory: 512,
  reason: 'a Deno server fits 0.25 vCPU / 512 MiB'
}

/** denoland/deno publishes full versions only: a declared minor resolves to its newest patch. */
export const DENO_VERSIONS: RuntimeLine = {
  name: 'deno',
  latest: { 1: '1.46.3', 2: '2.9.6', '2.9': '2.9.6' },
  fallback: '2.9.6',
  scheme: 'full'
}
