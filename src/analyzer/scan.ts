// The only part of the analyzer that touches the file system: one walk of the repository into a SourceTree.
// Respects .gitignore (every level) and .dockerignore (root, directories only), skips vendored and build
// folders, bounds file count and depth, never follows a symlink out of the root and stops at symlink loops.
// Two exceptions to .gitignore, both what the deployment really sees:
// - in a git checkout (`.git/` at the root), a tracked file is never ignored (git applies ignore rules to
//   untracked files only; the index is read once, and only when a rule first ignores something);
// - a file a Dockerfile takes from its build context (an explicit COPY/ADD source, or the script its
//   ENTRYPOINT/CMD runs) is in the image whatever .gitignore says: the build context only obeys
//   .dockerignore. Bounded (MAX_CONTEXT_FILES), never for `COPY . .` (ignored build output stays out).
//   Which files those are is context-files.ts; the scan lists them.
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  type Dirent
} from 'node:fs'
import { join, sep } from 'node:path'
import type { Warning } from './report.js'
import { createTree, MAX_READ_BYTES, type SourceTree, type TreeFile } from './tree.js'
import { boundPatterns, DockerignoreMatcher, parseDockerignore } from '../build/dockerignore.js'
import { DOCKERFILE_FOLDERS, JVM_MODULE_DOCKER_FOLDER } from './signals/shared.js'
import { FolderVerdicts, ignoreScope, type IgnoreScope } from './ignore-scope.js'
import { parseGitIndex, type TrackedPaths } from './git-index.js'
import { isDockerfileName } from './signals/docker-context.js'
import { isArtifactContext, type RootEntry } from './artifact-context.js'
import { followDockerContexts, type ContextKeeps, type IgnoredEntry } from './context-files.js'

export interface ScanOptions {
  maxFiles?: number
  maxDepth?: number
  /** Injectable reader (tests simulate unreadable files; the Lambda reads from an archive instead). */
  readFile?: (absolutePath: string) => Buffer
}

export const DEFAULT_MAX_FILES = 200_000
export const DEFAULT_MAX_DEPTH = 32
/** Most files a Dockerfile's COPYs bring back from under .gitignore rules (a scan-wide total). */
export const MAX_CONTEXT_FILES = 1000
/** A larger git index is not read (the scan then applies .gitignore to tracked files too). */
export const MAX_GIT_INDEX_BYTES = 256 * 1024 * 1024
/** A cheap test before isDockerfileName on every file name. */
const DOCKERFILE_WORD = /ockerfile|ontainerfile/i
/** Most gitignored entries remembered for the Dockerfile COPY exception. */
const MAX_IGNORED_ENTRIES = 100_000

/**
 * How a folder is walked: `git` applies .gitignore (with tracked files kept); `tracked` is inside an
 * ignored folder of a git checkout and keeps only tracked files; `context` is inside a folder a Dockerfile
 * copies, where only SKIPPED_DIRS and the build context's .dockerignore (`keeps`) apply.
 */
type WalkMode =
  { kind: 'git' } | { kind: 'tracked'; index: TrackedPaths } | { kind: 'context'; keeps: ContextKeeps }

/**
 * Folders projects keep their Dockerfile in (`docker/default.Dockerfile`, `build/Dockerfile`): walked even
 * when .dockerignore leaves them out of the build context (`*` then `!src`), because the Dockerfile that
 * builds the app is read from outside its context. .gitignore still applies.
 */
const DOCKERFILE_HOMES = new Set(
  // `src/main/docker` sits inside the module's sources, which are walked anyway: `src` is no home.
  DOCKERFILE_FOLDERS.filter(f => f !== JVM_MODULE_DOCKER_FOLDER).map(f => f.split('/')[0])
)

/**
 * A Dockerfile home, or a folder up to two levels inside a root one (`docker/build/x86_64/Dockerfile`, per
 * architecture or flavour): the .dockerignore that leaves `docker` out leaves those out too.
 */
function inDockerfileHome(name: string, rel: string): boolean {
  if (DOCKERFILE_HOMES.has(name)) return true
  const segments = rel.split('/')
  return segments.length <= 3 && DOCKERFILE_HOMES.has(segments[0]!)
}

