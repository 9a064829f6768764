// The static runtime as data: the Fargate size a plain app starts from.
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'static files served by a small web server'
export const STATIC_BASELINE = runtimeBaseline('static', 256, 512, baselineReason)
