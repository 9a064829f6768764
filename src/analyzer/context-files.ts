// The scan's Dockerfile exception to .gitignore, out of scan.ts: what the tree's Dockerfiles take from their
// build context — an explicit COPY/ADD source, or the script an ENTRYPOINT/CMD runs — is in the image
// whatever .gitignore says (the build context only obeys .dockerignore), so it is listed when .gitignore
// hid it and the context's .dockerignore keeps it. The file system and the scan's own listing come in
// through `ContextHost`, so the rules are unit-tested without a disk.
import { join, sep } from 'node:path'
import type { DockerignoreMatcher } from '../build/dockerignore.js'
import { dockerContextRefs } from './signals/docker-context.js'
import { basename, dirname, joinPath, MAX_READ_BYTES, type TreeFile } from './tree.js'

/** Most Dockerfiles (shallowest first) whose COPYs are followed into ignored files. */
export const MAX_CONTEXT_DOCKERFILES = 32

/** The file-system calls the exception makes (node:fs in the scan, a map in tests). */
export interface ContextFs {
  /** Resolves symlinks; throws when the path does not exist. */
  realpath(path: string): string
  stat(path: string): { isDirectory(): boolean; isFile(): boolean }
  /** Entry names of a folder. */
  readdir(path: string): string[]
  readFile(path: string): Buffer
}

/** A file or folder .gitignore hid: its real path, for the exception. */
export interface IgnoredEntry {
  real: string
  isDir: boolean
  depth: number
}

/** Keeps a path (relative to the root) by the build context's .dockerignore. */
export type ContextKeeps = (path: string, isDir: boolean) => boolean

export interface ContextHost {
  /** The root's real path (absolute, no trailing separator). */
  rootReal: string
  fs: ContextFs
  /** Folder names never listed (vendored and build folders). */
  skippedDirs: ReadonlySet<string>
  /** Dockerfiles the walk listed. */
  dockerfiles: readonly TreeFile[]
  /** What .gitignore hid: files, and folders the walk did not descend. */
  ignored: ReadonlyMap<string, IgnoredEntry>
  /** The absolute path of a listed file. */
  absolute(path: string): string
  /** The root .dockerignore's matcher (null: none, or unparsable). */
  rootDockerignore: DockerignoreMatcher | null
  /** Loads a .dockerignore (`name`, default `.dockerignore`) of a folder, or null. */
  loadDockerignore(realDir: string, rel: string, name?: string): DockerignoreMatcher | null
  /** Lists one hidden file the exception brings back. */
  addFile(path: string, real: string): void
  /** Walks a hidden folder the exception brings back, keeping what `keeps` keeps. */
  walkFolder(path: string, real: string, depth: number, keeps: ContextKeeps): void
}

interface Found {
  real: string
  isDir: boolean
  isFile: boolean
}

/**
 * Follows the COPYs of the shallowest MAX_CONTEXT_DOCKERFILES Dockerfiles into what .gitignore hid. The
 * context is the Dockerfile's folder when the source is there, else the root (how the analysis reads an
 * entrypoint script, see repositoryScript in dockerfile.ts).
 */
