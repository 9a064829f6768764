import { writeFileSync } from 'node:fs'
import { assembleRunRecord, completeRunRecord } from '../../../src/stages/notify/assemble.js'
import { readStageResults } from '../../../src/stages/notify/result-files.js'
import { ANALYSIS, BUILD, DEPLOY, META, SMOKE_FAILED, SMOKE_PASSED, T0, writeResults } from './fixtures.js'

const now = new Date(T0 + 176_000)
const assemble = (docs: Parameters<typeof writeResults>[0], steps = {}, warnings: string[] = []) => {
  const { paths } = writeResults(docs)
  const results = readStageResults(paths, w => warnings.push(w))
  return assembleRunRecord({ meta: META, results, steps, status: 'auto', now })
}
const view = (r: ReturnType<typeof assemble>) => r.stages.map(s => [s.id, s.status, s.durationMs])

test('a full successful run: durations from the files, starts from their write times', () => {
  const record = assemble({ analysis: ANALYSIS, build: BUILD, deploy: DEPLOY, smoke: SMOKE_PASSED })
  expect(view(record)).toEqual([
    ['setup', 'success', null],
    ['analysis', 'success', null],
    ['build', 'success', 41_200],
    ['push', 'success', 6_300],
    ['infrastructure', 'success', 12_000],
    ['rollout', 'success', 95_000],
    ['health', 'success', 4_100],
    ['verify', 'running', null]
  ])
  expect(record.stages.find(s => s.id === 'push')!.startedAt).toBe(
    new Date(T0 + 55_000 - 6_300).toISOString()
  )
  expect(record.stages.find(s => s.id === 'build')!.startedAt).toBe(
    new Date(T0 + 55_000 - 6_300 - 41_200).toISOString()
  )
  expect(record.stages.find(s => s.id === 'rollout')!.startedAt).toBe(
    new Date(T0 + 165_000 - 95_000).toISOString()
  )
  expect(record).toMatchObject({
    status: 'success',
    service: 'shop',
    serviceUrl: 'https://shop.example.com',
    imageTag: BUILD.tag,
    smokeP95Ms: 77,
    rolledBackTo: null
  })
  const done = completeRunRecord(record, 'success', 'slack posted', new Date(T0 + 177_000))
  expect(done.stages.at(-1)).toMatchObject({ id: 'verify', status: 'success', durationMs: 1000 })
  expect(done.finishedAt).toBe(new Date(T0 + 177_000).toISOString())
})

test('missing files: the stages after the last result were not reached; nothing crashes', () => {
  const record = assemble({ analysis: ANALYSIS, build: BUILD })
  expect(view(record).slice(4, 7)).toEqual([
    ['infrastructure', 'skipped', null],
    ['rollout', 'skipped', null],
    ['health', 'skipped', null]
  ])
  expect(record.stages[4]!.detail).toBe('not reached')
  expect(record.status).toBe('success')
  expect(view(assemble({}))[0]).toEqual(['setup', 'skipped', null])
})

test('a step that failed without a result file fails its first stage; the run fails', () => {
  const record = assemble(
    { analysis: ANALYSIS, build: BUILD },
    { analyze: 'success', build: 'success', deploy: 'failure', smoke: 'skipped' }
  )
  expect(view(record).slice(4, 7)).toEqual([
    ['infrastructure', 'failure', null],
    ['rollout', 'skipped', null],
    ['health', 'skipped', null]
  ])
  expect(record.status).toBe('failure')
})

test('a failed smoke test and a circuit-breaker rollback', () => {
  const failed = assemble({
    analysis: ANALYSIS,
    build: { ...BUILD, reused: true },
    deploy: DEPLOY,
    smoke: SMOKE_FAILED
  })
  expect(failed.status).toBe('failure')
  expect(failed.stages.find(s => s.id === 'health')).toMatchObject({
    status: 'failure',
    detail: 'health: status 404, expected 2xx or 3xx'
  })
  expect(failed.stages.find(s => s.id === 'build')).toMatchObject({
    status: 'skipped',
    detail: 'reused ctx-9a8b7c6d5e4f (no build)'
  })

  const rolled = assemble({
    build: BUILD,
    deploy: { ...DEPLOY, rolloutState: 'ROLLED_BACK', rolledBack: true, failureReasons: ['exit 1'] }
  })
  expect(rolled.status).toBe('rolled_back')
  expect(rolled.rolledBackTo).toBe(DEPLOY.previousImageTag)
  expect(rolled.stages.find(s => s.id === 'rollout')).toMatchObject({
    status: 'failure',
    detail: `rolled back to ${DEPLOY.previousImageTag}`
  })
})

test('a file that is not the expected document is a warning, not a crash', () => {
  const warnings: string[] = []
  const { paths } = writeResults({ build: { hello: 1 }, smoke: SMOKE_PASSED })
  writeFileSync(paths.analysis!, '{not json')
  const results = readStageResults(paths, w => warnings.push(w))
  expect(results.build).toBeNull()
  expect(results.analysis).toBeNull()
  expect(results.smoke?.value.passed).toBe(true)
  expect(warnings).toEqual([
    `${paths.analysis} is not valid JSON; ignoring the analysis report`,
    `${paths.build} is not a build result (schemaVersion 1); ignoring it`
  ])
})
