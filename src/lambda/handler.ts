// The analyzer Lambda's handler logic: snapshot → SourceTree → the same analyzeTree the analyze action
// and the CLI run (cache, analyzer, optional LLM) → the report, or the list of files it still needs.
import { createTree, type SourceTree } from '../analyzer/tree.js'
import { loadConfig } from '../pipeline/config-analyze.js'
import { parseConfig } from '../pipeline/config.js'
import { analyzeTree, type AnalyzeStageDeps } from '../stages/analyze.js'
import { pack, parseEvent, type AnalyzerResponse, type Snapshot } from './protocol.js'

export type HandlerDeps = Pick<AnalyzeStageDeps, 'cache' | 'llm' | 'info' | 'warning'>

export async function handleEvent(event: unknown, deps: HandlerDeps): Promise<AnalyzerResponse> {
  const snapshot = parseEvent(event)
  const { tree, missing, stopRecording } = snapshotTree(snapshot)
  const config = snapshot.config
    ? snapshot.config.fromTree
      ? loadConfig(tree, '.', undefined)
      : parseConfig(snapshot.config.text, snapshot.config.file)
    : null
  const result = await analyzeTree(
    tree,
    config,
    {
      appDir: snapshot.appDir ?? undefined,
      // Called once the analysis is done, before the LLM step: what the LLM reads (settings files for its
      // excerpts) is extra context, not something the report depends on, so it never asks for a round.
      complete: () => {
        stopRecording()
        return missing.size === 0
      }
    },
    deps
  )
  if (missing.size > 0) return { kind: 'need-files', paths: [...missing].sort() }
  return { kind: 'report', report: pack(result.report), cache: result.cache, llm: result.llm }
}

/** The snapshot as a SourceTree; reads of listed files the client did not send are collected. */
export function snapshotTree(snapshot: Snapshot): {
  tree: SourceTree
  missing: Set<string>
  stopRecording: () => void
} {
  const missing = new Set<string>()
  let recording = true
  const contents = new Map(Object.entries(snapshot.contents))
  const tree = createTree(
    snapshot.files,
    path => {
      if (!contents.has(path)) {
        if (recording) missing.add(path)
        return null
      }
      const content = contents.get(path)!
      if (content === null || typeof content === 'string') return content
      // Replays the client's read error, so the UNREADABLE_FILE warning reads the same as in the CLI.
      throw Object.assign(new Error(`${path} could not be read`), { code: content.error })
    },
    { skipped: snapshot.skipped, warnings: snapshot.warnings }
  )
  return { tree, missing, stopRecording: () => void (recording = false) }
}
