// The bun runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'a Bun server fits 0.25 vCPU / 512 MiB'
export const BUN_BASELINE = runtimeBaseline('bun', 256, 512, baselineReason)

export const BUN_VERSIONS = runtimeLine('bun', { 1: '1.4' }, '1.4')
