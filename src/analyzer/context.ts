// Builds the AppContext a provider sees for one candidate directory.
import type { AppContext } from './provider.js'
import { inJvmPackage } from './jvm-package.js'
import { readSharedSignals, type SharedSignals } from './signals/shared.js'
import { basename, isInside, joinPath, type SourceTree, type TreeFile } from './tree.js'

/** Folders inside an app that hold tests, docs or examples rather than the app's runtime code. */
export const NON_SOURCE_DIRS = new Set([
  'test',
  'tests',
  '__tests__',
  '__mocks__',
  'spec',
  'specs',
  'e2e',
  'cypress',
  'playwright',
  'fixtures',
  '__fixtures__',
  'examples',
  'example',
  'samples',
  'docs',
  'doc',
  'documentation',
  'bench',
  'benchmark',
  'benchmarks',
  'migrations',
  'stories',
  '.storybook',
  '.github',
  'build',
  'out',
  'tmp',
  'logs',
  'locales',
  'i18n'
])

/**
 * Web-asset folders: not code at the top of an app (`public/`, `src/assets/`), but deeper they are often
 * ordinary source folders (`src/api/public/health.controller.ts`), so only the first two levels are skipped.
 */
const ASSET_DIRS = new Set(['public', 'static', 'assets'])
const ASSET_DIR_MAX_DEPTH = 1

/** True when the folder segment at `depth` (0 = directly in the app) holds no runtime code. */
export function isNonSourceDir(segment: string, depth: number): boolean {
  return NON_SOURCE_DIRS.has(segment) || (ASSET_DIRS.has(segment) && depth <= ASSET_DIR_MAX_DEPTH)
}

// Likely entry folders first, so a capped source list still holds the server file.
const DIR_PRIORITY = [
  '',
  'src',
  'app',
  'server',
  'api',
  'lib',
  'cmd',
  'internal',
  'routes',
  'controllers',
  'config',
  'main'
]

export function createAppContext(
  tree: SourceTree,
  dir: string,
  nestedRoots: readonly string[],
  workspace: { root: string; kind: string } | null
): AppContext {
  let own: TreeFile[] | null = null
  let ownNames: Set<string> | undefined
  let signals: SharedSignals | null = null
  const sourceLists = new Map<string, string[]>()
  const nested = nestedRoots.filter(r => r !== dir && isInside(r, dir))
  const prefixLength = dir === '.' ? 0 : dir.length + 1
  // `nested.some(r => isInside(path, r))`, as set lookups of the path and each of its parent folders: a
  // monorepo root has hundreds of nested app roots and thousands of files.
  const nestedSet = new Set(nested)

  /** Whether the files directly in the folder of `path` (its last `/` at `slash`) are the app's own. */
  const keepsFolderOf = (path: string, slash: number): boolean => {
    // The folder and each of its ancestors: none may be a nested app root.
    if (nestedSet.size > 0)
      for (let i = path.indexOf('/'); i !== -1 && i <= slash; i = path.indexOf('/', i + 1))
        if (nestedSet.has(path.slice(0, i))) return false
    // Below a JVM source root the folders are a package name (`org/example/samples/app`, `com/x/build`),
    // not test, doc or build folders.
    if (inJvmPackage(path.slice(prefixLength, slash + 1))) return true
    // Each folder segment below the app, without splitting every path of a large tree into an array.
    let start = prefixLength
    for (let i = 0, end = path.indexOf('/', start); end !== -1; i++, end = path.indexOf('/', start)) {
      if (isNonSourceDir(path.slice(start, end), i)) return false
      start = end + 1
    }
    return true
  }

  const files = (): readonly TreeFile[] => {
    if (own) return own
    // Files come sorted, so a folder's files come in a row: its verdict is reached once, not once per file.
    let folder: string | null = null
    let keeps = false
    own = tree.filesUnder(dir).filter(f => {
      if (nestedSet.size > 0 && nestedSet.has(f.path)) return false
      const slash = f.path.lastIndexOf('/')
      const at = slash < 0 ? '' : f.path.slice(0, slash)
      if (at !== folder) {
        folder = at
        keeps = keepsFolderOf(f.path, slash)
      }
      return keeps
    })
    return own
  }

  return {
    tree,
    dir,
    path: rel => joinPath(dir, rel),
    // A plain name (a framework's marker, a lockfile, a config) is looked up among the names of the folder's
    // own files: every provider asks for dozens in every candidate folder of a monorepo, and `tree.has` of a
    // freshly joined path hashed that new string each time.
    has: rel =>
      rel === '' || rel === '.' || rel.includes('/')
        ? tree.has(joinPath(dir, rel))
        : (ownNames ??= new Set(tree.filesIn(dir).map(f => basename(f.path)))).has(rel),
    read: rel => tree.read(joinPath(dir, rel)),
    files,
    sourceFiles(extensions, limit = 400) {
      // Several readers (ports, health, routes, frameworks) ask for the same files with different limits:
      // sort them once per extension list, hand out the first `limit` (a copy: callers may sort or push).
      const key = extensions.join('\0')
      let list = sourceLists.get(key)
      if (!list) sourceLists.set(key, (list = sourceFiles(extensions)))
      return list.slice(0, limit)
    },
    get signals() {
      return (signals ??= readSharedSignals(tree, dir))
    },
    workspace
  }

  /** The app's files with one of `extensions`, tests left out, in reading order (shallow, source folders first). */
  function sourceFiles(extensions: readonly string[]): string[] {
    // `.ts`-like extensions (one dot, no slash) are a set lookup of the path's own extension.
    const simple = extensions.every(e => /^\.[^./]+$/.test(e)) ? new Set(extensions) : null
    const hasExtension = simple
      ? (path: string): boolean => {
          const dot = path.lastIndexOf('.')
          return dot >= 0 && simple.has(path.slice(dot))
        }
      : (path: string): boolean => extensions.some(e => path.endsWith(e))
    const matching = files().filter(f => hasExtension(f.path) && !isTestScript(f.path))
    // Depth and top folder from the slashes: no array per file (a large module lists thousands).
    const keyed = matching.map(f => {
      const path = f.path
      const slash = path.indexOf('/', prefixLength)
      let depth = 1
      for (let i = slash; i >= 0; i = path.indexOf('/', i + 1)) depth++
      const rank =
        slash < 0 ? DIR_PRIORITY.indexOf('') : DIR_PRIORITY.indexOf(path.slice(prefixLength, slash))
      return { path, depth, rank: rank < 0 ? DIR_PRIORITY.length : rank }
    })
    keyed.sort(
      (a, b) => a.depth - b.depth || a.rank - b.rank || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    )
    return keyed.map(k => k.path)
  }
}

const TEST_SCRIPT = /\.(test|spec|d)\.[cm]?[jt]sx?$/

/** `x.test.ts`, `x.spec.jsx`, `x.d.ts` … (the pattern, run only on names that end like a script). */
function isTestScript(path: string): boolean {
  const last = path.charCodeAt(path.length - 1)
  return (last === 115 || last === 120) && TEST_SCRIPT.test(path)
}
