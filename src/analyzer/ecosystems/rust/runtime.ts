// The rust runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'a compiled Rust binary needs little memory'
export const RUST_BASELINE = runtimeBaseline('rust', 256, 512, baselineReason)

export const RUST_VERSIONS = runtimeLine('rust', { 1: '1.84' }, '1.84')
