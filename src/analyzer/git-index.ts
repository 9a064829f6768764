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

/**
 * Tracked paths as the index holds them: UTF-8 bytes in git's order (bytewise), looked up by binary search
 * on the bytes. No string per entry: a 100,000-file index costs its offsets, not 100,000 allocations.
 */
export class TrackedPaths {
  constructor(
    private readonly bytes: Buffer,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly size: number
  ) {}

  /** True when `path` (repository-relative) is a tracked file. */
  has(path: string): boolean {
    const key = Buffer.from(path, 'utf8')
    const i = this.lowerBound(key)
    return i < this.size && this.compare(i, key) === 0
  }

  /** True when some tracked file lies below the folder `dir`. */
  hasUnder(dir: string): boolean {
    const key = Buffer.from(`${dir}/`, 'utf8')
    const i = this.lowerBound(key)
    if (i >= this.size) return false
    const start = this.starts[i]!
    return (
      this.ends[i]! - start >= key.length &&
      this.bytes.compare(key, 0, key.length, start, start + key.length) === 0
    )
  }

  /** Every path, in order (tests, diagnostics). */
  paths(): string[] {
    return Array.from({ length: this.size }, (_, i) =>
      this.bytes.toString('utf8', this.starts[i], this.ends[i])
    )
  }

  private compare(i: number, key: Buffer): number {
    // Entry i against the key: negative when the entry sorts first.
    return this.bytes.compare(key, 0, key.length, this.starts[i], this.ends[i])
  }

  private lowerBound(key: Buffer): number {
    let lo = 0
    let hi = this.size
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.compare(mid, key) < 0) lo = mid + 1
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
export function parseGitIndex(bytes: Uint8Array): TrackedPaths | null {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
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
    const tracked = readEntries(buf, view, version, count, hashBytes)
    if (tracked) return tracked
  }
  return null
}

function readEntries(
  buf: Buffer,
  view: DataView,
  version: number,
  count: number,
  hashBytes: number
): TrackedPaths | null {
  const starts = new Int32Array(count)
  const ends = new Int32Array(count)
  let size = 0
  let sorted = true
  let offset = HEADER
  // v4 paths are rebuilt from the previous one into `arena`; v2/v3 paths are read in place.
  let arena = version === 4 ? Buffer.allocUnsafe(Math.max(4096, buf.length)) : buf
  let arenaUsed = 0
  let previousStart = 0
  let previousBytes = 0
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
    let pathStart: number
    let pathBytes: number
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
      if (strip > previousBytes) return null
      const keep = previousBytes - strip
      // The flags give the whole path's length, so the suffix's NUL is known; a long path is searched.
      const end = nameLength < NAME_MASK ? at + nameLength - keep : buf.indexOf(0, at)
      if (end < at || end >= buf.length || buf[end] !== 0) return null
      pathBytes = keep + end - at
      if (arenaUsed + pathBytes > arena.length) {
        // Paths are at most 4 KiB on disk; a 1 GiB total is no index of a real checkout.
        const grown = Buffer.allocUnsafe(Math.max(arena.length * 2, arenaUsed + pathBytes))
        if (grown.length > 1024 ** 3) return null
        arena.copy(grown, 0, 0, arenaUsed)
        arena = grown
      }
      pathStart = arenaUsed
      // Byte loops: a shared prefix and a suffix are a few dozen bytes, cheaper than native copies.
      for (let i = 0; i < keep; i++) arena[pathStart + i] = arena[previousStart + i]!
      for (let i = at, j = pathStart + keep; i < end; i++, j++) arena[j] = buf[i]!
      arenaUsed += pathBytes
      previousStart = pathStart
      previousBytes = pathBytes
      offset = end + 1
    } else {
      // The flags give the length (the NUL must follow it); only a path of 0xFFF bytes or more is searched.
      const end = nameLength < NAME_MASK ? nameAt + nameLength : buf.indexOf(0, nameAt)
      if (end < 0 || end >= buf.length || buf[end] !== 0) return null
      pathStart = nameAt
      pathBytes = end - nameAt
      // The entry is padded with 1 to 8 NULs to a multiple of 8 bytes.
      offset = start + ((nameAt - start + pathBytes + 8) & ~7)
      if (offset > buf.length) return null
    }
    if (nameLength !== NAME_MASK ? pathBytes !== nameLength : pathBytes < NAME_MASK) return null
    const pathEnd = pathStart + pathBytes
    // A sparse index lists a folder that is not checked out as one entry ending in '/': no file of ours.
    if (pathBytes === 0 || arena[pathEnd - 1] === 0x2f) continue
    if (size > 0) {
      const order = compareBytes(arena, pathStart, pathEnd, starts[size - 1]!, ends[size - 1]!)
      // Unmerged paths appear once per stage, one after another.
      if (order === 0) continue
      if (order < 0) sorted = false
    }
    starts[size] = pathStart
    ends[size] = pathEnd
    size++
  }
  // After the entries: extensions (4-byte signature, 4-byte size) and the checksum. A split index (`link`)
  // keeps most entries in a shared index file: what we read is only part of the tracked set.
  while (offset + 8 <= buf.length - hashBytes) {
    const signature = buf.toString('latin1', offset, offset + 4)
    if (signature === 'link') return null
    offset += 8 + view.getUint32(offset + 4)
  }
  // Git keeps entries sorted by their bytes; an index that is not is no index git wrote.
  if (!sorted) return null
  return new TrackedPaths(arena, starts, ends, size)
}

/** Bytes [a, aEnd) against [b, bEnd) of one buffer, in JavaScript (cheaper than a native call per entry). */
function compareBytes(buf: Buffer, a: number, aEnd: number, b: number, bEnd: number): number {
  const n = Math.min(aEnd - a, bEnd - b)
  for (let i = 0; i < n; i++) {
    const d = buf[a + i]! - buf[b + i]!
    if (d !== 0) return d
  }
  return aEnd - a - (bEnd - b)
}
