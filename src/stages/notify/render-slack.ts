// The RunRecord as a Slack Block Kit message, built in code (never by splicing JSON): header, who/what,
// the eight stages with status and duration, service URL, image tag, smoke p95 and a "View run" button.
// Every user-controlled value is mrkdwn-escaped; every text is cut to Block Kit's limits.
import { plainText } from '../../analyzer/render/markdown.js'
import type { RunRecord, SmokeReport } from '../../pipeline/contracts.js'
import { blockProblems, fit, LIMITS, type Block, type TextObject } from '../../integrations/slack/blocks.js'
import { escapeMrkdwn, mrkdwnLink, oneLine } from '../../integrations/slack/mrkdwn.js'
import type { SlackMessage } from '../../integrations/slack/client.js'
import { commitUrl, headline, serviceName, short, stageViews } from './view.js'

const md = (text: string): TextObject => ({ type: 'mrkdwn', text })
const field = (text: string): TextObject => md(fit(text, LIMITS.fieldText))

export function slackMessage(record: RunRecord): SlackMessage {
  const head = headline(record)
  const commit = mrkdwnLink(commitUrl(record), short(record.commit))
  const message = record.commitMessage ? ` ${escapeMrkdwn(oneLine(record.commitMessage, 120))}` : ''
  const fields = [
    field(`*Service*\n${escapeMrkdwn(serviceName(record))}`),
    field(`*Environment*\n${escapeMrkdwn(record.environment)}`),
    field(`*Commit*\n${commit}${message}`),
    field(
      `*Author*\n${escapeMrkdwn(record.actor ?? '—')}${record.ref ? ` on \`${escapeMrkdwn(record.ref)}\`` : ''}`
    )
  ]
  const stages = stageViews(record)
    .map(
      v =>
        `${v.icon} ${escapeMrkdwn(v.title)} · ${v.duration}${v.stage.status === 'failure' && v.stage.detail ? ` — ${escapeMrkdwn(oneLine(v.stage.detail, 200))}` : ''}`
    )
    .join('\n')
  const facts = [
    field(`*Service URL*\n${record.serviceUrl ? mrkdwnLink(record.serviceUrl, record.serviceUrl) : '—'}`),
    field(`*Image tag*\n${record.imageTag ? `\`${escapeMrkdwn(short(record.imageTag))}\`` : '—'}`),
    field(
      `*Smoke p95*\n${record.smokeP95Ms !== null && record.smokeP95Ms !== undefined ? `${record.smokeP95Ms} ms` : '—'}`
    )
  ]
  if (record.rolledBackTo)
    facts.push(field(`*Rolled back to*\n\`${escapeMrkdwn(short(record.rolledBackTo))}\``))
  const blocks: Block[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: fit(plainText(`${head.icon} ${head.text}`), LIMITS.headerText),
        emoji: true
      }
    },
    { type: 'section', fields },
    { type: 'section', text: md(fit(stages, LIMITS.sectionText)) },
    { type: 'section', fields: facts }
  ]
  const buttons = [
    ...(record.runUrl ? [button('View run', record.runUrl, 'view_run', true)] : []),
    ...(record.serviceUrl && /^https?:\/\//.test(record.serviceUrl)
      ? [button('Open service', record.serviceUrl, 'open_service')]
      : [])
  ]
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons })
  blocks.push({
    type: 'context',
    elements: [field(`deplight · ${escapeMrkdwn(record.repository)} · run ${escapeMrkdwn(record.runId)}`)]
  })
  // The top-level text is the notification and fallback, and Slack reads it as mrkdwn too.
  return checked({
    text: `${head.icon} ${escapeMrkdwn(plainText(head.text))} (${escapeMrkdwn(short(record.commit))})`,
    blocks
  })
}

/** The thread reply on failure: which stage failed, why, and the smoke-test evidence. */
export function failureThreadMessage(record: RunRecord, smoke: SmokeReport | null): SlackMessage | null {
  const failed = stageViews(record).filter(v => v.stage.status === 'failure')
  if (failed.length === 0 && !record.rolledBackTo) return null
  const lines = failed.map(
    v =>
      `*${escapeMrkdwn(v.title)}* failed${v.stage.detail ? `: ${escapeMrkdwn(oneLine(v.stage.detail, 500))}` : ''}`
  )
  if (record.rolledBackTo)
    lines.push(`The service was rolled back to \`${escapeMrkdwn(short(record.rolledBackTo))}\`.`)
  const blocks: Block[] = [{ type: 'section', text: md(fit(lines.join('\n'), LIMITS.sectionText)) }]
  for (const check of (smoke?.checks ?? []).filter(c => !c.passed).slice(0, 5)) {
    const evidence = check.evidence
    const body = evidence ? `status ${evidence.status ?? 'no answer'}\n${evidence.body}` : check.message
    blocks.push({
      type: 'section',
      text: md(
        fit(
          `*${escapeMrkdwn(check.name)}* (${escapeMrkdwn(check.url)}): ${escapeMrkdwn(check.message)}\n\`\`\`${escapeMrkdwn(body.replace(/```/g, "'''"))}\`\`\``,
          LIMITS.sectionText
        )
      )
    })
  }
  if (record.runUrl)
    blocks.push({ type: 'actions', elements: [button('Open the logs', record.runUrl, 'view_logs')] })
  return checked({ text: `Why ${escapeMrkdwn(plainText(serviceName(record)))} failed`, blocks })
}

/** A stable key for "this failure", so a later notify call does not explain it twice. */
export function failureSignature(record: RunRecord): string | null {
  const failed = record.stages.filter(s => s.status === 'failure').map(s => `${s.id}:${s.detail ?? ''}`)
  if (failed.length === 0 && !record.rolledBackTo) return null
  return [...failed, record.rolledBackTo ?? ''].join('|')
}

function button(text: string, url: string, actionId: string, primary = false) {
  return {
    type: 'button' as const,
    text: { type: 'plain_text' as const, text: fit(text, LIMITS.buttonText) },
    url,
    action_id: actionId,
    ...(primary ? { style: 'primary' as const } : {})
  }
}

function checked(message: SlackMessage): SlackMessage {
  const problems = blockProblems(message.blocks)
  if (problems.length > 0)
    throw new Error(`internal: Slack message breaks Block Kit limits: ${problems.join('; ')}`)
  return message
}
