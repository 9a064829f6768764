// The PR comment: detected stack with confidence, evidence, warnings, tfvars, the Dockerfile (collapsed)
// and a monthly cost estimate. A hidden marker lets the notifier update it in place. It never exceeds
// GitHub's 65,536-character limit: the least important parts go first, and the comment says what went.
import type { AppAnalysis, AnalysisReport, Evidence, Field, Warning } from '../report.js'
import { dollars, estimateMonthlyCost, HOURS_PER_MONTH, PRICE_TABLE, ASSUMED_LCUS } from './cost.js'
import { codeBlock, escapeMarkdown, inlineCode } from './markdown.js'
import { clip } from '../signals/evidence.js'
import type { Scaling } from './tfvars.js'

export const COMMENT_LIMIT = 65_536
export const MARKER_PREFIX = '<!-- deplight:analysis'

/** What the comment shows for one app. */
export interface CommentApp {
  app: AppAnalysis
  /** Generated Dockerfile text, or null when the app has its own (or none could be generated). */
  dockerfile: string | null
  dockerfilePath: string
  tfvars: string
  tfvarsPath: string
  /** Generator and Dockerfile-check warnings, on top of the analyzer's own. */
  warnings: Warning[]
  scaling: Scaling
}

export interface CommentOptions {
  /** Discriminates comments of several environments/apps on one PR. */
  environment: string
  /** `*` when the comment covers every app of the report. */
  scope: string
  /** appDir of the selected app, listed first. */
  selected: string
}

/** The hidden marker: `<!-- deplight:analysis app=web env=production -->`. */
export function commentMarker(scope: string, environment: string): string {
  const clean = (value: string): string => value.replace(/[^A-Za-z0-9._*/-]/g, '-').slice(0, 64)
  return `${MARKER_PREFIX} app=${clean(scope)} env=${clean(environment)} -->`
}

interface Budget {
  evidenceLines: number
  dockerfiles: boolean
  detailApps: number
  warningsPerApp: number
}

const FULL: Budget = { evidenceLines: 40, dockerfiles: true, detailApps: Infinity, warningsPerApp: Infinity }

const FIELDS: { label: string; get: (app: AppAnalysis) => Field<unknown> }[] = [
  { label: 'Language', get: app => app.language },
  { label: 'Framework', get: app => app.framework },
  { label: 'Package manager', get: app => app.packageManager },
  { label: 'Runtime version', get: app => app.runtimeVersion },
  { label: 'Build command', get: app => app.buildCommand },
  { label: 'Start command', get: app => app.startCommand },
  { label: 'Port', get: app => app.port },
  { label: 'Health path', get: app => app.healthPath },
  { label: 'CPU / memory', get: app => app.resources }
]

function confidenceLabel(confidence: number): string {
  const level = confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low'
  return `${Math.round(confidence * 100)} % ${level}`
}

/** Longest field value shown in the comment (real start commands are a few hundred characters at most). */
const MAX_FIELD_CHARS = 1000

function fieldValue(field: Field<unknown>): string {
  const value = field.value
  if (value === null || value === undefined) return '—'
  if (typeof value === 'object' && 'cpu' in value && 'memory' in value) {
    const resources = value as { cpu: number; memory: number }
    return `${resources.cpu / 1024} vCPU / ${resources.memory} MiB`
  }
  // A repo can make a field a MiB long (issue 14); escaping all of it costs seconds and no comment shows it.
  return inlineCode(clip(String(value), MAX_FIELD_CHARS))
}

