// The python runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const PYTHON_BASELINE: RuntimeBaseline = {
  name: 'python',
  cpu: 256,
  memory: 512,
  reason: 'a Python web server fits 0.25 vCPU / 512 MiB'
}

export const PYTHON_VERSIONS: RuntimeLine = {
  name: 'python',
  latest: { 3: '3.13' },
  fallback: '3.13'
}
