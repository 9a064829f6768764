// Typed reads of `AppAnalysis.hints`: the facts providers hand to the generators (documented in README.md).
// Hints are optional: every generator has a safe default when a provider did not set one, and a hint of
// the wrong type is ignored rather than trusted.
import type { AppAnalysis } from '../report.js'

export function hintString(app: AppAnalysis, key: string): string | null {
  const value = app.hints[key]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

export function hintBoolean(app: AppAnalysis, key: string): boolean | null {
  const value = app.hints[key]
  return typeof value === 'boolean' ? value : null
}

export function hintList(app: AppAnalysis, key: string): string[] {
  const value = app.hints[key]
  if (Array.isArray(value)) return value.filter(item => typeof item === 'string' && item !== '')
  return typeof value === 'string' && value !== '' ? [value] : []
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
export function hintPath(app: AppAnalysis, key: string): string | null {
  return safeRelativePath(hintString(app, key))
}
