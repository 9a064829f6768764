// A digest of exactly what a build can see: the files the .dockerignore lets through (path, type,
// permission bits, content; symlinks as their target text, never followed), the Dockerfile, the build
// args and the platforms. Same digest ⇒ the build would start from identical inputs, so an image built
// before can be re-tagged instead of rebuilt. Every entry is hashed as one JSON record, so no name or link
// target (they may hold newlines) can read as a second entry.
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { lstat, readdir, readFile, readlink, realpath } from 'node:fs/promises'
import { basename, dirname, join, sep } from 'node:path'
import { DockerignoreMatcher, parseDockerignore } from './dockerignore.js'

export interface ContextDigestInput {
  context: string
  dockerfile: string
  buildArgs: [string, string][]
  platforms: string[]
}

export interface ContextDigest {
  /** 64 hex characters. */
  digest: string
  files: number
  bytes: number
  /** Every path the builder can see (files, links, directories), sorted. */
  paths: string[]
}

/**
 * Part of every digest, so ctx-<digest> tags written by an older recipe never match. v1 hashed raw
 * `f <mode> <path> <hash>` lines, where a newline in a name could forge entries.
 */
export const CONTEXT_DIGEST_VERSION = 'v2'

type EntryKind = 'd' | 'l' | 'f'

interface Entry {
  path: string
  kind: EntryKind
  mode: string
  /** Content hash (files) or link target text (links); empty for directories. */
  value: string
}

const HASH_CONCURRENCY = 16

/** `<Dockerfile>.dockerignore` next to the Dockerfile wins over `<context>/.dockerignore`, as in BuildKit. */
export function dockerignorePath(context: string, dockerfile: string): string | null {
  const specific = join(dirname(dockerfile), `${basename(dockerfile)}.dockerignore`)
  if (existsSync(specific)) return specific
  const general = join(context, '.dockerignore')
  return existsSync(general) ? general : null
}

/**
 * Ignore files are read like every other file: a regular file (a link only when it resolves inside the
 * context; never a FIFO or device), at most 1 MiB — a hostile one must not hang or exhaust the build.
 */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024

async function readIgnoreFile(path: string, context: string): Promise<string> {
  let target = path
  if ((await lstat(path)).isSymbolicLink()) {
    target = await realpath(path)
    const root = await realpath(context)
    if (!target.startsWith(root + sep))
      throw new Error(`${path} links outside the build context; replace it with a plain .dockerignore`)
  }
  const stat = await lstat(target)
  if (!stat.isFile())
    throw new Error(
      `${path} is not a regular file (a FIFO or device?); replace it with a plain .dockerignore`
    )
  if (stat.size > MAX_IGNORE_FILE_BYTES)
    throw new Error(
      `${path} is larger than ${MAX_IGNORE_FILE_BYTES} bytes; trim it to the patterns the build needs`
    )
  return readFile(target, 'utf8')
}

export async function contextDigest(input: ContextDigestInput): Promise<ContextDigest> {
  const ignoreFile = dockerignorePath(input.context, input.dockerfile)
  const matcher = new DockerignoreMatcher(
    ignoreFile ? parseDockerignore(await readIgnoreFile(ignoreFile, input.context)) : []
  )
  const entries: Entry[] = []
  const pending: (() => Promise<void>)[] = []
  let bytes = 0

  const walk = async (relDir: string): Promise<void> => {
    const names = (await readdir(join(input.context, relDir))).sort()
    for (const name of names) {
      const rel = relDir ? `${relDir}/${name}` : name
      const abs = join(input.context, rel)
      const stat = await lstat(abs)
      const excluded = matcher.excludes(rel)
      const mode = (stat.mode & 0o7777).toString(8)
      if (stat.isDirectory()) {
        if (!excluded) entries.push({ path: rel, kind: 'd', mode, value: '' })
        if (!excluded || matcher.mayReinclude(rel)) await walk(rel)
      } else if (excluded) {
        continue
      } else if (stat.isSymbolicLink()) {
        entries.push({ path: rel, kind: 'l', mode, value: await readlink(abs) })
      } else if (stat.isFile()) {
        bytes += stat.size
        pending.push(async () => {
          entries.push({ path: rel, kind: 'f', mode, value: await hashFile(abs) })
        })
      }
      // Sockets, FIFOs and devices are not sent to the builder.
    }
  }
  await walk('')
  await runLimited(pending, HASH_CONCURRENCY)
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const hash = createHash('sha256')
  const record = (value: unknown): void => {
    hash.update(`${JSON.stringify(value)}\n`)
  }
  record(['deplight-context', CONTEXT_DIGEST_VERSION])
  record([
    'dockerfile',
    createHash('sha256')
      .update(await readFile(input.dockerfile))
      .digest('hex')
  ])
  for (const [key, value] of [...input.buildArgs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    record(['arg', key, value])
  record(['platforms', [...input.platforms].sort()])
  for (const entry of entries) record([entry.kind, entry.mode, entry.path, entry.value])
  return {
    digest: hash.digest('hex'),
    files: entries.filter(e => e.kind !== 'd').length,
    bytes,
    paths: entries.map(e => e.path)
  }
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', chunk => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

async function runLimited(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++] as () => Promise<void>
      await task()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker))
}
