// The code-analysis stage: scan the repository, load its .delightful.yaml, then analyse — through the
// analysis cache when one is configured, on the analyzer Lambda when a function is configured (falling back
// to local analysis with a warning when the invoke fails), and with the optional LLM refinement. The analyze
// action, the CLI and the Lambda handler (through analyzeTree) run this same code.
import { performance } from 'node:perf_hooks'
import { scan, type AnalysisReport, type SourceTree } from '../analyzer/index.js'
import {
  analyzeWithCache,
  type AnalysisCache,
  type CacheOutcome
} from '../pipeline/analysis-cache/cached-analyze.js'
import { loadConfig } from '../pipeline/config-analyze.js'
import type { DelightfulConfig } from '../pipeline/config.js'
import { refineWithLlm, type LlmRunSummary, type LlmSettings } from '../pipeline/llm-refine/refine.js'

export interface AnalyzeStageInputs {
  /** Repository root on disk. */
  root: string
  appDir?: string
  /** Explicit config file; default: <root>/.delightful.yaml when present. */
  configPath?: string
  /** Debug output in the report; default: DEPLIGHT_DEBUG=1 or the runner's debug logging (RUNNER_DEBUG=1). */
  debug?: boolean
}

/** The debug flag of the environment: `DEPLIGHT_DEBUG=1`, or GitHub's debug logging on a runner. */
export function debugFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DEPLIGHT_DEBUG === '1' || env.RUNNER_DEBUG === '1'
}

/** Analysis somewhere else (the analyzer Lambda), given the scanned tree and its config. */
export interface RemoteAnalyzer {
  /** e.g. `Lambda function deplight-analyzer`. */
  readonly description: string
  analyze(request: RemoteRequest): Promise<TreeAnalysis>
}

export interface RemoteRequest {
  tree: SourceTree
  appDir?: string
  /** The config as loaded; `fromTree` when it is the repository's own .delightful.yaml. */
  config: { file: string; text: string; fromTree: boolean } | null
}

export interface AnalyzeStageDeps {
  cache: AnalysisCache | null
  remote: RemoteAnalyzer | null
  llm: LlmSettings | null
  info: (message: string) => void
  warning: (message: string) => void
}

/** What analysing one tree produced, wherever it ran. */
export interface TreeAnalysis {
  report: AnalysisReport
  cache: CacheOutcome
  llm: LlmRunSummary | null
}

export interface AnalyzeOutcome extends TreeAnalysis {
  tree: SourceTree
  via: 'local' | 'remote'
  /** Scan, config and analysis, as the caller waited for them. */
  totalMs: number
}

export async function analyzeStage(
  inputs: AnalyzeStageInputs,
  deps: AnalyzeStageDeps
): Promise<AnalyzeOutcome> {
  const started = performance.now()
  let tree = scan(inputs.root)
  let config = loadConfig(tree, inputs.root, inputs.configPath)
  if (deps.remote) {
    try {
      const remote = await deps.remote.analyze({
        tree,
        appDir: inputs.appDir,
        config: config ? configSource(config, inputs.configPath === undefined) : null
      })
      return { ...remote, tree, via: 'remote', totalMs: performance.now() - started }
    } catch (err) {
      deps.warning(
        `${deps.remote.description} failed (${(err as Error).message.split('\n')[0]}); analysing locally instead`
      )
      // Building the snapshot read files the local analysis may not: start from a tree that has read none,
      // so the report is the one a run without the function would produce.
      tree = scan(inputs.root)
      config = loadConfig(tree, inputs.root, inputs.configPath)
    }
  }
  const local = await analyzeTree(
    tree,
    config,
    { appDir: inputs.appDir, debug: inputs.debug ?? debugFromEnv() },
    deps
  )
  return { ...local, tree, via: 'local', totalMs: performance.now() - started }
}

/**
 * Analysis of a tree whose config is already loaded: cache lookup, analysis on a miss, LLM refinement of the
 * fresh report (stored with it, so a hit also saves the LLM calls; the model is part of the cache key).
 */
export async function analyzeTree(
  tree: SourceTree,
  config: DelightfulConfig | null,
  options: {
    appDir?: string
    /** A failing provider's stack in its warning. */
    debug?: boolean
    /** False when the tree could not answer every read (the Lambda's partial snapshot): no LLM, no store. */
    complete?: () => boolean
  },
  deps: Pick<AnalyzeStageDeps, 'cache' | 'llm' | 'info' | 'warning'>
): Promise<TreeAnalysis> {
  let llmSummary: LlmRunSummary | null = null
  const llm = deps.llm
  const complete = options.complete ?? (() => true)
  const result = await analyzeWithCache(
    tree,
    {
      appDir: options.appDir,
      overrides: config?.overrides,
      debug: options.debug,
      keyExtra: llm
        ? { llm: { provider: llm.client.provider, model: llm.client.model, threshold: llm.threshold } }
        : undefined,
      refine: async (report, readPaths) => {
        if (!complete()) return { report, cacheable: false }
        if (!llm) return { report, cacheable: true }
        const refined = await refineWithLlm(report, tree, readPaths, llm)
        llmSummary = refined.summary
        // A failed call may succeed next time: do not pin the unrefined report in the cache.
        return refined.summary.failed.length === 0
          ? { report: refined.report, cacheable: true }
          : {
              report: refined.report,
              cacheable: false,
              reason: 'an LLM call failed this time and will be retried next run'
            }
      }
    },
    deps.cache
  )
  for (const w of result.warnings) deps.warning(w)
  return { report: result.report, cache: result.cache, llm: llmSummary }
}

function configSource(config: DelightfulConfig, fromTree: boolean): RemoteRequest['config'] {
  return { file: config.file, text: config.text, fromTree }
}
