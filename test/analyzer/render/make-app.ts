// Builds AppAnalysis/AnalysisReport values for generator tests without running the analyzer.
import type { AnalysisReport, AppAnalysis, Evidence, Field, Language } from '../../../src/analyzer/report.js'

export interface AppSpec {
  appDir?: string
  name?: string
  language: Language
  framework: string
  packageManager: string
  runtimeVersion?: string | null
  buildCommand?: string | null
  startCommand?: string | null
  port: number
  healthPath?: string | null
  cpu?: number
  memory?: number
  dockerfile?: string | null
  hints?: AppAnalysis['hints']
  /** Evidence file for the package manager (a lockfile), so generators can see it. */
  lockfile?: string
}

function field<T>(value: T, source: string, overrideKey: string, evidence: Evidence[] = []): Field<T> {
  return { value, confidence: 0.9, source, evidence, overrideKey }
}

export function makeApp(spec: AppSpec): AppAnalysis {
  const appDir = spec.appDir ?? '.'
  const at = (file: string): string => (appDir === '.' ? file : `${appDir}/${file}`)
  const pmEvidence = spec.lockfile ? [{ file: at(spec.lockfile), line: 0, text: spec.lockfile }] : []
  return {
    appDir,
    name: spec.name ?? (appDir === '.' ? 'app' : (appDir.split('/').pop() ?? 'app')),
    language: field(spec.language, 'manifest', 'app.language'),
    framework: field(spec.framework, 'dependencies', 'app.framework'),
    packageManager: field(spec.packageManager, spec.lockfile ?? 'default', 'app.packageManager', pmEvidence),
    runtimeVersion: field(spec.runtimeVersion ?? null, 'version file', 'app.runtimeVersion'),
    buildCommand: field(spec.buildCommand ?? null, 'scripts.build', 'app.buildCommand'),
    startCommand: field(spec.startCommand ?? null, 'scripts.start', 'app.startCommand'),
    port: field(spec.port, 'listen call', 'app.port', [
      { file: at('server.js'), line: 3, text: `listen(${spec.port})` }
    ]),
    healthPath: field(spec.healthPath ?? null, 'route', 'app.healthPath'),
    resources: field(
      { cpu: spec.cpu ?? 256, memory: spec.memory ?? 512, reason: 'small web service' },
      'heuristic',
      'app.resources'
    ),
    dockerfile: spec.dockerfile ?? null,
    hints: spec.hints ?? {},
    warnings: []
  }
}

export function makeReport(apps: AppAnalysis[], files = 12): AnalysisReport {
  return {
    schemaVersion: 2,
    tool: { name: 'deplight', version: '3.0.0' },
    contentDigest: 'sha256:0123456789abcdef0123456789abcdef',
    primary: apps[0]?.appDir ?? '.',
    apps,
    warnings: [],
    stats: { files, readBytes: files * 1000, skipped: 0 }
  }
}

/** The same app in another folder, its lockfile (package-manager evidence) moved along beside it. */
export function movedTo(
  app: AppAnalysis,
  appDir: string,
  name = appDir.split('/').pop() ?? 'app'
): AppAnalysis {
  const from = app.appDir === '.' ? '' : `${app.appDir}/`
  const relocate = (file: string): string =>
    `${appDir}/${file.startsWith(from) ? file.slice(from.length) : file}`
  return {
    ...app,
    appDir,
    name,
    packageManager: {
      ...app.packageManager,
      evidence: app.packageManager.evidence.map(e => ({ ...e, file: relocate(e.file) }))
    }
  }
}
