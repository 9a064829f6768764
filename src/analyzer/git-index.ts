// The paths a git checkout tracks, read from its index (`.git/index`), so the scan can apply git's own rule:
// ignore patterns apply only to untracked files. A committed file under an ignored pattern (`**/bin/*` over
// `docker/usr/local/bin/docker-entrypoint.sh`) is in every checkout and every image built from it.
//
// Pure: scan.ts reads the file and hands the bytes over. Format (git's Documentation/gitformat-index.txt):
// a 12-byte header `DIRC`, version (2, 3 or 4), entry count; then the entries sorted by path; then
// extensions and a checksum. An entry is ctime, mtime, dev, ino, mode, uid, gid, size (40 bytes), the
// object name (20 bytes for SHA-1, 32 for SHA-256), 16 bits of flags (low 12 bits: path length, 0xFFF when
// longer), in v3 16 more bits when the `extended` flag is set, then the path: NUL-terminated and padded with
// NULs to a multiple of 8 bytes in v2/v3; in v4 a varint N (bytes to drop from the previous path's end)
// followed by the NUL-terminated rest of the path, no padding.
// Anything unexpected (another signature or version, an entry running past the end, a path length that
// disagrees with its flags, a split index whose entries live in another file) answers null: the caller then
// scans as if there were no index.

/** Tracked paths, sorted: exact and subtree look-ups by binary search. */
export class TrackedPaths {
  constructor(private readonly sorted: readonly string[]) {}

  get size(): number {
    return this.sorted.length
  }

  /** True when `path` (repository-relative) is a tracked file. */
  has(path: string): boolean {
    const i = this.lowerBound(path)
    return i < this.sorted.length && this.sorted[i] === path
  }

  /** True when some tracked file lies below the folder `dir`. */
  hasUnder(dir: string): boolean {
    const prefix = `${dir}/`
    const i = this.lowerBound(prefix)
    return i < this.sorted.length && this.sorted[i]!.startsWith(prefix)
  }

  private lowerBound(key: string): number {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.sorted[mid]! < key) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

const HEADER = 12
const STAT_BYTES = 40
const NAME_MASK = 0xfff
const EXTENDED = 0x4000

/** The tracked paths of an index file's bytes, or null when they are not a complete index we can read. */
export function parseGitIndex(buf: Uint8Array): TrackedPaths | null {
  if (buf.length < HEADER) return null
  if (buf[0] !== 0x44 || buf[1] !== 0x49 || buf[2] !== 0x52 || buf[3] !== 0x43) return null // DIRC
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const version = view.getUint32(4)
  if (version !== 2 && version !== 3 && version !== 4) return null
  const count = view.getUint32(8)
  // Every entry takes at least STAT_BYTES + 20 + 2 bytes and a NUL: a count the file cannot hold is corrupt.
  if (count > (buf.length - HEADER) / (STAT_BYTES + 23)) return null
  // SHA-1 repositories (20-byte names) first; a SHA-256 one fails the path-length check and is read with 32.
  for (const hashBytes of [20, 32]) {
    const paths = readEntries(buf, view, version, count, hashBytes)
    if (paths) return new TrackedPaths(paths)
  }
  return null
}

function readEntries(
  buf: Uint8Array,
  view: DataView,
  version: number,
  count: number,
  hashBytes: number
): string[] | null {
  const decoder = new TextDecoder('utf-8')
  const paths: string[] = []
  let sorted = true
  let offset = HEADER
  // v4: the previous entry's path bytes, which the next one shares a prefix with.
  let previous: Uint8Array = new Uint8Array(0)
  for (let n = 0; n < count; n++) {
    const start = offset
    const flagsAt = start + STAT_BYTES + hashBytes
    if (flagsAt + 2 > buf.length) return null
    const flags = view.getUint16(flagsAt)
    let nameAt = flagsAt + 2
    if (flags & EXTENDED) {
      if (version < 3) return null
      nameAt += 2
    }
    const nameLength = flags & NAME_MASK
    let name: Uint8Array
    if (version === 4) {
      // Varint as git's `decode_varint`: 7 bits a byte, high bit = more, each continuation adds one.
      let at = nameAt
      if (at >= buf.length) return null
      let byte = buf[at++]!
      let strip = byte & 0x7f
      while (byte & 0x80) {
        if (at >= buf.length || strip > 0xffffff) return null
        byte = buf[at++]!
        strip = ((strip + 1) << 7) | (byte & 0x7f)
      }
      if (strip > previous.length) return null
      const end = buf.indexOf(0, at)
      if (end < 0) return null
      const keep = previous.length - strip
      name = new Uint8Array(keep + end - at)
      name.set(previous.subarray(0, keep), 0)
      name.set(buf.subarray(at, end), keep)
      previous = name
      offset = end + 1
    } else {
      const end = buf.indexOf(0, nameAt)
      if (end < 0) return null
      name = buf.subarray(nameAt, end)
      // The entry is padded with 1 to 8 NULs to a multiple of 8 bytes.
      offset = start + ((nameAt - start + name.length + 8) & ~7)
      if (offset > buf.length) return null
    }
    if (nameLength !== NAME_MASK ? name.length !== nameLength : name.length < NAME_MASK) return null
    const path = decoder.decode(name)
    // A sparse index lists a folder that is not checked out as one entry ending in '/': no file of ours.
    if (path.endsWith('/')) continue
    const last = paths[paths.length - 1]
    // Unmerged paths appear once per stage, one after another.
    if (last === path) continue
    if (last !== undefined && last > path) sorted = false
    paths.push(path)
  }
  // After the entries: extensions (4-byte signature, 4-byte size) and the checksum. A split index (`link`)
  // keeps most entries in a shared index file: what we read is only part of the tracked set.
  while (offset + 8 <= buf.length - hashBytes) {
    const signature = String.fromCharCode(buf[offset]!, buf[offset + 1]!, buf[offset + 2]!, buf[offset + 3]!)
    if (signature === 'link') return null
    const size = view.getUint32(offset + 4)
    offset += 8 + size
  }
  // Git sorts by bytes; JavaScript compares UTF-16 units, which differ only past the Basic Multilingual Plane.
  if (!sorted) paths.sort()
  return paths
}
