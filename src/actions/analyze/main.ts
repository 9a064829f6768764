// analyze action: inputs → the analyze stage (same code as the CLI and the Lambda; cache, analyzer
// function and LLM when configured) → report file + outputs → job summary. Artifact rendering (Dockerfile,
// tfvars, PR comment) slots in between `analyzeStep` and the outputs.
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalysisReport, AppAnalysis } from '../../analyzer/index.js'
import { escapeHtml, escapeMarkdown } from '../../analyzer/render/markdown.js'
import { formatEvidence, formatResources, formatWarning, primaryApp } from '../../analyzer/summary.js'
import type { CacheOutcome } from '../../pipeline/analysis-cache/cached-analyze.js'
import { formatLlmSummary } from '../../pipeline/llm-refine/refine.js'
import { analyzeStage, type AnalyzeOutcome } from '../../stages/analyze.js'
import { publishArtifacts } from '../../stages/analyze-artifacts.js'
import { parseInputs, type AnalyzeInputs } from './inputs.js'
import { serviceDeps } from './service-deps.js'
import { cacheSummaryLine } from './cache-summary.js'

export interface AnalyzeStepResult {
  report: AnalysisReport
  app: AppAnalysis
  reportPath: string
  cache: CacheOutcome
}

export async function analyzeStep(inputs: AnalyzeInputs): Promise<AnalyzeStepResult> {
  const outcome: AnalyzeOutcome = await analyzeStage(
    { root: inputs.root, appDir: inputs.appDir, configPath: inputs.config },
    { ...(await serviceDeps(inputs)), info: m => core.info(m), warning: m => core.warning(m) }
  )
  const report = outcome.report
  if (outcome.llm) core.info(formatLlmSummary(outcome.llm))
  const app = primaryApp(report)
  if (!app) {
    const why = report.warnings.map(w => w.message).join('; ')
    throw new Error(`no deployable app found in ${inputs.appDir ?? 'the repository'}${why ? `: ${why}` : ''}`)
  }
  mkdirSync(inputs.outputDir, { recursive: true })
  const reportPath = join(inputs.outputDir, 'analysis.json')
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  return { report, app, reportPath, cache: outcome.cache }
}

export function setAnalysisOutputs({ app, reportPath, cache }: AnalyzeStepResult): void {
  core.setOutput('cache-hit', String(cache.status === 'hit'))
  core.setOutput('report', reportPath)
  core.setOutput('language', app.language.value)
  core.setOutput('framework', app.framework.value)
  core.setOutput('port', String(app.port.value))
  core.setOutput('health-path', app.healthPath.value ?? '')
  core.setOutput('start-command', app.startCommand.value ?? '')
}

/**
 * The job summary. core.summary puts strings into HTML as they are (headings, table cells, list items)
 * and addRaw into markdown, so every repository-controlled value (app name, folder, evidence, warnings)
 * goes through the escaper of its context, as in the PR comment.
 */
export async function writeJobSummary({ report, app, cache }: AnalyzeStepResult): Promise<void> {
  const cell = (v: unknown): string => (v === null || v === undefined ? '—' : escapeHtml(String(v)))
  const rows = (
    [
      ['language', app.language],
      ['framework', app.framework],
      ['package manager', app.packageManager],
      ['runtime version', app.runtimeVersion],
      ['build command', app.buildCommand],
      ['start command', app.startCommand],
      ['port', app.port],
      ['health path', app.healthPath]
    ] as const
  ).map(([label, f]) => [
    label,
    cell(f.value),
    f.confidence.toFixed(2),
    cell(formatEvidence(f.evidence[0]) || f.source),
    cell(f.overrideKey)
  ])
  rows.push([
    'resources',
    formatResources(app.resources.value),
    app.resources.confidence.toFixed(2),
    cell(app.resources.value.reason),
    cell(app.resources.overrideKey)
  ])
  const heading = `Code analysis: ${escapeHtml(app.name)} (${escapeHtml(app.appDir)})`
  const summary = core.summary.addHeading(heading, 3).addTable([
    [
      { data: 'field', header: true },
      { data: 'value', header: true },
      { data: 'confidence', header: true },
      { data: 'evidence', header: true },
      { data: 'override', header: true }
    ],
    ...rows
  ])
  const others = report.apps.filter(a => a !== app)
  if (others.length > 0)
    summary.addRaw(
      `Other apps: ${others.map(a => `${escapeMarkdown(a.appDir)} (${escapeMarkdown(a.framework.value)})`).join(', ')}`,
      true
    )
  const cacheLine = cacheSummaryLine(cache)
  if (cacheLine) summary.addRaw(cacheLine, true)
  const warnings = [...report.warnings, ...app.warnings]
  if (warnings.length > 0) summary.addList(warnings.map(w => escapeHtml(formatWarning(w))))
  await summary.write()
}

export async function run(): Promise<void> {
  try {
    const inputs = parseInputs(name => core.getInput(name))
    if (inputs.llm?.provider === 'openai') core.setSecret(inputs.llm.apiKey)
    const result = await analyzeStep(inputs)
    for (const w of [...result.report.warnings, ...result.app.warnings])
      core.warning(formatWarning(w), { file: w.file, startLine: w.line })
    setAnalysisOutputs(result)
    publishArtifacts(
      {
        ...result,
        root: inputs.root,
        baseImageRegistry: inputs.baseImageRegistry ?? null,
        outputDir: inputs.outputDir
      },
      core
    )
    await writeJobSummary(result)
  } catch (err) {
    core.setFailed((err as Error).message)
  }
}
