// The php runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const PHP_BASELINE: RuntimeBaseline = {
  name: 'php',
  cpu: 512,
  memory: 1024,
  reason: 'PHP-FPM workers plus a web server need 1 GiB'
}

export const PHP_VERSIONS: RuntimeLine = {
  name: 'php',
  latest: { 8: '8.4' },
  fallback: '8.4'
}
