// The analyzer core: candidate directories → provider detection (scored, not first match) → plan → merge
// with cross-cutting signals and overrides → AnalysisReport. Pure: the tree is the only input.
import { createHash } from 'node:crypto'
import { VERSION } from '../version.js'
import { AnalyzeError, normalizeAppDir } from './app-dir.js'
import { buildApp, type ScoredDir } from './build-app.js'
import { findCandidateDirs, isNonAppPath, MAX_APP_DEPTH } from './candidate-dirs.js'
import { createAppContext } from './context.js'
import { deployEvidence, evidenceFor } from './deploy-evidence.js'
import { PROVIDERS } from './ecosystems/index.js'
import { NO_OVERRIDES, overridesFor, type Overrides } from './overrides.js'
import { choosePrimary, primaryReason } from './primary.js'
import { providerFailure } from './provider-failure.js'
import type { AppContext, Detection, Provider } from './provider.js'
import { ANALYSIS_SCHEMA_VERSION, type AnalysisReport, type AppAnalysis, type Warning } from './report.js'
import { resetTextCaches } from './signals/evidence.js'
import { finalImageLanguage } from './signals/image-language.js'
import type { SourceTree } from './tree.js'

export { AnalyzeError, normalizeAppDir } from './app-dir.js'

export interface AnalyzeOptions {
  /** Select one app directory (repository-relative). It becomes the primary app. */
  appDir?: string
  overrides?: Overrides
  /** Providers to use (tests); defaults to the registry. */
  providers?: readonly Provider<unknown>[]
  /** Debug output: a provider's PROVIDER_ERROR warning carries the error's stack. */
  debug?: boolean
}

export function analyze(tree: SourceTree, options: AnalyzeOptions = {}): AnalysisReport {
  resetTextCaches()
  const providers = options.providers ?? PROVIDERS
  const overrides = options.overrides ?? NO_OVERRIDES
  const selected = options.appDir !== undefined ? normalizeAppDir(options.appDir) : undefined
  const repoWarnings: Warning[] = []

  const candidateDirs = findCandidateDirs(tree, providers)
  const selectedIsEmpty = selected !== undefined && selected !== '.' && tree.filesUnder(selected).length === 0
  if (selected !== undefined && !selectedIsEmpty && !candidateDirs.includes(selected)) {
    candidateDirs.push(selected)
    candidateDirs.sort()
  }

  const bareContexts = new Map(candidateDirs.map(d => [d, createAppContext(tree, d, candidateDirs, null)]))
  const debug = options.debug ?? false
  const workspaceOf = workspaceMembers(candidateDirs, providers, bareContexts, repoWarnings, debug)
  const scored = scoreDirs(
    tree,
    candidateDirs,
    providers,
    { bareContexts, workspaceOf, selected, debug },
    repoWarnings
  )
  if (selectedIsEmpty) {
    throw new AnalyzeError(
      `app dir '${selected}' does not exist or holds no files; available app dirs: ${deployableList(scored)}`
    )
  }
  let deployable = scored.filter(s => s.detection.deployable || s.dir === selected)
  const mainstream = deployable.filter(s => !isNonAppPath(s.dir) || s.dir === selected)
  if (mainstream.length > 0) deployable = mainstream

  // One app stopping on an internal error (a file shape no reader expected) costs that app, not the
  // report: the other apps are still analysed, and a warning says what happened and how to go on.
  const apps: AppAnalysis[] = []
  const analysed: ScoredDir[] = []
  for (const s of deployable) {
    try {
      apps.push(buildApp(s, overridesFor(overrides, s.dir), tree, debug))
      analysed.push(s)
    } catch (error) {
      if (s.dir === selected) throw new AnalyzeError(appFailedMessage(s.dir, error))
      repoWarnings.push({ code: 'APP_ANALYSIS_FAILED', message: appFailedMessage(s.dir, error) })
    }
  }
  deployable = analysed
  const evidence = deployEvidence(
    tree,
    deployable.map(s => s.dir)
  )
  const primary = choosePrimary(deployable, selected, overrides, repoWarnings, evidence)

  if (apps.length === 0) {
    repoWarnings.push({
      code: 'NO_APP',
      message:
        'no deployable app found: add a manifest (package.json, requirements.txt, go.mod …) or a Dockerfile'
    })
  } else if (apps.length > 1 && selected === undefined && overrides.primary === undefined) {
    repoWarnings.push({
      code: 'MULTIPLE_APPS',
      message: `${apps.length} deployable apps (${apps.map(a => a.appDir).join(', ')}); analysing '${primary}' as primary${primaryReason(evidenceFor(evidence, primary))} — choose another with --app-dir or app.dir in .delightful.yaml`
    })
  }

  return {
    schemaVersion: ANALYSIS_SCHEMA_VERSION,
    tool: { name: 'deplight', version: VERSION },
    contentDigest: digest(tree),
    primary,
    apps,
    warnings: [...tree.warnings, ...repoWarnings],
    stats: { files: tree.files.length, readBytes: readBytes(tree), skipped: tree.skipped }
  }
}

function appFailedMessage(dir: string, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
  return (
    `the analysis of '${dir}' stopped on an internal error (${reason}), so it is left out of the report; ` +
    `set its fields in .delightful.yaml or choose another app with --app-dir, and please report the ` +
    `repository layout to deplight`
  )
}

type Workspace = { root: string; kind: string }

