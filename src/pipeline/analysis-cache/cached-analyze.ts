// Analysis through the cache: look up, verify, rebuild on a hit; analyse and store on a miss. Any cache
// failure (throttled, AccessDenied, table missing, corrupt item) becomes a warning and a fresh analysis:
// the cache can make a deploy faster, never make it fail.
import { performance } from 'node:perf_hooks'
import { analyze, digest, readBytes } from '../../analyzer/analyze.js'
import type { Overrides } from '../../analyzer/overrides.js'
import type { AnalysisReport } from '../../analyzer/report.js'
import type { SourceTree } from '../../analyzer/tree.js'
import {
  decodeRecord,
  encodeRecord,
  MAX_SHAPES,
  type CacheBackend,
  type EntryRecord,
  type ManifestRecord
} from './backend.js'
import { analyzerFingerprint } from './fingerprint.js'
import { canonicalJson, entryKey, manifestKey, materialOf, sameShape, shapeOf, type Shape } from './key.js'
import { captureBaseline, observeTree, type Baseline, type ObservedTree } from './observed-tree.js'

export interface AnalysisCache {
  backend: CacheBackend
  ttlSeconds: number
  /** Largest compressed item the backend takes (DynamoDB: 400 KB per item). */
  maxItemBytes: number
}

export interface CachedAnalyzeOptions {
  appDir?: string
  overrides?: Overrides
  /** Settings outside the analyzer that change the report (the LLM model …): part of the key. */
  keyExtra?: Record<string, unknown>
  /** Overrides the code fingerprint (tests that simulate an analyzer upgrade). */
  fingerprint?: string
  /** The analyzer's debug output (a failing provider's stack in its warning): part of the key. */
  debug?: boolean
  /**
   * Runs on a fresh report before it is returned and stored (the LLM step). `cacheable: false` keeps the
   * result out of the cache (a refinement that failed this time may work next time); a `reason` is logged.
   */
  refine?: (
    report: AnalysisReport,
    readPaths: string[]
  ) => Promise<{ report: AnalysisReport; cacheable: boolean; reason?: string }>
}

export type CacheOutcome =
  | { status: 'off' }
  | { status: 'hit'; backend: string; lookupMs: number; analysisMs: number; key: string }
  | {
      status: 'miss'
      backend: string
      lookupMs: number
      analysisMs: number
      stored: boolean
      key: string
    }
  | { status: 'unavailable'; backend: string; reason: string; analysisMs: number }

export interface CachedAnalysis {
  report: AnalysisReport
  cache: CacheOutcome
  /** Files the analysis read (in order): the LLM step quotes from them, the Lambda asks for them. */
  readPaths: string[]
  /** One line each, for the log (cache unavailable, entry too large …). */
  warnings: string[]
}

const MANIFEST = 'm#'
const ENTRY = 'e#'
/** Attempts at merging a shape into the manifest when other writers race us. */
const MANIFEST_ATTEMPTS = 4

export async function analyzeWithCache(
  tree: SourceTree,
  options: CachedAnalyzeOptions,
  cache: AnalysisCache | null
): Promise<CachedAnalysis> {
  const baseline = captureBaseline(tree)
  if (!cache) {
    const fresh = await freshAnalysis(tree, baseline, options)
    return { report: fresh.report, cache: { status: 'off' }, readPaths: fresh.readPaths, warnings: [] }
  }
  const backend = cache.backend.description
  const warnings: string[] = []
  const mKey = manifestKey(
    {
      fingerprint: options.fingerprint ?? analyzerFingerprint(),
      appDir: options.appDir ?? null,
      overrides: options.overrides ?? null,
      extra: options.debug ? { ...options.keyExtra, debug: true } : (options.keyExtra ?? null)
    },
    tree
  )

  const lookupStart = performance.now()
  let shapes: Shape[] = []
  let manifestRevision: number | null = null
  try {
    const item = await cache.backend.get(MANIFEST + mKey)
    if (item) {
      shapes = decodeRecord<ManifestRecord>(item.body).shapes
      manifestRevision = item.revision
    }
    for (const shape of shapes) {
      const replay = observeTree(tree, baseline)
      for (const path of shape.reads) replay.view.read(path)
      for (const [path, bytes] of shape.heads ?? []) replay.view.readHead(path, bytes)
      const replayed = replay.observations()
      const material = materialOf({ reads: replayed.reads, heads: replayed.heads, sizes: shape.sizes }, tree)
      const eKey = entryKey(mKey, material)
      const found = await cache.backend.get(ENTRY + eKey)
      if (!found) continue
      const entry = decodeRecord<EntryRecord>(found.body)
      // Verified, not trusted: the stored key material must be exactly what this tree hashes to.
      if (entry.manifestKey !== mKey || canonicalJson(entry.material) !== canonicalJson(material)) continue
      return {
        report: rebuildReport(entry, replay, tree),
        cache: {
          status: 'hit',
          backend,
          lookupMs: performance.now() - lookupStart,
          analysisMs: entry.analysisMs,
          key: eKey
        },
        readPaths: shape.reads,
        warnings
      }
    }
  } catch (err) {
    const fresh = await freshAnalysis(tree, baseline, options)
    const reason = oneLine(err)
    return {
      report: fresh.report,
      cache: { status: 'unavailable', backend, reason, analysisMs: fresh.analysisMs },
      readPaths: fresh.readPaths,
      warnings: [`analysis cache unavailable (${backend}): ${reason}; analysed without it`]
    }
  }
  const lookupMs = performance.now() - lookupStart

  const fresh = await freshAnalysis(tree, baseline, options)
  const obs = fresh.observed.observations()
  const material = materialOf(obs, tree)
  const eKey = entryKey(mKey, material)
  let stored = false
  try {
    const entry: EntryRecord = {
      manifestKey: mKey,
      material,
      report: fresh.report,
      treeWarningCount: fresh.observed.treeWarningCount(),
      analysisMs: Math.round(fresh.analysisMs),
      createdAt: new Date().toISOString()
    }
    const body = encodeRecord(entry)
    if (!fresh.cacheable) {
      if (fresh.uncacheableReason) warnings.push(`analysis not cached: ${fresh.uncacheableReason}`)
    } else if (body.length > cache.maxItemBytes) {
      warnings.push(
        `analysis not cached: the report is ${kb(body.length)} gzip-compressed, over the ${kb(cache.maxItemBytes)} item limit of ${backend}`
      )
    } else {
      const expiresAt = Math.floor(Date.now() / 1000) + cache.ttlSeconds
      // Entries are content-addressed: a writer that lost the race wrote the same bytes, so `false` is fine.
      await cache.backend.put(ENTRY + eKey, { body, revision: 1, expiresAt }, { kind: 'absent' })
      await recordShape(cache, MANIFEST + mKey, shapeOf(obs), shapes, manifestRevision, expiresAt)
      stored = true
    }
  } catch (err) {
    warnings.push(`analysis cache not updated (${backend}): ${oneLine(err)}`)
  }
  return {
    report: fresh.report,
    cache: { status: 'miss', backend, lookupMs, analysisMs: fresh.analysisMs, stored, key: eKey },
    readPaths: fresh.readPaths,
    warnings
  }
}

