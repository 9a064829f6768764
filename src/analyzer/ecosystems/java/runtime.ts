// The JVM runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'the JVM (heap + metaspace + JIT) needs 1 vCPU / 2 GiB to start in time'
export const JAVA_BASELINE = runtimeBaseline('jvm', 1024, 2048, baselineReason)

/** Java images are tagged by feature release (21); `1.8` means 8. */
export const JAVA_VERSIONS = runtimeLine('java', {}, '21', 'feature')
