// Renderings of an AnalysisReport for people and scripts: the `--json` shape (plain values for the primary
// app + every app + the full report), a compact terminal table, and a short markdown summary.
import { plainText } from './render/markdown.js'
import type { AnalysisReport, AppAnalysis, Evidence, Field, Resources } from './report.js'

export interface PlainApp {
  appDir: string
  name: string
  language: string
  framework: string
  packageManager: string
  runtimeVersion: string | null
  buildCommand: string | null
  startCommand: string | null
  port: number
  healthPath: string | null
  resources: { cpu: number; memory: number }
  dockerfile: string | null
}

export type JsonOutput = { [K in keyof PlainApp]: PlainApp[K] | null } & {
  apps: PlainApp[]
  warnings: string[]
  report: AnalysisReport
}

export function plainApp(app: AppAnalysis): PlainApp {
  return {
    appDir: app.appDir,
    name: app.name,
    language: app.language.value,
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    runtimeVersion: app.runtimeVersion.value,
    buildCommand: app.buildCommand.value,
    startCommand: app.startCommand.value,
    port: app.port.value,
    healthPath: app.healthPath.value,
    resources: { cpu: app.resources.value.cpu, memory: app.resources.value.memory },
    dockerfile: app.dockerfile
  }
}

export function primaryApp(report: AnalysisReport): AppAnalysis | undefined {
  return report.apps.find(a => a.appDir === report.primary)
}

const EMPTY: { [K in keyof PlainApp]: null } = {
  appDir: null,
  name: null,
  language: null,
  framework: null,
  packageManager: null,
  runtimeVersion: null,
  buildCommand: null,
  startCommand: null,
  port: null,
  healthPath: null,
  resources: null,
  dockerfile: null
}

export function jsonOutput(report: AnalysisReport): JsonOutput {
  const primary = primaryApp(report)
  return {
    ...(primary ? plainApp(primary) : EMPTY),
    apps: report.apps.map(plainApp),
    warnings: [...report.warnings, ...(primary?.warnings ?? [])].map(w => formatWarning(w)),
    report
  }
}

export function formatWarning(w: { code: string; message: string; file?: string; line?: number }): string {
  const where = w.file ? ` (${w.file}${w.line ? `:${w.line}` : ''})` : ''
  return `${w.code}: ${w.message}${w.message.includes(w.file ?? '\0') ? '' : where}`
}

export function formatEvidence(e: Evidence | undefined): string {
  if (!e) return ''
  return e.line > 0 ? `${e.file}:${e.line}: ${e.text}` : `${e.file}: ${e.text}`
}

type Row = [label: string, field: Field<unknown>, value: string]

function rows(app: AppAnalysis): Row[] {
  const show = (v: unknown): string => (v === null || v === undefined ? '—' : String(v))
  return [
    ['language', app.language, show(app.language.value)],
    ['framework', app.framework, show(app.framework.value)],
    ['package manager', app.packageManager, show(app.packageManager.value)],
    ['runtime version', app.runtimeVersion, show(app.runtimeVersion.value)],
    ['build command', app.buildCommand, show(app.buildCommand.value)],
    ['start command', app.startCommand, show(app.startCommand.value)],
    ['port', app.port, show(app.port.value)],
    ['health path', app.healthPath, show(app.healthPath.value)],
    ['resources', app.resources, formatResources(app.resources.value)]
  ]
}

function level(confidence: number): string {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low'
}

function why(field: Field<unknown>): string {
  return field.evidence.length > 0 ? formatEvidence(field.evidence[0]) : field.source
}

/**
 * The default terminal output: one compact table for the primary app, a line per other app, warnings.
 * Repository-controlled text is one line without control characters (no CR rewriting the line, no escape
 * sequences, no forged lines).
 */
export function humanSummary(report: AnalysisReport): string {
  const out: string[] = []
  const primary = primaryApp(report)
  if (!primary) {
    out.push('No deployable app found.')
  } else {
    out.push(
      `App '${plainText(primary.name)}' in ${plainText(primary.appDir)}${primary.dockerfile ? ` (existing ${plainText(primary.dockerfile)} is used)` : ''}`
    )
    const table = rows(primary).map(([label, field, value]) => [
      label,
      clip(value, 40),
      `${level(field.confidence)} ${field.confidence.toFixed(2)}`,
      clip(why(field), 70)
    ])
    const widths = [0, 1, 2].map(i =>
      Math.max(...table.map(r => r[i]!.length), ['field', 'value', 'confidence'][i]!.length)
    )
    const line = (r: string[]): string =>
      r
        .map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c))
        .join('  ')
        .trimEnd()
    out.push(
      '',
      line(['field', 'value', 'confidence', 'evidence']),
      line(widths.map(w => '-'.repeat(w)).concat('--------'))
    )
    for (const r of table) out.push(line(r))
  }
  const others = report.apps.filter(a => a !== primary)
  if (others.length > 0) {
    out.push('', `Other deployable apps (select with --app-dir):`)
    for (const a of others)
      out.push(`  ${plainText(a.appDir)}: ${a.framework.value} (${a.language.value}), port ${a.port.value}`)
  }
  const warnings = [...report.warnings, ...(primary?.warnings ?? [])]
  if (warnings.length > 0) {
    out.push('', 'Warnings:')
    for (const w of warnings) out.push(`  - ${plainText(formatWarning(w))}`)
  }
  out.push(
    '',
    `${report.stats.files} files analysed${report.stats.skipped ? `, ${report.stats.skipped} skipped` : ''}. Override any value in .delightful.yaml (keys: deplight analyze --json | report.apps[].*.overrideKey).`
  )
  return `${out.join('\n')}\n`
}

function clip(s: string, max: number): string {
  const one = plainText(s).replace(/\s+/g, ' ')
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`
}

/** Fargate size as people read it: `0.25 vCPU / 512 MiB` (the report keeps CPU units, 1024 = 1 vCPU). */
export function formatResources(resources: Resources): string {
  return `${resources.cpu / 1024} vCPU / ${resources.memory} MiB`
}
