// The node runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const NODE_BASELINE: RuntimeBaseline = {
  name: 'node',
  cpu: 256,
  memory: 512,
  reason: 'a Node.js server fits 0.25 vCPU / 512 MiB'
}

export const NODE_VERSIONS: RuntimeLine = {
  name: 'node',
  latest: { 18: '18.20', 20: '20.20', 22: '22.23', 24: '24.21', 26: '26.12' },
  fallback: '24.21'
}
