// The privileged PR-comment stage against the fake GitHub (the real Octokit): a report from the real
// analyzer posted once and updated in place; forged artifacts (oversized, not JSON, schema-invalid,
// unexpected files, links, a PR number or head commit that GitHub contradicts) refused with nothing posted;
// repository-controlled text in the report escaped by our own renderer.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AnalysisReport } from '../../../src/analyzer/report.js'
import { githubClient } from '../../../src/integrations/github/index.js'
import { analyzeStage } from '../../../src/stages/analyze.js'
import { postAnalysisComment, type PrCommentInputs } from '../../../src/stages/pr-comment/post.js'
import { recordAnalysisArtifact } from '../../../src/stages/pr-comment/record.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'

const SHA = 'a'.repeat(40)
const FORK = 'mallory/shop'
let gh: FakeGitHub
let report: AnalysisReport

beforeAll(async () => {
  gh = await startFakeGitHub()
  const outcome = await analyzeStage(
    { root: 'examples/apps/express-api' },
    { cache: null, remote: null, llm: null, info: () => {}, warning: () => {} }
  )
  report = outcome.report
})
afterAll(() => gh.stop())

let pr = 100
function artifact(
  doc: unknown = report,
  claim: Record<string, unknown> = {}
): { dir: string; number: number } {
  const number = ++pr
  gh.addPullRequest({ number, state: 'open', headSha: SHA, headRepository: FORK })
  const dir = mkdtempSync(join(tmpdir(), 'deplight-pr-artifact-'))
  writeFileSync(join(dir, 'analysis.json'), typeof doc === 'string' ? doc : JSON.stringify(doc))
  writeFileSync(
    join(dir, 'pull-request.json'),
    JSON.stringify({ schemaVersion: 1, number, headSha: SHA, headRepository: FORK, ...claim })
  )
  return { dir, number }
}

function inputs(dir: string, run: Partial<PrCommentInputs['run']> = {}): PrCommentInputs {
  return {
    artifactDir: dir,
    run: { id: 9, event: 'pull_request', headSha: SHA, headRepository: FORK, ...run },
    repo: { owner: 'acme', repo: 'shop' },
    environment: 'production',
    commentKey: null,
    runUrl: 'https://github.com/acme/shop/actions/runs/9'
  }
}

const deps = () => ({ client: githubClient(gh.token, { baseUrl: gh.url }), info: () => {} })
const writes = () => gh.requests.filter(r => r.method !== 'GET').length

test('a verified artifact is re-rendered and posted once, then updated in place', async () => {
  const { dir, number } = artifact()
  const first = await postAnalysisComment(inputs(dir), deps())
  expect(first).toMatchObject({ kind: 'posted', pullRequest: number, comment: { action: 'created' } })
  const posted = gh.comments.filter(c => c.issueNumber === number)
  expect(posted).toHaveLength(1)
  expect(posted[0]!.body).toContain('<!-- deplight:section analysis -->')
  expect(posted[0]!.body).toContain('## deplight analysis: express\\-api')
  const again = await postAnalysisComment(inputs(dir), deps())
  expect(again).toMatchObject({ kind: 'posted', comment: { action: 'unchanged' } })
  expect(gh.comments.filter(c => c.issueNumber === number)).toHaveLength(1)
})

test('the record step lays out exactly what the post step accepts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deplight-pr-record-'))
  writeFileSync(join(dir, 'report.json'), JSON.stringify(report))
  const number = ++pr
  gh.addPullRequest({ number, state: 'open', headSha: SHA, headRepository: FORK })
  const out = recordAnalysisArtifact({
    reportPath: join(dir, 'report.json'),
    dir: join(dir, 'artifact'),
    event: { pull_request: { number, head: { sha: SHA, repo: { full_name: FORK } } } }
  })
  await expect(postAnalysisComment(inputs(out), deps())).resolves.toMatchObject({ kind: 'posted' })
  expect(() =>
    recordAnalysisArtifact({ reportPath: join(dir, 'report.json'), dir, event: { push: {} } })
  ).toThrow(/not a pull_request event/)
})

