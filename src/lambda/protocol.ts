// The analyzer Lambda's wire format, shared by the handler and the analyze action's client. The event is a
// bounded snapshot of the repository — the full listing (paths and sizes, what the analyzer's candidate
// discovery walks), the scan's warnings and counts, the config, and the contents of the files the client
// chose to send — gzip-compressed and base64-encoded (Lambda caps a synchronous payload at 6 MB). When the
// analysis reads a listed file whose content is not in the snapshot, the handler answers `need-files` and
// the client sends them in the next round, so the report always comes from exactly the bytes the CLI reads.
// The snapshot is validated as data: bounded sizes, normalised relative paths, contents only for listed files.
import Ajv from 'ajv'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { AnalysisReport, Warning } from '../analyzer/report.js'
import { normalizePath } from '../analyzer/tree.js'
import type { CacheOutcome } from '../pipeline/analysis-cache/cached-analyze.js'
import type { LlmRunSummary } from '../pipeline/llm-refine/refine.js'

export const PROTOCOL_VERSION = 1
/** Lambda's synchronous invoke limit is 6 MB (6,291,456 bytes) for the request and the response. */
export const MAX_PAYLOAD_BYTES = 6_291_456
/** Bound on the decompressed snapshot: a small payload must not inflate into gigabytes. */
export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024

/** A file's content as sent: its text, null (binary or over the read limit), or the read error's code. */
export type SentContent = string | null | { error: string }

export interface Snapshot {
  files: { path: string; size: number }[]
  contents: Record<string, SentContent>
  skipped: number
  /** The scan's warnings (limits, links); read warnings are replayed by the handler's own reads. */
  warnings: Warning[]
  config: { file: string; text: string; fromTree: boolean } | null
  appDir: string | null
}

export interface AnalyzerEvent {
  version: number
  /** gzip + base64 of the snapshot's JSON. */
  snapshot: string
}

export type AnalyzerResponse =
  | {
      kind: 'report'
      /** gzip + base64 of the report's JSON. */
      report: string
      cache: CacheOutcome
      llm: LlmRunSummary | null
    }
  | { kind: 'need-files'; paths: string[] }

export class SnapshotError extends Error {}

export function pack(value: unknown): string {
  return gzipSync(JSON.stringify(value)).toString('base64')
}

export function unpack(data: string, what: string): unknown {
  try {
    return JSON.parse(
      gunzipSync(Buffer.from(data, 'base64'), { maxOutputLength: MAX_SNAPSHOT_BYTES }).toString('utf8')
    )
  } catch (err) {
    throw new SnapshotError(
      `${what} is not gzip+base64 JSON within ${MAX_SNAPSHOT_BYTES} bytes: ${(err as Error).message}`
    )
  }
}

export function encodeEvent(snapshot: Snapshot): AnalyzerEvent {
  return { version: PROTOCOL_VERSION, snapshot: pack(snapshot) }
}

export function decodeReport(response: Extract<AnalyzerResponse, { kind: 'report' }>): AnalysisReport {
  return unpack(response.report, 'the report') as AnalysisReport
}

const PATH = { type: 'string', minLength: 1, maxLength: 1024 }
const SNAPSHOT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['files', 'contents', 'skipped', 'warnings', 'config', 'appDir'],
  properties: {
    files: {
      type: 'array',
      maxItems: 200_000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'size'],
        properties: { path: PATH, size: { type: 'integer', minimum: 0 } }
      }
    },
    contents: {
      type: 'object',
      maxProperties: 50_000,
      additionalProperties: {
        anyOf: [
          { type: 'string', maxLength: 1024 * 1024 },
          { type: 'null' },
          {
            type: 'object',
            additionalProperties: false,
            required: ['error'],
            properties: { error: { type: 'string', pattern: '^[A-Za-z0-9_]{1,40}$' } }
          }
        ]
      }
    },
    skipped: { type: 'integer', minimum: 0 },
    warnings: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', pattern: '^[A-Z_]{1,40}$' },
          message: { type: 'string', maxLength: 2000 },
          file: PATH,
          line: { type: 'integer', minimum: 0 }
        }
      }
    },
    config: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['file', 'text', 'fromTree'],
          properties: {
            file: PATH,
            text: { type: 'string', maxLength: 1024 * 1024 },
            fromTree: { type: 'boolean' }
          }
        }
      ]
    },
    appDir: { anyOf: [{ type: 'null' }, PATH] }
  }
} as const

const validateSnapshot = new Ajv({ allErrors: false, strict: true }).compile<Snapshot>(SNAPSHOT_SCHEMA)

export function parseEvent(event: unknown): Snapshot {
  const e = event as Partial<AnalyzerEvent> | null
  if (typeof e !== 'object' || e === null || typeof e.snapshot !== 'string')
    throw new SnapshotError(
      'the event must be {"version": 1, "snapshot": "<gzip+base64>"}; invoke it through the analyze action'
    )
  if (e.version !== PROTOCOL_VERSION)
    throw new SnapshotError(
      `protocol version ${String(e.version)} is not ${PROTOCOL_VERSION}; update the analyze action or the function`
    )
  const snapshot = unpack(e.snapshot, 'the snapshot')
  if (!validateSnapshot(snapshot)) {
    const err = validateSnapshot.errors?.[0]
    throw new SnapshotError(`invalid snapshot at ${err?.instancePath || '/'}: ${err?.message ?? 'invalid'}`)
  }
  const listed = new Set<string>()
  for (const f of snapshot.files) {
    if (!isCleanPath(f.path))
      throw new SnapshotError(
        `invalid snapshot path ${JSON.stringify(f.path)}: must be relative and normalised`
      )
    if (listed.has(f.path)) throw new SnapshotError(`snapshot path ${f.path} is listed twice`)
    listed.add(f.path)
  }
  for (const path of Object.keys(snapshot.contents))
    if (!listed.has(path))
      throw new SnapshotError(`snapshot content for ${JSON.stringify(path)}, which is not in the listing`)
  if (snapshot.appDir !== null && snapshot.appDir !== '.' && !isCleanPath(snapshot.appDir))
    throw new SnapshotError(
      `appDir ${JSON.stringify(snapshot.appDir)} must be a relative path inside the repository`
    )
  return snapshot
}

function isCleanPath(path: string): boolean {
  return (
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !path.includes('\0') &&
    normalizePath(path) === path &&
    path !== '.'
  )
}
