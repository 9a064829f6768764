// smoke-test action: inputs → runSmokeTest (same code as the CLI and rollback) → report file, outputs,
// job summary; the step fails when the service is not healthy.
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { runSmokeTest, type SmokeTestDeps } from '../../stages/smoke-test.js'
import { smokeReportMarkdown } from '../../stages/smoke-test-summary.js'
import { parseInputs } from './inputs.js'

export async function run(deps: SmokeTestDeps = {}): Promise<void> {
  try {
    const inputs = parseInputs(name => core.getInput(name), process.env, core.setSecret)
    for (const secret of inputs.secrets) core.setSecret(secret)
    core.info(`Checks from ${inputs.checksSource}`)
    const report = await runSmokeTest(inputs.options, { log: core.info, ...deps })
    mkdirSync(dirname(inputs.reportPath), { recursive: true })
    writeFileSync(inputs.reportPath, `${JSON.stringify(report, null, 2)}\n`)
    core.setOutput('passed', String(report.passed))
    core.setOutput('report', inputs.reportPath)
    core.setOutput('p95-ms', report.samples ? String(report.samples.latencyMs.p95) : '')
    core.setOutput(
      'version-matched',
      report.versionMatched === null || report.versionMatched === undefined
        ? ''
        : String(report.versionMatched)
    )
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(smokeReportMarkdown(report)).write()
    if (!report.passed) core.setFailed(`Smoke test failed: ${(report.failures ?? []).join('; ')}`)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
