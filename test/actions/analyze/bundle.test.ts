// Runs the committed bundle (dist/analyze/index.js, what users run) on a real app: bundling must not change
// behaviour (ncc once rewrote the app's .dockerignore path into a path inside the bundle).
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

function parseOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    outputs[m[1]!] = value.join('\n')
  }
  return outputs
}

test('the bundled analyze action finds the app, its own .dockerignore, and writes the artifacts', () => {
  const root = mkdtempSync(join(tmpdir(), 'deplight-analyze-bundle-'))
  try {
    const workspace = join(root, 'workspace')
    const runnerTemp = join(root, 'runner-temp')
    cpSync('examples/apps/express-api', workspace, { recursive: true })
    writeFileSync(join(workspace, '.dockerignore'), 'node_modules\n.env\n')
    const outputFile = join(root, 'outputs')
    const summaryFile = join(root, 'summary.md')
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    execFileSync(process.execPath, [resolve('dist/analyze/index.js')], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        INPUT_PATH: '.'
      },
      encoding: 'utf8'
    })
    const outputs = parseOutputs(outputFile)
    expect(outputs).toMatchObject({ framework: 'express', port: '3000', 'health-path': '/health' })
    expect(outputs.dockerignore).toBe(join(workspace, '.dockerignore'))
    expect(readFileSync(outputs.dockerfile!, 'utf8')).toMatch(/^FROM /m)
    expect(JSON.parse(readFileSync(outputs.report!, 'utf8')).schemaVersion).toBe(2)
    expect(readFileSync(summaryFile, 'utf8')).toContain('Code analysis')
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})
