import { EcsError } from '../../../src/integrations/aws/ecs.js'
import { pollUntil, waited, type Clock } from '../../../src/integrations/aws/ecs-poll.js'

/** A clock that only moves when the loop sleeps, recording each sleep. */
function fakeClock(): Clock & { sleeps: number[] } {
  let t = 0
  const sleeps: number[] = []
  return { sleeps, now: () => t, sleep: async ms => void (sleeps.push(ms), (t += ms)) }
}

const poll = { initialMs: 100, maxMs: 400, factor: 2 }

test('the interval grows to its maximum; the last look happens at the deadline', async () => {
  const clock = fakeClock()
  let looks = 0
  const result = await pollUntil({ timeoutMs: 1000, startedAt: 0, poll, clock }, async () => (looks++, null))
  expect(result).toEqual({ done: false })
  expect(clock.sleeps).toEqual([100, 200, 400, 300])
  expect(looks).toBe(5)
})

test('a timeout of 0 looks exactly once', async () => {
  const clock = fakeClock()
  let looks = 0
  expect(await pollUntil({ timeoutMs: 0, startedAt: 0, poll, clock }, async () => (looks++, null))).toEqual({
    done: false
  })
  expect(looks).toBe(1)
  expect(clock.sleeps).toEqual([])
})

test('a value ends the loop at once', async () => {
  const clock = fakeClock()
  let looks = 0
  const result = await pollUntil({ timeoutMs: 10_000, startedAt: 0, poll, clock }, async () =>
    ++looks === 3 ? 'done' : null
  )
  expect(result).toEqual({ done: true, value: 'done' })
  expect(clock.sleeps).toEqual([100, 200])
})

test('throttling the SDK could not absorb waits the longest interval; other errors end the loop', async () => {
  const clock = fakeClock()
  const throttled: string[] = []
  let looks = 0
  const result = await pollUntil(
    { timeoutMs: 10_000, startedAt: 0, poll, clock, onThrottled: e => throttled.push(e.code) },
    async () => {
      looks++
      if (looks === 2) throw new EcsError('throttled', 'DescribeServices', 'ThrottlingException')
      return looks === 4 ? 'ok' : null
    }
  )
  expect(result).toEqual({ done: true, value: 'ok' })
  expect(throttled).toEqual(['ThrottlingException'])
  expect(clock.sleeps).toEqual([100, 400, 400])
  await expect(
    pollUntil({ timeoutMs: 10_000, startedAt: 0, poll, clock }, async () => {
      throw new EcsError('denied', 'DescribeServices', 'AccessDeniedException')
    })
  ).rejects.toThrow('denied')
})

test('what the caller waited, in words', () => {
  expect(waited(900_000)).toBe('after 15m 00s (wait-timeout)')
  expect(waited(0)).toBe('at a single look')
})
