// A small Express app at a caller-chosen (hostile) folder, and the files the Actions runner provides
// (outputs, job summary, RUNNER_TEMP), for tests that run an action's `run()` for real on a hostile repo.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** package.json + server.js (port 3000, /health), plus any `extra` files (name → contents). */
export function writeExpressApp(dir: string, extra: Record<string, string> = {}): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'svc', scripts: { start: 'node server.js' }, dependencies: { express: '4' } })
  )
  writeFileSync(
    join(dir, 'server.js'),
    "const app = require('express')()\napp.get('/health', (q, r) => r.send('ok'))\napp.listen(3000)\n"
  )
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text)
}

export interface RunnerFiles {
  temp: string
  outputs: string
  summary: string
  /** GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY as the runner sets them. */
  env: Record<string, string>
}

/** Empty runner files under `<workspace>/.runner-temp`. */
export function runnerFiles(workspace: string): RunnerFiles {
  const temp = join(workspace, '.runner-temp')
  mkdirSync(temp)
  const outputs = join(temp, 'outputs')
  const summary = join(temp, 'summary.md')
  writeFileSync(outputs, '')
  writeFileSync(summary, '')
  const env = {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary
  }
  return { temp, outputs, summary, env }
}
