// Typed reads of `AppAnalysis.hints`: the facts providers hand to the generators (documented in README.md).
// Hints are optional: every generator has a safe default when a provider did not set one, and a hint of
// the wrong type is ignored rather than trusted.
import type { AppAnalysis } from '../report.js'

/** The first of `keys` that is a non-empty string (providers may name a fact differently: README.md). */
export function hintString(app: AppAnalysis, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = app.hints[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }
  return null
}

export function hintBoolean(app: AppAnalysis, ...keys: string[]): boolean | null {
  for (const key of keys) {
    const value = app.hints[key]
    if (typeof value === 'boolean') return value
  }
  return null
}

export function hintList(app: AppAnalysis, ...keys: string[]): string[] {
  for (const key of keys) {
    const value = app.hints[key]
    if (Array.isArray(value)) return value.filter(item => typeof item === 'string' && item !== '')
    if (typeof value === 'string' && value !== '') return [value]
  }
  return []
}

/**
 * A path hint relative to the app directory. Providers give some paths repository-relative
 * (`apps/api/server.js` for the app `apps/api`); those are made app-relative here.
 */
export function hintAppPath(app: AppAnalysis, ...keys: string[]): string | null {
  const raw = hintString(app, ...keys)
  if (raw === null) return null
  const prefix = app.appDir === '.' ? '' : `${app.appDir}/`
  return safeRelativePath(prefix && raw.startsWith(prefix) ? raw.slice(prefix.length) : raw)
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
export function hintPath(app: AppAnalysis, ...keys: string[]): string | null {
  return safeRelativePath(hintString(app, ...keys))
}
