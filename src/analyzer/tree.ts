// The analyzer's view of a repository: relative paths, sizes and lazily read text. Built once by `scan()`
// from a directory (or by `treeFromFiles()` from an archive/in-memory map), so the analysis itself never
// touches the file system and the Lambda, the CLI and the action see exactly the same input.
import type { Warning } from './report.js'

export interface TreeFile {
  /** POSIX path relative to the repository root, no leading './'. */
  path: string
  size: number
}

export interface SourceTree {
  /** Every kept file, sorted by path. */
  readonly files: readonly TreeFile[]
  /** Files skipped by the limits (too many, too deep, unreadable …). */
  readonly skipped: number
  /** Repository-level warnings raised while building the tree (limits reached, unreadable files …). */
  readonly warnings: readonly Warning[]
  has(path: string): boolean
  size(path: string): number | undefined
  /** Text content; null when missing, binary (NUL byte), larger than the read limit, or unreadable. Cached. */
  read(path: string): string | null
  /** Files directly inside `dir` ('.' is the root). */
  filesIn(dir: string): readonly TreeFile[]
  /** Every file below `dir`, recursively. */
  filesUnder(dir: string): readonly TreeFile[]
  /** Paths read so far whose content was text (sorted): what the analysis actually looked at. */
  readPaths(): string[]
}

/** Files bigger than this are listed (they count in the digest by size) but never read as text. */
export const MAX_READ_BYTES = 1024 * 1024

export function dirname(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '.' : path.slice(0, i)
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Joins a directory ('.' = root) and a relative path into a repository-relative POSIX path. */
export function joinPath(dir: string, rel: string): string {
  if (dir === '.' || dir === '') return rel
  if (rel === '.' || rel === '') return dir
  return `${dir}/${rel}`
}

/** Resolves `.` and `..` segments of a repository-relative POSIX path ('.' = the root; never climbs above it). */
export function normalizePath(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return out.length ? out.join('/') : '.'
}

/** True when `path` is `dir` itself or inside it. */
export function isInside(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`)
}

export type ContentReader = (path: string) => Buffer | string | null

/**
 * Builds a SourceTree from a file list and a reader. `read` returns raw bytes (or text) for a path, or null /
 * throws when unreadable; binary content and oversized files read as null.
 */
export function createTree(
  files: TreeFile[],
  reader: ContentReader,
  extra: { skipped?: number; warnings?: Warning[] } = {}
): SourceTree {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const byPath = new Map(sorted.map(f => [f.path, f]))
  const byDir = new Map<string, TreeFile[]>()
  for (const f of sorted) {
    const d = dirname(f.path)
    let list = byDir.get(d)
    if (!list) byDir.set(d, (list = []))
    list.push(f)
  }
  const cache = new Map<string, string | null>()
  const warnings = [...(extra.warnings ?? [])]
  const unreadableWarned = new Set<string>()

  function read(path: string): string | null {
    if (cache.has(path)) return cache.get(path) ?? null
    const f = byPath.get(path)
    let text: string | null = null
    if (f && f.size <= MAX_READ_BYTES) {
      try {
        const raw = reader(path)
        if (raw !== null) {
          const buf = typeof raw === 'string' ? null : raw
          if (buf ? buf.includes(0) : (raw as string).includes('\0')) text = null
          else text = buf ? buf.toString('utf8') : (raw as string)
        }
      } catch (err) {
        if (!unreadableWarned.has(path)) {
          unreadableWarned.add(path)
          warnings.push({
            code: 'UNREADABLE_FILE',
            message: `${path} could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); it was ignored`,
            file: path
          })
        }
      }
    }
    cache.set(path, text)
    return text
  }

  return {
    files: sorted,
    skipped: extra.skipped ?? 0,
    warnings,
    has: p => byPath.has(p),
    size: p => byPath.get(p)?.size,
    read,
    readPaths: () =>
      [...cache.entries()]
        .filter(([, t]) => t !== null)
        .map(([p]) => p)
        .sort(),
    filesIn: dir => byDir.get(dir === '' ? '.' : dir) ?? [],
    filesUnder(dir) {
      if (dir === '.' || dir === '') return sorted
      const prefix = `${dir}/`
      // Files are sorted, so the subtree is one contiguous run: binary-search its start.
      let lo = 0
      let hi = sorted.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (sorted[mid]!.path < prefix) lo = mid + 1
        else hi = mid
      }
      let end = lo
      while (end < sorted.length && sorted[end]!.path.startsWith(prefix)) end++
      return sorted.slice(lo, end)
    }
  }
}

/** An in-memory tree (tests, archives): path → content. */
export function treeFromFiles(files: Record<string, string | Buffer>): SourceTree {
  const list = Object.entries(files).map(([path, content]) => ({
    path,
    size: typeof content === 'string' ? Buffer.byteLength(content) : content.length
  }))
  return createTree(list, p => files[p] ?? null)
}
