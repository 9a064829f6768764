// Stage 6 for a target without ECS: the root module says where its release answers (`service_url`) and
// opts in to being watched by declaring `readiness_path`. After the apply the stage asks that path until
// the release answers with a status below 500 or wait-timeout runs out. Connection errors and 5xx (a proxy's
// 502/503 while the backend starts, an app that crashes on start) mean "not yet"; 2xx–4xx mean a server
// is up and routing. Whether it is *healthy* is the smoke test's job (stage 7), as with ECS, where the
// rollout completes once the tasks run and the smoke test then checks the health path.
//
// The module is responsible for what answers after its apply being the new release (the local target
// removes the old container before it starts the new one). A target that keeps the old release serving
// while the new one starts needs a way to tell them apart, such as ECS's deployments; this check has none.
import { pollUntil, realClock, waited, type Clock, type PollPolicy } from '../../integrations/aws/ecs-poll.js'
import type { RolloutOutcome } from '../../integrations/aws/ecs-rollout.js'
import { formatDuration } from '../../pipeline/duration.js'
import { parseServiceUrl, sendRequest, type HttpAnswer, type HttpFailure } from '../smoke-test-http.js'

/**
 * A quarter of a second, then 1.5× up to 5 s: a container starts in about a second, and the deploy should
 * not sit out ECS's 5-second first interval for it.
 */
export const HTTP_POLL: PollPolicy = { initialMs: 250, maxMs: 5000, factor: 1.5 }

/** One request may take this long (less when wait-timeout has less left). */
const REQUEST_TIMEOUT_MS = 5000

export interface HttpRolloutOptions {
  /** The module's service_url output. */
  serviceUrl: string
  /** The module's readiness_path output (starts with `/`). */
  path: string
  timeoutMs: number
  poll?: PollPolicy
  clock?: Clock
  onProgress?: (line: string) => void
  fetch?: typeof fetch
}

/** `readiness_path` as the module gave it, checked: a path on the service, never another host. */
export function validateReadinessPath(value: string, outputName: string): string {
  if (!/^\/[^\s]*$/.test(value) || value.startsWith('//'))
    throw new Error(
      `output ${outputName} "${value}" is not a path: give the path that answers once the release is up, starting with / (e.g. "/" or "/health")`
    )
  return value
}

export async function watchHttpRollout(o: HttpRolloutOptions): Promise<RolloutOutcome> {
  const clock = o.clock ?? realClock
  const startedAt = clock.now()
  const service = parseServiceUrl(o.serviceUrl)
  const where = `${service.display}${o.path === '/' ? '/' : o.path}`
  const progress = progressPrinter(where, o.onProgress)
  let last: HttpAnswer | HttpFailure | null = null
  let attempts = 0
  const outcome = (state: 'COMPLETED' | 'TIMED_OUT', reasons: string[]): RolloutOutcome => ({
    state,
    rolledBack: false,
    deploymentId: null,
    runningTaskDefinitionArn: null,
    strategy: 'HTTP',
    reasons,
    elapsedMs: clock.now() - startedAt
  })
  const result = await pollUntil(
    { timeoutMs: o.timeoutMs, startedAt, poll: o.poll ?? HTTP_POLL, clock },
    async () => {
      attempts++
      const left = startedAt + o.timeoutMs - clock.now()
      last = await sendRequest(
        service,
        { method: 'GET', path: o.path, headers: {}, body: null, followRedirects: false },
        {
          // Node's own fetch: importing undici here would add 1.3 MB to the terraform-deploy bundle.
          fetch: o.fetch ?? globalThis.fetch,
          timeoutMs: Math.max(1000, Math.min(REQUEST_TIMEOUT_MS, left)),
          maxBodyBytes: 4096,
          now: clock.now
        }
      )
      if (last.ok && last.status < 500) {
        o.onProgress?.(
          `rollout COMPLETED: ${where} answered ${last.status} after ${formatDuration(clock.now() - startedAt)} (${attempts} attempt${attempts === 1 ? '' : 's'})`
        )
        return outcome('COMPLETED', [])
      }
      progress(describe(last), clock.now() - startedAt)
      return null
    }
  )
  if (result.done) return result.value
  return outcome('TIMED_OUT', [
    `${where} did not answer with a status below 500 ${waited(o.timeoutMs)}: ${last ? describe(last) : 'no attempt'} (${attempts} attempt${attempts === 1 ? '' : 's'})`
  ])
}

function describe(answer: HttpAnswer | HttpFailure): string {
  return answer.ok ? `last answer ${answer.status}` : `last attempt: ${answer.message}`
}

/** A line when the answer changes, and at least every 30 s while it does not (like the ECS watcher). */
function progressPrinter(
  where: string,
  onProgress: ((line: string) => void) | undefined
): (state: string, elapsedMs: number) => void {
  let lastState = ''
  let lastAt = -Infinity
  return (state, elapsedMs) => {
    if (!onProgress) return
    if (state === lastState && elapsedMs - lastAt < 30_000) return
    lastState = state
    lastAt = elapsedMs
    onProgress(`rollout waiting for ${where} to answer: ${state} — ${formatDuration(elapsedMs)} elapsed`)
  }
}
