// Checked reads of `AppAnalysis.hints` (the keys are documented in ../hints.ts). Hints are optional: every
// generator has a safe default when a provider did not set one, and since a report is JSON from outside
// the type system, a hint of the wrong type is ignored rather than trusted.
import type { HintKey } from '../hints.js'
import type { AppAnalysis } from '../report.js'

/** The hint as a value of unknown type, as it arrives in a JSON report. */
function raw(app: AppAnalysis, key: keyof AppAnalysis['hints']): unknown {
  return app.hints[key]
}

/** A non-empty string hint, trimmed. */
export function hintString(app: AppAnalysis, key: HintKey<string>): string | null {
  const value = raw(app, key)
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

export function hintBoolean(app: AppAnalysis, key: HintKey<boolean>): boolean | null {
  const value = raw(app, key)
  return typeof value === 'boolean' ? value : null
}

/** A list hint (a lone string counts as a list of one); non-string items are dropped. */
export function hintList(app: AppAnalysis, key: HintKey<string[]>): string[] {
  const value = raw(app, key)
  if (Array.isArray(value))
    return value.filter((item): item is string => typeof item === 'string' && item !== '')
  if (typeof value === 'string' && value !== '') return [value]
  return []
}

/**
 * A path hint relative to the app directory. Providers give some paths repository-relative
 * (`apps/api/server.js` for the app `apps/api`); those are made app-relative here.
 */
export function hintAppPath(app: AppAnalysis, key: HintKey<string>): string | null {
  const value = hintString(app, key)
  if (value === null) return null
  const prefix = app.appDir === '.' ? '' : `${app.appDir}/`
  return safeRelativePath(prefix && value.startsWith(prefix) ? value.slice(prefix.length) : value)
}

/** `env` hint: `NAME=value` pairs a framework needs at run time (e.g. `PHX_SERVER=true`). */
export function hintEnv(app: AppAnalysis): Record<string, string> {
  return envFromPairs(hintList(app, 'env'))
}

/** `NAME=value` pairs (a framework's `env`, the `env` hint) as variables; PORT stays ours. */
export function envFromPairs(pairs: readonly string[] = []): Record<string, string> {
  const env: Record<string, string> = {}
  for (const pair of pairs) {
    const match = pair.match(/^([A-Za-z_][A-Za-z0-9_]*)=([^\n\r]*)$/)
    if (match && match[1] !== 'PORT') env[match[1] as string] = match[2] as string
  }
  return env
}

/**
 * A path that is safe to put in a Dockerfile COPY/RUN line: relative, inside the build context, and made
 * of ordinary characters (no quotes, `$`, spaces or globs a repository could use to inject instructions).
 */
export function safeRelativePath(path: string | null): string | null {
  if (path === null) return null
  const trimmed = path.replace(/^\.\/+/, '').replace(/\/+$/, '')
  if (trimmed === '' || trimmed === '.') return '.'
  if (!/^[A-Za-z0-9._@+-]+(\/[A-Za-z0-9._@+-]+)*$/.test(trimmed)) return null
  if (trimmed.split('/').some(part => part === '..')) return null
  return trimmed
}

/** Like `safeRelativePath` for a hint; a hint that fails the check counts as absent. */
export function hintPath(app: AppAnalysis, key: HintKey<string>): string | null {
  return safeRelativePath(hintString(app, key))
}
