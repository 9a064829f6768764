// Paths that come from inputs must stay inside a root (the workspace, RUNNER_TEMP, the repository).
// Shared by the actions' input parsers and the CLI; callers word the error for their own input. Plus the
// one way files are written into (or handed on from) a repository: no writes or reads through symlinks.
import { randomUUID } from 'node:crypto'
import {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats
} from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

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

/** Why a file inside a root cannot be written or handed on; the message names the path and the fix. */
export class UnsafePathError extends Error {}

/** `lstat` without following a link at the last component; null when nothing is there. */
function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR')
      return null
    throw err
  }
}

/** True when something (a dangling symlink included) is at `path`: `existsSync` follows links and says no. */
export function existsNoFollow(path: string): boolean {
  return lstatOrNull(path) !== null
}

/** The nearest folder of `abs` that exists, real path, must lie inside the real `root`. */
function requireParentInside(root: string, abs: string, shown: string): void {
  let parent = dirname(abs)
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent)
  if (isOutside(relative(realpathSync(root), realpathSync(parent))))
    throw new UnsafePathError(
      `refusing to write ${shown}: its folder ${relative(root, parent) || '.'} leads outside ${root} through a symbolic link; replace the link with a real folder`
    )
}

/**
 * Writes `content` to `path` (relative to `root`) so that nothing lands outside the root: a symbolic link
 * as the last component is refused (a dangling `Dockerfile -> /elsewhere` would otherwise create the
 * target), the nearest existing folder is resolved and must be inside the root, and the file is created
 * with O_CREAT|O_EXCL|O_NOFOLLOW — a new file directly, or a temp file in the same folder renamed over
 * an existing regular file when `replace` allows (rename swaps the entry, it never writes through it).
 */
export function writeFileInside(
  root: string,
  path: string,
  content: string,
  options: { replace: boolean }
): string {
  const abs = resolve(root, path)
  if (isOutside(relative(resolve(root), abs)) || abs === resolve(root))
    throw new UnsafePathError(`refusing to write ${path}: it is outside ${root}`)
  const existing = lstatOrNull(abs)
  if (existing?.isSymbolicLink())
    throw new UnsafePathError(
      `refusing to write ${path}: it is a symbolic link; delete it (or replace it with a regular file) and run again`
    )
  if (existing && !existing.isFile())
    throw new UnsafePathError(
      `refusing to write ${path}: it is not a regular file; move it away and run again`
    )
  if (existing && !options.replace) throw new UnsafePathError(`refusing to write ${path}: it exists`)
  requireParentInside(root, abs, path)
  mkdirSync(dirname(abs), { recursive: true })
  // A folder created just now could have been swapped for a link meanwhile: check again before opening.
  requireParentInside(root, abs, path)
  const target = existing ? join(dirname(abs), `.${basename(abs)}.deplight-${randomUUID()}`) : abs
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW
  let fd: number
  try {
    fd = openSync(target, flags, 0o644)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST' || (err as NodeJS.ErrnoException).code === 'ELOOP')
      throw new UnsafePathError(`refusing to write ${path}: something was created there meanwhile; run again`)
    throw err
  }
  try {
    try {
      writeFileSync(fd, content)
    } finally {
      closeSync(fd)
    }
    if (target !== abs) renameSync(target, abs)
  } catch (err) {
    rmSync(target, { force: true })
    throw err
  }
  return abs
}

/**
 * A committed file the caller hands on (a tfvars, a .dockerignore, the app's Dockerfile): its absolute
 * path when it is a regular file whose real path lies inside the real root, null when nothing is there.
 * A link that leaves the root, or points at nothing, a folder, a FIFO or a device, is an error: a
 * `deplight.auto.tfvars -> /etc/passwd` must not become the tfvars a deploy reads.
 */
export function committedFileInside(root: string, path: string): string | null {
  const abs = resolve(root, path)
  if (isOutside(relative(resolve(root), abs))) throw new UnsafePathError(`${path} is outside ${root}`)
  const link = lstatOrNull(abs)
  if (link === null) return null
  const fix = 'commit a regular file inside the repository, or delete it'
  if (link.isSymbolicLink() && !existsSync(abs))
    throw new UnsafePathError(`${path} is a symbolic link to nothing; ${fix}`)
  const real = realpathSync(abs)
  if (isOutside(relative(realpathSync(root), real)))
    throw new UnsafePathError(`${path} leads outside the repository through a symbolic link; ${fix}`)
  if (!statSync(real).isFile()) throw new UnsafePathError(`${path} is not a regular file; ${fix}`)
  return abs
}
