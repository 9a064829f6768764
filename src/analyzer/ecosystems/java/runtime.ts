// The JVM runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const JAVA_BASELINE: RuntimeBaseline = {
  name: 'jvm',
  cpu: 1024,
  memory: 2048,
  reason: 'the JVM (heap + metaspace + JIT) needs 1 vCPU / 2 GiB to start in time'
}

/** Java images are tagged by feature release (21); `1.8` means 8. */
export const JAVA_VERSIONS: RuntimeLine = {
  name: 'java',
  latest: {},
  fallback: '21',
  scheme: 'feature'
}