/** Folders that never hold app sources we need: dependencies, caches and build output. */
export const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'vendor',
  'venv',
  '.venv',
  'virtualenv',
  '__pycache__',
  '.pytest_cache',
  '.mypy_cache',
  '.ruff_cache',
  '.tox',
  '.nox',
  'target',
  'dist',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.astro',
  '.turbo',
  '.nx',
  '.cache',
  '.parcel-cache',
  'coverage',
  '.gradle',
  '.idea',
  '.vscode',
  'bower_components',
  '.terraform',
  '.serverless',
  '.vercel',
  '.netlify',
  '_build',
  'deps',
  'obj',
  '.dart_tool',
  'Pods',
  '.yarn',
  '.pnpm-store',
  '.bundle',
  'storybook-static',
  '.docusaurus',
  '.expo',
  'elm-stuff',
  '.stack-work',
  '.direnv'
])

export class ScanError extends Error {}

export function scan(root: string, options: ScanOptions = {}): SourceTree {
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH
  const readFile = options.readFile ?? ((p: string) => readFileSync(p))
  let rootReal: string
  try {
    rootReal = realpathSync(root)
  } catch {
    throw new ScanError(`${root} does not exist; pass the path of a repository directory`)
  }
  if (!statSync(rootReal).isDirectory())
    throw new ScanError(`${root} is not a directory; pass the path of a repository directory`)

  const files: TreeFile[] = []
  // Repository path → absolute path to read (differs only for files reached through a symlink).
  const realPaths = new Map<string, string>()
  const warnings: Warning[] = []
  const warn = (w: Warning): void => {
    if (warnings.length < 50) warnings.push(w)
  }
  let skipped = 0
  let limitWarned = false
  const followed = new Set<string>()

  /**
   * An ignore file's text under the rules every other read follows: a regular file inside the root, at
   * most MAX_READ_BYTES (a FIFO, a device such as /dev/zero or a link out of the tree is skipped, with a
   * warning), read through the injectable reader.
   */
  const readIgnoreFile = (realDir: string, rel: string, name: string): string | null => {
    const abs = join(realDir, name)
    const relPath = rel === '.' ? name : `${rel}/${name}`
    let target = abs
    try {
      if (lstatSync(abs).isSymbolicLink()) {
        target = realpathSync(abs)
        if (!target.startsWith(rootReal + sep)) throw new Error('links outside the repository')
      }
      const st = statSync(target)
      if (!st.isFile()) throw new Error('is not a regular file')
      if (st.size > MAX_READ_BYTES) throw new Error(`is larger than ${MAX_READ_BYTES} bytes`)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message
      warn({
        code: 'IGNORE_FILE_SKIPPED',
        message: `${relPath} ${reason}; its rules were not applied`,
        file: relPath
      })
      return null
    }
    try {
      return readFile(target).toString('utf8')
    } catch {
      return null
    }
  }
  // The .gitignore scopes compiled from their lines unchanged, handed to the analysis (tree.compiledGitignore).
  const gitignores = new Map<string, { text: string; scope: IgnoreScope }>()
  const loadIgnore = (realDir: string, rel: string): IgnoreScope | null => {
    const text = readIgnoreFile(realDir, rel, '.gitignore')
    if (text === null) return null
    const lines = text.split(/\r?\n/)
    const { kept, dropped } = boundPatterns(lines)
    const relPath = rel === '.' ? '.gitignore' : `${rel}/.gitignore`
    if (dropped)
      warn({
        code: 'IGNORE_PATTERNS_DROPPED',
        message: `${relPath}: ${dropped} were not applied`,
        file: relPath
      })
    try {
      const scope = ignoreScope(rel, kept)
      if (!dropped && kept.length === lines.length && kept.every((p, i) => p === lines[i]))
        gitignores.set(rel, { text, scope })
      return scope
    } catch {
      return null
    }
  }
  /**
   * A .dockerignore (the root one by default); a missing or unparsable one (BuildKit would refuse it)
   * prunes nothing.
   */
  const loadDockerignore = (
    realDir = rootReal,
    rel = '.',
    name = '.dockerignore'
  ): DockerignoreMatcher | null => {
    const text = readIgnoreFile(realDir, rel, name)
    if (text === null) return null
    const relPath = rel === '.' ? name : `${rel}/${name}`
    try {
      const matcher = new DockerignoreMatcher(parseDockerignore(text))
      if (matcher.dropped)
        warn({
          code: 'IGNORE_PATTERNS_DROPPED',
          message: `${relPath}: ${matcher.dropped} were not applied`,
          file: relPath
        })
      return matcher
    } catch {
      return null
    }
  }

  const rootRules = loadIgnore(rootReal, '.')
  const rootEntries = (): RootEntry[] => {
    try {
      return readdirSync(rootReal, { withFileTypes: true }).map(e => ({
        name: e.name,
        isDirectory: e.isDirectory()
      }))
    } catch {
      return []
    }
  }
  const dockerignore = loadDockerignore()
  // The walk obeys it unless it is an allow-list of release artifacts (artifact-context.ts); the Dockerfile
  // COPY exception below still follows the real build context.
  const walkDockerignore =
    dockerignore && !isArtifactContext(dockerignore, rootEntries(), SKIPPED_DIRS) ? dockerignore : null

  // Git semantics: the tracked paths, read from the index the first time a rule ignores something.
  let index: TrackedPaths | null | undefined
  const tracked = (): TrackedPaths | null => {
    if (index === undefined) index = loadGitIndex()
    return index
  }
  const loadGitIndex = (): TrackedPaths | null => {
    const gitDir = join(rootReal, '.git')
    try {
      // Only a checkout's own `.git/` folder: a worktree's or submodule's `.git` file points elsewhere.
      if (!lstatSync(gitDir).isDirectory()) return null
      const st = lstatSync(join(gitDir, 'index'))
      if (!st.isFile() || st.size > MAX_GIT_INDEX_BYTES) return null
    } catch {
      return null
    }
    let parsed: TrackedPaths | null = null
    try {
      parsed = parseGitIndex(readFile(join(gitDir, 'index')))
    } catch {
      parsed = null
    }
    if (!parsed)
      warn({
        code: 'GIT_INDEX_UNREADABLE',
        message:
          '.git/index is not a git index this scan can read; .gitignore was applied to tracked files too',
        file: '.git/index'
      })
    return parsed
  }

  // What .gitignore hid (files, and folders not descended), for the Dockerfile COPY exception below.
  const ignored = new Map<string, IgnoredEntry>()
  const hide = (path: string, real: string, isDir: boolean, depth: number): void => {
    if (ignored.size < MAX_IGNORED_ENTRIES) ignored.set(path, { real, isDir, depth })
  }
  // Files brought back by that exception, and the paths already listed (built when first needed).
  let contextFiles = 0
  let contextWarned = false
  /** Counts one more file brought back; false (with one warning) past MAX_CONTEXT_FILES. */
  const contextBudget = (): boolean => {
    if (contextFiles < MAX_CONTEXT_FILES) {
      contextFiles++
      return true
    }
    skipped++
    if (!contextWarned) {
      contextWarned = true
      warn({
        code: 'CONTEXT_FILE_LIMIT',
        message: `more than ${MAX_CONTEXT_FILES} gitignored files are copied by Dockerfiles: the rest were not analysed`
      })
    }
    return false
  }
  let present: Set<string> | null = null
  // Dockerfiles met by the walk, whose COPYs that exception follows.
  const dockerfiles: TreeFile[] = []

  function walk(rel: string, real: string, depth: number, scopes: IgnoreScope[], mode: WalkMode): void {
    // A copied folder stops being listed once the files it may bring back are spent.
    if (mode.kind === 'context' && contextFiles >= MAX_CONTEXT_FILES) return
    let entries: Dirent[]
    try {
      entries = readdirSync(real, { withFileTypes: true })
    } catch (err) {
      warn({
        code: 'UNREADABLE_DIR',
        message: `${rel} could not be listed (${(err as NodeJS.ErrnoException).code}); it was skipped`,
        file: rel
      })
      skipped++
      return
    }
    // A virtualenv under any name: skip it whole.
    if (rel !== '.' && entries.some(e => e.name === 'pyvenv.cfg')) return
    // Only a listed .gitignore can be loaded: no lstat (and ENOENT) for each of thousands of directories.
    const own =
      rel === '.' || mode.kind !== 'git' || !entries.some(e => e.name === '.gitignore')
        ? null
        : loadIgnore(real, rel)
    const active = own ? [...scopes, own] : scopes
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    // The .gitignore verdicts of this folder's entries (git mode only), set up once for all of them. No
    // closure over it: one would move the loop's variables (`rel`, `active`) into a context object.
    let verdicts: FolderVerdicts | undefined
    for (const entry of entries) {
      const childRel = rel === '.' ? entry.name : `${rel}/${entry.name}`
      // `real` is a resolved path (no `.`/`..`, no trailing separator but at the file-system root): plain
      // concatenation is what join() would return, without normalising thousands of paths.
      const childReal = real.endsWith(sep) ? real + entry.name : real + sep + entry.name
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      let target = childReal
      if (entry.isSymbolicLink()) {
        let resolved: string
        try {
          resolved = realpathSync(childReal)
        } catch {
          warn({
            code: 'BROKEN_SYMLINK',
            message: `${childRel} is a broken or looping symlink; it was skipped`,
            file: childRel
          })
          skipped++
          continue
        }
        if (resolved !== rootReal && !resolved.startsWith(rootReal + sep)) {
          warn({
            code: 'SYMLINK_OUTSIDE_ROOT',
            message: `${childRel} links outside the repository; it was not followed`,
            file: childRel
          })
          skipped++
          continue
        }
        const st = statSync(resolved)
        isDir = st.isDirectory()
        isFile = st.isFile()
        target = resolved
        if (
          isDir &&
          (resolved === rootReal || (real + sep).startsWith(resolved + sep) || followed.has(resolved))
        ) {
          warn({
            code: 'SYMLINK_LOOP',
            message: `${childRel} links back into an ancestor (symlink loop); it was not followed`,
            file: childRel
          })
          skipped++
          continue
        }
        if (isDir) followed.add(resolved)
      }
      if (isDir) {
        if (SKIPPED_DIRS.has(entry.name)) continue
        let childMode = mode
        if (mode.kind === 'context') {
          if (!mode.keeps(childRel, true)) continue
        } else {
          if (walkDockerignore?.prunes(childRel) === true && !inDockerfileHome(entry.name, childRel)) continue
          if (
            mode.kind === 'tracked'
              ? true
              : (verdicts ??= new FolderVerdicts(active, rel)).ignored(entry.name, true)
          ) {
            // An ignored folder is walked only for the tracked files in it.
            const index = mode.kind === 'tracked' ? mode.index : tracked()
            if (!index?.hasUnder(childRel)) {
              hide(childRel, target, true, depth + 1)
              continue
            }
            childMode = { kind: 'tracked', index }
          }
        }
        if (depth + 1 > maxDepth) {
          warn({
            code: 'DEPTH_LIMIT',
            message: `${childRel} is deeper than ${maxDepth} levels; it was skipped`,
            file: childRel
          })
          skipped++
          continue
        }
        walk(childRel, target, depth + 1, active, childMode)
      } else if (isFile) {
        if (mode.kind === 'context') {
          if (!mode.keeps(childRel, false) || present?.has(childRel)) continue
          if (!contextBudget()) continue
        } else if (
          (mode.kind === 'tracked' ||
            (verdicts ??= new FolderVerdicts(active, rel)).ignored(entry.name, false)) &&
          !(mode.kind === 'tracked' ? mode.index : tracked())?.has(childRel)
        ) {
          hide(childRel, target, false, depth + 1)
          continue
        }
        if (files.length >= maxFiles) {
          skipped++
          if (!limitWarned) {
            limitWarned = true
            warn({ code: 'FILE_LIMIT', message: `more than ${maxFiles} files: the rest were not analysed` })
          }
          continue
        }
        const file = new ScannedFile(childRel, target)
        files.push(file)
        present?.add(childRel)
        if (mode.kind !== 'context' && DOCKERFILE_WORD.test(entry.name) && isDockerfileName(entry.name))
          dockerfiles.push(file)
        if (target !== childReal) realPaths.set(childRel, target)
      }
    }
  }

  // The listed paths, so nothing is listed twice: built once, when something is first brought back.
  const listed = (): void => {
    present ??= new Set(files.map(f => f.path))
  }
  /** Lists a file the Dockerfile exception brings back, within both caps; false when it was not added. */
  const addContextFile = (path: string, real: string): boolean => {
    if (present?.has(path)) return false
    if (files.length >= maxFiles) {
      skipped++
      return false
    }
    if (!contextBudget()) return false
    files.push(new ScannedFile(path, real))
    present?.add(path)
    if (real !== join(rootReal, path)) realPaths.set(path, real)
    return true
  }

  walk('.', rootReal, 0, rootRules ? [rootRules] : [], { kind: 'git' })
  const absolute = (path: string): string => realPaths.get(path) ?? join(rootReal, path)
  if (ignored.size > 0)
    followDockerContexts({
      rootReal,
      fs: {
        // One realpath(3) call: the JavaScript realpathSync lstat's every segment of every COPY source
        // (DefectDojo's Dockerfiles name a hundred), without a cache across calls.
        realpath: p => realpathSync.native(p),
        stat: p => statSync(p),
        readdir: p => readdirSync(p),
        readFile
      },
      skippedDirs: SKIPPED_DIRS,
      dockerfiles,
      ignored,
      absolute,
      rootDockerignore: dockerignore,
      loadDockerignore,
      addFile: (path, real) => {
        listed()
        addContextFile(path, real)
      },
      walkFolder: (path, real, depth, keeps) => {
        listed()
        walk(path, real, depth, [], { kind: 'context', keeps })
      }
    })
  return createTree(files, path => readFile(absolute(path)), {
    skipped,
    warnings,
    // A large file's head (a lockfile's version line) without reading the rest; an injected reader
    // (tests) is cut instead, so it still sees every read.
    headReader: options.readFile ? undefined : (path, bytes) => readHead(absolute(path), bytes),
    // Walked files read with their size check in one open (an injected reader is asked as before).
    boundedReader: options.readFile ? undefined : (file, limit) => (file as ScannedFile).readWhole(limit),
    gitignores
  })
}

