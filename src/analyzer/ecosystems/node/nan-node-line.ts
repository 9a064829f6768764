// The Node line a native addon can still compile on, when the app pins no Node version. Addons written
// against nan (node-expat, older sqlite3, bcrypt, microtime …) compile the nan headers the lockfile resolves,
// and each nan release supports the V8 of the Node lines released before it: nan 2.16 still uses
// v8::AccessorSignature, which Node 20's V8 removed, so node-expat stops with "'AccessorSignature' is not a
// member of 'v8'" on the newest LTS a generated image would otherwise run. A frozen install cannot take a
// newer nan. So when nothing pins Node (no .nvmrc, engines, volta, CI workflow, Dockerfile), the image runs
// the newest LTS line the locked nan supports: an image that builds on a line past its end of life beats one
// that never builds, and the generator warns with the lockfile line so the owner upgrades nan or pins Node.
// A pinned version is never second-guessed: the owner chose it.

/**
 * The first nan release after each LTS line's first release (nan's CHANGELOG: 2.14.0 2019-05-16 after Node 12
 * on 2019-04-23; 2.14.1 2020-04-21, the day of Node 14; 2.15.0 2021-08-04 after Node 16; 2.16.0 2022-05-25
 * "Add support for Node 18"; 2.18.0 2023-09-12 after Node 20 on 2023-04-18 (2.17.0 came before it);
 * 2.20.0 2024-06-12 after Node 22 on 2024-04-24; 2.23.0 2025-07-10 after Node 24 on 2025-05-06). Support is
 * added after a line appears, so a nan older than these is not known to build there. Newest line first.
 */
const NAN_FOR_LINE: readonly (readonly [line: number, nan: readonly [number, number, number]])[] = [
  [24, [2, 23, 0]],
  [22, [2, 20, 0]],
  [20, [2, 18, 0]],
  [18, [2, 16, 0]],
  [16, [2, 15, 0]],
  [14, [2, 14, 1]],
  [12, [2, 14, 0]]
]

export interface NanNodeLine {
  /** The newest Node LTS line the oldest locked nan is known to build on (`18`). */
  line: number
  /** That nan version (`2.16.0`). */
  nan: string
  /** Where the lockfile resolves it. */
  file: string
  lineNumber: number
  text: string
}

/**
 * Every nan version a lockfile resolves, with its line: pnpm (`/nan@2.16.0:`, `nan@2.16.0:`, v5 `/nan/2.16.0:`),
 * npm (`"node_modules/nan": {` then `"version": "2.14.2"`), yarn classic and berry (`nan@^2.13.2:` or
 * `"nan@npm:^2.13.2":` then `version "2.14.2"` / `version: 2.14.2`), bun.lock (`"nan": ["nan@2.16.0"`).
 */
export function lockedNanVersions(text: string): { version: string; line: number; text: string }[] {
  const found: { version: string; line: number; text: string }[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    const direct =
      /^\s*['"]?\/?nan[@/](\d+\.\d+\.\d+)['"]?:\s*$/.exec(l) ?? /^\s*"nan":\s*\["nan@(\d+\.\d+\.\d+)"/.exec(l)
    if (direct) {
      found.push({ version: direct[1]!, line: i + 1, text: l.trim() })
      continue
    }
    // A key whose version comes on a following line (npm's node_modules/nan, yarn's nan@<range> entries).
    if (
      /^\s*"(?:[^"]*\/)?node_modules\/nan":\s*\{\s*$/.test(l) ||
      /^"?nan@[^\s",]*"?(?:,\s*"?nan@[^\s",]*"?)*:\s*$/.test(l)
    ) {
      for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
        const v = /^\s*"?version"?[:\s]\s*"?(\d+\.\d+\.\d+)"?,?\s*$/.exec(lines[j]!)
        if (v) {
          found.push({ version: v[1]!, line: j + 1, text: `${l.trim()} ${lines[j]!.trim()}` })
          break
        }
      }
    }
  }
  return found
}

function older(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! < b[i]!
  return false
}

/**
 * The newest LTS line the lockfile's oldest nan builds on, when that is older than `defaultLine` (the line a
 * generated image runs when nothing pins one); null when no nan is locked or it supports the default line.
 */