export function followDockerContexts(host: ContextHost): void {
  const { fs, rootReal } = host
  const chosen = host.dockerfiles
    .filter(f => f.size <= MAX_READ_BYTES)
    .sort((a, b) => depthOf(a.path) - depthOf(b.path) || (a.path < b.path ? -1 : 1))
    .slice(0, MAX_CONTEXT_DOCKERFILES)
  if (chosen.length === 0) return
  const hiddenPaths = [...host.ignored.keys()].sort()

  /** A repository path resolved inside the root (symlinks followed), with its kind; null when it is not. */
  const resolveInside = (path: string): Found | null => {
    try {
      const real = fs.realpath(join(rootReal, path))
      if (real !== rootReal && !real.startsWith(rootReal + sep)) return null
      const st = fs.stat(real)
      return { real, isDir: st.isDirectory(), isFile: st.isFile() }
    } catch {
      return null
    }
  }

  const matchers = new Map<string, DockerignoreMatcher | null>()
  const matcherFor = (context: string, dockerfile: string): DockerignoreMatcher | null => {
    const key = `${context}\0${dockerfile}`
    if (!matchers.has(key)) {
      // BuildKit reads `<Dockerfile>.dockerignore` beside the Dockerfile before the context's own.
      const dir = dirname(dockerfile)
      const dirReal = resolveInside(dir)?.real
      const own = dirReal ? host.loadDockerignore(dirReal, dir, `${basename(dockerfile)}.dockerignore`) : null
      const contextReal = context === '.' ? rootReal : resolveInside(context)?.real
      matchers.set(
        key,
        own ??
          (context === '.'
            ? host.rootDockerignore
            : contextReal
              ? host.loadDockerignore(contextReal, context)
              : null)
      )
    }
    return matchers.get(key) ?? null
  }

  /** The paths a context path names on disk: itself, or the matches of a wildcard in its last segment. */
  const onDisk = (path: string): [string, Found][] => {
    const name = basename(path)
    if (!/[*?]/.test(name)) {
      const at = resolveInside(path)
      return at ? [[path, at]] : []
    }
    const dir = dirname(path)
    const dirAt = resolveInside(dir)
    if (!dirAt?.isDir) return []
    const re = new RegExp(
      `^${name
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')}$`
    )
    let names: string[]
    try {
      names = fs.readdir(dirAt.real)
    } catch {
      return []
    }
    const out: [string, Found][] = []
    for (const n of names.filter(n => re.test(n)).sort()) {
      const at = resolveInside(joinPath(dir, n))
      if (at) out.push([joinPath(dir, n), at])
    }
    return out
  }

  const bringBack = (path: string, at: Found, explicit: boolean, keeps: ContextKeeps): void => {
    const segments = path.split('/')
    if (segments.some(s => host.skippedDirs.has(s))) return
    if (!(at.isDir ? explicit : at.isFile) || !keeps(path, at.isDir)) return
    // Hidden itself, or below a folder .gitignore hid: the whole source comes back.
    const hidden = segments.some((_, i) => host.ignored.has(segments.slice(0, i + 1).join('/')))
    if (hidden) {
      if (at.isFile) host.addFile(path, at.real)
      else host.walkFolder(path, at.real, segments.length, keeps)
      return
    }
    if (!at.isDir) return
    // A listed folder: what .gitignore hid inside it comes back.
    const prefix = `${path}/`
    let lo = 0
    let hi = hiddenPaths.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (hiddenPaths[mid]! < prefix) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < hiddenPaths.length && hiddenPaths[i]!.startsWith(prefix); i++) {
      const inner = hiddenPaths[i]!
      const entry = host.ignored.get(inner)!
      if (inner.split('/').some(s => host.skippedDirs.has(s)) || !keeps(inner, entry.isDir)) continue
      if (entry.isDir) host.walkFolder(inner, entry.real, entry.depth, keeps)
      else host.addFile(inner, entry.real)
    }
  }

  for (const dockerfile of chosen) {
    let text: string
    try {
      text = fs.readFile(host.absolute(dockerfile.path)).toString('utf8')
    } catch {
      continue
    }
    const refs = dockerContextRefs(text)
    const dir = dirname(dockerfile.path)
    const contexts = dir === '.' ? ['.'] : [dir, '.']
    const wanted: [string, boolean][] = [
      ...refs.sources.map((p): [string, boolean] => [p, true]),
      ...refs.scripts.map((p): [string, boolean] => [p, false])
    ]
    for (const [ref, explicit] of wanted)
      for (const context of contexts) {
        const found = onDisk(joinPath(context, ref))
        if (found.length === 0) continue
        const matcher = matcherFor(context, dockerfile.path)
        const keeps = (path: string, isDir: boolean): boolean => {
          if (!matcher) return true
          const local = context === '.' ? path : path.slice(context.length + 1)
          return isDir ? !matcher.prunes(local) : !matcher.excludes(local)
        }
        for (const [path, at] of found) bringBack(path, at, explicit, keeps)
        break
      }
  }
}

function depthOf(path: string): number {
  let n = 1
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) n++
  return n
}
