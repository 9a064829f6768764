// The AnalysisReport schema accepts what the real analyzer writes for every example app (so a new analyzer
// field fails here, in CI, not in users' PR comments) and rejects reports outside the contract.
import { readdirSync } from 'node:fs'
import type { AnalysisReport } from '../../src/analyzer/report.js'
import { validateAnalysisReport } from '../../src/pipeline/analysis-report-schema.js'
import { analyzeStage } from '../../src/stages/analyze.js'

const apps = readdirSync('examples/apps', { withFileTypes: true })
  .filter(d => d.isDirectory())
  .map(d => d.name)

async function reportOf(app: string): Promise<AnalysisReport> {
  const deps = { cache: null, remote: null, llm: null, info: () => {}, warning: () => {} }
  return (await analyzeStage({ root: `examples/apps/${app}` }, deps)).report
}

test.each(apps)('the report of examples/apps/%s is valid', async app => {
  const report = JSON.parse(JSON.stringify(await reportOf(app))) as unknown
  expect(validateAnalysisReport(report)).toEqual(report)
})

test('reports outside the contract are refused with the location', async () => {
  const report = await reportOf('express-api')
  const bad: [unknown, RegExp][] = [
    [{ ...report, schemaVersion: 1 }, /^\/schemaVersion must be equal to constant/],
    // Version 1's stats (bytes: every file's size) is not version 2's (readBytes: the files read).
    [
      { ...report, stats: { files: 1, bytes: 1, skipped: 0 } },
      /^\/stats must have required property 'readBytes'/
    ],
    [{ ...report, primary: 'elsewhere' }, /\/primary names no app/],
    [{ ...report, apps: [] }, /^\/apps must NOT have fewer than 1 items/],
    [
      { ...report, apps: [{ ...report.apps[0], port: { ...report.apps[0]!.port, value: 'x' } }] },
      /\/apps\/0\/port\/value/
    ],
    [
      { ...report, apps: [{ ...report.apps[0], hints: { entry: { nested: 1 } } }] },
      /\/apps\/0\/hints\/entry/
    ],
    [null, /^\/ must be object/]
  ]
  for (const [value, message] of bad) expect(() => validateAnalysisReport(value)).toThrow(message)
})
