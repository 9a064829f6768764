// The deno runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'a Deno server fits 0.25 vCPU / 512 MiB'
export const DENO_BASELINE = runtimeBaseline('deno', 256, 512, baselineReason)

/** denoland/deno publishes full versions only: a declared minor resolves to its newest patch. */
export const DENO_VERSIONS = runtimeLine('deno', { 1: '1.46.3', 2: '2.9.6', '2.9': '2.9.6' }, '2.9.6', 'full')