test('markdown and HTML in repository-controlled text are escaped, never rendered', async () => {
  const evil = structuredClone(report)
  const app = evil.apps[0]!
  app.appDir = 'x<img src=x onerror=alert(1)>[click](https://evil.example)'
  evil.primary = app.appDir
  app.startCommand.evidence.push({
    file: 'a.js',
    line: 1,
    text: '</code><script>alert(1)</script> @org/team'
  })
  app.warnings.push({ code: 'X', message: '<!-- deplight:end analysis --> ![p](https://evil.example/p.png)' })
  const { dir, number } = artifact(evil)
  await postAnalysisComment(inputs(dir), deps())
  const body = gh.comments.find(c => c.issueNumber === number)!.body
  // Fenced blocks (tfvars, Dockerfile) show text as is and render nothing; everything else is escaped.
  const rendered = body.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '')
  expect(rendered).not.toMatch(/<img|<script|\]\(https:\/\/evil|!\[p\]/)
  expect(body.match(/<!-- deplight:end analysis -->/g)).toHaveLength(1)
})

test('an app name with markup is refused by the schema', async () => {
  const evil = structuredClone(report)
  evil.apps[0]!.name = '<b>x</b>'
  const before = writes()
  await expect(postAnalysisComment(inputs(artifact(evil).dir), deps())).rejects.toThrow(
    /not a valid AnalysisReport: \/apps\/0\/name/
  )
  expect(writes()).toBe(before)
})

describe('forged artifacts are refused and nothing is posted', () => {
  const cases: [string, () => string, RegExp][] = [
    ['not JSON', () => artifact('{"schemaVersion": 1, ').dir, /analysis\.json is not JSON/],
    [
      'schema-invalid',
      () => artifact({ ...report, extra: 1 }).dir,
      /not a valid AnalysisReport: \/ .*\(extra\)/
    ],
    ['oversized', () => artifact(JSON.stringify(report) + ' '.repeat(5 * 1024 * 1024)).dir, /over the limit/],
    [
      'an extra markdown file',
      () => {
        const { dir } = artifact()
        writeFileSync(join(dir, 'comment.md'), '# hi')
        return dir
      },
      /unexpected entry \(comment\.md\)/
    ],
    [
      'a link instead of the report',
      () => {
        const dir = mkdtempSync(join(tmpdir(), 'deplight-pr-link-'))
        symlinkSync('/etc/passwd', join(dir, 'analysis.json'))
        writeFileSync(join(dir, 'pull-request.json'), '{}')
        return dir
      },
      /analysis\.json is not a regular file/
    ],
    [
      'a head commit the run did not analyse',
      () => artifact(report, { headSha: 'b'.repeat(40) }).dir,
      /claims head commit/
    ],
    [
      'another head repository',
      () => artifact(report, { headRepository: 'acme/shop' }).dir,
      /claims head repository/
    ],
    [
      'a pull request number that does not exist',
      () => artifact(report, { number: 99999 }).dir,
      /does not have/
    ]
  ]
  test.each(cases)('%s', async (_name, make, message) => {
    const dir = make()
    const before = writes()
    await expect(postAnalysisComment(inputs(dir), deps())).rejects.toThrow(message)
    expect(writes()).toBe(before)
  })

  test("a pull request number whose head repository is someone else's", async () => {
    const { dir } = artifact(report, { number: 7 })
    gh.addPullRequest({ number: 7, state: 'open', headSha: SHA, headRepository: 'dana/shop' })
    const before = writes()
    await expect(postAnalysisComment(inputs(dir), deps())).rejects.toThrow(
      /comes from dana\/shop, not mallory\/shop/
    )
    expect(writes()).toBe(before)
  })

  test('a run that was not a pull_request analysis', async () => {
    await expect(postAnalysisComment(inputs(artifact().dir, { event: 'push' }), deps())).rejects.toThrow(
      /started by push/
    )
  })
})

test('a pull request that moved on is stale: nothing posted, no failure', async () => {
  const { dir, number } = artifact()
  gh.addPullRequest({ number, state: 'open', headSha: 'c'.repeat(40), headRepository: FORK })
  const before = writes()
  await expect(postAnalysisComment(inputs(dir), deps())).resolves.toMatchObject({ kind: 'stale' })
  expect(writes()).toBe(before)
})
