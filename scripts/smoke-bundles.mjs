#!/usr/bin/env node
// Runs every dist/<name>/index.js once under the given Node binary (CI passes Node 24, which is what
// `using: node24` runs on GitHub) to prove the bundle loads. An action run without inputs must end in a
// handled failure (`::error::` from core.setFailed) or success — never an uncaught load error.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const nodeBinary = process.argv[2] ?? process.execPath
if (!existsSync(nodeBinary)) {
  console.error(`Node binary not found: ${nodeBinary} (install it with: npm ci)`)
  process.exit(1)
}
const version = spawnSync(nodeBinary, ['--version'], { encoding: 'utf8' }).stdout.trim()
const scratch = mkdtempSync(join(tmpdir(), 'deplight-smoke-'))
const failures = []
try {
  for (const name of readdirSync('dist').sort()) {
    const entry = join('dist', name, 'index.js')
    if (!existsSync(entry)) continue
    const outputFile = join(scratch, `${name}.out`)
    const summaryFile = join(scratch, `${name}.md`)
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    const args = name === 'cli' ? [entry, '--version'] : [entry]
    const env = {
      PATH: process.env.PATH,
      HOME: scratch,
      RUNNER_TEMP: scratch,
      GITHUB_WORKSPACE: scratch,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      AWS_EC2_METADATA_DISABLED: 'true'
    }
    const r = spawnSync(nodeBinary, args, { encoding: 'utf8', env, cwd: process.cwd(), timeout: 60000 })
    const handled = r.status === 0 || (r.status === 1 && /::error::/.test(r.stdout))
    const loadError =
      /SyntaxError|ReferenceError|ERR_MODULE_NOT_FOUND|ERR_REQUIRE_ESM|Cannot find module/.test(r.stderr)
    const verdict = handled && !loadError ? 'loads' : 'FAILED'
    const firstLine = (r.stdout.match(/::error::(.*)/)?.[1] ?? r.stdout.split('\n')[0] ?? '').slice(0, 100)
    console.log(`${verdict.padEnd(6)} ${name.padEnd(18)} exit ${r.status}  ${firstLine}`)
    if (verdict !== 'loads') failures.push(`${name}: exit ${r.status}\n${r.stderr.slice(0, 2000)}`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
if (failures.length) {
  console.error(
    `\n${failures.length} bundle(s) failed to load under Node ${version}:\n${failures.join('\n')}`
  )
  process.exit(1)
}
console.log(`every bundle loads under Node ${version}`)
