import { formatDuration, parseDuration } from '../../src/pipeline/duration.js'

describe('parseDuration', () => {
  it.each([
    ['300', 300_000],
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['250ms', 250],
    [' 2.5s ', 2_500]
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', 'soon', '5 minutes', '-5s', '5x', '1m30'])('rejects %p naming the input', text => {
    expect(() => parseDuration(text, 'wait-timeout')).toThrow(
      /wait-timeout .* is not a duration: use seconds/
    )
  })
})

describe('formatDuration', () => {
  it.each([
    [850, '850 ms'],
    [12_340, '12.3 s'],
    [245_000, '4m 05s']
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})
