// The only part of the analyzer that touches the file system: one walk of the repository into a SourceTree.
// Respects .gitignore (every level) and .dockerignore (root, directories only), skips vendored and build
// folders, bounds file count and depth, never follows a symlink out of the root and stops at symlink loops.
import {
  closeSync,
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
import { DOCKERFILE_FOLDERS } from './signals/shared.js'
import { ignoreScope, isIgnored, type IgnoreScope } from './ignore-scope.js'

export interface ScanOptions {
  maxFiles?: number
  maxDepth?: number
  /** Injectable reader (tests simulate unreadable files; the Lambda reads from an archive instead). */
  readFile?: (absolutePath: string) => Buffer
}

export const DEFAULT_MAX_FILES = 200_000
export const DEFAULT_MAX_DEPTH = 32

/**
 * Folders projects keep their Dockerfile in (`docker/default.Dockerfile`, `build/Dockerfile`): walked even
 * when .dockerignore leaves them out of the build context (`*` then `!src`), because the Dockerfile that
 * builds the app is read from outside its context. .gitignore still applies.
 */
const DOCKERFILE_HOMES = new Set(DOCKERFILE_FOLDERS.map(f => f.split('/')[0]))

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
  const loadIgnore = (realDir: string, rel: string): IgnoreScope | null => {
    const text = readIgnoreFile(realDir, rel, '.gitignore')
    if (text === null) return null
    const { kept, dropped } = boundPatterns(text.split(/\r?\n/))
    const relPath = rel === '.' ? '.gitignore' : `${rel}/.gitignore`
    if (dropped)
      warn({
        code: 'IGNORE_PATTERNS_DROPPED',
        message: `${relPath}: ${dropped} were not applied`,
        file: relPath
      })
    try {
      return ignoreScope(rel, kept)
    } catch {
      return null
    }
  }
  /** The root .dockerignore; a missing or unparsable one (BuildKit would refuse it) prunes nothing. */
  const loadDockerignore = (): DockerignoreMatcher | null => {
    const text = readIgnoreFile(rootReal, '.', '.dockerignore')
    if (text === null) return null
    try {
      const matcher = new DockerignoreMatcher(parseDockerignore(text))
      if (matcher.dropped)
        warn({
          code: 'IGNORE_PATTERNS_DROPPED',
          message: `.dockerignore: ${matcher.dropped} were not applied`,
          file: '.dockerignore'
        })
      return matcher
    } catch {
      return null
    }
  }

  const rootRules = loadIgnore(rootReal, '.')
  const dockerignore = loadDockerignore()

  function walk(rel: string, real: string, depth: number, scopes: IgnoreScope[]): void {
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
    const own = rel === '.' || !entries.some(e => e.name === '.gitignore') ? null : loadIgnore(real, rel)
    const active = own ? [...scopes, own] : scopes
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
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
        if (
          SKIPPED_DIRS.has(entry.name) ||
          isIgnored(active, childRel, true) ||
          (dockerignore?.prunes(childRel) === true && !DOCKERFILE_HOMES.has(entry.name))
        )
          continue
        if (depth + 1 > maxDepth) {
          warn({
            code: 'DEPTH_LIMIT',
            message: `${childRel} is deeper than ${maxDepth} levels; it was skipped`,
            file: childRel
          })
          skipped++
          continue
        }
        walk(childRel, target, depth + 1, active)
      } else if (isFile) {
        if (isIgnored(active, childRel, false)) continue
        if (files.length >= maxFiles) {
          skipped++
          if (!limitWarned) {
            limitWarned = true
            warn({ code: 'FILE_LIMIT', message: `more than ${maxFiles} files: the rest were not analysed` })
          }
          continue
        }
        files.push(new ScannedFile(childRel, target))
        if (target !== childReal) realPaths.set(childRel, target)
      }
    }
  }

  walk('.', rootReal, 0, rootRules ? [rootRules] : [])
  const absolute = (path: string): string => realPaths.get(path) ?? join(rootReal, path)
  return createTree(files, path => readFile(absolute(path)), {
    skipped,
    warnings,
    // A large file's head (a lockfile's version line) without reading the rest; an injected reader
    // (tests) is cut instead, so it still sees every read.
    headReader: options.readFile ? undefined : (path, bytes) => readHead(absolute(path), bytes)
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
