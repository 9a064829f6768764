// The php runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'PHP-FPM workers plus a web server need 1 GiB'
export const PHP_BASELINE = runtimeBaseline('php', 512, 1024, baselineReason)

export const PHP_VERSIONS = runtimeLine('php', { 8: '8.4' }, '8.4')
