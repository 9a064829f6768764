// The RunRecord as the job summary: headline, the eight stages as a table, a Mermaid gantt of the measured
// stages (GitHub renders ```mermaid blocks), and links to the image, the service and the run. Markdown
// only; the one piece of HTML is none at all, so it renders the same in GitHub, the CLI and a dashboard.
import type { RunRecord } from '../../pipeline/contracts.js'
import { formatDuration } from '../../pipeline/duration.js'
import { codeSpan, escapeMarkdown } from '../../analyzer/render/markdown.js'
import { headline, short, stageViews, totalDuration } from './view.js'

export function runSummaryMarkdown(record: RunRecord): string {
  const head = headline(record)
  const total = totalDuration(record)
  const lines = [`### ${head.icon} ${escapeMarkdown(head.text)}`, '']
  const facts = [
    `commit ${codeSpan(short(record.commit))}`,
    record.ref ? `ref ${codeSpan(record.ref)}` : null,
    record.actor ? `by ${escapeMarkdown(record.actor)}` : null,
    total !== null ? `measured ${formatDuration(total)}` : null
  ].filter(Boolean)
  lines.push(facts.join(' · '), '')
  lines.push('| # | stage | status | duration | detail |', '| ---: | --- | --- | ---: | --- |')
  for (const v of stageViews(record))
    lines.push(
      `| ${v.index} | ${v.title} | ${v.icon} ${v.stage.status} | ${v.duration} | ${escapeMarkdown(v.stage.detail ?? '')} |`
    )
  const gantt = ganttChart(record)
  if (gantt) lines.push('', gantt)
  const links = [
    record.serviceUrl ? `**Service:** ${link(record.serviceUrl, record.serviceUrl)}` : null,
    record.image ? `**Image:** ${codeSpan(record.image)}` : null,
    record.previousImageTag ? `**Previous tag:** ${codeSpan(record.previousImageTag)}` : null,
    record.smokeP95Ms !== null && record.smokeP95Ms !== undefined
      ? `**Smoke p95:** ${record.smokeP95Ms} ms`
      : null,
    record.runUrl ? `**Run:** ${link(record.runUrl, 'logs')}` : null
  ].filter(Boolean)
  if (links.length > 0) lines.push('', links.join('  \n'))
  return `${lines.join('\n')}\n`
}

/** Stages with a measured start and duration, on a shared time axis (ms since the epoch, `dateFormat x`). */
export function ganttChart(record: RunRecord): string | null {
  const rows = stageViews(record).filter(v => v.stage.startedAt && v.stage.durationMs !== null)
  if (rows.length === 0) return null
  const out = [
    '```mermaid',
    'gantt',
    '  title Stage timing',
    '  dateFormat x',
    '  axisFormat %M:%S',
    '  section Run'
  ]
  for (const v of rows) {
    const start = Date.parse(v.stage.startedAt!)
    // Mermaid draws nothing for a zero-length task; a 1 ms task is still visible as a tick.
    const end = start + Math.max(1, v.stage.durationMs!)
    const tag = v.stage.status === 'failure' ? 'crit, ' : v.stage.status === 'running' ? 'active, ' : 'done, '
    out.push(`  ${v.title.replace(/[:;#]/g, ' ')} (${v.duration}) :${tag}s${v.index}, ${start}, ${end}`)
  }
  out.push('```')
  return out.join('\n')
}

function link(url: string, text: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${escapeMarkdown(text)}](${url})` : escapeMarkdown(text)
}
