// The README's Usage snippets are copies of example workflows that CI lints (test/workflows.test.ts): each
// block marked `<!-- usage: PATH -->` must equal PATH byte for byte, so the README never shows a workflow
// that actionlint, the pinning or the permissions checks would reject.
import { readFileSync } from 'node:fs'

const readme = readFileSync('README.md', 'utf8')
const blocks = [...readme.matchAll(/<!-- usage: (\S+) -->\n```yaml\n([\s\S]*?)```\n/g)].map(m => ({
  file: m[1] as string,
  text: m[2] as string
}))

test('the Usage section shows the composite, the reusable workflow, the rollback dispatch and the PR-comment pair', () => {
  expect(blocks.map(b => b.file)).toEqual([
    'examples/workflows/composite.yml',
    'examples/workflows/deploy.yml',
    'examples/workflows/rollback.yml',
    'examples/workflows/pr-analysis.yml',
    'examples/workflows/pr-comment.yml'
  ])
})

test.each(blocks)('the README copy of $file equals the file', ({ file, text }) => {
  expect(text).toBe(readFileSync(file, 'utf8'))
})
