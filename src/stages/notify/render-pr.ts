// The deployment section of the sticky PR comment (above the plan and the analyzer's report; the marker,
// ordering and 65,536-character limit are handled by src/integrations/github/sticky-body.ts). Branch,
// tag and detail text go through the shared escapers: the PR comment is where a mention or link would hurt.
import type { RunRecord } from '../../pipeline/contracts.js'
import { codeSpan, escapeMarkdown } from '../../analyzer/render/markdown.js'
import { headline, short, stageViews } from './view.js'

export function pullRequestSection(record: RunRecord): string {
  const head = headline(record)
  const lines = [`### ${head.icon} ${escapeMarkdown(head.text)}`, '']
  const facts = [
    `commit ${codeSpan(short(record.commit))}`,
    record.imageTag ? `image tag ${codeSpan(record.imageTag)}` : null,
    record.serviceUrl && /^https?:\/\/[^\s()<>]+$/.test(record.serviceUrl)
      ? `[open the service](${record.serviceUrl})`
      : null,
    record.smokeP95Ms !== null && record.smokeP95Ms !== undefined ? `smoke p95 ${record.smokeP95Ms} ms` : null
  ].filter(Boolean)
  lines.push(facts.join(' · '), '')
  lines.push('| stage | status | duration |', '| --- | --- | ---: |')
  for (const v of stageViews(record)) lines.push(`| ${v.title} | ${v.icon} | ${v.duration} |`)
  const failed = stageViews(record).filter(v => v.stage.status === 'failure' && v.stage.detail)
  for (const v of failed) lines.push('', `**${v.title}:** ${escapeMarkdown(v.stage.detail!)}`)
  return lines.join('\n')
}
