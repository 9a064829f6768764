// The ruby runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'Ruby app servers (puma workers) need 1 GiB'
export const RUBY_BASELINE = runtimeBaseline('ruby', 512, 1024, baselineReason)

export const RUBY_VERSIONS = runtimeLine('ruby', { 3: '3.4' }, '3.4')
