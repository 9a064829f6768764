import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { newRunRecord } from '../../src/pipeline/run-record.js'
import {
  acquireLock,
  defaultStateDir,
  newRunId,
  readLock,
  runStatus,
  ServiceBusyError,
  StateDir,
  validateServiceName,
  writeJsonAtomic
} from '../../src/stages/local-state.js'

describe('local state directory', () => {
  let root: string
  let state: StateDir
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dl-state-'))
    state = new StateDir(root)
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  test('defaults to $XDG_STATE_HOME/deplight, else ~/.local/state/deplight', () => {
    expect(defaultStateDir({ XDG_STATE_HOME: '/x/state', HOME: '/home/a' })).toBe('/x/state/deplight')
    expect(defaultStateDir({ HOME: '/home/a' })).toBe('/home/a/.local/state/deplight')
  })

  test('atomic writes leave no temp files and replace the whole document', () => {
    const file = join(root, 'a', 'doc.json')
    writeJsonAtomic(file, { n: 1 })
    writeJsonAtomic(file, { n: 2 })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: 2 })
    expect(readdirSync(join(root, 'a'))).toEqual(['doc.json'])
  })

  test('run ids sort by start time; runs() lists newest first and honours a limit', () => {
    const ids = [
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-01-01T00:00:01Z'),
      new Date('2026-01-02T00:00:00Z')
    ].map(d => newRunId(d))
    expect([...ids].sort()).toEqual(ids)
    for (const runId of ids)
      state.saveRun({
        ...newRunRecord({ runId, repository: '/r', commit: 'c', environment: 'local' }),
        service: 'api'
      })
    expect(state.runs('api').map(r => r.runId)).toEqual([...ids].reverse())
    expect(state.runs('api', 1).map(r => r.runId)).toEqual([ids[2]])
  })

  test('service names are what Docker and the URL path accept', () => {
    expect(validateServiceName('express-api')).toBe('express-api')
    for (const bad of ['', 'Api', '-api', 'api-', 'a_b', '<script>', 'a'.repeat(64)])
      expect(() => validateServiceName(bad)).toThrow(/invalid service name/)
  })

  test('the lock: one holder; a dead holder is taken over and its running run reads as interrupted', () => {
    const release = acquireLock(state, 'api', 'run-1')
    expect(() => acquireLock(state, 'api', 'run-2')).toThrow(ServiceBusyError)
    const record = {
      ...newRunRecord({ runId: 'run-1', repository: '/r', commit: 'c', environment: 'local' }),
      service: 'api'
    }
    expect(runStatus(record, readLock(state, 'api'))).toBe('running')
    release()
    expect(runStatus(record, readLock(state, 'api'))).toBe('interrupted')

    // A process that died holding the lock (its pid no longer exists).
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8'
    })
    writeFileSync(
      state.file('api', 'lock.json'),
      JSON.stringify({ pid: Number(dead.stdout), runId: 'run-1', startedAt: '' })
    )
    expect(runStatus(record, readLock(state, 'api'))).toBe('interrupted')
    const again = acquireLock(state, 'api', 'run-3')
    expect(readLock(state, 'api')?.runId).toBe('run-3')
    again()
    expect(readLock(state, 'api')).toBeNull()
  })
})
