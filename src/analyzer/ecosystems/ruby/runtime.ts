// The ruby runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const RUBY_BASELINE: RuntimeBaseline = {
  name: 'ruby',
  cpu: 512,
  memory: 1024,
  reason: 'Ruby app servers (puma workers) need 1 GiB'
}

export const RUBY_VERSIONS: RuntimeLine = {
  name: 'ruby',
  latest: { 3: '3.4' },
  fallback: '3.4'
}
