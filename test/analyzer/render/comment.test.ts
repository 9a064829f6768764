import { renderComment, type CommentApp } from '../../../src/analyzer/render/comment.js'
import {
  COMMENT_LIMIT,
  commentMarker,
  DEFAULT_SCALING,
  renderAppArtifacts,
  renderArtifacts
} from '../../../src/analyzer/render/index.js'
import type { AppAnalysis, Warning } from '../../../src/analyzer/report.js'
import { CASES } from './cases.js'
import { makeApp, makeReport } from './make-app.js'

function monorepo(): AppAnalysis[] {
  return [
    { ...CASES['nextjs-standalone']!, appDir: 'apps/web', name: 'web' },
    { ...CASES['nestjs-pnpm']!, appDir: 'apps/api', name: 'api' },
    {
      ...CASES['go-stdlib']!,
      appDir: 'services/worker',
      name: 'worker',
      dockerfile: 'services/worker/Dockerfile'
    }
  ]
}

describe('PR comment', () => {
  it('renders a three-app monorepo: marker, summary table, one section per app, selected app first', () => {
    const apps = monorepo()
    const report = makeReport(apps, 240)
    const { comment } = renderArtifacts(report, apps[1]!, {
      environment: 'staging',
      existingDockerfiles: {
        'services/worker/Dockerfile': 'FROM golang:1.22\nEXPOSE 9090\nUSER app\nCMD ["/w"]\n'
      }
    })
    expect(comment.startsWith('<!-- deplight:analysis app=* env=staging -->\n')).toBe(true)
    expect(comment).toContain('## deplight analysis: 3 apps')
    // Summary table: header plus one row per app.
    const rows = comment.split('\n').filter(line => /^\| (web|api|worker) \|/.test(line))
    expect(rows).toHaveLength(3)
    const sections = [...comment.matchAll(/^### (\w+)/gm)].map(match => match[1])
    expect(sections).toEqual(['api', 'web', 'worker'])
    // Generated Dockerfiles are collapsed; the worker uses its own and its EXPOSE mismatch is reported.
    expect(comment.match(/<summary>Generated Dockerfile/g)).toHaveLength(2)
    expect(comment).toContain("the app's own <code>services/worker/Dockerfile</code> is used as is")
    expect(comment).toContain('DOCKERFILE\\_PORT\\_MISMATCH')
    // tfvars block and cost with the dated price table, for each app.
    expect(comment.match(/```hcl/g)).toHaveLength(3)
    expect(comment.match(/\*\*Estimated monthly cost: \$\d+\.\d\d\*\*/g)).toHaveLength(3)
    expect(comment).toContain('as published on 2025-01-15')
    expect(comment).toContain('| Fargate vCPU | 0.25 vCPU × 1 task × 730 h × $0.04048 | $7.39 |')
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment).not.toContain('Shortened to fit')
  })

  it('shows confidence and evidence for each field', () => {
    const app = CASES['express-npm']!
    const { comment } = renderArtifacts(makeReport([app]), app)
    expect(comment).toContain('<!-- deplight:analysis app=app env=default -->')
    expect(comment).toContain(
      '| Port | <code>3000</code> | 90 % high | listen call | <code>app.port</code> |'
    )
    expect(comment).toContain('<code>server.js:3</code> <code>listen(3000)</code>')
  })

  it('keeps a 3,000-file analysis with many warnings within the limit and says what it left out', () => {
    const apps = Array.from({ length: 3 }, (_, index) => {
      const app = makeApp({
        appDir: `apps/app${index}`,
        language: 'javascript',
        framework: 'express',
        packageManager: 'npm',
        lockfile: 'package-lock.json',
        startCommand: 'node server.js',
        port: 3000 + index
      })
      app.port.evidence = Array.from({ length: 1000 }, (_, line) => ({
        file: `apps/app${index}/src/file${line}.js`,
        line: line + 1,
        text: `app.listen(process.env.PORT || ${3000 + index}) // route /r${line}`
      }))
      app.warnings = Array.from({ length: 400 }, (_, n): Warning => ({
        code: 'AMBIGUOUS_PORT',
        message: `candidate port ${n} in src/file${n}.js disagrees with the chosen one`,
        file: `apps/app${index}/src/file${n}.js`,
        line: n + 1
      }))
      return app
    })
    const report = makeReport(apps, 3000)
    report.warnings = Array.from({ length: 300 }, (_, n) => ({
      code: 'FILE_TOO_LARGE',
      message: `vendor/blob${n}.bin is larger than the scan limit`
    }))
    const { comment } = renderArtifacts(report, apps[0]!)
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment).toMatch(/Shortened to fit GitHub's 65,536-character limit:\*\* .*left out/)
    // The most important parts survive: the marker, the summary table and the selected app's stack.
    expect(comment.startsWith('<!-- deplight:analysis')).toBe(true)
    expect(comment).toContain('| app0 |')
    expect(comment).toContain('| Framework | <code>express</code>')
  })

  it('drops evidence before Dockerfiles, and Dockerfiles before app details', () => {
    const app = makeApp({
      language: 'javascript',
      framework: 'express',
      packageManager: 'npm',
      lockfile: 'package-lock.json',
      startCommand: 'node server.js',
      port: 3000
    })
    app.port.evidence = Array.from({ length: 40 }, (_, line) => ({
      file: 'src/a.js',
      line,
      text: 'x'.repeat(150)
    }))
    const report = makeReport([app])
    const artifacts = renderAppArtifacts(app)
    const entries: CommentApp[] = [{ ...artifacts, scaling: DEFAULT_SCALING }]
    const options = { environment: 'default', scope: 'app', selected: '.' }
    const full = renderComment(report, entries, options)
    expect(full).toContain('```dockerfile')
    expect(full).not.toContain('Shortened')

    const lessEvidence = renderComment(report, entries, options, full.length - 1)
    expect(lessEvidence).toContain('evidence beyond 5 lines per app left out')
    expect(lessEvidence).toContain('```dockerfile')
    expect(lessEvidence).toContain('- … 36 more in the JSON report')

    const noEvidence = renderComment(report, entries, options, lessEvidence.length - 1)
    expect(noEvidence).toContain('evidence left out')
    expect(noEvidence).toContain('```dockerfile')

    const noDockerfile = renderComment(report, entries, options, noEvidence.length - 1)
    expect(noDockerfile).toContain('evidence and Dockerfiles left out')
    expect(noDockerfile).not.toContain('```dockerfile')
    expect(noDockerfile).toContain('| Framework | <code>express</code>')
    for (const text of [lessEvidence, noEvidence, noDockerfile]) expect(text.length).toBeLessThan(full.length)
  })

  it('escapes repository-controlled text so it cannot inject markup', () => {
    const app = makeApp({
      language: 'javascript',
      framework: 'express',
      packageManager: 'npm',
      lockfile: 'package-lock.json',
      startCommand: 'node x.js | <img src=x onerror=alert(1)> `code`',
      port: 3000
    })
    app.warnings = [
      { code: 'X', message: '</details><script>alert(1)</script> [link](http://evil) @org/team | pipe' }
    ]
    app.port.evidence = [{ file: 'a|b.js', line: 1, text: '```\n</details>' }]
    const { comment } = renderArtifacts(makeReport([app]), app)
    // Outside fenced code blocks (where GitHub shows text literally) no raw HTML survives.
    const prose = comment.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
    expect(prose).not.toMatch(/<img|<script|<\/details><script/)
    expect(prose).not.toContain('```dockerfile')
    expect(comment).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(comment).toContain('\\[link\\]\\(http\u200b:')
    expect(comment).toContain('@\u200borg')
    // A pipe in a cell or an evidence path never splits the table.
    expect(comment).toContain('a&#124;b.js')
    const tableRows = comment.split('\n').filter(line => line.startsWith('| Start command'))
    expect(tableRows[0]?.split(/(?<!\\)\|/).length).toBe(7)
  })

  it('marks comments per app and environment, with unsafe characters replaced', () => {
    expect(commentMarker('web', 'prod')).toBe('<!-- deplight:analysis app=web env=prod -->')
    expect(commentMarker('web --> <b>', 'p')).toBe('<!-- deplight:analysis app=web------b- env=p -->')
  })
})
