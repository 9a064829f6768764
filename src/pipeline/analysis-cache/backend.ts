// What a cache backend stores: opaque gzip-compressed bodies under a key, with a revision (for the
// manifest's optimistic concurrency) and an expiry in epoch seconds. DynamoDB and a local directory
// implement it; the records on top (manifest, entry) are encoded here once.
import { gunzipSync, gzipSync } from 'node:zlib'
import type { AnalysisReport } from '../../analyzer/report.js'
import type { Material, Shape } from './key.js'

export interface StoredItem {
  body: Buffer
  revision: number
  /** Epoch seconds; the backend already dropped expired items. */
  expiresAt: number
}

/** `absent`: write only if there is no live item. `revision`: only if the live item still has it. */
export type PutCondition = { kind: 'absent' } | { kind: 'revision'; revision: number }

export interface CacheBackend {
  /** e.g. `dynamodb table deplight-analysis-cache (eu-west-1)`, `directory ~/.cache/deplight`. */
  readonly description: string
  get(key: string): Promise<StoredItem | null>
  /** False when the condition failed (another writer got there first). */
  put(key: string, item: StoredItem, condition: PutCondition): Promise<boolean>
}

/**
 * Thrown by backends with a one-line reason a user can act on (AccessDenied, throttled, table missing …).
 * The cache turns any backend failure into a warning and a fresh analysis.
 */
export class CacheBackendError extends Error {}

export interface ManifestRecord {
  /** Most recent first. */
  shapes: Shape[]
}

export interface EntryRecord {
  manifestKey: string
  material: Material
  report: AnalysisReport
  /** Leading report.warnings that came from the tree (scan limits, unreadable files), recomputed on a hit. */
  treeWarningCount: number
  /** How long the fresh analysis took: what a hit saves. */
  analysisMs: number
  createdAt: string
}

/** The most shapes one manifest remembers (branches that read different files share one listing). */
export const MAX_SHAPES = 4

export function encodeRecord(record: ManifestRecord | EntryRecord): Buffer {
  return gzipSync(JSON.stringify(record))
}

/** Bounded: a corrupt or hostile item cannot inflate into gigabytes. */
export function decodeRecord<T>(body: Buffer): T {
  return JSON.parse(gunzipSync(body, { maxOutputLength: 64 * 1024 * 1024 }).toString('utf8')) as T
}