export function nanNodeLine(file: string, text: string, defaultLine: number): NanNodeLine | null {
  const versions = lockedNanVersions(text)
  if (versions.length === 0) return null
  const parse = (v: string): number[] => v.split('.').map(Number)
  const oldest = versions.reduce((a, b) => (older(parse(b.version), parse(a.version)) ? b : a))
  const nan = parse(oldest.version)
  const line =
    NAN_FOR_LINE.find(([, min]) => !older(nan, min))?.[0] ?? NAN_FOR_LINE[NAN_FOR_LINE.length - 1]![0]
  if (line >= defaultLine) return null
  return { line, nan: oldest.version, file, lineNumber: oldest.line, text: oldest.text }
}

/**
 * An npm lockfile that leaves out an optional dependency some locked package declares (reiverr: chokidar's and
 * jest-haste-map's `fsevents`, a macOS-only package older npm versions did not record). npm 10 installs it
 * with `npm ci`; npm 11, which Node 24's image ships, stops with `Missing: fsevents@2.3.3 from lock file`. So
 * when nothing pins Node, the image runs Node 22 (npm 10, a maintained LTS line) rather than the newest LTS,
 * and the generator warns. Returns the first such dependency as `name (optional dependency of <key>)`, or null.
 */
export function lockfileMissingOptional(text: string): string | null {
  let lock: unknown
  try {
    lock = JSON.parse(text)
  } catch {
    return null
  }
  const packages = (lock as { packages?: Record<string, { optionalDependencies?: Record<string, string> }> })
    .packages
  if (!packages || typeof packages !== 'object') return null
  const locked = new Set(
    Object.keys(packages)
      .filter(key => key.includes('node_modules/'))
      .map(key => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length))
  )
  for (const [key, entry] of Object.entries(packages)) {
    for (const name of Object.keys(entry?.optionalDependencies ?? {}))
      if (!locked.has(name)) return `${name} (optional dependency of ${key || 'the root package'})`
  }
  return null
}

/** The major a plain `^x.y.z`, `~x.y.z`, `x`, `x.y` or `x.x` range allows; null for anything else (`>=`, `||`). */
function rangeMajor(range: string): number | null {
  const m = /^[\^~]?(\d+)(?:\.(?:\d+|x|\*)(?:\.(?:\d+|x|\*)(?:-[\w.]+)?)?)?$/.exec(range.trim())
  if (!m) return null
  // `^0.y.z` allows only 0.y: too narrow to compare by major.
  return m[1] === '0' ? null : Number(m[1])
}

/**
 * An optional peer dependency that npm 10 installs and npm 11 leaves out: a locked package declares a peer
 * it marks optional (`peerDependenciesMeta`), and the copy of that peer the package resolves (its own
 * node_modules, then each folder above) is of another major than the range allows. npm 11 locks no copy for
 * an optional peer nobody else needs, and npm 10's `npm ci` then stops on `Missing: chokidar@3.6.0 from lock
 * file` (swetrix: nunjucks' optional peer chokidar ^3.3.0 under the root's chokidar 4.0.3). Null when none.
 */
export function lockfileNeedsNpm11(text: string): string | null {
  let lock: unknown
  try {
    lock = JSON.parse(text)
  } catch {
    return null
  }
  type Entry = {
    version?: string
    peerDependencies?: Record<string, string>
    peerDependenciesMeta?: Record<string, { optional?: boolean }>
  }
  const packages = (lock as { packages?: Record<string, Entry> }).packages
  if (!packages || typeof packages !== 'object') return null
  for (const [key, entry] of Object.entries(packages)) {
    if (!key.includes('node_modules/')) continue
    for (const [name, range] of Object.entries(entry?.peerDependencies ?? {})) {
      if (entry.peerDependenciesMeta?.[name]?.optional !== true || typeof range !== 'string') continue
      const major = rangeMajor(range)
      if (major === null) continue
      // Node's resolution from the package's folder: its own node_modules, then every node_modules above.
      let at = key
      let resolved: Entry | undefined
      for (;;) {
        resolved = packages[`${at}/node_modules/${name}`]
        if (resolved) break
        const up = at.lastIndexOf('/node_modules/')
        if (up < 0) {
          resolved = packages[`node_modules/${name}`]
          break
        }
        at = at.slice(0, up)
      }
      const version = resolved?.version
      if (!version || !/^\d+\./.test(version)) continue
      if (Number(version.split('.')[0]) !== major)
        return `${name}@${range} (optional peer of ${key}) resolves to ${version}`
    }
  }
  return null
}
