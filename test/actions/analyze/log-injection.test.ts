// A hostile repository names a folder so that logging it would start runner commands: a newline, then
// `::warning …::…` (a forged annotation) and `::add-mask::main` (masking "main" in the rest of the log).
// The analyze action runs for real (real @actions/core, stdout captured as the runner reads it).
import { jest } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../../src/actions/analyze/main.js'
import { runnerFiles, writeExpressApp } from '../../support/hostile-repo.js'

const HOSTILE = 'svc\n::warning title=forged::pwned\n::add-mask::main'
const saved = { ...process.env }
let workspace: string
let stdout: string[]

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'dl-analyze-inject-'))
  writeExpressApp(join(workspace, HOSTILE))
  Object.assign(process.env, runnerFiles(workspace).env)
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = undefined
  rmSync(workspace, { recursive: true, force: true })
})

test('a folder named with a newline and runner commands is logged quoted, starting no command', async () => {
  await run()
  const log = stdout.join('')
  const lines = log.split(/\r?\n|\r/)
  expect(process.exitCode).toBeUndefined()
  // The runner reads a line as a command when it starts with `::` after spaces.
  const commands = lines.filter(line => line.trimStart().startsWith('::'))
  expect(commands.filter(line => /^\s*::add-mask::/.test(line))).toEqual([])
  expect(commands.filter(line => /^\s*::warning title=forged::/.test(line))).toEqual([])
  // Annotations that name the folder are single, escaped commands (core.warning percent-encodes).
  for (const line of commands.filter(line => line.includes('forged')))
    expect(line).toMatch(/^::warning file=svc%0A%3A%3Awarning title=forged/)
  // The folder is still named in the log, readably.
  expect(log).toContain(JSON.stringify(HOSTILE))
})
