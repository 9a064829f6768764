// The analyzer tests' one set-up: an in-memory repository (path → content) analysed whole, then the primary
// app (or the app of a given folder) and its plain field values —
//
//   expect(primaryFields(files, ['framework', 'port', 'startCommand'])).toEqual({ framework: 'flask', … })
//
// Import it directly (`../../support/analyzed-app.js`), not through index.ts: that one starts process
// hooks for the real components.
import { analyze } from '../../src/analyzer/analyze.js'
import type { AnalysisReport, AppAnalysis } from '../../src/analyzer/report.js'
import { treeFromFiles } from '../../src/analyzer/tree.js'

export type Files = Record<string, string>

/** A field's plain value (`port` → number), or a plain property (`appDir`, `dockerfile`) as it is. */
export type PlainValue<T> = T extends { value: infer V; evidence: unknown } ? V : T
export type PlainFields<K extends keyof AppAnalysis> = { [P in K]: PlainValue<AppAnalysis[P]> }

/** The whole analysis of the repository `files`. */
export function analyzeFiles(files: Files): AnalysisReport {
  return analyze(treeFromFiles(files))
}

/** The primary app of `files` (or the app at `dir`); throws when there is none, naming the apps there are. */
export function primaryApp(files: Files, dir?: string): AppAnalysis {
  const report = analyzeFiles(files)
  const want = dir ?? report.primary
  const app = report.apps.find(a => a.appDir === want)
  if (!app)
    throw new Error(`no app at ${want} (apps: ${report.apps.map(a => a.appDir).join(', ') || 'none'})`)
  return app
}

/** `fields` of the primary app of `files` (or of the app at `dir`): each field's value, a property as it is. */
export function primaryFields<K extends keyof AppAnalysis>(
  files: Files,
  fields: readonly K[],
  dir?: string
): PlainFields<K> {
  return plainFields(primaryApp(files, dir), fields)
}

/** `fields` of `app`: each field's value, a plain property as it is. */
export function plainFields<K extends keyof AppAnalysis>(
  app: AppAnalysis,
  fields: readonly K[]
): PlainFields<K> {
  const out: Partial<Record<K, unknown>> = {}
  for (const key of fields) {
    const v = app[key] as unknown
    out[key] =
      typeof v === 'object' && v !== null && 'value' in v && 'evidence' in v
        ? (v as { value: unknown }).value
        : v
  }
  return out as PlainFields<K>
}