/**
 * A walked file whose size is stat'ed on first look, not during the walk: a stat per file cost as much as the
 * walk itself on large trees (issue 16 item 12), and the analysis looks at the sizes of the few files it
 * reads (the read limit) or filters by size. A class, so every instance shares one hidden class.
 */
class ScannedFile implements TreeFile {
  private bytes = -1

  constructor(
    readonly path: string,
    private readonly absolute: string
  ) {}

  /**
   * The content when the file holds at most `limit` bytes, else null unread; the size comes from the open
   * file (fstat), so reading the files the analysis needs costs no stat of their own.
   */
  readWhole(limit: number): Buffer | null {
    const fd = openSync(this.absolute, 'r')
    try {
      const size = fstatSync(fd).size
      this.bytes = size
      if (size > limit) return null
      const buf = Buffer.allocUnsafe(size)
      let n = 0
      while (n < size) {
        const got = readSync(fd, buf, n, size - n, n)
        if (got === 0) break
        n += got
      }
      return n < size ? buf.subarray(0, n) : buf
    } finally {
      closeSync(fd)
    }
  }

  get size(): number {
    if (this.bytes < 0) {
      try {
        this.bytes = statSync(this.absolute).size
      } catch {
        this.bytes = 0
      }
    }
    return this.bytes
  }
}

/** The first `bytes` bytes of a file: one bounded read, whatever the file's size. */
function readHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(bytes)
    const n = readSync(fd, buf, 0, bytes, 0)
    return buf.subarray(0, n)
  } finally {
    closeSync(fd)
  }
}
