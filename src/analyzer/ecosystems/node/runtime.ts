// The node runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'a Node.js server fits 0.25 vCPU / 512 MiB'
export const NODE_BASELINE = runtimeBaseline('node', 256, 512, baselineReason)

export const NODE_VERSIONS = runtimeLine(
  'node',
  { 18: '18.20', 20: '20.20', 22: '22.23', 24: '24.21', 26: '26.12' },
  '24.21'
)