function evidenceOf(app: AppAnalysis): Evidence[] {
  const seen = new Set<string>()
  const out: Evidence[] = []
  for (const { get } of FIELDS) {
    for (const evidence of get(app).evidence) {
      const key = `${evidence.file}:${evidence.line}:${evidence.text}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(evidence)
    }
  }
  return out
}

function evidenceLine(evidence: Evidence): string {
  const where = evidence.line > 0 ? `${evidence.file}:${evidence.line}` : evidence.file
  return `- ${inlineCode(where)} ${inlineCode(evidence.text.slice(0, 200))}`
}

function warningLine(warning: Warning): string {
  const where = warning.file
    ? ` (${inlineCode(warning.line ? `${warning.file}:${warning.line}` : warning.file)})`
    : ''
  return `- ⚠️ **${escapeMarkdown(warning.code)}**: ${escapeMarkdown(warning.message)}${where}`
}

function stackTable(app: AppAnalysis): string[] {
  return [
    '| field | value | confidence | from | override |',
    '|---|---|---|---|---|',
    ...FIELDS.map(({ label, get }) => {
      const field = get(app)
      return `| ${label} | ${fieldValue(field)} | ${confidenceLabel(field.confidence)} | ${escapeMarkdown(field.source)} | ${inlineCode(field.overrideKey)} |`
    })
  ]
}

function costSection(entry: CommentApp): string[] {
  const { cpu, memory } = entry.app.resources.value
  const estimate = estimateMonthlyCost(cpu, memory, entry.scaling.desiredCount)
  return [
    `**Estimated monthly cost: ${dollars(estimate.total)}** (${entry.scaling.desiredCount} task${entry.scaling.desiredCount === 1 ? '' : 's'}, ${cpu / 1024} vCPU / ${memory} MiB, behind an ALB)`,
    '',
    '| item | quantity | per month |',
    '|---|---|---|',
    ...estimate.lines.map(line => `| ${line.item} | ${line.quantity} | ${dollars(line.monthly)} |`),
    '',
    `<sub>Prices: AWS ${PRICE_TABLE.region} on-demand Linux/x86, as published on ${PRICE_TABLE.date}: Fargate $${PRICE_TABLE.fargateVcpuHour} per vCPU-hour and $${PRICE_TABLE.fargateGbHour} per GB-hour; ALB $${PRICE_TABLE.albHour} per hour and $${PRICE_TABLE.lcuHour} per LCU-hour (${ASSUMED_LCUS} LCU assumed); public IPv4 $${PRICE_TABLE.publicIpv4Hour} per address-hour; ${HOURS_PER_MONTH} h per month. Excludes data transfer, logs, NAT and ECR storage.</sub>`
  ]
}

function appSection(entry: CommentApp, budget: Budget, detailed: boolean): string[] {
  const { app } = entry
  const title = `### ${escapeMarkdown(app.name)} — ${inlineCode(app.appDir)}`
  if (!detailed) {
    return [
      title,
      '',
      `Details left out to fit the comment limit: run ${inlineCode(`deplight analyze --app-dir ${app.appDir}`)}.`,
      ''
    ]
  }
  const evidence = evidenceOf(app)
  const shown = evidence.slice(0, budget.evidenceLines)
  const warnings = [...app.warnings, ...entry.warnings]
  const shownWarnings = warnings.slice(0, budget.warningsPerApp)
  const lines = [title, '', ...stackTable(app), '']
  if (evidence.length > 0) {
    lines.push(
      `<details><summary>Evidence (${evidence.length} line${evidence.length === 1 ? '' : 's'})</summary>`,
      '',
      ...shown.map(evidenceLine),
      ...(evidence.length > shown.length
        ? [`- … ${evidence.length - shown.length} more in the JSON report`]
        : []),
      '',
      '</details>',
      ''
    )
  }
  if (warnings.length > 0) {
    lines.push(
      `**Warnings (${warnings.length})**`,
      '',
      ...shownWarnings.map(warningLine),
      ...(warnings.length > shownWarnings.length
        ? [`- … ${warnings.length - shownWarnings.length} more in the JSON report`]
        : []),
      ''
    )
  }
  lines.push(
    `**Terraform variables** — ${inlineCode(entry.tfvarsPath)}`,
    '',
    codeBlock(entry.tfvars, 'hcl'),
    ''
  )
  if (app.dockerfile !== null) {
    lines.push(`**Dockerfile**: the app's own ${inlineCode(app.dockerfile)} is used as is.`, '')
  } else if (entry.dockerfile !== null) {
    lines.push(
      `<details><summary>Generated Dockerfile — ${inlineCode(entry.dockerfilePath)}</summary>`,
      '',
      budget.dockerfiles
        ? codeBlock(entry.dockerfile, 'dockerfile')
        : 'Left out to fit the comment limit: run `deplight analyze --write` to get it.',
      '',
      '</details>',
      ''
    )
  }
  lines.push(...costSection(entry), '')
  return lines
}

function summaryTable(entries: CommentApp[]): string[] {
  return [
    '| app | directory | language | framework | port | health | size | est. per month |',
    '|---|---|---|---|---|---|---|---|',
    ...entries.map(({ app, scaling }) => {
      const { cpu, memory } = app.resources.value
      const total = estimateMonthlyCost(cpu, memory, scaling.desiredCount).total
      return `| ${escapeMarkdown(app.name)} | ${inlineCode(app.appDir)} | ${escapeMarkdown(app.language.value)} | ${escapeMarkdown(app.framework.value)} | ${app.port.value} | ${app.healthPath.value ? inlineCode(app.healthPath.value) : '—'} | ${cpu / 1024} vCPU / ${memory} MiB | ${dollars(total)} |`
    })
  ]
}

function render(
  report: AnalysisReport,
  entries: CommentApp[],
  options: CommentOptions,
  budget: Budget,
  notes: string[],
  repoWarnings: number
): string {
  const ordered = [...entries].sort(
    (a, b) => Number(b.app.appDir === options.selected) - Number(a.app.appDir === options.selected)
  )
  const heading =
    ordered.length === 1
      ? `## deplight analysis: ${escapeMarkdown(ordered[0]?.app.name ?? '')}`
      : `## deplight analysis: ${ordered.length} apps`
  const lines = [
    commentMarker(options.scope, options.environment),
    heading,
    '',
    `<sub>deplight ${escapeMarkdown(report.tool.version)} · ${report.stats.files} files analysed · environment ${inlineCode(options.environment)} · content ${inlineCode(report.contentDigest.slice(0, 12))}</sub>`,
    ''
  ]
  if (notes.length > 0) {
    lines.push(
      `> **Shortened to fit GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character limit:** ${notes.join('; ')}. The full analysis is in the JSON report.`,
      ''
    )
  }
  if (ordered.length > 1) lines.push(...summaryTable(ordered), '')
  ordered.forEach((entry, index) => lines.push(...appSection(entry, budget, index < budget.detailApps)))
  if (report.warnings.length > 0) {
    const shown = report.warnings.slice(0, repoWarnings)
    lines.push(
      `**Repository warnings (${report.warnings.length})**`,
      '',
      ...shown.map(warningLine),
      ...(report.warnings.length > shown.length
        ? [`- … ${report.warnings.length - shown.length} more in the JSON report`]
        : []),
      ''
    )
  }
  return `${lines.join('\n').trimEnd()}\n`
}

/**
 * Renders the comment, shortening step by step until it fits: evidence beyond a few lines, then the
 * Dockerfiles, then the per-app detail of all but the selected app, then long warning lists; a final hard
 * cut (never expected) keeps the limit absolute.
 */
export function renderComment(
  report: AnalysisReport,
  entries: CommentApp[],
  options: CommentOptions,
  limit = COMMENT_LIMIT
): string {
  const steps: { budget: Budget; note: string | null; repoWarnings: number }[] = [
    { budget: FULL, note: null, repoWarnings: Infinity },
    {
      budget: { ...FULL, evidenceLines: 5 },
      note: 'evidence beyond 5 lines per app left out',
      repoWarnings: Infinity
    },
    { budget: { ...FULL, evidenceLines: 0 }, note: 'evidence left out', repoWarnings: Infinity },
    {
      budget: { ...FULL, evidenceLines: 0, dockerfiles: false },
      note: 'evidence and Dockerfiles left out',
      repoWarnings: Infinity
    },
    {
      budget: { ...FULL, evidenceLines: 0, dockerfiles: false, detailApps: 1 },
      note: 'evidence, Dockerfiles and the details of all but the selected app left out',
      repoWarnings: Infinity
    },
    {
      budget: { evidenceLines: 0, dockerfiles: false, detailApps: 1, warningsPerApp: 25 },
      note: 'evidence, Dockerfiles, other apps’ details and warnings beyond 25 left out',
      repoWarnings: 25
    },
    {
      budget: { evidenceLines: 0, dockerfiles: false, detailApps: 0, warningsPerApp: 0 },
      note: 'only the summary is shown',
      repoWarnings: 10
    }
  ]
  let text = ''
  for (const step of steps) {
    text = render(report, entries, options, step.budget, step.note ? [step.note] : [], step.repoWarnings)
    if (text.length <= limit) return text
  }
  const tail = '\n\n… cut at the comment limit; the full analysis is in the JSON report.\n'
  return text.slice(0, limit - tail.length) + tail
}
