// Paths that come from inputs must stay inside a root (the workspace, RUNNER_TEMP, the repository).
// Shared by the actions' input parsers and the CLI; callers word the error for their own input.
import { existsSync, realpathSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'

/** True when a `relative(root, x)` result leaves the root. */
export function isOutside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)
}

function realIfExists(path: string): string {
  return existsSync(path) ? realpathSync(path) : path
}

/**
 * `path` resolved against the first root, when it lies inside one of `roots` (the roots themselves
 * included); null otherwise. Symlinks of whatever exists are followed, so a link cannot smuggle the path out.
 */
export function resolveInside(path: string, roots: readonly string[]): string | null {
  const [first] = roots
  if (first === undefined) return null
  const abs = resolve(first, path)
  const real = realIfExists(abs)
  for (const root of roots) if (!isOutside(relative(realIfExists(resolve(root)), real))) return abs
  return null
}
