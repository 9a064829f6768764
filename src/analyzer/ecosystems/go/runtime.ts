// The go runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'a compiled Go binary needs little memory'
export const GO_BASELINE = runtimeBaseline('go', 256, 512, baselineReason)

export const GO_VERSIONS = runtimeLine('go', { 1: '1.24' }, '1.24')
