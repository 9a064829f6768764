// The dotnet runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'the .NET runtime with JIT needs 1 GiB'
export const DOTNET_BASELINE = runtimeBaseline('dotnet', 512, 1024, baselineReason)

export const DOTNET_VERSIONS = runtimeLine(
  'dotnet',
  { 6: '6.0', 7: '7.0', 8: '8.0', 9: '9.0', 10: '10.0' },
  '8.0'
)
