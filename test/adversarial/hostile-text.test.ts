// Issue 14's adversarial-input suite: a repository (and the run around it) whose folder names, file
// contents, branch, commit message and error details carry line breaks (a lone CR included), runner
// commands, HTML, markdown links, mentions and backticks. Every surface that shows such text runs for
// real — the analyze action (real @actions/core writing its job summary file and stdout), the CLI, the
// PR comment, the notify job summary / PR section / Slack messages, the plan and smoke-test summaries — and
// its output is rendered with a CommonMark parser (markdown-it, HTML on) to prove nothing broke out.
import { jest } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run as runAnalyzeAction } from '../../src/actions/analyze/main.js'
import { printOutcome } from '../../src/cli/deploy.js'
import { main as cli } from '../../src/cli/main.js'
import type { RunRecord, SmokeReport } from '../../src/pipeline/contracts.js'
import { failureThreadMessage, slackMessage } from '../../src/stages/notify/render-slack.js'
import { pullRequestSection } from '../../src/stages/notify/render-pr.js'
import { runSummaryMarkdown } from '../../src/stages/notify/render-summary.js'
import { smokeReportMarkdown } from '../../src/stages/smoke-test-summary.js'
import { renderDeployMarkdown, renderPlanMarkdown } from '../../src/stages/terraform-deploy/render.js'
import { SMOKE_FAILED } from '../stages/notify/fixtures.js'
import { runnerFiles, writeExpressApp, type RunnerFiles } from '../support/hostile-repo.js'
import { failureRun } from '../stages/notify/records.js'

/** Every trick at once; no `/`, so it also works as one folder name (`[x](http:x)` is still a link). */
const HOSTILE =
  'svc\r## pwned @user <script>alert(1) `t` ``u`` [x](http:x) *b* \n::warning::forged\u001b[31m\u2028|cell'
/** The same in file contents and messages, where a full URL fits. */
const HOSTILE_TEXT = `${HOSTILE} </script> [y](http://x) ![i](http://x/i.png) <!channel> <@U123>`

const parser = new MarkdownIt({ html: true, linkify: true })
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/

/** Markdown (or the HTML-in-markdown of a job summary) that shows hostile text without obeying it. */
function expectInert(markdown: string, allowedLinks: string[] = []): void {
  expect(markdown).not.toMatch(CONTROL)
  const html = parser.render(markdown)
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<img/i)
  expect(html).not.toMatch(/<h\d[^>]*>\s*pwned/)
  for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g)) expect(allowedLinks).toContain(href)
  // Mentions: GitHub links `@name` in text outside code; a zero-width space after `@` defuses it.
  const text = html.replace(/<code>[\s\S]*?<\/code>|<pre>[\s\S]*?<\/pre>/g, '')
  expect(text).not.toMatch(/(^|[^\w\u200b])@user/)
  expect(text).not.toMatch(/<em>b<\/em>/)
}

/** Log or terminal output: no control characters but newlines, no line a runner reads as a command. */
function expectInertLog(log: string): void {
  expect(log).not.toMatch(CONTROL)
  for (const line of log.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false)
  expect(log).not.toMatch(/^## pwned/m)
}

describe('a repository with a hostile folder name and hostile evidence', () => {
  const saved = { ...process.env }
  let workspace: string
  let runner: RunnerFiles

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'dl-hostile-'))
    // The Procfile line is the start command's evidence: the hostile text follows a lone CR.
    writeExpressApp(join(workspace, HOSTILE), {
      Procfile: `web: node server.js --x '${HOSTILE_TEXT.replace(/\n/g, ' ')}'\n`
    })
    runner = runnerFiles(workspace)
  })

  afterEach(() => {
    jest.restoreAllMocks()
    process.env = { ...saved }
    process.exitCode = undefined
    rmSync(workspace, { recursive: true, force: true })
  })

  it('analyze action: job summary, PR comment and log stay inert (real @actions/core)', async () => {
    Object.assign(process.env, runner.env)
    const stdout: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout.push(String(chunk))
      return true
    })
    await runAnalyzeAction()
    expect(process.exitCode).toBeUndefined()
    const summary = readFileSync(runner.summary, 'utf8')
    expect(summary).toContain('Code analysis')
    expect(summary).toContain('pwned')
    // the start command's evidence is the hostile Procfile line (after a lone CR in the file)
    expect(summary).toMatch(/Procfile:1: web: node server.js --x 'svc ## pwned/)
    expectInert(summary)
    const outputs = readFileSync(runner.outputs, 'utf8')
    const commentPath = /comment<<(\S+)\n(.*)\n\1/.exec(outputs)?.[2]
    expect(commentPath).toBeDefined()
    const comment = readFileSync(commentPath!, 'utf8')
    expect(comment).toMatch(/Procfile:1<\/code> <code>web: node server.js --x 'svc ## pwned/)
    expectInert(comment)
    // Annotations are core.warning commands with escaped properties; nothing else may start a command.
    const log = stdout
      .join('')
      .split('\n')
      .filter(line => !/^::warning [^\n]*::/.test(line))
      .join('\n')
    for (const line of log.split(/\r?\n|\r/)) expect(line.trimStart().startsWith('::')).toBe(false)
  })

  it('CLI: the text table, --markdown and --write lines stay inert', async () => {
    const out = (): { text: string[]; io: Parameters<typeof cli>[1] } => {
      const text: string[] = []
      const sink = { write: (s: string) => void text.push(s) }
      return { text, io: { stdout: sink, stderr: sink } }
    }
    const table = out()
    expect(await cli(['analyze', workspace], table.io)).toBe(0)
    expect(table.text.join('')).toContain('pwned')
    expectInertLog(table.text.join(''))

    const markdown = out()
    expect(await cli(['analyze', workspace, '--markdown'], markdown.io)).toBe(0)
    expectInert(markdown.text.join(''))

    const write = out()
    expect(await cli(['analyze', workspace, '--write'], write.io)).toBe(0)
    expect(write.text.join('')).toContain('wrote')
    expectInertLog(write.text.join(''))
  })
})

