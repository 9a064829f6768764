// The python runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'a Python web server fits 0.25 vCPU / 512 MiB'
export const PYTHON_BASELINE = runtimeBaseline('python', 256, 512, baselineReason)

export const PYTHON_VERSIONS = runtimeLine('python', { 3: '3.13' }, '3.13')
