// The bundled pr-comment action (dist/pr-comment/index.js) as the runner runs it: `record` in a
// pull_request job, then `post` in a workflow_run job against the fake GitHub, with the token masked;
// each mode refuses the other's event.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyzeStage } from '../../../src/stages/analyze.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'
import { runBundle } from '../run-bundle.js'

const built = existsSync('dist/pr-comment/index.js')
const SHA = 'd'.repeat(40)
let gh: FakeGitHub
beforeAll(async () => {
  gh = await startFakeGitHub()
})
afterAll(() => gh.stop())

function eventFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'deplight-event-')), 'event.json')
  writeFileSync(path, JSON.stringify(payload))
  return path
}

;(built ? describe : describe.skip)('bundled pr-comment', () => {
  test('record in the pull_request job, post from the workflow_run job', async () => {
    gh.addPullRequest({ number: 12, state: 'open', headSha: SHA, headRepository: 'mallory/shop' })
    const reportDir = mkdtempSync(join(tmpdir(), 'deplight-report-'))
    const deps = { cache: null, remote: null, llm: null, info: () => {}, warning: () => {} }
    const { report } = await analyzeStage({ root: 'examples/apps/express-api' }, deps)
    writeFileSync(join(reportDir, 'analysis.json'), JSON.stringify(report))
    const artifact = join(reportDir, 'artifact')
    const recorded = await runBundle('pr-comment', {
      inputs: { mode: 'record', report: join(reportDir, 'analysis.json'), artifact },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile({
          pull_request: { number: 12, head: { sha: SHA, repo: { full_name: 'mallory/shop' } } }
        })
      },
      secrets: []
    })
    expect(recorded.code).toBe(0)
    expect(recorded.outputs.artifact).toBe(artifact)

    const workflowRun = {
      workflow_run: {
        id: 77,
        event: 'pull_request',
        head_sha: SHA,
        head_repository: { full_name: 'mallory/shop' },
        pull_requests: []
      }
    }
    const postEnv = {
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventFile(workflowRun)
    }
    const posted = await runBundle('pr-comment', {
      inputs: { mode: 'post', artifact, 'github-token': gh.token, environment: 'production' },
      env: postEnv,
      secrets: [gh.token]
    })
    expect(posted.stderr + posted.stdout).not.toContain('::error::')
    expect(posted.code).toBe(0)
    expect(posted.outputs).toMatchObject({ 'pull-request': '12', result: 'created' })
    expect(gh.comments.filter(c => c.issueNumber === 12)).toHaveLength(1)
    expect(posted.summary).toContain('posted to #12')

    const wrongWay = await runBundle('pr-comment', {
      inputs: { mode: 'post', artifact, 'github-token': gh.token },
      env: { ...postEnv, GITHUB_EVENT_NAME: 'pull_request' },
      secrets: [gh.token]
    })
    expect(wrongWay.code).not.toBe(0)
    expect(wrongWay.stdout).toContain('::error::mode post runs on workflow_run events, not pull_request')
  })
})
