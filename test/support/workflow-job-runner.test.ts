// The workflow job harness refuses what the runner would not do the way a test assumes: unknown
// expressions, unpinned or undeclared third-party actions, inputs our action does not declare.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runWorkflowJob } from './workflow-job-runner.js'

const dir = mkdtempSync(join(tmpdir(), 'wf-runner-'))
function workflow(steps: string, jobIf = ''): string {
  const file = join(dir, `w${Math.random().toString(36).slice(2)}.yml`)
  writeFileSync(
    file,
    `on:\n  workflow_call:\n    inputs:\n      who: { type: string, default: world }\njobs:\n  j:\n${jobIf ? `    if: ${jobIf}\n` : ''}    runs-on: ubuntu-24.04\n    steps:\n${steps}`
  )
  return file
}
const base = {
  job: 'j',
  event: { name: 'push', payload: { ref: 'refs/heads/main' } },
  github: { token: 'ghs_x', repository: 'acme/shop', run_id: '1' },
  env: { PATH: process.env.PATH },
  workspace: dir
}

test('run steps get env from expressions, outputs flow to later steps, the job if: can skip the job', async () => {
  const file = workflow(
    [
      '      - id: a',
      '        shell: bash',
      '        env:',
      '          WHO: ${{ inputs.who }}-${{ github.event.ref }}',
      '        run: echo "said=hello $WHO" >> "$GITHUB_OUTPUT"',
      '      - shell: bash',
      '        env:',
      '          SAID: ${{ steps.a.outputs.said }}',
      '        run: test "$SAID" = "hello world-refs/heads/main"'
    ].join('\n') + '\n'
  )
  const run = await runWorkflowJob({ ...base, workflow: file })
  expect(run.success).toBe(true)
  expect(run.step('a').outputs.said).toBe('hello world-refs/heads/main')
  const skipped = await runWorkflowJob({
    ...base,
    workflow: workflow('      - run: exit 1\n', "github.event_name == 'pull_request'")
  })
  expect(skipped).toMatchObject({ ran: false, success: false, steps: [] })
})

test('unknown functions, contexts and event fields throw instead of evaluating to empty', async () => {
  const step = (expr: string) =>
    `      - shell: bash\n        env:\n          X: \${{ ${expr} }}\n        run: 'true'\n`
  await expect(runWorkflowJob({ ...base, workflow: workflow(step("hashFiles('x')")) })).rejects.toThrow(
    /unknown function hashFiles/
  )
  await expect(runWorkflowJob({ ...base, workflow: workflow(step('secrets.TOKEN')) })).rejects.toThrow(
    /unknown context "secrets"/
  )
  await expect(
    runWorkflowJob({ ...base, workflow: workflow(step('github.event.workflow_run.id')) })
  ).rejects.toThrow(/lacks/)
  await expect(runWorkflowJob({ ...base, workflow: workflow(step('inputs.whom')) })).rejects.toThrow(
    /undeclared input whom/
  )
})

test('third-party actions need a SHA pin and a declared stand-in; our actions only take declared inputs', async () => {
  await expect(
    runWorkflowJob({ ...base, workflow: workflow('      - uses: actions/checkout@v6\n') })
  ).rejects.toThrow(/pinned to a full commit SHA/)
  await expect(
    runWorkflowJob({ ...base, workflow: workflow(`      - uses: actions/checkout@${'a'.repeat(40)}\n`) })
  ).rejects.toThrow(/declared no stand-in for it/)
  await expect(
    runWorkflowJob({
      ...base,
      workflow: workflow(
        '      - uses: deplight/deploy/actions/pr-comment@v3\n        with:\n          modes: post\n'
      )
    })
  ).rejects.toThrow(/does not declare input "modes"/)
})
