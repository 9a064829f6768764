import { finishRun, finishStage, newRunRecord, stageOf, startStage } from '../../src/pipeline/run-record.js'
import { STAGES } from '../../src/pipeline/stages.js'

const meta = { runId: 'r1', repository: 'acme/shop', commit: 'abc123', environment: 'production' }
const at = (s: number): Date => new Date(Date.UTC(2026, 0, 1, 0, 0, s))

describe('run record', () => {
  it('starts with the eight stages pending, in order', () => {
    const record = newRunRecord(meta, at(0))
    expect(record.stages.map(s => s.id)).toEqual(STAGES.map(s => s.id))
    expect(record.stages.every(s => s.status === 'pending')).toBe(true)
    expect(record.status).toBe('running')
  })

  it('times a stage from its start and keeps the detail', () => {
    let record = startStage(newRunRecord(meta, at(0)), 'build', at(1))
    record = finishStage(record, 'build', 'success', { detail: 're-tagged' }, at(4))
    expect(stageOf(record, 'build')).toMatchObject({
      status: 'success',
      durationMs: 3000,
      detail: 're-tagged'
    })
  })

  it('ends a run: unreached stages are skipped, a running stage takes the failure', () => {
    let record = startStage(newRunRecord(meta, at(0)), 'analysis', at(0))
    record = finishStage(record, 'analysis', 'success', {}, at(1))
    record = startStage(record, 'build', at(1))
    record = finishRun(record, 'failure', at(5))
    expect(stageOf(record, 'build')).toMatchObject({ status: 'failure', durationMs: 4000 })
    expect(stageOf(record, 'health')).toMatchObject({ status: 'skipped', durationMs: 0 })
    expect(record).toMatchObject({ status: 'failure', finishedAt: at(5).toISOString() })
  })

  it('refuses a stage the record does not have', () => {
    expect(() => stageOf(newRunRecord(meta), 'nope' as never)).toThrow(/has no stage nope/)
  })
})
