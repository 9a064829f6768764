// Overrides from `.delightful.yaml`, already parsed and validated by src/pipeline/config.ts and flattened to
// the override keys reported in every Field (`app.port`, `build.command` …). The analyzer only applies them.
import type { Evidence } from './report.js'

export interface OverrideValue {
  value: unknown
  evidence: Evidence
}

/** Override key → value (with the config line that set it). */
export type AppOverrides = Record<string, OverrideValue>

export interface Overrides {
  /** Applied to every app (top-level sections of the config). */
  all: AppOverrides
  /** Per app directory (the config's `apps:` map), applied after `all`. */
  apps: Record<string, AppOverrides>
  /** `app.dir` from the config: which app is primary when none is selected. */
  primary?: OverrideValue
}

export const NO_OVERRIDES: Overrides = { all: {}, apps: {} }

/** The override keys the analyzer understands, per field. */
export const OVERRIDE_KEYS = {
  language: 'app.language',
  framework: 'app.framework',
  packageManager: 'build.packageManager',
  runtimeVersion: 'build.runtimeVersion',
  buildCommand: 'build.command',
  startCommand: 'app.startCommand',
  port: 'app.port',
  healthPath: 'app.healthPath',
  resources: 'resources',
  cpu: 'resources.cpu',
  memory: 'resources.memory',
  dockerfile: 'build.dockerfile',
  name: 'app.name'
} as const

export function overridesFor(overrides: Overrides, appDir: string): AppOverrides {
  return { ...overrides.all, ...(overrides.apps[appDir] ?? {}) }
}
