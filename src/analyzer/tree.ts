// The analyzer's view of a repository: relative paths, sizes and lazily read text. Built once by `scan()`
// from a directory (or by `treeFromFiles()` from an archive/in-memory map), so the analysis itself never
// touches the file system and the Lambda, the CLI and the action see exactly the same input.
import { isUtf8 } from 'node:buffer'
import type { Warning } from './report.js'
import type { IgnoreScope } from './ignore-scope.js'

export interface TreeFile {
  /** POSIX path relative to the repository root, no leading './'. */
  path: string
  /** Bytes. A scanned tree stats a file when its size is first looked at (the walk stats nothing). */
  readonly size: number
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
  /**
   * The first `bytes` bytes (at most MAX_HEAD_BYTES) of a text file of any size, for format headers of
   * files over the read limit (a large lockfile's version line). A file within the limit answers from
   * `read()`, so it is recorded as read; a larger one is read only up to `bytes`. Null when missing,
   * binary (NUL byte in the head) or unreadable.
   */
  readHead(path: string, bytes: number): string | null
  /** Files directly inside `dir` ('.' is the root). */
  filesIn(dir: string): readonly TreeFile[]
  /** Every file below `dir`, recursively. */
  filesUnder(dir: string): readonly TreeFile[]
  /** Paths read so far whose content was text (sorted): what the analysis actually looked at. */
  readPaths(): string[]
  /**
   * The bytes `read(path)` decoded, when they were valid UTF-8 (encoding the text gives them back): the
   * content digest hashes them instead of encoding the text again. Undefined otherwise (not read yet, read
   * as a string, or with bytes the decoding replaced).
   */
  textBytes?(path: string): Buffer | undefined
  /**
   * The scope the scan compiled from `folder`'s .gitignore when its text was exactly `text` and the scan's
   * bounds changed none of its lines; else undefined (compile it). Compiling a large one twice per
   * analysis (joplin's 1,496 lines: 5 ms each) was work done for nothing.
   */
  compiledGitignore?(folder: string, text: string): IgnoreScope | undefined
}

/** Files bigger than this are listed (they count in the digest by size) but never read as text. */
export const MAX_READ_BYTES = 1024 * 1024
/** The most `readHead` reads of a file over MAX_READ_BYTES. */
export const MAX_HEAD_BYTES = 64 * 1024

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
/** Reads at most `bytes` bytes from the start of a file (a bounded read, whatever the file's size). */
export type HeadReader = (path: string, bytes: number) => Buffer | string | null
/**
 * Reads a file whole when it holds at most `limit` bytes, else null without reading it; either way its size
 * is known after (one open and fstat, where a size check first took a stat of its own).
 */
export type BoundedReader = (file: TreeFile, limit: number) => Buffer | null

/**
 * Builds a SourceTree from a file list and a reader. `read` returns raw bytes (or text) for a path, or null /
 * throws when unreadable; binary content and oversized files read as null. `headReader` reads the start of
 * a file over the read limit; without one the reader's whole answer is cut (in-memory trees, the Lambda's
 * snapshot, whose client sends only the head of such a file). `boundedReader`, when given, reads files
 * instead of `reader`, and also checks the read limit.
 */
export function createTree(
  files: TreeFile[],
  reader: ContentReader,
  extra: {
    skipped?: number
    warnings?: Warning[]
    headReader?: HeadReader
    boundedReader?: BoundedReader
    /** .gitignore scopes compiled by the scan, by folder, with the text each was compiled from. */
    gitignores?: ReadonlyMap<string, { text: string; scope: IgnoreScope }>
  } = {}
): SourceTree {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  // Filled in one loop (no [path, file] pair per file for a Map constructor: large trees list thousands).
  const byPath = new Map<string, TreeFile>()
  const byDir = new Map<string, TreeFile[]>()
  for (const f of sorted) {
    byPath.set(f.path, f)
    const d = dirname(f.path)
    let list = byDir.get(d)
    if (!list) byDir.set(d, (list = []))
    list.push(f)
  }
  const cache = new Map<string, string | null>()
  const bytes = new Map<string, Buffer>()
  const warnings = [...(extra.warnings ?? [])]
  const unreadableWarned = new Set<string>()

  function read(path: string): string | null {
    if (cache.has(path)) return cache.get(path) ?? null
    const f = byPath.get(path)
    let text: string | null = null
    const bounded = extra.boundedReader
    if (f && (bounded || f.size <= MAX_READ_BYTES)) {
      try {
        const raw = bounded ? bounded(f, MAX_READ_BYTES) : reader(path)
        if (raw !== null) {
          const buf = typeof raw === 'string' ? null : raw
          if (buf ? buf.includes(0) : (raw as string).includes('\0')) text = null
          else if (buf) {
            text = buf.toString('utf8')
            if (isUtf8(buf)) bytes.set(path, buf)
          } else text = raw as string
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

  const heads = new Map<string, string | null>()
  const headReader: HeadReader = extra.headReader ?? (path => reader(path))
  function readHead(path: string, bytes: number): string | null {
    const limit = Math.max(0, Math.min(bytes, MAX_HEAD_BYTES))
    const f = byPath.get(path)
    if (!f) return null
    if (f.size <= MAX_READ_BYTES) {
      const text = read(path)
      return text === null ? null : headOf(text, limit)
    }
    const key = `${limit}:${path}`
    if (heads.has(key)) return heads.get(key) ?? null
    let text: string | null = null
    try {
      const raw = headReader(path, limit)
      if (raw !== null) {
        const head = headOf(raw, limit)
        text = head.includes('\0') ? null : head
      }
    } catch {
      // Unreadable: the same answer as a missing head. read() raises the UNREADABLE_FILE warning when the
      // analysis reads the whole file; a head is only ever a format probe.
      text = null
    }
    heads.set(key, text)
    return text
  }

  return {
    files: sorted,
    skipped: extra.skipped ?? 0,
    warnings,
    has: p => byPath.has(p),
    size: p => byPath.get(p)?.size,
    read,
    readHead,
    compiledGitignore(folder, text) {
      const compiled = extra.gitignores?.get(folder)
      return compiled !== undefined && compiled.text === text ? compiled.scope : undefined
    },
    textBytes: p => bytes.get(p),
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

/**
 * The text of the first `bytes` bytes of `content`, the same whether it comes as bytes or text; a multi-byte
 * character cut at the end (decoded as U+FFFD) is dropped rather than reported as another character.
 */
export function headOf(content: Buffer | string, bytes: number): string {
  // `bytes` characters encode to at least `bytes` bytes: enough, without encoding a whole large text.
  const buf = typeof content === 'string' ? Buffer.from(content.slice(0, bytes), 'utf8') : content
  if (buf.length <= bytes) return buf.toString('utf8')
  return buf
    .subarray(0, bytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '')
}

/** An in-memory tree (tests, archives): path → content. */
export function treeFromFiles(files: Record<string, string | Buffer>): SourceTree {
  const list = Object.entries(files).map(([path, content]) => ({
    path,
    size: typeof content === 'string' ? Buffer.byteLength(content) : content.length
  }))
  return createTree(list, p => files[p] ?? null)
}
