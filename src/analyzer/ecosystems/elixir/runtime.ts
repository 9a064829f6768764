// The elixir runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import { runtimeLine } from '../../render/base-images.js'
import { runtimeBaseline } from '../../signals/resources.js'

/** Why this size: shown in the report's resources reason. */
const baselineReason = 'the BEAM VM needs 1 GiB'
export const ELIXIR_BASELINE = runtimeBaseline('elixir', 512, 1024, baselineReason)

export const ELIXIR_VERSIONS = runtimeLine('elixir', { 1: '1.18' }, '1.18')
