// The two runs the renderers are shown with: a success and a failure (smoke test 404), assembled from the
// fixture result files like the action does, at fixed times.
import type { RunRecord } from '../../../src/pipeline/contracts.js'
import { assembleRunRecord, completeRunRecord } from '../../../src/stages/notify/assemble.js'
import { readStageResults } from '../../../src/stages/notify/result-files.js'
import { ANALYSIS, BUILD, DEPLOY, META, SMOKE_FAILED, SMOKE_PASSED, T0, writeResults } from './fixtures.js'

function run(smoke: unknown): RunRecord {
  const { paths } = writeResults({ analysis: ANALYSIS, build: BUILD, deploy: DEPLOY, smoke })
  const record = assembleRunRecord({
    meta: META,
    results: readStageResults(paths, () => {}),
    steps: {},
    status: 'auto',
    now: new Date(T0 + 176_000)
  })
  return completeRunRecord(record, 'success', 'notifying', new Date(T0 + 176_420))
}

export const successRun = (): RunRecord => run(SMOKE_PASSED)
export const failureRun = (): RunRecord => run(SMOKE_FAILED)
