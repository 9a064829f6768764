// A SourceTree view that records what the analysis observed, from outside the analyzer: which files it
// read (in order, with what it got back) and whose sizes it looked at. Those observations, plus the full
// path listing, are all the analysis can depend on, so they are the analysis cache's key material.
//
// The view is also isolated: it shows the tree as it was when the view was made. Reads done on the
// underlying tree afterwards (the cache lookup hashes last run's files) neither appear in the view's
// readPaths() — which feeds the report's contentDigest — nor add UNREADABLE_FILE warnings to it, so a
// report built through the view is byte-identical to one built on a fresh tree with no cache around.
import type { Warning } from '../../analyzer/report.js'
import { MAX_READ_BYTES, type SourceTree, type TreeFile } from '../../analyzer/tree.js'

/** What one read returned: the text, or null (missing, binary, oversized, or unreadable). */
export interface ObservedRead {
  path: string
  text: string | null
  /** The read failed (it raised an UNREADABLE_FILE warning), as opposed to binary/oversized. */
  unreadable: boolean
}

/** What one head read of a file over the read limit returned (`SourceTree.readHead`). */
export interface ObservedHead {
  path: string
  bytes: number
  text: string | null
}

export interface Observations {
  /** First read of each path, in the order the analysis made them. */
  reads: ObservedRead[]
  /** Head reads of files over the read limit, in order (a smaller file's head is one of `reads`). */
  heads: ObservedHead[]
  /** Paths whose size the analysis looked at (TreeFile.size or tree.size()), sorted. */
  sizes: string[]
}

export interface ObservedTree {
  view: SourceTree
  observations(): Observations
  /** How many of view.warnings came from the tree (the rest of a report's warnings are the analysis's). */
  treeWarningCount(): number
}

/** The tree's state before the cache touched it: what a fresh analysis would start from. */
export interface Baseline {
  readPaths: readonly string[]
  warnings: readonly Warning[]
}

export function captureBaseline(tree: SourceTree): Baseline {
  return { readPaths: tree.readPaths(), warnings: tree.warnings.slice() }
}

export function observeTree(tree: SourceTree, baseline: Baseline = captureBaseline(tree)): ObservedTree {
  const preReadPaths = baseline.readPaths
  const preWarnings = baseline.warnings.slice()
  const preWarned = new Set(preWarnings.filter(isUnreadable).map(w => w.file))
  const reads = new Map<string, ObservedRead>()
  const heads = new Map<string, ObservedHead>()
  const ownWarnings: Warning[] = []
  const sizes = new Set<string>()
  // The analyzer calls readPaths() to compute contentDigest while it assembles the report; after that it
  // only sums the read files' sizes for stats.readBytes. Those size reads are report bookkeeping (the cache
  // recomputes stats on a hit), not observations: recording them would key the cache on those sizes.
  let assembling = false

  const observeSize = (path: string): void => {
    if (!assembling) sizes.add(path)
  }
  const wrapped = new Map<string, TreeFile>()
  const wrap = (f: TreeFile): TreeFile => {
    let w = wrapped.get(f.path)
    if (!w) wrapped.set(f.path, (w = new ObservedFile(f, observeSize)))
    return w
  }
  const memo = <K>(fn: (dir: K) => readonly TreeFile[]): ((dir: K) => readonly TreeFile[]) => {
    const cache = new Map<K, readonly TreeFile[]>()
    return dir => {
      let list = cache.get(dir)
      if (!list) cache.set(dir, (list = fn(dir).map(wrap)))
      return list
    }
  }
  let files: readonly TreeFile[] | null = null

  function read(path: string): string | null {
    const seen = reads.get(path)
    if (seen) return seen.text
    const before = tree.warnings.length
    const text = tree.read(path)
    // The underlying tree warns once per path: now, or earlier (during the cache lookup, after the view
    // was made) — either way the fresh analysis this view stands for would have warned now.
    const warning =
      tree.warnings.slice(before).find(w => isUnreadable(w) && w.file === path) ??
      (preWarned.has(path) ? undefined : tree.warnings.find(w => isUnreadable(w) && w.file === path))
    if (warning) ownWarnings.push(warning)
    reads.set(path, { path, text, unreadable: warning !== undefined || preWarned.has(path) })
    return text
  }

  function readHead(path: string, bytes: number): string | null {
    const size = tree.size(path)
    // Within the read limit the head comes from a whole read, observed as one.
    if (size === undefined || size <= MAX_READ_BYTES) {
      read(path)
      return tree.readHead(path, bytes)
    }
    const key = `${bytes}:${path}`
    const seen = heads.get(key)
    if (seen) return seen.text
    const text = tree.readHead(path, bytes)
    heads.set(key, { path, bytes, text })
    return text
  }

  const view: SourceTree = {
    get files() {
      return (files ??= tree.files.map(wrap))
    },
    get skipped() {
      return tree.skipped
    },
    get warnings() {
      return [...preWarnings, ...ownWarnings]
    },
    has: path => tree.has(path),
    size(path) {
      observeSize(path)
      return tree.size(path)
    },
    read,
    readHead,
    filesIn: memo(dir => tree.filesIn(dir)),
    filesUnder: memo(dir => tree.filesUnder(dir)),
    readPaths() {
      assembling = true
      const own = [...reads.values()].filter(r => r.text !== null).map(r => r.path)
      return [...new Set([...preReadPaths, ...own])].sort()
    }
  }

  return {
    view,
    observations: () => ({
      reads: [...reads.values()],
      heads: [...heads.values()],
      sizes: [...sizes].sort()
    }),
    treeWarningCount: () => preWarnings.length + ownWarnings.length
  }
}

/**
 * A listed file whose size getter records the look. A class, so every instance shares one hidden class:
 * per-object accessors (defineProperty) made the analyzer's loops over 100,000 files 4x slower. The getter
 * lives on the prototype, so a spread copy (`{...f}`) would lose `size`; the analyzer makes none, and the
 * fixture identity test would catch one.
 */
class ObservedFile implements TreeFile {
  readonly path: string

  constructor(
    private readonly file: TreeFile,
    private readonly observe: (path: string) => void
  ) {
    this.path = file.path
  }

  /** Asked of the underlying file only now: a scanned tree stats a file on its first size look. */
  get size(): number {
    this.observe(this.path)
    return this.file.size
  }
}

function isUnreadable(w: Warning): boolean {
  return w.code === 'UNREADABLE_FILE'
}
