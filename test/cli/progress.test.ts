import { ProgressView, stageLine } from '../../src/cli/progress.js'
import { finishStage, newRunRecord, startStage } from '../../src/pipeline/run-record.js'

const t0 = new Date('2026-01-01T00:00:00Z')
const at = (ms: number): Date => new Date(t0.getTime() + ms)

function record() {
  let r = newRunRecord({ runId: 'r', repository: '/r', commit: 'c', environment: 'local' }, t0)
  r = startStage(r, 'setup', t0)
  r = finishStage(r, 'setup', 'success', { detail: 'Docker 20.10' }, at(120))
  return startStage(r, 'analysis', at(120))
}

describe('progress view', () => {
  test('a stage line: mark, title, duration, detail', () => {
    const r = record()
    expect(stageLine(r.stages[0]!, 0)).toBe('  ✓ Checkout & setup         120 ms  Docker 20.10')
    expect(stageLine(r.stages[1]!, at(1620).getTime(), '⠋', 'reading')).toBe(
      '  ⠋ Code analysis             1.5 s  reading'
    )
    expect(stageLine(r.stages[2]!, 0)).toBe('  · Image build')
  })

  test('not a TTY: one plain line per finished stage, each once', () => {
    let out = ''
    const view = new ProgressView({ write: s => (out += s) })
    view.update(record())
    view.update(record())
    view.stop()
    expect(out).toBe('  ✓ Checkout & setup         120 ms  Docker 20.10\n')
  })

  test('a TTY: the eight lines redrawn in place', () => {
    let out = ''
    const view = new ProgressView({ write: s => (out += s), isTTY: true, columns: 60 })
    view.update(record())
    view.update(record())
    view.stop()
    const draws = out.split('\x1b[8A')
    expect(draws).toHaveLength(3)
    expect(draws[1]?.split('\x1b[2K').slice(1)).toHaveLength(8)
    expect(
      out
        .split('\n')
        .every(line => [...line.split('\x1b[2K').join('').split('\x1b[8A').join('')].length <= 59)
    ).toBe(true)
  })
})
