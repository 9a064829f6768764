// Markdown and log lines for a plan and a deploy: the job summary and the PR comment's plan section.
// Addresses and attribute names only; values never (a plan holds secrets in clear text). Bounded in size:
// the PR comment shares GitHub's 65,536-character limit with the other sections. Addresses, keys, tags and
// reasons go through the shared escapers (code spans a backtick or pipe cannot leave, no markup).
import { codeBlock, codeSpan as code, escapeMarkdown } from '../../analyzer/render/markdown.js'
import type { DeployResult, PlanSummary } from '../../pipeline/contracts.js'
import { formatDuration } from '../../pipeline/duration.js'
import type { VarConflict } from './var-files.js'

const MAX_ROWS = 40

export function planCounts(plan: PlanSummary): string {
  if (!plan.hasChanges) return 'no changes'
  const parts = [
    plan.add ? `${plan.add} to add` : '',
    plan.change ? `${plan.change} to change` : '',
    plan.replace ? `${plan.replace} to replace` : '',
    plan.destroy ? `${plan.destroy} to destroy` : ''
  ].filter(Boolean)
  return parts.length ? parts.join(', ') : 'output changes only'
}

export function planHeadline(plan: PlanSummary, from: string | null, to: string): string {
  const tag = from === to ? `image tag ${to} (unchanged)` : `image tag ${from ?? '(none)'} → ${to}`
  const only = plan.onlyImageTag ? ' — only the image tag changes' : ''
  return `Plan: ${planCounts(plan)}; ${tag}${only}`
}

export function renderPlanMarkdown(o: {
  plan: PlanSummary
  from: string | null
  to: string
  environment: string
  conflicts: VarConflict[]
  runUrl?: string | null
  /** The resource table folded in a <details> block (the PR comment: one collapsible section). */
  collapsible?: boolean
}): string {
  const { plan } = o
  const lines: string[] = []
  const tag =
    o.from === o.to ? `${code(o.to)} (unchanged)` : `${o.from ? code(o.from) : '(none)'} → ${code(o.to)}`
  lines.push(
    `**Terraform plan for ${escapeMarkdown(o.environment)}: ${planCounts(plan)}** · image tag ${tag}${plan.onlyImageTag ? ' · only the image tag changes' : ''}`
  )
  const unexpected = (plan.changes ?? []).filter(
    c => (c.action === 'delete' || c.action === 'replace') && !c.imageTagOnly
  )
  if (unexpected.length > 0) {
    lines.push(
      '',
      '> [!CAUTION]',
      `> This plan destroys or replaces more than the new image: ${unexpected
        .slice(0, 10)
        .map(c => `${code(c.address)} (${c.action})`)
        .join(', ')}${unexpected.length > 10 ? `, and ${unexpected.length - 10} more` : ''}.`
    )
  }
  const changes = plan.changes ?? []
  if (changes.length > 0) {
    if (o.collapsible) lines.push('', `<details><summary>${changes.length} resource change(s)</summary>`)
    lines.push('', '| resource | action | what changes |', '|---|---|---|')
    for (const c of changes.slice(0, MAX_ROWS)) {
      const action =
        (c.action === 'delete' || c.action === 'replace') && !c.imageTagOnly ? `**${c.action}**` : c.action
      const what = c.imageTagOnly
        ? 'the image tag'
        : c.attributes.length
          ? c.attributes.map(code).join(', ')
          : ''
      lines.push(`| ${code(c.address)} | ${action} | ${what} |`)
    }
    if (changes.length > MAX_ROWS)
      lines.push(
        '',
        `…and ${changes.length - MAX_ROWS} more resources${o.runUrl ? `: [the full plan is in the run log](${o.runUrl})` : ' (see the run log)'}.`
      )
    if (o.collapsible) lines.push('', '</details>')
  }
  if (o.conflicts.length > 0) {
    lines.push(
      '',
      '<details><summary>Your var files override the analyzer for ' +
        o.conflicts.length +
        ' value(s)</summary>',
      '',
      '| variable | analyzer | yours | from |',
      '|---|---|---|---|'
    )
    for (const c of o.conflicts)
      lines.push(`| ${code(c.key)} | ${code(c.analyzer)} | ${code(c.yours)} | ${code(c.file)} |`)
    lines.push('', '</details>')
  }
  return lines.join('\n')
}

export function renderDeployMarkdown(
  result: DeployResult,
  o: { environment: string; rolloutNote: string | null }
): string {
  const lines: string[] = []
  const state = result.rolledBack ? 'ROLLED BACK' : result.rolloutState
  lines.push(
    `**Deploy of ${code(result.imageTag)} to ${escapeMarkdown(o.environment)}: ${state}**${result.previousImageTag ? ` (before: ${code(result.previousImageTag)})` : ''}`
  )
  if (result.serviceUrl) {
    // A plain http(s) URL stays as it is, so GitHub links it; anything else is text.
    const url = /^https?:\/\/[^\s()<>[\]`]+$/.test(result.serviceUrl)
    lines.push('', `Service: ${url ? result.serviceUrl : escapeMarkdown(result.serviceUrl)}`)
  }
  if (o.rolloutNote) lines.push('', `Rollout not watched: ${escapeMarkdown(o.rolloutNote)}.`)
  if (result.failureReasons?.length) {
    lines.push(
      '',
      '<details open><summary>Why</summary>',
      '',
      codeBlock(result.failureReasons.join('\n'), 'text'),
      '',
      '</details>'
    )
  }
  const outputs = Object.entries(result.outputs)
  if (outputs.length > 0) {
    lines.push('', '| output | value |', '|---|---|')
    for (const [name, value] of outputs.slice(0, MAX_ROWS)) {
      const text = typeof value === 'string' ? value : JSON.stringify(value)
      lines.push(`| ${code(name)} | ${code(text.length > 120 ? `${text.slice(0, 117)}…` : text)} |`)
    }
  }
  if (result.durations)
    lines.push(
      '',
      `Infrastructure ${formatDuration(result.durations.infrastructureMs)} · rollout ${formatDuration(result.durations.rolloutMs)}`
    )
  return lines.join('\n')
}
