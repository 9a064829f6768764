import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFileCommand, runComposite } from './composite-runner.js'

function action(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'composite-'))
  writeFileSync(join(dir, 'action.yml'), yaml)
  return dir
}

const workspace = mkdtempSync(join(tmpdir(), 'ws-'))
const github = { token: 'ghs_test', run_id: '7' }

const PIPELINE = `
name: t
inputs:
  who: { default: 'world' }
  token: { default: '\${{ github.token }}' }
  fail-at: { default: '' }
outputs:
  greeting: { value: '\${{ steps.greet.outputs.greeting }}' }
runs:
  using: composite
  steps:
    - id: greet
      shell: bash
      env:
        WHO: \${{ inputs.who }}
      run: |
        echo "greeting=hello $WHO" >> "$GITHUB_OUTPUT"
        { echo 'multi<<EOF'; echo 'a'; echo 'b'; echo 'EOF'; } >> "$GITHUB_OUTPUT"
        echo "CARRIED=yes" >> "$GITHUB_ENV"
        echo "### greeted" >> "$GITHUB_STEP_SUMMARY"
    - id: maybe-fail
      shell: bash
      env:
        FAIL: \${{ inputs.fail-at }}
        TOKEN: \${{ inputs.token }}
      run: |
        [ "$CARRIED" = yes ]
        [ "$TOKEN" = ghs_test ]
        if [ "$FAIL" = two ]; then exit 3; fi
    - id: after
      shell: bash
      run: echo "ran=1" >> "$GITHUB_OUTPUT"
    - id: on-failure
      if: failure() && steps.maybe-fail.outcome == 'failure'
      shell: bash
      run: echo "cleanup=1" >> "$GITHUB_OUTPUT"
    - id: always
      if: always()
      shell: bash
      env:
        MULTI: \${{ steps.greet.outputs.multi }}
      run: |
        [ "$MULTI" = "$(printf 'a\\nb')" ]
`

describe('runComposite', () => {
  it('passes outputs, env and summaries along; skips nothing on success', async () => {
    const result = await runComposite({ actionPath: action(PIPELINE), workspace, github, env: process.env })
    expect(result.success).toBe(true)
    expect(result.outputs.greeting).toBe('hello world')
    expect(result.step('on-failure').outcome).toBe('skipped')
    expect(result.step('always').outcome).toBe('success')
    expect(result.summary).toContain('### greeted')
  })

  it('a failing step skips the rest except failure() and always() steps', async () => {
    const result = await runComposite({
      actionPath: action(PIPELINE),
      workspace,
      github,
      env: process.env,
      inputs: { 'fail-at': 'two' }
    })
    expect(result.success).toBe(false)
    expect(result.step('maybe-fail')).toMatchObject({ outcome: 'failure', exitCode: 3 })
    expect(result.step('after').outcome).toBe('skipped')
    expect(result.step('on-failure').outputs).toEqual({ cleanup: '1' })
    expect(result.step('always').outcome).toBe('success')
  })

  it('runs uses: steps through handlers and exports their env', async () => {
    const dir = action(`
runs:
  using: composite
  steps:
    - uses: aws-actions/configure-aws-credentials@0123456789abcdef0123456789abcdef01234567
      with: { aws-region: eu-west-1 }
    - shell: bash
      run: '[ "$AWS_REGION" = eu-west-1 ]'
`)
    const result = await runComposite({
      actionPath: dir,
      workspace,
      github,
      env: process.env,
      uses: {
        'aws-actions/configure-aws-credentials': async w => ({ env: { AWS_REGION: w['aws-region'] ?? '' } })
      }
    })
    expect(result.success).toBe(true)
  })

  it('refuses ${{ }} in run:, undeclared inputs and unknown steps', async () => {
    const injected = action(`
runs:
  using: composite
  steps:
    - shell: bash
      run: echo \${{ github.token }}
`)
    await expect(runComposite({ actionPath: injected, workspace, github })).rejects.toThrow(/inside run:/)
    const typo = action(`
inputs: { a: { default: x } }
runs:
  using: composite
  steps:
    - shell: bash
      env: { A: '\${{ inputs.b }}' }
      run: 'true'
`)
    await expect(runComposite({ actionPath: typo, workspace, github })).rejects.toThrow(/undeclared input b/)
    await expect(runComposite({ actionPath: typo, workspace, github, inputs: { c: '1' } })).rejects.toThrow(
      /"c" is not declared/
    )
  })
})

describe('parseFileCommand', () => {
  it('reads key=value and heredoc blocks; rejects an unclosed heredoc', () => {
    expect(parseFileCommand('a=1\nb<<X\nline 1\nline 2\nX\nc=x=y\n')).toEqual({
      a: '1',
      b: 'line 1\nline 2',
      c: 'x=y'
    })
    expect(() => parseFileCommand('a<<X\nnever closed\n')).toThrow(/no closing X/)
  })
})