async function freshAnalysis(
  tree: SourceTree,
  baseline: Baseline,
  options: CachedAnalyzeOptions
): Promise<{
  report: AnalysisReport
  observed: ObservedTree
  analysisMs: number
  readPaths: string[]
  cacheable: boolean
  uncacheableReason?: string
}> {
  const observed = observeTree(tree, baseline)
  const started = performance.now()
  const analysed = analyze(observed.view, {
    appDir: options.appDir,
    overrides: options.overrides,
    debug: options.debug
  })
  const readPaths = observed.observations().reads.map(r => r.path)
  const refined = options.refine
    ? await options.refine(analysed, readPaths)
    : { report: analysed, cacheable: true, reason: undefined }
  const analysisMs = performance.now() - started
  return {
    report: refined.report,
    observed,
    analysisMs,
    readPaths,
    cacheable: refined.cacheable,
    uncacheableReason: refined.reason
  }
}

/**
 * A hit returns the stored report with the fields that describe the whole tree recomputed, because they
 * depend on files the analysis never read: contentDigest (every path and every file read, including the
 * config), stats (the sizes of the files read) and the tree's own warnings (scan limits, skipped links).
 */
function rebuildReport(entry: EntryRecord, replay: ObservedTree, tree: SourceTree): AnalysisReport {
  const cached = entry.report
  return {
    ...cached,
    // digest() walks every path and the files read; given the raw listing it skips wrapping each file.
    contentDigest: digest({
      files: tree.files,
      readPaths: () => replay.view.readPaths(),
      read: (path: string) => replay.view.read(path)
    } as unknown as SourceTree),
    warnings: [...replay.view.warnings, ...cached.warnings.slice(entry.treeWarningCount)],
    stats: { files: tree.files.length, readBytes: readBytes(replay.view), skipped: tree.skipped }
  }
}

/** Adds the shape to the manifest (most recent first), retrying when a concurrent writer changed it. */
async function recordShape(
  cache: AnalysisCache,
  key: string,
  shape: Shape,
  knownShapes: Shape[],
  knownRevision: number | null,
  expiresAt: number
): Promise<void> {
  let shapes = knownShapes
  let revision = knownRevision
  for (let attempt = 0; attempt < MANIFEST_ATTEMPTS; attempt++) {
    if (shapes.some(s => sameShape(s, shape))) return
    const merged: ManifestRecord = { shapes: [shape, ...shapes].slice(0, MAX_SHAPES) }
    const written = await cache.backend.put(
      key,
      { body: encodeRecord(merged), revision: (revision ?? 0) + 1, expiresAt },
      revision === null ? { kind: 'absent' } : { kind: 'revision', revision }
    )
    if (written) return
    const current = await cache.backend.get(key)
    shapes = current ? decodeRecord<ManifestRecord>(current.body).shapes : []
    revision = current ? current.revision : null
  }
  throw new Error(`the manifest kept changing under ${MANIFEST_ATTEMPTS} concurrent updates; try again`)
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!
}

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`
}