/** Workspace roots declare members; members learn their root (for lockfiles, package manager …). */
function workspaceMembers(
  candidateDirs: readonly string[],
  providers: readonly Provider<unknown>[],
  bareContexts: ReadonlyMap<string, AppContext>,
  warnings: Warning[],
  debug: boolean
): Map<string, Workspace> {
  const workspaceOf = new Map<string, Workspace>()
  for (const dir of candidateDirs) {
    for (const p of providers) {
      let decl: ReturnType<NonNullable<typeof p.workspaces>> | undefined
      try {
        decl = p.workspaces?.(bareContexts.get(dir)!)
      } catch (err) {
        warnings.push(providerFailure(p.id, 'workspaces', dir, err, debug))
        continue
      }
      if (!decl) continue
      for (const m of decl.members)
        if (m !== dir && !workspaceOf.has(m)) workspaceOf.set(m, { root: dir, kind: decl.kind })
    }
  }
  return workspaceOf
}

/** Every provider scores every candidate directory; the best reading wins it, the others are its rivals. */
function scoreDirs(
  tree: SourceTree,
  candidateDirs: string[],
  providers: readonly Provider<unknown>[],
  known: {
    bareContexts: ReadonlyMap<string, AppContext>
    workspaceOf: ReadonlyMap<string, Workspace>
    selected: string | undefined
    debug: boolean
  },
  repoWarnings: Warning[]
): ScoredDir[] {
  const { bareContexts, workspaceOf, selected, debug } = known
  const scored: ScoredDir[] = []
  for (const dir of candidateDirs) {
    const workspace = workspaceOf.get(dir) ?? null
    const depth = dir === '.' ? 0 : dir.split('/').length
    if (depth > MAX_APP_DEPTH && !workspace && dir !== selected) continue
    const ctx = workspace ? createAppContext(tree, dir, candidateDirs, workspace) : bareContexts.get(dir)!
    const detections = providers
      .map(provider => ({ provider, detection: safeDetect(provider, ctx, repoWarnings, debug) }))
      .filter(
        (d): d is { provider: Provider<unknown>; detection: Detection<unknown> } => d.detection !== null
      )
      // A deployable reading beats a higher-scored non-deployable one (a library package.json beside an
      // index.html is still a static site), then the score decides.
      .sort(
        (a, b) =>
          Number(b.detection.deployable) - Number(a.detection.deployable) ||
          b.detection.score - a.detection.score
      )
    const [best, ...rivals] = preferShippedImage(ctx, detections)
    if (best) scored.push({ dir, ctx, provider: best.provider, detection: best.detection, rivals })
    else if (dir === selected)
      throw new AnalyzeError(
        `no app found in '${selected}': no provider recognised its files; available app dirs: ${deployableList(scored)}`
      )
  }
  return scored
}

/**
 * Two ecosystems reading the folder as a deployable app (an express server beside its Python sidecar's
 * requirements.txt): the folder's own Dockerfile, built on one language's official image (`FROM node:22-slim`),
 * ships that one — its best reading goes first. A folder without such an image keeps the score order.
 */
function preferShippedImage<D extends { provider: Provider<unknown>; detection: Detection<unknown> }>(
  ctx: AppContext,
  detections: D[]
): D[] {
  const best = detections[0]
  if (!best?.detection.deployable) return detections
  const deployable = detections.filter(d => d.detection.deployable)
  if (deployable.every(d => d.provider.id === best.provider.id)) return detections
  const path = ctx.signals.dockerfile
  if (!path || ctx.tree.read(path) === null) return detections
  const image = finalImageLanguage(path, ctx.tree.read(path)!)
  if (!image || image.providers.includes(best.provider.id)) return detections
  const shipped = deployable.find(d => image.providers.includes(d.provider.id))
  if (!shipped) return detections
  const detection = {
    ...shipped.detection,
    reason: `${shipped.detection.reason}; ${image.evidence.file} runs on a ${image.group} image`,
    evidence: [...shipped.detection.evidence, image.evidence]
  }
  return [{ ...shipped, detection }, ...detections.filter(d => d !== shipped)]
}

function safeDetect(
  provider: Provider<unknown>,
  ctx: AppContext,
  warnings: Warning[],
  debug: boolean
): Detection<unknown> | null {
  try {
    return provider.detect(ctx)
  } catch (err) {
    // A provider bug must not sink the whole analysis; report it and carry on.
    warnings.push(providerFailure(provider.id, 'detect', ctx.dir, err, debug))
    return null
  }
}

function deployableList(scored: ScoredDir[]): string {
  return (
    scored
      .filter(s => s.detection.deployable)
      .map(s => s.dir)
      .join(', ') || 'none'
  )
}

/**
 * sha256 over every path in the tree plus the content of each file the analysis read. Files the analysis
 * never reads cannot change its result, so this is a sound cache key without hashing 100k files.
 * Exported for the analysis cache, which recomputes it for the current tree on a hit.
 */
const DIGEST_BATCH = 4096

/**
 * stats.readBytes: the bytes of the files the analysis read whole (readPaths), not of the whole tree —
 * summing every file's size took a stat per file, as long as the walk itself on large trees.
 */
export function readBytes(tree: SourceTree): number {
  return tree.readPaths().reduce((n, path) => n + (tree.size(path) ?? 0), 0)
}

export function digest(tree: SourceTree): string {
  const h = createHash('sha256')
  // The same bytes as one update per `path\0`, in batches: one call per path was a visible share of the
  // analysis of a large tree.
  const files = tree.files
  for (let i = 0; i < files.length; i += DIGEST_BATCH) {
    let chunk = ''
    for (let j = i; j < Math.min(files.length, i + DIGEST_BATCH); j++) chunk += `${files[j]!.path}\0`
    h.update(chunk)
  }
  for (const path of tree.readPaths()) {
    h.update(`\n${path}\0`)
    // The bytes as read when they are the text's UTF-8 (the same hash, without encoding the text again).
    h.update(tree.textBytes?.(path) ?? tree.read(path) ?? '')
  }
  return `sha256:${h.digest('hex')}`
}
