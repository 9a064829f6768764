// The go runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const GO_BASELINE: RuntimeBaseline = {
  name: 'go',
  cpu: 256,
  memory: 512,
  reason: 'a compiled Go binary needs little memory'
}

export const GO_VERSIONS: RuntimeLine = {
  name: 'go',
  latest: { 1: '1.24' },
  fallback: '1.24'
}
