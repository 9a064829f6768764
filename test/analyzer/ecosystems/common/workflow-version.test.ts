// The CI workflows' setup-* version read once for every language (ecosystems/common/workflow-version.ts):
// app-building workflows only, every line agreeing, a matrix expression passed over.
import {
  workflowSetupVersion,
  type SetupVersionRule
} from '../../../../src/analyzer/ecosystems/common/workflow-version.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const rule: SetupVersionRule = {
  action: 'setup-go',
  builds: /\bgo build\b/,
  line: /^[ \t-]*go-version:[ \t]*["']?([^\s"'#]+)["']?[ \t]*$/gm,
  version: raw => (raw.startsWith('${{') ? undefined : (/^(\d+\.\d+)/.exec(raw)?.[1] ?? null)),
  source: (file, raw) => `${file} go-version ${raw}`
}
const workflow = (version: string, run = 'go build ./...') =>
  `jobs:\n  build:\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: ${version}\n      - run: ${run}\n`

describe('workflowSetupVersion', () => {
  test('one version in two building workflows: the first line is the evidence', () => {
    const found = workflowSetupVersion(
      treeFromFiles({
        '.github/workflows/a.yml': workflow("'1.22.3'"),
        '.github/workflows/b.yaml': workflow('1.22')
      }),
      rule
    )
    expect(found).toEqual({
      value: '1.22',
      confidence: expect.any(Number),
      source: '.github/workflows/a.yml go-version 1.22.3',
      evidence: [{ file: '.github/workflows/a.yml', line: 6, text: "go-version: '1.22.3'" }]
    })
  })

  test('a matrix expression is passed over; a lint-only workflow is not read', () => {
    const tree = treeFromFiles({
      '.github/workflows/a.yml': workflow('${{ matrix.go }}') + '          go-version: 1.21\n',
      '.github/workflows/lint.yml': workflow('1.18', 'golangci-lint run')
    })
    expect(workflowSetupVersion(tree, rule)?.value).toBe('1.21')
  })

  test('negative: versions that disagree, or one that pins nothing, say nothing', () => {
    const disagree = {
      '.github/workflows/a.yml': workflow('1.21'),
      '.github/workflows/b.yml': workflow('1.22')
    }
    expect(workflowSetupVersion(treeFromFiles(disagree), rule)).toBeNull()
    expect(
      workflowSetupVersion(treeFromFiles({ '.github/workflows/a.yml': workflow('stable') }), rule)
    ).toBeNull()
  })
})
