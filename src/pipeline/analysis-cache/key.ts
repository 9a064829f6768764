// Cache keys, in two levels (the shape of ccache's "direct mode"):
//
// 1. The manifest key: analyzer fingerprint, app dir, effective .delightful.yaml overrides, any extra
//    setting that changes the report (the LLM model), and the digest of the whole path listing. The listing
//    is in the key because the analysis observes all of it: candidate app directories come from a pass over
//    every path (a new `services/api/go.mod` anywhere adds an app; a new `Dockerfile` beside one changes its
//    build), and existence checks (`has`, `filesIn`) answer from the listing without reading anything. So a
//    file appearing, disappearing or being renamed misses the cache; editing a file's content does not
//    unless the analysis read it. Sizes are not in the listing digest: the analysis looks at a few sizes
//    (size caps), and those it looked at are recorded per file in level 2.
// 2. The entry key: the manifest key plus the material of one observation shape — for each file the
//    analysis read (in order) the sha256 of what it got back (or null / unreadable), and each size it looked
//    at. The manifest item lists the shapes seen for its key, so a lookup knows which files to hash before it
//    knows the entry key. The analyzer is deterministic: the same listing and the same bytes in every file it
//    read send it down the same path to the same report.
import { createHash } from 'node:crypto'
import type { Overrides } from '../../analyzer/overrides.js'
import type { SourceTree } from '../../analyzer/tree.js'
import type { Observations } from './observed-tree.js'

export const KEY_SCHEMA = 1

/** Which files to hash for one entry key: what one analysis read and whose sizes it looked at. */
export interface Shape {
  reads: string[]
  sizes: string[]
  /** [path, bytes] of each head read of a file over the read limit; absent when there were none. */
  heads?: [string, number][]
}

/** The hashed observations of one shape; an entry stores it and a hit must match it exactly. */
export interface Material {
  /** [path, sha256 of the text | 'null' | 'unreadable'] in read order. */
  reads: [string, string][]
  /** [path, size in bytes or null when absent]. */
  sizes: [string, number | null][]
  /** [path, bytes, sha256 of the head | 'null'] per head read; absent when there were none. */
  heads?: [string, number, string][]
}

export interface ManifestKeyInput {
  fingerprint: string
  appDir: string | null
  overrides: Overrides | null
  /** Settings beyond the analyzer that change the report (e.g. the LLM model), or null. */
  extra: Record<string, unknown> | null
}

export function manifestKey(input: ManifestKeyInput, tree: SourceTree): string {
  return sha256(
    canonicalJson({
      schema: KEY_SCHEMA,
      fingerprint: input.fingerprint,
      appDir: input.appDir,
      overrides: input.overrides,
      extra: input.extra,
      listing: listingDigest(tree)
    })
  )
}

export function entryKey(manifest: string, material: Material): string {
  return sha256(`${manifest}\n${canonicalJson(material)}`)
}

// Heads are left out when there are none, so analyses that read no head keep the keys they had before
// head reads existed.
export function shapeOf(obs: Observations): Shape {
  const shape: Shape = { reads: obs.reads.map(r => r.path), sizes: obs.sizes }
  if (obs.heads.length > 0) shape.heads = obs.heads.map(h => [h.path, h.bytes])
  return shape
}

export function materialOf(obs: Observations, tree: SourceTree): Material {
  const material: Material = {
    reads: obs.reads.map(r => [
      r.path,
      r.unreadable ? 'unreadable' : r.text === null ? 'null' : sha256(r.text)
    ]),
    sizes: obs.sizes.map(p => [p, tree.size(p) ?? null])
  }
  if (obs.heads.length > 0)
    material.heads = obs.heads.map(h => [h.path, h.bytes, h.text === null ? 'null' : sha256(h.text)])
  return material
}

export function sameShape(a: Shape, b: Shape): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

function listingDigest(tree: SourceTree): string {
  const h = createHash('sha256')
  h.update(`${tree.files.length}\n`)
  for (const f of tree.files) h.update(`${f.path}\0`)
  return h.digest('hex')
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** JSON with object keys sorted at every level: equal values give equal strings (and equal keys). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v
  )
}
