// The rust runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const RUST_BASELINE: RuntimeBaseline = {
  name: 'rust',
  cpu: 256,
  memory: 512,
  reason: 'a compiled Rust binary needs little memory'
}

export const RUST_VERSIONS: RuntimeLine = {
  name: 'rust',
  latest: { 1: '1.84' },
  fallback: '1.84'
}
