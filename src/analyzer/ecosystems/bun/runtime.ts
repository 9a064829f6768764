// The bun runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const BUN_BASELINE: RuntimeBaseline = {
  name: 'bun',
  cpu: 256,
  memory: 512,
  reason: 'a Bun server fits 0.25 vCPU / 512 MiB'
}

export const BUN_VERSIONS: RuntimeLine = {
  name: 'bun',
  latest: { 1: '1.4' },
  fallback: '1.4'
}
