// The deployment section of the sticky PR comment (above the plan and the analyzer's report; the marker,
// ordering and 65,536-character limit are handled by src/integrations/github/sticky-body.ts).
import type { RunRecord } from '../../pipeline/contracts.js'
import { cell } from '../smoke-test-summary.js'
import { headline, short, stageViews } from './view.js'

export function pullRequestSection(record: RunRecord): string {
  const head = headline(record)
  const lines = [`### ${head.icon} ${cell(head.text)}`, '']
  const facts = [
    `commit \`${short(record.commit)}\``,
    record.imageTag ? `image tag \`${cell(record.imageTag)}\`` : null,
    record.serviceUrl && /^https?:\/\/[^\s()<>]+$/.test(record.serviceUrl)
      ? `[open the service](${record.serviceUrl})`
      : null,
    record.smokeP95Ms !== null && record.smokeP95Ms !== undefined ? `smoke p95 ${record.smokeP95Ms} ms` : null
  ].filter(Boolean)
  lines.push(facts.join(' · '), '')
  lines.push('| stage | status | duration |', '| --- | --- | ---: |')
  for (const v of stageViews(record)) lines.push(`| ${v.title} | ${v.icon} | ${v.duration} |`)
  const failed = stageViews(record).filter(v => v.stage.status === 'failure' && v.stage.detail)
  for (const v of failed) lines.push('', `**${v.title}:** ${cell(v.stage.detail!)}`)
  return lines.join('\n')
}
