// The static runtime as data: the Fargate size a plain app starts from.
import type { RuntimeBaseline } from '../../signals/resources.js'

export const STATIC_BASELINE: RuntimeBaseline = {
  name: 'static',
  cpu: 256,
  memory: 512,
  reason: 'static files served by a small web server'
}
