// A SmokeReport as GitHub-flavoured markdown: one table row per check, the load sample, and the evidence of
// failed checks folded in <details>. Shared by the action's job summary and the CLI. Names, URLs, messages
// and response bodies come from the app under test (and its repository): they go through the shared
// escapers, so they cannot add markup, links, mentions, cells or lines.
import { codeBlock, codeSpan, escapeHtml, escapeMarkdown } from '../analyzer/render/markdown.js'
import type { SmokeReport } from '../pipeline/contracts.js'
import { formatDuration } from '../pipeline/duration.js'

export function smokeReportMarkdown(report: SmokeReport): string {
  const lines: string[] = []
  const verdict = report.passed ? '✅ passed' : '❌ failed'
  lines.push(`### Health check: ${verdict}`, '')
  lines.push(
    `${escapeMarkdown(report.url)}${report.durationMs !== undefined ? ` — ${formatDuration(report.durationMs)}` : ''}${versionLine(report)}`,
    ''
  )
  lines.push('| check | result | status | attempts | p50 | p95 | max | detail |')
  lines.push('| --- | --- | --- | ---: | ---: | ---: | ---: | --- |')
  for (const c of report.checks) {
    const l = c.latencyMs
    lines.push(
      `| ${escapeMarkdown(c.name)} | ${c.passed ? '✅' : '❌'} | ${c.status ?? '—'} | ${c.attempts} | ${ms(l?.p50)} | ${ms(l?.p95)} | ${ms(l?.max)} | ${escapeMarkdown(c.message)} |`
    )
  }
  if (report.samples) {
    const s = report.samples
    lines.push(
      '',
      `Load sample: ${s.count} requests, ${s.errors} error(s) (${(s.errorRate * 100).toFixed(1)}%), p50 ${s.latencyMs.p50} ms, p95 ${s.latencyMs.p95} ms, max ${s.latencyMs.max} ms.`
    )
  }
  for (const failure of report.failures ?? [])
    if (!report.checks.some(c => failure.startsWith(`${c.name}: `)))
      lines.push('', `❌ ${escapeMarkdown(failure)}`)
  for (const c of report.checks.filter(x => x.evidence)) {
    const e = c.evidence!
    const headers = Object.entries(e.headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')
    lines.push(
      '',
      `<details><summary>Evidence: ${escapeHtml(c.name)} (${c.method} ${escapeHtml(c.url)})</summary>`,
      '',
      codeBlock(`status: ${e.status ?? 'no answer'}\n${headers}\n\n${e.body}`, 'text'),
      '',
      '</details>'
    )
  }
  return `${lines.join('\n')}\n`
}

function versionLine(report: SmokeReport): string {
  if (!report.expectedVersion) return ''
  return report.versionMatched
    ? ` — version ${codeSpan(report.expectedVersion.slice(0, 12))} is live`
    : ` — version ${codeSpan(report.expectedVersion.slice(0, 12))} **not seen**`
}

function ms(value: number | undefined): string {
  return value === undefined ? '—' : `${value} ms`
}
