// The PR analysis pair executed job by job through the runner-style harness (test/support/
// workflow-job-runner.ts), not only linted: .github/workflows/pr-analysis.yml's `analyze` job on a fork's
// pull_request event (real analyze and pr-comment bundles, `record` mode), then .github/workflows/
// pr-comment.yml's `comment` job on the workflow_run event (real pr-comment bundle, `post` mode) against
// the fake GitHub. Third-party actions are declared stand-ins: actions/checkout copies the pull request's
// tree into the workspace; actions/upload-artifact and actions/download-artifact keep artifacts in a folder
// per run (test/support/artifact-stand-ins.ts).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { UsesHandler } from '../support/composite-runner.js'
import { artifactStore, type ArtifactStore } from '../support/artifact-stand-ins.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { runWorkflowJob, type JobResult } from '../support/workflow-job-runner.js'

const built = ['analyze', 'pr-comment'].every(name => existsSync(`dist/${name}/index.js`))
const FORK = 'mallory/shop'
const writes = (gh: FakeGitHub) => gh.requests.filter(r => r.method !== 'GET')

;(built ? describe : describe.skip)('PR analysis → PR comment, run as workflow jobs', () => {
  let gh: FakeGitHub
  let store: ArtifactStore
  let scratch: string
  let runId = 500

  beforeAll(async () => {
    gh = await startFakeGitHub()
    scratch = mkdtempSync(join(tmpdir(), 'dl-pr-workflows-'))
    store = artifactStore(join(scratch, 'artifacts'))
  })
  afterAll(async () => {
    await gh?.stop()
    rmSync(scratch, { recursive: true, force: true })
  })

  /** The fork's pull request `number` at `sha`, with `tree` as its code: runs pr-analysis.yml's job. */
  async function analysis(
    number: number,
    sha: string,
    tree: string
  ): Promise<{ run: JobResult; runId: number }> {
    const id = ++runId
    const workspace = mkdtempSync(join(scratch, 'ws-'))
    const checkout: UsesHandler = async w => {
      if (w['persist-credentials'] !== 'false') throw new Error('checkout must not persist credentials')
      cpSync(tree, workspace, { recursive: true })
      return {}
    }
    const run = await runWorkflowJob({
      workflow: '.github/workflows/pr-analysis.yml',
      job: 'analyze',
      event: {
        name: 'pull_request',
        payload: { number, pull_request: { number, head: { sha, repo: { full_name: FORK } } } }
      },
      // A fork's pull_request run: a read-only token, no secrets.
      github: { token: 'ghs_readonly_fork_token', repository: 'acme/shop', run_id: String(id), sha },
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      workspace,
      standIns: {
        'actions/checkout': checkout,
        'actions/upload-artifact': store.upload
      },
      stepTimeoutMs: 120_000
    })
    return { run, runId: id }
  }

  /** pr-comment.yml's job for the workflow_run event of analysis run `id`. */
  function comment(
    id: number,
    sha: string,
    conclusion = 'success',
    event = 'pull_request'
  ): Promise<JobResult> {
    return runWorkflowJob({
      workflow: '.github/workflows/pr-comment.yml',
      job: 'comment',
      event: {
        name: 'workflow_run',
        payload: {
          workflow_run: {
            id,
            event,
            conclusion,
            head_sha: sha,
            head_branch: 'feature',
            head_repository: { full_name: FORK },
            // GitHub leaves this empty for a fork's pull request.
            pull_requests: []
          }
        }
      },
      github: { token: gh.token, repository: 'acme/shop', run_id: String(id + 1000) },
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_API_URL: gh.url },
      workspace: mkdtempSync(join(scratch, 'ws-')),
      standIns: { 'actions/download-artifact': store.download },
      secrets: [gh.token]
    })
  }

  function explain(run: JobResult): string {
    return run.steps.map(s => `--- ${s.id ?? s.name}: ${s.outcome}\n${s.stdout}\n${s.stderr}`).join('\n')
  }

  test('a fork PR: the analysis records an artifact; the comment job creates, then updates, the sticky comment', async () => {
    const sha = 'a'.repeat(40)
    const tree = mkdtempSync(join(scratch, 'tree-'))
    cpSync('examples/apps/express-api', tree, { recursive: true })
    gh.addPullRequest({ number: 21, state: 'open', headSha: sha, headRepository: FORK })

    const first = await analysis(21, sha, tree)
    if (!first.run.success) throw new Error(explain(first.run))
    expect(first.run.permissions).toEqual({ contents: 'read' })
    expect(
      readFileSync(join(store.dir(first.runId, 'deplight-analysis'), 'pull-request.json'), 'utf8')
    ).toContain('"number": 21')

    const posted = await comment(first.runId, sha)
    if (!posted.success) throw new Error(explain(posted))
    expect(posted.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' })
    expect(posted.concurrency).toEqual({
      group: `deplight-pr-comment-${FORK}-feature`,
      cancelInProgress: false
    })
    expect(posted.steps[1]?.outputs).toMatchObject({ 'pull-request': '21', result: 'created' })
    const created = gh.comments.filter(c => c.issueNumber === 21)
    expect(created).toHaveLength(1)
    expect(created[0]?.body).toContain('express')

    // A new push to the pull request changes what the analyzer finds (the port): same comment, updated.
    const sha2 = 'b'.repeat(40)
    gh.addPullRequest({ number: 21, state: 'open', headSha: sha2, headRepository: FORK })
    const server = join(tree, 'server.js')
    writeFileSync(server, readFileSync(server, 'utf8').replace('|| 3000', '|| 4000'))
    const second = await analysis(21, sha2, tree)
    if (!second.run.success) throw new Error(explain(second.run))
    const updated = await comment(second.runId, sha2)
    if (!updated.success) throw new Error(explain(updated))
    expect(updated.steps[1]?.outputs).toMatchObject({ 'pull-request': '21', result: 'updated' })
    const after = gh.comments.filter(c => c.issueNumber === 21)
    expect(after).toHaveLength(1)
    expect(after[0]?.body).toContain('4000')
  }, 180_000)

  test('a tampered artifact is refused and nothing is written', async () => {
    const sha = 'c'.repeat(40)
    const tree = mkdtempSync(join(scratch, 'tree-'))
    cpSync('examples/apps/express-api', tree, { recursive: true })
    gh.addPullRequest({ number: 22, state: 'open', headSha: sha, headRepository: FORK })
    // Someone else's pull request, which the fork would like a comment on.
    gh.addPullRequest({ number: 23, state: 'open', headSha: 'e'.repeat(40), headRepository: 'acme/shop' })
    const { run, runId: id } = await analysis(22, sha, tree)
    if (!run.success) throw new Error(explain(run))
    const dir = store.dir(id, 'deplight-analysis')
    const claim = readFileSync(join(dir, 'pull-request.json'), 'utf8')
    const before = writes(gh).length

    // 1. Markdown smuggled in beside the two files.
    writeFileSync(join(dir, 'comment.md'), '<!-- deplight --> [click me](https://evil.example)')
    const extra = await comment(id, sha)
    expect(extra.success).toBe(false)
    expect(extra.steps[1]?.stdout).toMatch(/::error::the analysis artifact was refused: /)
    rmSync(join(dir, 'comment.md'))

    // 2. The claim redirected to another pull request.
    writeFileSync(join(dir, 'pull-request.json'), claim.replace('"number": 22', '"number": 23'))
    const redirected = await comment(id, sha)
    expect(redirected.success).toBe(false)
    expect(redirected.steps[1]?.stdout).toMatch(
      /::error::the analysis artifact was refused: pull request #23 comes from acme\/shop, not mallory\/shop/
    )

    // 3. A report that is not an AnalysisReport.
    writeFileSync(join(dir, 'pull-request.json'), claim)
    writeFileSync(join(dir, 'analysis.json'), JSON.stringify({ schemaVersion: 1, apps: 'everything' }))
    const invalid = await comment(id, sha)
    expect(invalid.success).toBe(false)
    expect(invalid.steps[1]?.stdout).toMatch(
      /::error::the analysis artifact was refused: analysis\.json is not a valid AnalysisReport/
    )

    expect(writes(gh).slice(before)).toEqual([])
    expect(gh.comments.filter(c => c.issueNumber === 22 || c.issueNumber === 23)).toEqual([])
  }, 180_000)

  test('the comment job does not run for a failed analysis, or for a run that was not a pull_request', async () => {
    const failed = await comment(1, 'f'.repeat(40), 'failure')
    expect(failed.ran).toBe(false)
    expect(failed.steps).toEqual([])
    const push = await comment(1, 'f'.repeat(40), 'success', 'push')
    expect(push.ran).toBe(false)
  })
})