describe('a run whose branch, commit message, details and plan carry hostile text', () => {
  const record = (): RunRecord => {
    const r = failureRun()
    return {
      ...r,
      service: HOSTILE_TEXT,
      environment: HOSTILE_TEXT,
      ref: HOSTILE_TEXT,
      actor: HOSTILE_TEXT,
      commitMessage: HOSTILE_TEXT,
      imageTag: HOSTILE_TEXT,
      image: HOSTILE_TEXT,
      previousImageTag: HOSTILE_TEXT,
      stages: r.stages.map(s => ({ ...s, detail: HOSTILE_TEXT }))
    }
  }

  it('CLI deploy: written paths, notes and failure reasons', () => {
    const printed: string[] = []
    printOutcome(
      {
        record: { ...record(), status: 'failure' },
        url: null,
        reasons: [HOSTILE_TEXT, `${HOSTILE_TEXT}\nsecond line`],
        notes: [HOSTILE_TEXT],
        written: [`${HOSTILE}/Dockerfile`]
      },
      { write: (s: string) => void printed.push(s) },
      'deploy'
    )
    const text = printed.join('')
    expect(text).toContain('pwned')
    expect(text).not.toMatch(CONTROL)
    // the summary and notes stay on their line; further reasons are indented blocks
    expect(text).not.toMatch(/^## pwned/m)
    expect(text).toContain('  second line')
  })

  it('notify: job summary and PR section', () => {
    const runLink = record().runUrl!
    expectInert(runSummaryMarkdown(record()), [runLink, 'https://shop.example.com'])
    expectInert(pullRequestSection(record()), ['https://shop.example.com'])
  })

  it('notify: Slack message and failure thread', () => {
    const smoke: SmokeReport = {
      ...SMOKE_FAILED,
      checks: SMOKE_FAILED.checks.map(c => ({
        ...c,
        name: HOSTILE_TEXT,
        message: HOSTILE_TEXT,
        evidence: { status: 500, headers: {}, body: HOSTILE_TEXT }
      }))
    }
    for (const message of [slackMessage(record()), failureThreadMessage(record(), smoke)!]) {
      // Every text object, with its type; the top-level text (notification, fallback) is read as mrkdwn.
      const texts: { type: string; text: string }[] = [{ type: 'mrkdwn', text: message.text }]
      JSON.stringify(message.blocks, (_, value: unknown) => {
        const o = value as { type?: unknown; text?: unknown } | null
        if (o && (o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string')
          texts.push({ type: o.type, text: o.text })
        return value
      })
      expect(texts.filter(t => t.type === 'plain_text').length).toBeGreaterThan(0)
      for (const { type, text } of texts) {
        expect(text).not.toMatch(CONTROL)
        if (type !== 'mrkdwn') continue
        // Slack reads `<…>` as links, mentions and `<!channel>`: only the renderer's own may appear.
        for (const [, inner] of text.matchAll(/<([^>]*)>/g)) expect(inner).toMatch(/^https:\/\/[^|]+\|/)
      }
    }
  })

  it('terraform-deploy: plan and deploy summaries', () => {
    const plan = renderPlanMarkdown({
      plan: {
        hasChanges: true,
        add: 1,
        change: 0,
        destroy: 1,
        replace: 0,
        destructive: [HOSTILE_TEXT],
        onlyImageTag: false,
        changes: [
          { address: HOSTILE_TEXT, action: 'delete', imageTagOnly: false, attributes: [HOSTILE_TEXT] },
          { address: `aws_ecs_service.${HOSTILE}`, action: 'create', imageTagOnly: false, attributes: [] }
        ]
      },
      from: HOSTILE_TEXT,
      to: HOSTILE_TEXT,
      environment: HOSTILE_TEXT,
      conflicts: [{ key: HOSTILE_TEXT, analyzer: HOSTILE_TEXT, yours: HOSTILE_TEXT, file: HOSTILE_TEXT }],
      collapsible: true
    })
    expectInert(plan)
    const deploy = renderDeployMarkdown(
      {
        schemaVersion: 1,
        imageTag: HOSTILE_TEXT,
        previousImageTag: HOSTILE_TEXT,
        outputs: { [HOSTILE_TEXT]: HOSTILE_TEXT },
        serviceUrl: HOSTILE_TEXT,
        deploymentId: null,
        rolloutState: 'FAILED',
        rolledBack: false,
        failureReasons: [HOSTILE_TEXT]
      } as unknown as Parameters<typeof renderDeployMarkdown>[0],
      { environment: HOSTILE_TEXT, rolloutNote: HOSTILE_TEXT }
    )
    expectInert(deploy)
  })

  it('smoke-test: the job summary', () => {
    const report: SmokeReport = {
      ...SMOKE_FAILED,
      url: HOSTILE_TEXT,
      expectedVersion: HOSTILE_TEXT,
      versionMatched: false,
      failures: [HOSTILE_TEXT],
      checks: SMOKE_FAILED.checks.map(c => ({
        ...c,
        name: HOSTILE_TEXT,
        url: HOSTILE_TEXT,
        message: HOSTILE_TEXT,
        evidence: { status: 500, headers: { [HOSTILE]: HOSTILE_TEXT }, body: HOSTILE_TEXT }
      }))
    }
    expectInert(smokeReportMarkdown(report))
  })
})
