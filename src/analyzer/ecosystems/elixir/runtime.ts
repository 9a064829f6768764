// The elixir runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const ELIXIR_BASELINE: RuntimeBaseline = {
  name: 'elixir',
  cpu: 512,
  memory: 1024,
  reason: 'the BEAM VM needs 1 GiB'
}

export const ELIXIR_VERSIONS: RuntimeLine = {
  name: 'elixir',
  latest: { 1: '1.18' },
  fallback: '1.18'
}
