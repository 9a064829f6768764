// Which package-manager major can install a lockfile, read from the lockfile's own format version. Without
// a `packageManager` field, `corepack enable` runs the newest release, and a newer major may refuse an old
// lockfile (pnpm 9+ stops at `lockfileVersion: '6.0'` with ERR_PNPM_BROKEN_LOCKFILE / a frozen-install
// failure): the generator pins the major that wrote it.
import type { SourceTree } from '../../tree.js'

export interface LockfileFormat {
  /** The lockfile's format version as written (`6.0`, `9.0`, `3`, `8`, `classic`). */
  version: string
  /** The package-manager major that reads and writes this format, or null when any current release does. */
  major: number | null
  /** One line of evidence: which file said what. */
  evidence: string
}

/** pnpm lockfile format → the pnpm major that writes it (5.3: pnpm 6, 5.4: pnpm 7, 6.0: pnpm 8, 9.0: 9). */
const PNPM_MAJORS: [RegExp, number][] = [
  [/^5\.[0-3]$/, 6],
  [/^5\.4$/, 7],
  [/^6\.\d+$/, 8],
  [/^9\.\d+$/, 9]
]

/** Yarn Berry `__metadata.version` → the Yarn major that writes it (4/5: Yarn 2, 6: Yarn 3, 8: Yarn 4). */
const YARN_BERRY_MAJORS: [RegExp, number][] = [
  [/^[45]$/, 2],
  [/^6$/, 3],
  [/^[78]$/, 4]
]

/**
 * Bytes read from the lockfile's start. Every format states its version there: pnpm on the first line, npm in
 * the first keys of package-lock.json, Yarn Berry in the `__metadata` block after a two-line comment. A
 * bounded head read, so a lockfile of any size (a monorepo's runs to tens of MB, past the tree's 1 MiB read
 * limit) still pins its package manager.
 */
export const LOCKFILE_HEAD_BYTES = 4096

/**
 * The lockfile's format and the major to pin, or null when the file is absent, binary or has no
 * recognisable version line in its head.
 */
export function lockfileFormat(tree: SourceTree, path: string): LockfileFormat | null {
  const head = tree.readHead(path, LOCKFILE_HEAD_BYTES)
  if (head === null) return null
  const name = path.split('/').pop()
  if (name === 'pnpm-lock.yaml') {
    const version = /^lockfileVersion:\s*['"]?([\d.]+)['"]?\s*$/m.exec(head)?.[1]
    if (!version) return null
    return {
      version,
      major: majorFor(PNPM_MAJORS, version),
      evidence: `${path}: lockfileVersion '${version}'`
    }
  }
  if (name === 'yarn.lock') {
    // Berry writes a `__metadata:` block with its format version; Yarn 1 writes none.
    const berry = /^__metadata:\s*\n\s+version:\s*(\d+)/m.exec(head)
    if (!berry)
      return { version: 'classic', major: 1, evidence: `${path}: Yarn 1 format (no __metadata block)` }
    const version = berry[1]!
    return {
      version,
      major: majorFor(YARN_BERRY_MAJORS, version),
      evidence: `${path}: __metadata version ${version} (Yarn Berry)`
    }
  }
  if (name === 'package-lock.json' || name === 'npm-shrinkwrap.json') {
    // npm 7+ (every supported Node image) installs lockfileVersion 1, 2 and 3: nothing to pin.
    const version = /"lockfileVersion"\s*:\s*(\d+)/.exec(head)?.[1]
    if (!version) return null
    return { version, major: null, evidence: `${path}: lockfileVersion ${version}` }
  }
  return null
}

function majorFor(table: [RegExp, number][], version: string): number | null {
  return table.find(([pattern]) => pattern.test(version))?.[1] ?? null
}
